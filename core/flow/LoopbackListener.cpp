#include "LoopbackListener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace connectlab::flow {

namespace {

constexpr int SocketTimeoutMs = 15000;

const QByteArray closeTabPage = QByteArrayLiteral(
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Connect Lab</title>"
    "<style>body{font-family:sans-serif;margin:3em;max-width:36em}</style></head><body>"
    "<h1>Connect Lab received the callback</h1>"
    "<p>The result is shown in Connect Lab. You can close this tab.</p></body></html>");

const QByteArray notFoundPage = QByteArrayLiteral(
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body>"
    "<p>Connect Lab is waiting for the redirect URI only.</p></body></html>");

} // namespace

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent) {}

LoopbackListener::~LoopbackListener() = default;

bool LoopbackListener::isLoopbackRedirect(const QUrl &redirectUri)
{
    if (!redirectUri.isValid() ||
        redirectUri.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = redirectUri.host().toLower();
    if (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1"))
        return false;
    return redirectUri.port() > 0 && !redirectUri.hasFragment();
}

bool LoopbackListener::listen(const QUrl &redirectUri, QString *error)
{
    close();
    if (!isLoopbackRedirect(redirectUri)) {
        if (error)
            *error =
                QCoreApplication::translate("connectlab::flow::LoopbackListener",
                                            "%1 is not a loopback redirect URI (http://localhost:PORT/…).")
                    .arg(redirectUri.toDisplayString());
        return false;
    }
    m_matcher = RedirectMatcher(redirectUri);
    m_done = false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, quint16(redirectUri.port()))) {
        if (error)
            *error = QCoreApplication::translate(
                         "connectlab::flow::LoopbackListener",
                         "Cannot listen on 127.0.0.1:%1: %2 (is your own server running there?)")
                         .arg(redirectUri.port())
                         .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

bool LoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LoopbackListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void LoopbackListener::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void LoopbackListener::onNewConnection()
{
    if (!m_server)
        return;
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(SocketTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                               const QByteArray &html)
{
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                       "\r\n"
                       "Content-Type: text/html; charset=utf-8\r\n"
                       "Content-Length: " +
                       QByteArray::number(html.size()) +
                       "\r\n"
                       "Cache-Control: no-store\r\n"
                       "Referrer-Policy: no-referrer\r\n"
                       "Connection: close\r\n\r\n" +
                       html;
    socket->write(reply);
    socket->disconnectFromHost();
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffered = socket->property("connectlab_buffer").toByteArray() + socket->readAll();
    if (buffered.size() > MaxRequestBytes) {
        respond(socket, 431, "Request Header Fields Too Large", notFoundPage);
        return;
    }
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("connectlab_buffer", buffered);
        return;
    }
    socket->setProperty("connectlab_buffer", QByteArray());
    const QByteArray requestLine = buffered.left(buffered.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/") || !parts[1].startsWith('/')) {
        respond(socket, 400, "Bad Request", notFoundPage);
        return;
    }
    if (parts[0] != "GET" && parts[0] != "HEAD") {
        respond(socket, 405, "Method Not Allowed", notFoundPage);
        return;
    }
    // The callback as the browser saw it: the redirect URI's scheme, host and port, the request's target.
    const QUrl base = m_matcher.redirectUri();
    const QString target = QString::fromLatin1(parts[1]);
    QUrl callback(base.scheme() % QLatin1String("://") % base.authority(QUrl::FullyEncoded) % target,
                  QUrl::StrictMode);
    if (m_done || !callback.isValid() || !m_matcher.matches(callback)) {
        respond(socket, 404, "Not Found", notFoundPage);
        return;
    }
    m_done = true;
    respond(socket, 200, "OK", closeTabPage);
    // Listen once: no second callback can arrive.
    if (m_server)
        m_server->close();
    Q_EMIT callbackReceived(callback);
}

} // namespace connectlab::flow
