#include "SingleInstance.h"

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
    if (!socket.waitForConnected(timeoutMs))
        return false;
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
    return answer.startsWith("ok\n");
}

bool SingleInstance::listen()
{
    const QString name = serverName();
    // Someone answers there: that one is the running instance (QLocalServer would take the name over from
    // it). Nobody: at most a crashed one's socket is left, which goes.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(name);
    return m_server->listen(name);
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
            Q_EMIT linkReceived(message.value(QStringLiteral("link")).toString());
        });
    }
}

} // namespace connectlab
