/* galley exporter plugin ABI, version 1.
 *
 * An exporter is a shared library that exports one C function, galley_exporter_entry_v1(), returning a
 * descriptor. galley reads the descriptor, checks it, and calls export_edition() with the edition as
 * galley's canonical JSON (formats/README.md) and a host through which the exporter writes its output
 * and reports problems. Nothing crosses this boundary but C types: an exporter may be built outside
 * galley's tree and by another compiler. No exception may cross it either (the C++ wrapper in
 * galley/plugin.hpp catches them).
 *
 * galley runs every export in a child process, so a crashing exporter cannot take galley down, and it
 * commits the output only when the export returns GALLEY_OK.
 */
#ifndef GALLEY_EXPORTER_PLUGIN_H
#define GALLEY_EXPORTER_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GALLEY_PLUGIN_ABI_VERSION 1u
#define GALLEY_EXPORTER_ENTRY_SYMBOL "galley_exporter_entry_v1"

typedef enum galley_status { GALLEY_OK = 0, GALLEY_FAILED = 1 } galley_status;

typedef enum galley_severity { GALLEY_NOTE = 0, GALLEY_WARNING = 1, GALLEY_ERROR = 2 } galley_severity;

/* What the host offers an exporter during export_edition(). All strings are UTF-8 and NUL-terminated. */
typedef struct galley_host {
    uint32_t abi_version; /* GALLEY_PLUGIN_ABI_VERSION */
    uint32_t struct_size; /* sizeof(galley_host) as the host was built: fields may be added at the end */
    void* context;        /* pass back to every call */

    /* Appends bytes to an output entry. entry "" is the single output (a file, or standard output);
     * a non-empty entry is a relative path inside the output directory ("p1-a1.xml", "OEBPS/a.xhtml").
     * An exporter writes either the single output or named entries, not both. Returns 0 on success. */
    int (*write)(void* context, const char* entry, const void* data, size_t size);

    /* Reports a problem or a note. article_id ties it to an article (NULL or "" for the whole edition);
     * galley prints it with the article's source file and line. */
    void (*report)(void* context, galley_severity severity, const char* article_id, const char* message);

    /* The bytes an earlier run left for this entry in the output directory, or NULL (size set to 0).
     * Lets an exporter number the versions of items it sends again. Valid until export_edition returns. */
    const void* (*previous)(void* context, const char* entry, size_t* size);

    /* The bytes of a file the edition refers to — an image's or the cover's href, relative to the edition
     * folder — or NULL (size set to 0) when there is none or it cannot be read. Valid until export_edition
     * returns. (Added in ABI 1 after `previous`: check struct_size before calling.) */
    const void* (*resource)(void* context, const char* href, size_t* size);
} galley_host;

/* One option an exporter takes ("galley export -t ID -O name=value"). */
typedef struct galley_option_spec {
    const char* name;          /* lower-case letters, digits and '-' */
    const char* type;          /* "bool", "int" or "string" */
    const char* default_value; /* as text; "" when none */
    const char* help;
} galley_option_spec;

/* An option's value as the user gave it (or its default). */
typedef struct galley_option_value {
    const char* name;
    const char* value;
} galley_option_value;

typedef galley_status (*galley_export_fn)(const galley_host* host, const char* edition_json, size_t edition_size,
                                          const galley_option_value* options, size_t option_count);

typedef struct galley_exporter {
    uint32_t abi_version;       /* GALLEY_PLUGIN_ABI_VERSION */
    uint32_t struct_size;       /* sizeof(galley_exporter): fields may be added at the end */
    const char* id;             /* "newsml-g2": lower-case letters, digits and '-'; what -t takes */
    const char* name;           /* "NewsML-G2 2.35" */
    const char* version;        /* the exporter's own version */
    const char* description;    /* one line for "galley formats" */
    const char* file_extension; /* "xml", without the dot */
    const char* media_type;     /* "application/vnd.iptc.g2.newsitem+xml" */
    const galley_option_spec* options;
    size_t option_count;
    galley_export_fn export_edition;
} galley_exporter;

typedef const galley_exporter* (*galley_exporter_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* GALLEY_EXPORTER_PLUGIN_H */
