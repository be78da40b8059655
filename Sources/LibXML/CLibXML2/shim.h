#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with Foundation's own ICU
// module ("'UErrorCode' has different definitions"). Parley never touches the
// ICU-dependent parts (xmlCharEncodingHandler fields), so hide them.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

// xmlFree is a mutable global function pointer, which Swift 6 rejects.
static inline void parley_xml_free(void *pointer) { xmlFree(pointer); }

#endif
