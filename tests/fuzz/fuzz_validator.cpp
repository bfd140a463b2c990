// The validator, fed requests whose every field comes from the input (one line per field, in ConnectRequest's
// order; the first byte picks the endpoint and whether the sandbox's registrations apply). Beyond not
// crashing: every diagnostic is complete, the verdict does not depend on who built the URL, and an
// invisible or confusable character in client_id or redirect_uri is always reported, naming it and where.
#include "FuzzSupport.h"

#include <InvisibleCharacters.h>
#include <UrlBuilder.h>
#include <Validator.h>

#include <QStringList>

using namespace connectlab;

CONNECTLAB_FUZZ_INITIALIZE

namespace {

void checkCharacterWarning(const Diagnostics &diagnostics, const QString &field, const QString &value)
{
    const InvisibleCharacters::Finding invisible = InvisibleCharacters::firstInvisible(value);
    const InvisibleCharacters::Finding confusable = InvisibleCharacters::firstConfusable(value);
    bool sawInvisible = false;
    bool sawConfusable = false;
    for (const Diagnostic &d : diagnostics) {
        if (d.field != field)
            continue;
        if (d.code == QLatin1String("invisible-character")) {
            sawInvisible = true;
            FUZZ_CHECK(invisible.found(), fuzz::describe(d));
            FUZZ_CHECK(d.message.contains(invisible.name), fuzz::describe(d));
            FUZZ_CHECK(d.message.contains(QString::number(invisible.position + 1)), fuzz::describe(d));
        }
        if (d.code == QLatin1String("confusable-character")) {
            sawConfusable = true;
            FUZZ_CHECK(confusable.found(), fuzz::describe(d));
            FUZZ_CHECK(d.message.contains(confusable.name), fuzz::describe(d));
        }
    }
    FUZZ_CHECK(sawInvisible == invisible.found(), field + QStringLiteral(": ") + value);
    FUZZ_CHECK(sawConfusable == confusable.found(), field + QStringLiteral(": ") + value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QStringList lines = fuzz::text(data + 1, size - 1).split(u'\n');
    auto line = [&lines](qsizetype i) { return i < lines.size() ? lines.at(i) : QString(); };

    ConnectRequest r;
    if (mode & 1)
        r.baseUrl = QStringLiteral("http://127.0.0.1:5050");
    r.clientId = line(0);
    r.redirectUri = line(1);
    r.responseType = line(2);
    r.vehicleId = line(3);
    r.setScopeString(line(4));
    r.state = line(5);
    r.approvalPrompt = line(6);
    r.mode = line(7);
    r.make = line(8);
    r.singleSelect = line(9);
    r.singleSelectVin = line(10);
    r.setFlagsString(line(11));
    for (qsizetype i = 12; i + 1 < lines.size(); i += 2)
        r.extras.append(Parameter{lines.at(i), lines.at(i + 1)});
    if (mode & 2)
        r.makeReauthentication(line(3));

    Registrations sandbox;
    sandbox.where = QStringLiteral("the local sandbox");
    sandbox.apps.append(AppRegistration{QStringLiteral("8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"),
                                        QStringLiteral("Demo"),
                                        {QStringLiteral("http://localhost:8000/callback")}});

    const QString url = UrlBuilder::build(r);
    const Diagnostics diagnostics = Validator::validate(r);
    FUZZ_CHECK_DIAGNOSTICS(diagnostics);
    FUZZ_CHECK(Validator::validate(r, url) == diagnostics, url);
    checkCharacterWarning(diagnostics, QStringLiteral("client_id"), r.clientId);
    checkCharacterWarning(diagnostics, QStringLiteral("redirect_uri"), r.redirectUri);

    if (mode & 4) {
        const Diagnostics registered = Validator::validate(r, url, &sandbox);
        FUZZ_CHECK_DIAGNOSTICS(registered);
        // The registrations only add findings.
        for (const Diagnostic &d : diagnostics)
            FUZZ_CHECK(registered.contains(d), fuzz::describe(d));
    }
    return 0;
}
