#include "SandboxReply.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace connectlab::sandbox {

SandboxReply SandboxReply::html(const QByteArray &body, int status, const QString &summary,
                                const QString &formAction)
{
    HttpResponse r(status, QByteArrayLiteral("text/html; charset=utf-8"), body);
    QByteArray csp = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                     "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    if (!formAction.isEmpty())
        csp += ' ' + formAction.toLatin1();
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"), csp);
    r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return {r, summary};
}

SandboxReply SandboxReply::redirect(const QString &redirectUri, const FormData &params,
                                    const QString &summary)
{
    HttpResponse r(302, QByteArrayLiteral("text/plain"));
    r.setHeader(QByteArrayLiteral("Location"), redirectLocation(redirectUri, params));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return {r, summary};
}

SandboxReply SandboxReply::json(const QJsonObject &object, int status, const QString &summary)
{
    HttpResponse r(status, QByteArrayLiteral("application/json"),
                   QJsonDocument(object).toJson(QJsonDocument::Compact));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return {r, summary};
}

SandboxReply SandboxReply::methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r(405, QByteArrayLiteral("text/plain"));
    r.setHeader(QByteArrayLiteral("Allow"), allow);
    return {r, QStringLiteral("method not allowed")};
}

QString SandboxReply::formActionSource(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    static const QRegularExpression schemeRe(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.-]+$"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !schemeRe.match(scheme).hasMatch())
        return QString();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return scheme + u':';
    if (!hostRe.match(url.host()).hasMatch())
        return QString();
    QString origin = scheme + QLatin1String("://") + url.host();
    if (url.port() > 0)
        origin += u':' + QString::number(url.port());
    return origin;
}

QByteArray SandboxReply::redirectLocation(const QString &redirectUri, const FormData &params)
{
    QByteArray base = QUrl(redirectUri).toEncoded(QUrl::RemoveFragment);
    if (!base.endsWith('?') && !base.endsWith('&'))
        base += base.contains('?') ? '&' : '?';
    return base + params.toEncoded();
}

} // namespace connectlab::sandbox
