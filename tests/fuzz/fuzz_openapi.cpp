// libFuzzer target for importing event types from an OpenAPI document, a file that comes from someone else. Every
// document must be read in bounded time and memory (libFuzzer's -timeout and -rss_limit_mb catch the rest: a
// schema that branches at every level once made a 3 KB document take over a minute and 1.5 GB), and every event
// type it gives must be valid: a name the workspace accepts and a payload template that is JSON.
#include "domain/validation.h"
#include "export/openapi.h"

#include <cstdio>
#include <cstdlib>

using namespace Hookbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    const Export::OpenApiImport imported = Export::eventTypesFromOpenApi(document);
    if (!imported.ok() && !imported.eventTypes.isEmpty()) {
        std::fprintf(stderr, "fuzz_openapi: event types beside an error\n");
        std::abort();
    }
    for (const EventType &type : imported.eventTypes) {
        if (const ValidationErrors errors = Validation::validate(type); !errors.isEmpty()) {
            std::fprintf(stderr, "fuzz_openapi: an imported event type is invalid: %s\n",
                         qPrintable(Validation::describe(errors)));
            std::abort();
        }
    }
    return 0;
}
