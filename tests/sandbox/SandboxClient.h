#pragma once
// A synchronous HTTP client for the sandbox tests: QNetworkAccessManager, redirects never followed.

#include "FormData.h"
#include "SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace connectlab::sandbox::testing {

using Params = QList<QPair<QString, QString>>;

struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QString text() const { return QString::fromUtf8(body); }
    QByteArray location() const { return header("Location"); }
    // The query of the Location header, decoded as a server would decode it.
    FormData redirectParams() const
    {
        const QByteArray loc = location();
        const qsizetype q = loc.indexOf('?');
        return q < 0 ? FormData() : FormData::parse(QByteArrayView(loc).sliced(q + 1));
    }
    QString hidden(const QString &name) const
    {
        const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
        return re.match(text()).captured(1);
    }
    QString session() const { return hidden(QStringLiteral("session")); }
    QString step() const { return hidden(QStringLiteral("step")); }
    bool hasId(const QString &id) const { return text().contains(QStringLiteral("id=\"%1\"").arg(id)); }
    // Values of the inputs named `name` (checkboxes, radios).
    QStringList inputValues(const QString &name) const
    {
        QStringList out;
        const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
        auto it = re.globalMatch(text());
        while (it.hasNext())
            out.append(it.next().captured(1));
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QByteArray encodeParams(const Params &params)
{
    FormData data;
    for (const auto &p : params)
        data.add(p.first, p.second);
    return data.toEncoded();
}

class SandboxClient
{
public:
    explicit SandboxClient(SandboxServer *server) : m_server(server) {}

    QNetworkAccessManager &nam() { return m_nam; }

    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(5000);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        // As a custom verb, HEAD would make QNetworkAccessManager wait for a body the answer never has.
        if (method == "HEAD")
            return m_nam.head(request);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static HttpReply collect(QNetworkReply *reply)
    {
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkReply *reply = start(method, url, body, headers);
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return collect(reply);
    }

    HttpReply get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", url, {}, headers);
    }

    HttpReply postForm(const QUrl &url, const QByteArray &body,
                       QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return send("POST", url, body, headers);
    }

    QUrl url(const QString &path, const QByteArray &encodedQuery = {}) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        if (!encodedQuery.isEmpty())
            u.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
        return u;
    }

    HttpReply authorize(const Params &params, const QString &path = QStringLiteral("/oauth/authorize"))
    {
        return get(url(path, encodeParams(params)));
    }

    // Submits the form of `page` (its session and step) with the given fields.
    HttpReply step(const HttpReply &page, const Params &fields)
    {
        Params all{{QStringLiteral("session"), page.session()}, {QStringLiteral("step"), page.step()}};
        all.append(fields);
        return postForm(url(QStringLiteral("/connect/step")), encodeParams(all));
    }

    HttpReply token(const Params &fields,
                    const QString &clientId = QString::fromLatin1(SandboxConfig::DemoClientId),
                    const QString &secret = QString::fromLatin1(SandboxConfig::DemoClientSecret))
    {
        const QByteArray basic = (clientId + u':' + secret).toUtf8().toBase64();
        return postForm(url(QStringLiteral("/oauth/token")), encodeParams(fields),
                        {{"Authorization", "Basic " + basic}});
    }

    HttpReply api(const QString &path, const QString &accessToken)
    {
        return get(url(path), {{"Authorization", "Bearer " + accessToken.toUtf8()}});
    }

private:
    SandboxServer *m_server;
    QNetworkAccessManager m_nam;
};

} // namespace connectlab::sandbox::testing
