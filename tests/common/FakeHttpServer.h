#pragma once

// A minimal HTTP/1.1 server on 127.0.0.1 for what the sandbox cannot show: the exact bytes a client sent,
// and answers the sandbox never gives (HTML instead of JSON, a server error, an OAuth error on demand, no
// answer at all). Header-only, for any test.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace connectlab::test {

class FakeHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray path() const
        {
            const qsizetype query = target.indexOf('?');
            return query < 0 ? target : target.left(query);
        }
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
    };

    explicit FakeHttpServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); } // a free port
    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(serverPort());
        return url;
    }

    // The answer to every request whose path has no answer of its own (setResponseFor).
    void setResponse(int status, const QByteArray &contentType, const QByteArray &body)
    {
        m_response = encode(status, contentType, body);
    }
    // The answer to requests for one path ("/oauth/token"), whatever their query.
    void setResponseFor(const QByteArray &path, int status, const QByteArray &contentType,
                        const QByteArray &body)
    {
        m_responses.insert(path, encode(status, contentType, body));
    }
    // The answer to requests for exactly this path and query ("/v3/connections?cursor=c2"); it wins over
    // setResponseFor (to tell pages apart).
    void setResponseForTarget(const QByteArray &target, int status, const QByteArray &contentType,
                              const QByteArray &body)
    {
        m_targetResponses.insert(target, encode(status, contentType, body));
    }
    // Never answer (to test timeouts); answers set for a path still go out.
    void setSilent() { m_response.clear(); }

    QList<Request> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

private:
    static QByteArray encode(int status, const QByteArray &contentType, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
               body;
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        socket->setProperty("buffer", buffer.mid(end + 4 + length));
        m_requests.append(request);
        const QByteArray response =
            m_targetResponses.value(request.target, m_responses.value(request.path(), m_response));
        if (!response.isEmpty()) {
            socket->write(response);
            socket->disconnectFromHost();
        }
    }

    QByteArray m_response;
    QHash<QByteArray, QByteArray> m_responses;
    QHash<QByteArray, QByteArray> m_targetResponses;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace connectlab::test
