/*
 * The floor for the audit benchmark: parse each HTML page with libxml2 (the same options as
 * ListingLint's reader) and walk its text nodes, summing their lengths — nothing else. No linter
 * that builds libxml2's DOM can be faster than this on the same pages and cores.
 *
 * usage: libxml2_floor THREADS FILE_LIST   (FILE_LIST: one path per line)
 * prints: pages, bytes, seconds, pages/s, MB/s
 */
#include <libxml/HTMLparser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char **paths;
static size_t path_count;
static size_t next_path;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long long total_bytes, total_text;

static unsigned long long walk(xmlNodePtr node) {
    unsigned long long sum = 0;
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE && node->content) sum += strlen((const char *)node->content);
        if (node->children) sum += walk(node->children);
    }
    return sum;
}

static void *worker(void *unused) {
    (void)unused;
    for (;;) {
        pthread_mutex_lock(&lock);
        size_t index = next_path++;
        pthread_mutex_unlock(&lock);
        if (index >= path_count) return NULL;
        FILE *file = fopen(paths[index], "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        char *buffer = malloc(size > 0 ? size : 1);
        size_t got = fread(buffer, 1, size, file);
        fclose(file);
        htmlDocPtr doc = htmlReadMemory(buffer, (int)got, paths[index], "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
        unsigned long long text = doc ? walk(xmlDocGetRootElement(doc)) : 0;
        if (doc) xmlFreeDoc(doc);
        free(buffer);
        pthread_mutex_lock(&lock);
        total_bytes += got;
        total_text += text;
        pthread_mutex_unlock(&lock);
    }
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s THREADS FILE_LIST\n", argv[0]); return 2; }
    int threads = atoi(argv[1]);
    FILE *list = fopen(argv[2], "r");
    if (!list) { perror(argv[2]); return 2; }
    size_t capacity = 1024;
    paths = malloc(capacity * sizeof *paths);
    char line[4096];
    while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        if (path_count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        paths[path_count++] = strdup(line);
    }
    fclose(list);
    xmlInitParser();
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pthread_t *ids = malloc(threads * sizeof *ids);
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, worker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("{\"pages\": %zu, \"bytes\": %llu, \"seconds\": %.3f, \"pages_per_second\": %.1f, \"mb_per_second\": %.2f}\n",
           path_count, total_bytes, seconds, path_count / seconds, total_bytes / seconds / 1048576.0);
    return 0;
}
