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
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <string.h>

/// libxml2's version string, for report metadata.
static inline const char *listinglint_xml_version(void) { return LIBXML_DOTTED_VERSION; }

/// Parses UTF-8 HTML with libxml2's SAX interface: the same steps as `htmlReadMemory(buffer, size,
/// NULL, "UTF-8", options)` in libxml2 2.9, but the element, text, comment and processing-instruction
/// events go to the given handlers instead of building a tree (the document node and a DOCTYPE are
/// still made, as libxml2's parser consults them). Each handler's first argument is the parser
/// context, whose `_private` is `builder`. Returns 0 when libxml2 started a document, -1 when it
/// could not (an empty buffer, no memory).
static inline int listinglint_html_parse_events(
    const char *buffer, int size, int options, void *builder,
    startElementSAXFunc startElement, endElementSAXFunc endElement, charactersSAXFunc characters,
    cdataBlockSAXFunc cdataBlock, commentSAXFunc comment, processingInstructionSAXFunc processingInstruction)
{
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return -1;
    htmlDefaultSAXHandlerInit();
    if (ctxt->sax != NULL) {
        memcpy(ctxt->sax, &htmlDefaultSAXHandler, sizeof(xmlSAXHandlerV1));
        ctxt->sax->startElement = startElement;
        ctxt->sax->endElement = endElement;
        ctxt->sax->characters = characters;
        ctxt->sax->cdataBlock = cdataBlock;
        ctxt->sax->comment = comment;
        ctxt->sax->processingInstruction = processingInstruction;
    }
    ctxt->_private = builder;
    htmlCtxtUseOptions(ctxt, options);
    ctxt->html = 1;
    xmlCharEncodingHandlerPtr encoding = xmlFindCharEncodingHandler("UTF-8");
    if (encoding != NULL) {
        xmlSwitchToEncoding(ctxt, encoding);
        if (ctxt->input->encoding != NULL) xmlFree((xmlChar *) ctxt->input->encoding);
        ctxt->input->encoding = xmlStrdup((const xmlChar *) "UTF-8");
    }
    htmlParseDocument(ctxt);
    int started = ctxt->myDoc != NULL ? 0 : -1;
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return started;
}

/// The parser context's current line (what libxml2 records as an element's line).
static inline int listinglint_parser_line(void *context) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr) context;
    return ctxt->input != NULL ? ctxt->input->line : 0;
}

/// The `_private` pointer of a parser context.
static inline void *listinglint_parser_builder(void *context) { return ((xmlParserCtxtPtr) context)->_private; }

/// Whether the document being parsed has a DOCTYPE node.
static inline int listinglint_parser_has_doctype(void *context) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr) context;
    return ctxt->myDoc != NULL && ctxt->myDoc->intSubset != NULL;
}

#endif
