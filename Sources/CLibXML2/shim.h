// libxml2 built with ICU pulls ICU's headers, which clash with Foundation's copy
// ("'UErrorCode' has different definitions"); we never use the ICU parts.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <stdlib.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void cc_xmlFree(void *p) { xmlFree(p); }
