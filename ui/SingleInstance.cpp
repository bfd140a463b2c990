#include "SingleInstance.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>

#include <unistd.h>

namespace connectlab {

namespace {

constexpr qint64 MaxMessage = 1024 * 1024; // a link is a few KiB; anything this long is not one

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    const QString overridden = qEnvironmentVariable("CONNECTLAB_INSTANCE_NAME");
    if (!overridden.isEmpty())
        return overridden;
    QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::tempPath();
    const QString test = QStandardPaths::isTestModeEnabled() ? QStringLiteral("-test") : QString();
    return folder + QStringLiteral("/connectlab-") + QString::number(::getuid()) + test +
           QStringLiteral(".socket");
}

bool SingleInstance::handOver(const QString &link, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs)) {
        qCDebug(lcInstance, "no running window at %s: this one opens", qPrintable(serverName()));
        return false;
    }
    const QByteArray message =
        QJsonDocument(QJsonObject{{QStringLiteral("link"), link}}).toJson(QJsonDocument::Compact) + '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    const bool accepted = answer.startsWith("ok\n");
    qCDebug(lcInstance, "handed the link to the running window: %s", accepted ? "accepted" : "refused");
    return accepted;
}

bool SingleInstance::listen()
{
    const QString name = serverName();
    // Someone answers there: that one is the running instance (QLocalServer would take the name over from
    // it). Nobody: at most a crashed one's socket is left, which goes.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500)) {
        qCDebug(lcInstance, "another window already listens at %s", qPrintable(name));
        return false;
    }
    QLocalServer::removeServer(name);
    const bool listening = m_server->listen(name);
    if (!listening)
        qCWarning(lcInstance, "links opened elsewhere will start a new window: cannot listen at %s (%s)",
                  qPrintable(name), qPrintable(m_server->errorString()));
    else
        qCDebug(lcInstance, "listening at %s", qPrintable(name));
    return listening;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine(MaxMessage)).object();
            socket->write("ok\n");
            socket->flush();
            qCDebug(lcInstance, "a link arrived from another connectlab (%lld characters)",
                    static_cast<long long>(message.value(QStringLiteral("link")).toString().size()));
            Q_EMIT linkReceived(message.value(QStringLiteral("link")).toString());
        });
    }
}

} // namespace connectlab
