#pragma once

#include <SandboxServer.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace connectlab::test {

// Walks the sandbox's Connect screens over plain HTTP (no browser), the way a user would: preamble →
// brand → login → vehicles (all ticked) → permissions (Allow), and returns the code (and, for an API
// Authentication app, the user_id) from the redirect.
// Blocks in a local event loop; for tests only. Header-only: a test links connectlab_sandbox.
class SandboxFlow
{
public:
    struct Result
    {
        QString code;   // empty on failure, or for a v3 app without codeAlongside
        QString userId; // a v3 app's user_id
        QString error;  // what went wrong, for QVERIFY2
        QUrl callback; // the redirect's Location
    };

    // `authorizeUrl`: a full /oauth/authorize link. `login`: e.g. "3-vehicles@smartcar.com".
    static Result obtainCode(QNetworkAccessManager &network, const QUrl &authorizeUrl,
                             const QString &login = QStringLiteral("driver@example.com"));
    // A link for the sandbox's demo app: response_type=code, the demo client id and redirect URI,
    // scope read_vehicle_info read_odometer, make TESLA, approval_prompt force.
    static QUrl demoAuthorizeUrl(const QUrl &sandboxBase);
    // The same link for the demo API Authentication (v3) app (its Application ID as client_id).
    static QUrl demoV3AuthorizeUrl(const QUrl &sandboxBase);
    // Both in one call.
    static QString demoCode(QNetworkAccessManager &network, const QUrl &sandboxBase,
                            const QString &login = QStringLiteral("driver@example.com"));
};

namespace sandboxflow { // SandboxFlow's helpers

struct Page
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QString error;
};

inline Page waitFor(QNetworkReply *reply)
{
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Page page;
    if (!reply->isFinished()) {
        page.error = QStringLiteral("no answer from the sandbox");
        reply->abort();
    } else {
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        page.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    }
    reply->deleteLater();
    return page;
}

inline QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

inline QString firstMatch(const QByteArray &html, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(QString::fromUtf8(html));
    return m.hasMatch() ? m.captured(1) : QString();
}

inline QStringList allMatches(const QByteArray &html, const QString &pattern)
{
    QStringList values;
    auto it = QRegularExpression(pattern).globalMatch(QString::fromUtf8(html));
    while (it.hasNext())
        values.append(it.next().captured(1));
    return values;
}

inline QByteArray enc(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace sandboxflow

inline SandboxFlow::Result SandboxFlow::obtainCode(QNetworkAccessManager &network, const QUrl &authorizeUrl,
                                                   const QString &login)
{
    using namespace sandboxflow;
    Result result;
    Page page = waitFor(network.get(request(authorizeUrl)));
    QUrl stepUrl = authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    stepUrl.setPath(QStringLiteral("/connect/step"));
    for (int round = 0; round < 12; ++round) {
        if (!page.error.isEmpty()) {
            result.error = page.error;
            return result;
        }
        if (page.status == 302) {
            result.callback = page.location;
            const QUrlQuery query(page.location);
            result.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            result.userId = query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
            if (result.code.isEmpty() && result.userId.isEmpty())
                result.error = QStringLiteral("redirect without a code or user_id: ") + page.location.toString();
            return result;
        }
        if (page.status != 200) {
            result.error = QStringLiteral("HTTP %1 from the sandbox: %2")
                               .arg(page.status)
                               .arg(QString::fromUtf8(page.body.left(300)));
            return result;
        }
        const QString session = firstMatch(page.body, QStringLiteral("name=\"session\" value=\"([^\"]*)\""));
        const QString step = firstMatch(page.body, QStringLiteral("name=\"step\" value=\"([^\"]*)\""));
        if (session.isEmpty() || step.isEmpty()) {
            result.error =
                QStringLiteral("no Connect form on the page: ") + QString::fromUtf8(page.body.left(300));
            return result;
        }
        QByteArray body = "session=" + enc(session) + "&step=" + enc(step);
        if (step == QLatin1String("preamble")) {
            body += "&action=continue";
        } else if (step == QLatin1String("brand")) {
            body += "&make=TESLA";
        } else if (step == QLatin1String("login")) {
            body += "&username=" + enc(login) + "&password=secret&action=sign-in";
        } else if (step == QLatin1String("vehicles")) {
            for (const QString &id :
                 allMatches(page.body, QStringLiteral("name=\"vehicle\" value=\"([^\"]*)\"")))
                body += "&vehicle=" + enc(id);
            body += "&action=continue";
        } else if (step == QLatin1String("permissions")) {
            for (const QString &p :
                 allMatches(page.body, QStringLiteral("name=\"permission\" value=\"([^\"]*)\"")))
                body += "&permission=" + enc(p);
            body += "&action=allow";
        }
        QNetworkRequest post = request(stepUrl);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        page = waitFor(network.post(post, body));
    }
    result.error = QStringLiteral("the flow did not end");
    return result;
}

inline QUrl SandboxFlow::demoAuthorizeUrl(const QUrl &sandboxBase)
{
    using connectlab::sandbox::SandboxConfig;
    using sandboxflow::enc;
    QUrl url = sandboxBase.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    url.setPath(QStringLiteral("/oauth/authorize"));
    const QByteArray query =
        "response_type=code&client_id=" + enc(QLatin1String(SandboxConfig::DemoClientId)) +
        "&redirect_uri=" + enc(QLatin1String(SandboxConfig::DemoRedirectUri)) +
        "&scope=read_vehicle_info%20read_odometer&make=TESLA&approval_prompt=force&state=s1";
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

inline QUrl SandboxFlow::demoV3AuthorizeUrl(const QUrl &sandboxBase)
{
    using connectlab::sandbox::SandboxConfig;
    QUrl url = demoAuthorizeUrl(sandboxBase);
    url.setQuery(url.query(QUrl::FullyEncoded)
                     .replace(QLatin1String(SandboxConfig::DemoClientId),
                              QLatin1String(SandboxConfig::DemoV3ApplicationId)),
                 QUrl::StrictMode);
    return url;
}

inline QString SandboxFlow::demoCode(QNetworkAccessManager &network, const QUrl &sandboxBase,
                                     const QString &login)
{
    return obtainCode(network, demoAuthorizeUrl(sandboxBase), login).code;
}

} // namespace connectlab::test
