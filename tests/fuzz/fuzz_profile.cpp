// Profile and session loading: Profile::load reads a saved request (the window's last session is one too)
// from a file; here the same bytes go through the same JSON reading in memory. Beyond not crashing: a refusal
// always says why, and what is accepted is written and read back unchanged (strict and lenient readers).
#include "FuzzSupport.h"

#include <Profile.h>

#include <QJsonDocument>

using namespace connectlab;

CONNECTLAB_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject json = doc.object();

    Profile profile;
    QString error;
    if (Profile::fromJson(json, &profile, &error)) {
        FUZZ_CHECK(error.isEmpty(), error);
        Profile again;
        QString againError;
        FUZZ_CHECK(Profile::fromJson(profile.toJson(), &again, &againError), againError);
        FUZZ_CHECK(again.name == profile.name, profile.name);
        FUZZ_CHECK(again.request == profile.request,
                   QString::fromUtf8(QJsonDocument(profile.toJson()).toJson()));
        FUZZ_CHECK(again.settings == profile.settings, profile.name);
    } else {
        FUZZ_CHECK(!error.trimmed().isEmpty(), QString::fromUtf8(doc.toJson()));
    }

    // The lenient reader (a request inside other JSON, e.g. history): whatever it makes of the object.
    const QJsonObject requestJson = json.value(QStringLiteral("request")).isObject()
                                        ? json.value(QStringLiteral("request")).toObject()
                                        : json;
    const ConnectRequest lenient = Profile::requestFromJson(requestJson);
    FUZZ_CHECK(Profile::requestFromJson(Profile::requestToJson(lenient)) == lenient,
               QString::fromUtf8(QJsonDocument(Profile::requestToJson(lenient)).toJson()));
    return 0;
}
