#include "SecretStore.h"

#include <qt6keychain/keychain.h>

namespace connectlab {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return SecretStore::Status::Failed;
}

// qtkeychain reports a missing D-Bus / Secret Service as OtherError on Linux: treat those as "no keychain".
SecretStore::Status classify(QKeychain::Job *job)
{
    const SecretStore::Status status = statusOf(job->error());
    if (status == SecretStore::Status::Failed) {
        const QString text = job->errorString();
        if (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("secret service"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("kwallet"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("not available"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("No keychain"), Qt::CaseInsensitive))
            return SecretStore::Status::Unavailable;
    }
    return status;
}

QString messageFor(SecretStore::Status status, const QString &action, QKeychain::Job *job)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return action;
    case SecretStore::Status::NotFound:
        return QStringLiteral("No secret is stored in the keychain for this client id.");
    case SecretStore::Status::Unavailable:
        return QStringLiteral(
                   "No keychain is available (no Secret Service or KWallet is running; %1). The secret "
                   "is kept in memory for this session only and is never written to disk.")
            .arg(job->errorString());
    case SecretStore::Status::Failed:
        return QStringLiteral("The keychain refused: %1").arg(job->errorString());
    }
    return {};
}

template <typename JobType> JobType *makeJob(QObject *parent, const QString &clientId)
{
    auto *job = new JobType(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings file
    job->setKey(SecretStore::keyFor(clientId));
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return QStringLiteral("Connect Lab");
}

QString SecretStore::keyFor(const QString &clientId)
{
    return QLatin1String("client-secret/") + clientId;
}

void SecretStore::read(const QString &clientId)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, clientId);
    connect(job, &QKeychain::Job::finished, this, [this, clientId](QKeychain::Job *finished) {
        const Status status = classify(finished);
        const QString secret = status == Status::Ok
                                   ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()
                                   : QString();
        Q_EMIT readFinished(clientId, secret, status,
                            messageFor(status, QStringLiteral("Secret loaded from the keychain."), finished));
    });
    job->start();
}

void SecretStore::write(const QString &clientId, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, clientId);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, clientId](QKeychain::Job *finished) {
        const Status status = classify(finished);
        Q_EMIT writeFinished(clientId, status,
                             messageFor(status, QStringLiteral("Secret saved in the keychain."), finished));
    });
    job->start();
}

void SecretStore::remove(const QString &clientId)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, clientId);
    connect(job, &QKeychain::Job::finished, this, [this, clientId](QKeychain::Job *finished) {
        const Status status = classify(finished);
        Q_EMIT removeFinished(
            clientId, status,
            messageFor(status, QStringLiteral("Secret removed from the keychain."), finished));
    });
    job->start();
}

} // namespace connectlab
