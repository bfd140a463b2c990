#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A tiny HTTP/1.1 server on 127.0.0.1 for the tests (the web tests today): serves fixed answers by path and
// counts every request (and every connection) it receives, so a test can assert that nothing reached it.
class TestHttpServer : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QByteArray location; // for 3xx
    };

    explicit TestHttpServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    void page(const QString &path, const QByteArray &html)
    {
        m_answers.insert(path, Answer{200, "text/html; charset=utf-8", html, {}});
    }
    void errorPage(const QString &path, int status, const QByteArray &html)
    {
        m_answers.insert(path, Answer{status, "text/html; charset=utf-8", html, {}});
    }
    void redirect(const QString &path, const QUrl &to, int status = 302)
    {
        m_answers.insert(path, Answer{status, "text/html", {}, to.toString(QUrl::FullyEncoded).toUtf8()});
    }

    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; } // request lines

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        // Wait for a body announced by Content-Length (form posts).
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength) {
            socket->setProperty("buffer", buffer);
            return;
        }
        socket->setProperty("buffer", QByteArray());
        const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
        m_requests.append(requestLine);
        const QList<QByteArray> parts = requestLine.split(' ');
        QString path = parts.size() > 1 ? QString::fromLatin1(parts.at(1)) : QString();
        path = path.left(path.indexOf(QLatin1Char('?')) < 0 ? path.size() : path.indexOf(QLatin1Char('?')));
        const Answer answer = m_answers.value(path, Answer{404, "text/plain", "not found", {}});
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) +
                           " X\r\nContent-Type: " + answer.contentType +
                           "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
                           "\r\nCache-Control: no-store\r\nConnection: close\r\n";
        if (!answer.location.isEmpty())
            reply += "Location: " + answer.location + "\r\n";
        reply += "\r\n" + answer.body;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QHash<QString, Answer> m_answers;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};
