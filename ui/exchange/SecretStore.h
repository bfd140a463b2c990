#pragma once

#include <QObject>
#include <QString>

namespace connectlab {

// The client secret in the desktop's keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store via qtkeychain), one entry per client id. Asynchronous: each call answers with one signal.
// Never falls back to a plain-text file: without a keychain, every call answers Unavailable with a message
// saying so, and the secret stays in memory for the session. The calls are virtual so tests can put an
// in-memory store in its place. Constructing a store costs nothing: the keychain (D-Bus on Linux) is first
// contacted by a call.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,    // read/remove: nothing stored for this client id
        Unavailable, // no keychain service (typical on headless machines)
        Failed,      // the keychain answered with an error (access denied, …)
    };
    Q_ENUM(Status)
    enum class Action
    {
        Read,
        Write,
        Remove,
    };

    explicit SecretStore(QObject *parent = nullptr);

    static QString serviceName();                   // "Connect Lab"
    static QString keyFor(const QString &clientId); // "client-secret/<clientId>"

    // What an answer means for the user, in plain words (the keychain's own text goes into `detail`).
    static QString messageFor(Status status, Action action);
    // Whether the keychain's error text says that there is no keychain service at all (no D-Bus session,
    // no Secret Service, no KWallet), which qtkeychain reports as a generic error on Linux.
    static bool meansNoKeychain(const QString &errorText);

    virtual void read(const QString &clientId);
    virtual void write(const QString &clientId, const QString &secret);
    virtual void remove(const QString &clientId);

Q_SIGNALS:
    // `secret` is empty unless status is Ok. `message` says what happened in plain words (messageFor);
    // `detail` is the keychain's own, technical text, empty when all went well.
    void readFinished(const QString &clientId, const QString &secret, connectlab::SecretStore::Status status,
                      const QString &message, const QString &detail);
    void writeFinished(const QString &clientId, connectlab::SecretStore::Status status,
                       const QString &message, const QString &detail);
    void removeFinished(const QString &clientId, connectlab::SecretStore::Status status,
                        const QString &message, const QString &detail);
};

} // namespace connectlab
