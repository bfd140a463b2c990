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

SecretStore::Status classify(QKeychain::Job *job)
{
    const SecretStore::Status status = statusOf(job->error());
    if (status == SecretStore::Status::Failed && SecretStore::meansNoKeychain(job->errorString()))
        return SecretStore::Status::Unavailable;
    return status;
}

QString detailOf(SecretStore::Status status, QKeychain::Job *job)
{
    return status == SecretStore::Status::Ok ? QString() : job->errorString();
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

QString SecretStore::messageFor(Status status, Action action)
{
    switch (status) {
    case Status::Ok:
        switch (action) {
        case Action::Read:
            return tr("Secret loaded from the keychain.");
        case Action::Write:
            return tr("Secret saved in the keychain.");
        case Action::Remove:
            return tr("Secret removed from the keychain.");
        }
        break;
    case Status::NotFound:
        return tr("No secret is stored in the keychain for this client id.");
    case Status::Unavailable:
        return tr("No desktop keychain is running, so the secret is kept for this session only.");
    case Status::Failed:
        switch (action) {
        case Action::Read:
            return tr(
                "The keychain would not give the secret. Type it here; it is kept for this session only.");
        case Action::Write:
            return tr("The keychain would not save the secret, so it is kept for this session only.");
        case Action::Remove:
            return tr("The keychain would not remove the secret.");
        }
        break;
    }
    return {};
}

bool SecretStore::meansNoKeychain(const QString &errorText)
{
    // What qtkeychain passes on from D-Bus, libsecret and KWallet when none of them is there.
    static const char *const markers[] = {
        "D-Bus",   "DBus",          "dbus-launch", "org.freedesktop.secrets", "secret service",
        "kwallet", "not available", "No keychain", "not provided by any",
    };
    for (const char *marker : markers) {
        if (errorText.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void SecretStore::read(const QString &clientId)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, clientId);
    connect(job, &QKeychain::Job::finished, this, [this, clientId](QKeychain::Job *finished) {
        const Status status = classify(finished);
        const QString secret = status == Status::Ok
                                   ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()
                                   : QString();
        Q_EMIT readFinished(clientId, secret, status, messageFor(status, Action::Read),
                            detailOf(status, finished));
    });
    job->start();
}

void SecretStore::write(const QString &clientId, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, clientId);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, clientId](QKeychain::Job *finished) {
        const Status status = classify(finished);
        Q_EMIT writeFinished(clientId, status, messageFor(status, Action::Write), detailOf(status, finished));
    });
    job->start();
}

void SecretStore::remove(const QString &clientId)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, clientId);
    connect(job, &QKeychain::Job::finished, this, [this, clientId](QKeychain::Job *finished) {
        const Status status = classify(finished);
        Q_EMIT removeFinished(clientId, status, messageFor(status, Action::Remove),
                              detailOf(status, finished));
    });
    job->start();
}

} // namespace connectlab
