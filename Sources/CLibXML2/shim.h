#ifndef LISTINGLINT_CLIBXML2_SHIM_H
#define LISTINGLINT_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU. If Swift sees ICU's types through libxml2 and Foundation at the
// same time, it fails with "'UErrorCode' has different definitions in different modules". The
// reader needs none of libxml2's ICU API, so switch it off before the other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void listinglint_xml_free(void *pointer) { xmlFree(pointer); }

/// libxml2's version string, for report metadata.
static inline const char *listinglint_xml_version(void) { return LIBXML_DOTTED_VERSION; }

#endif
