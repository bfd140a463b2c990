// The sandbox's JSON: SandboxConfig::fromJson (--config, the registered apps) and SandboxFaults::fromJson
// (a plan's "faults", the control endpoint's body). Beyond not crashing: a refusal says why, and what is
// accepted is written and read back to the same thing.
#include "FuzzSupport.h"

#include <SandboxConfig.h>
#include <SandboxFaults.h>

#include <QJsonDocument>

using namespace connectlab::sandbox;

CONNECTLAB_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = connectlab::fuzz::bytes(data, size);

    SandboxConfig config;
    QString error;
    if (SandboxConfig::fromJson(json, &config, &error)) {
        const QByteArray written = config.toJson();
        SandboxConfig again;
        QString againError;
        FUZZ_CHECK(SandboxConfig::fromJson(written, &again, &againError),
                   againError + u' ' + QString::fromUtf8(written));
        FUZZ_CHECK(again.toJson() == written, QString::fromUtf8(written));
    } else {
        FUZZ_CHECK(!error.trimmed().isEmpty(), QString::fromUtf8(json));
    }

    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject()) {
        SandboxFaults faults;
        QString faultsError;
        if (SandboxFaults::fromJson(doc.object(), &faults, &faultsError)) {
            SandboxFaults again;
            QString againError;
            FUZZ_CHECK(SandboxFaults::fromJson(faults.toJson(), &again, &againError), againError);
            FUZZ_CHECK(again == faults, QString::fromUtf8(QJsonDocument(faults.toJson()).toJson()));
            for (const SandboxFaults::Status &s : faults.status)
                FUZZ_CHECK(s.status == 429 || (s.status >= 500 && s.status <= 599),
                           QString::number(s.status));
        } else {
            FUZZ_CHECK(!faultsError.trimmed().isEmpty(), QString::fromUtf8(json));
        }
    }
    return 0;
}
