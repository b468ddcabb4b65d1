/* Exporter plugins that misbehave in one way each, for the loader's and runner's tests. Written in C to
 * show that the ABI needs nothing from C++. One variant per build (FIXTURE_*). */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "galley/exporter_plugin.h"

static const galley_option_spec options[] = {
    {"files", "bool", "false", "Write named files instead of one output"},
#ifdef FIXTURE_LIE_OPTION
    {"mode", "bool", "maybe", "A bool whose default is not a bool"},
#endif
};

static galley_status export_edition(const galley_host* host, const char* json, size_t size,
                                    const galley_option_value* values, size_t count) {
    int files = 0;
    for (size_t i = 0; i < count; ++i)
        if (strcmp(values[i].name, "files") == 0 && strcmp(values[i].value, "true") == 0) files = 1;
#if defined(FIXTURE_CRASH_EXPORT)
    volatile int* nowhere = NULL;
    *nowhere = 1;
#elif defined(FIXTURE_HANG)
    for (;;) pause();
#elif defined(FIXTURE_BAD_ENTRY)
    host->write(host->context, "../escape.txt", "x", 1);
#elif defined(FIXTURE_MIXED)
    host->write(host->context, "", "single", 6);
    host->write(host->context, "named.txt", "named", 5);
#elif defined(FIXTURE_FAILS)
    host->report(host->context, GALLEY_ERROR, "p1-a2", "cannot export this article");
    return GALLEY_FAILED;
#elif defined(FIXTURE_GRANDCHILD)
    /* A process left behind, holding every descriptor the plugin had (galley's pipe among them). */
    if (fork() == 0) {
        sleep(600);
        _exit(0);
    }
#elif defined(FIXTURE_FLOOD_OUTPUT)
    {
        static char block[1 << 20];
        memset(block, 'x', sizeof block);
        for (;;)
            if (host->write(host->context, "", block, sizeof block) != 0) return GALLEY_FAILED;
    }
#elif defined(FIXTURE_FLOOD_REPORTS)
    for (;;) host->report(host->context, GALLEY_WARNING, "p1-a1", "a warning, again and again");
#elif defined(FIXTURE_CHATTY)
    printf("CHATTY-EXPORT-OUTPUT\n");
    fflush(stdout);
#endif
    char line[128];
    int n = snprintf(line, sizeof line, "edition of %zu bytes\n", size);
    if (files) {
        size_t prev = 0;
        host->previous(host->context, "a.txt", &prev);
        int m = snprintf(line + n, sizeof line - (size_t)n, "previous a.txt: %zu bytes\n", prev);
        host->write(host->context, "a.txt", line, (size_t)(n + m));
        host->write(host->context, "dir/b.txt", json, size);
    } else {
        host->report(host->context, GALLEY_WARNING, "p1-a1", "a warning about the first article");
        host->write(host->context, "", line, (size_t)n);
    }
    return GALLEY_OK;
}

static const galley_exporter descriptor = {
#ifdef FIXTURE_ABI2
    2u,
#else
    GALLEY_PLUGIN_ABI_VERSION,
#endif
#ifdef FIXTURE_LIE_SIZE
    8u,
#else
    (uint32_t)sizeof(galley_exporter),
#endif
#ifdef FIXTURE_LIE_ID
    "Bad ID!",
#else
    FIXTURE_ID,
#endif
    "Fixture", "0.1", "A test exporter", "txt", "text/plain",
    options, sizeof options / sizeof options[0], export_edition};

#ifdef FIXTURE_CHATTY
/* A plugin that prints while it is loaded, as a careless library does. */
__attribute__((constructor)) static void chatter(void) {
    printf("CHATTY-LOAD-OUTPUT\n");
    fflush(stdout);
}
#endif

#ifdef FIXTURE_CRASH_LOAD
__attribute__((constructor)) static void crash_on_load(void) { raise(SIGSEGV); }
#endif

#ifndef FIXTURE_NO_SYMBOL
__attribute__((visibility("default"))) const galley_exporter* galley_exporter_entry_v1(void) { return &descriptor; }
#else
/* The descriptor exists, but no entry point hands it out. */
__attribute__((visibility("default"))) const galley_exporter* not_an_entry_point(void) { return &descriptor; }
#endif
