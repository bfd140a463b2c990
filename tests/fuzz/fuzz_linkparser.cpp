// The link parser: UrlParser and LinkImport, fed any text. Beyond not crashing: every diagnostic is complete,
// the parsed request survives a build → parse round trip unchanged, and the import agrees with the parser.
#include "FuzzSupport.h"

#include <LinkImport.h>
#include <UrlBuilder.h>
#include <UrlParser.h>

using namespace connectlab;

CONNECTLAB_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);

    const ParseResult parsed = UrlParser::parse(input);
    FUZZ_CHECK_DIAGNOSTICS(parsed.diagnostics);
    if (!parsed.ok) {
        FUZZ_CHECK(!parsed.diagnostics.isEmpty(), input);
    } else {
        // parse(build(r)) == r: what was read is written back and read again the same, with nothing to say.
        const QString url = UrlBuilder::build(parsed.request);
        const ParseResult again = UrlParser::parse(url);
        FUZZ_CHECK(again.ok, url);
        FUZZ_CHECK(again.request == parsed.request, url + QStringLiteral("\n  from ") + input);
        FUZZ_CHECK(again.parameters == UrlBuilder::parameters(parsed.request), url);
        FUZZ_CHECK(UrlBuilder::build(again.request) == url, url);
    }

    const LinkImport import = LinkImport::read(input);
    FUZZ_CHECK_DIAGNOSTICS(import.diagnostics());
    if (import.isOk()) {
        FUZZ_CHECK(import.error().isEmpty(), import.error());
        // Errors first, then warnings, then notes.
        for (qsizetype i = 1; i < import.diagnostics().size(); ++i)
            FUZZ_CHECK(import.diagnostics().at(i - 1).severity >= import.diagnostics().at(i).severity,
                       fuzz::describe(import.diagnostics().at(i)));
        FUZZ_CHECK(import.origin() == LinkImport::Origin::None || !import.originText().isEmpty(), input);
    } else {
        FUZZ_CHECK(!import.error().trimmed().isEmpty(), input);
    }
    return 0;
}
