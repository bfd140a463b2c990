// The explain renderer: EffectiveParameters (core) and connectlab-cli's explain in text and JSON, for any
// text read as a link. Beyond not crashing: the JSON parses and says what the report says, the text shows no
// control character and every row ends its line, and the effective parameters list exactly what the link
// writes, in its order, before what it leaves out.
#include "FuzzSupport.h"

#include <EffectiveParameters.h>
#include <JsonOutput.h>
#include <LinkReport.h>
#include <TextOutput.h>
#include <UrlBuilder.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace connectlab;

CONNECTLAB_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    LinkReport report;
    QString error;
    if (!LinkReport::fromText(input, &report, &error)) {
        FUZZ_CHECK(!error.trimmed().isEmpty(), input);
        report = LinkReport::fromRequest(ConnectRequest{}); // explain still has something to show
    }

    const QString text = TextOutput::explain(report);
    FUZZ_CHECK(!text.isEmpty() && text.endsWith(u'\n'), text);
    for (QChar c : text)
        FUZZ_CHECK(c == u'\n' || !(c.unicode() < 0x20 || c.unicode() == 0x7F), text);

    const QString json = JsonOutput::linkReport(report);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && doc.isObject(),
               parseError.errorString() + QStringLiteral(": ") + json);
    const QJsonObject object = doc.object();
    FUZZ_CHECK(object.value(QStringLiteral("valid")).toBool() == report.isValid(), json);
    const QJsonArray params = object.value(QStringLiteral("params")).toArray();
    FUZZ_CHECK(params.size() == report.parameters.size(), json);
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject p = params.at(i).toObject();
        // JSON cannot carry a lone surrogate: it is escaped, and reads back as U+FFFD. Anything else is
        // exact.
        const Parameter &expected = report.parameters.at(i);
        if (expected.name.isValidUtf16() && expected.value.isValidUtf16()) {
            FUZZ_CHECK(p.value(QStringLiteral("name")).toString() == expected.name, json);
            FUZZ_CHECK(p.value(QStringLiteral("value")).toString() == expected.value, json);
        }
    }
    const QJsonArray diagnostics = object.value(QStringLiteral("diagnostics")).toArray();
    FUZZ_CHECK(diagnostics.size() == report.diagnostics.size(), json);
    for (const QJsonValue &d : diagnostics)
        FUZZ_CHECK(!d.toObject().value(QStringLiteral("message")).toString().isEmpty(), json);

    const QList<EffectiveParameter> effective = EffectiveParameters::of(report.request);
    const QList<Parameter> written = UrlBuilder::parameters(report.request);
    qsizetype sent = 0;
    for (qsizetype i = 0; i < effective.size(); ++i) {
        const EffectiveParameter &e = effective.at(i);
        if (!e.isSent()) {
            FUZZ_CHECK(!e.name.isEmpty(), input);
            continue;
        }
        FUZZ_CHECK(sent == i, e.name); // the sent ones come first
        FUZZ_CHECK(sent < written.size(), e.name);
        FUZZ_CHECK(written.at(sent).name == e.name && written.at(sent).value == e.value, e.name);
        ++sent;
    }
    FUZZ_CHECK(sent == written.size(), input);
    return 0;
}
