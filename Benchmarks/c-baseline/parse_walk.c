/* The yardstick for the HTML reader: libxml2 parses each .html file given and walks every node,
 * touching its text and attributes, on one thread, several times over. Build and run:
 *   cc -O2 parse_walk.c -o parse_walk $(pkg-config --cflags --libs libxml-2.0)
 *   ./parse_walk REPETITIONS FILE...
 */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static size_t walk(xmlNodePtr node) {
    size_t touched = 0;
    for (; node; node = node->next) {
        if (node->content) touched += strlen((const char *)node->content);
        for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
            if (attribute->children && attribute->children->content) touched += strlen((const char *)attribute->children->content);
        }
        if (node->type == XML_ELEMENT_NODE && node->children) touched += walk(node->children);
    }
    return touched;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: parse_walk REPETITIONS FILE...\n"); return 2; }
    int repetitions = atoi(argv[1]);
    xmlInitParser();
    size_t touched = 0, bytes = 0;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int repetition = 0; repetition < repetitions; repetition++) {
        for (int index = 2; index < argc; index++) {
            FILE *file = fopen(argv[index], "rb");
            if (!file) continue;
            fseek(file, 0, SEEK_END);
            long length = ftell(file);
            rewind(file);
            char *buffer = malloc(length);
            if (fread(buffer, 1, length, file) != (size_t)length) length = 0;
            fclose(file);
            htmlDocPtr document = htmlReadMemory(buffer, (int)length, NULL, "UTF-8",
                HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
            if (document) { touched += walk(document->children); xmlFreeDoc(document); }
            free(buffer);
            if (repetition == 0) bytes += length;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("files: %d  bytes: %zu  repetitions: %d  touched: %zu\n", argc - 2, bytes, repetitions, touched);
    printf("seconds: %.3f  per pass: %.4f  MB/s: %.1f\n", seconds, seconds / repetitions, bytes * (double)repetitions / 1e6 / seconds);
    return 0;
}
