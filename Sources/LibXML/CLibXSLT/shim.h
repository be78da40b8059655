#ifndef PARLEY_CLIBXSLT_SHIM_H
#define PARLEY_CLIBXSLT_SHIM_H

#include <libxml/xmlversion.h>
// See CLibXML2/shim.h: keep libxml2's ICU headers away from Foundation's.
#undef LIBXML_ICU_ENABLED

#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#endif
