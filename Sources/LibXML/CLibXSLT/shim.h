#ifndef PARLEY_CLIBXSLT_SHIM_H
#define PARLEY_CLIBXSLT_SHIM_H

#include <libxml/xmlversion.h>
// See CLibXML2/shim.h: keep libxml2's ICU headers away from Foundation's.
#undef LIBXML_ICU_ENABLED

#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <stdarg.h>
#include <stdio.h>

// libxslt reports through a printf-like callback, which Swift cannot define:
// this one appends each message to a fixed buffer that Swift reads after the
// transformation (longer messages are cut, never overrun).
typedef struct {
  char text[4096];
  size_t length;
} parley_xslt_messages;

static inline void parley_xslt_collect(void *context, const char *message, ...) {
  parley_xslt_messages *messages = (parley_xslt_messages *)context;
  if (messages == NULL || message == NULL) return;
  size_t room = sizeof(messages->text) - messages->length;
  if (room <= 1) return;
  va_list arguments;
  va_start(arguments, message);
  int written = vsnprintf(messages->text + messages->length, room, message, arguments);
  va_end(arguments);
  if (written > 0) messages->length += (size_t)written < room ? (size_t)written : room - 1;
}

// Sends libxslt's messages to `messages`, or back to standard error for NULL.
static inline void parley_xslt_capture(parley_xslt_messages *messages) {
  xsltSetGenericErrorFunc(messages, messages != NULL ? parley_xslt_collect : NULL);
}

#endif
