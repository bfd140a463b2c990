#pragma once

// An in-memory keychain for the Tokens tab's tests, so they never depend on (or touch) a Secret Service.
// Answers asynchronously, as qtkeychain does, with SecretStore's own messages. Header-only; a test links
// connectlab_exchange.

#include <SecretStore.h>

#include <QHash>
#include <QString>
#include <QTimer>

namespace connectlab::test {

class FakeSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

    // What qtkeychain says on a desktop without a D-Bus session (the technical detail of Unavailable).
    static QString noDbusText()
    {
        return QStringLiteral(
            "Failed to execute child process \u201Cdbus-launch\u201D (No such file or directory)");
    }

    QHash<QString, QString> secrets;
    bool available = true;     // false: every call answers Unavailable
    bool refuseWrites = false; // true: writes answer Failed ("access denied")
    int reads = 0;
    int writes = 0;
    int removes = 0;

    void read(const QString &clientId) override
    {
        ++reads;
        QTimer::singleShot(0, this, [this, clientId] {
            if (!available)
                Q_EMIT readFinished(clientId, {}, Status::Unavailable,
                                    messageFor(Status::Unavailable, Action::Read), noDbusText());
            else if (secrets.contains(clientId))
                Q_EMIT readFinished(clientId, secrets.value(clientId), Status::Ok,
                                    messageFor(Status::Ok, Action::Read), {});
            else
                Q_EMIT readFinished(clientId, {}, Status::NotFound,
                                    messageFor(Status::NotFound, Action::Read),
                                    QStringLiteral("Entry not found"));
        });
    }
    void write(const QString &clientId, const QString &secret) override
    {
        ++writes;
        QTimer::singleShot(0, this, [this, clientId, secret] {
            const Status status = !available     ? Status::Unavailable
                                  : refuseWrites ? Status::Failed
                                                 : Status::Ok;
            if (status == Status::Ok)
                secrets.insert(clientId, secret);
            const QString detail = status == Status::Unavailable ? noDbusText()
                                   : status == Status::Failed    ? QStringLiteral("Access to keychain denied")
                                                                 : QString();
            Q_EMIT writeFinished(clientId, status, messageFor(status, Action::Write), detail);
        });
    }
    void remove(const QString &clientId) override
    {
        ++removes;
        QTimer::singleShot(0, this, [this, clientId] {
            const Status status = !available                     ? Status::Unavailable
                                  : secrets.remove(clientId) > 0 ? Status::Ok
                                                                 : Status::NotFound;
            Q_EMIT removeFinished(clientId, status, messageFor(status, Action::Remove),
                                  status == Status::Unavailable ? noDbusText() : QString());
        });
    }
};

} // namespace connectlab::test
