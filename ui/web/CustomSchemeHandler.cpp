#include "CustomSchemeHandler.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace connectlab::web {

namespace {

QStringList &registered()
{
    static QStringList schemes;
    return schemes;
}

} // namespace

CustomSchemeHandler::CustomSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

bool CustomSchemeHandler::isCustomScheme(const QString &scheme)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    static const QStringList builtIn{QStringLiteral("http"),
                                     QStringLiteral("https"),
                                     QStringLiteral("file"),
                                     QStringLiteral("data"),
                                     QStringLiteral("about"),
                                     QStringLiteral("blob"),
                                     QStringLiteral("javascript"),
                                     QStringLiteral("ws"),
                                     QStringLiteral("wss"),
                                     QStringLiteral("ftp"),
                                     QStringLiteral("qrc"),
                                     QStringLiteral("chrome"),
                                     QStringLiteral("chrome-extension"),
                                     QStringLiteral("devtools"),
                                     QStringLiteral("view-source"),
                                     QStringLiteral("filesystem"),
                                     QStringLiteral("mailto"),
                                     QStringLiteral("tel")};
    const QString lower = scheme.toLower();
    return valid.match(lower).hasMatch() && !builtIn.contains(lower);
}

bool CustomSchemeHandler::registerScheme(const QString &scheme)
{
    const QString lower = scheme.toLower();
    if (!isCustomScheme(lower))
        return false;
    if (registered().contains(lower))
        return true;
    QWebEngineUrlScheme urlScheme(lower.toLatin1());
    // sc<clientId>://host[/path], as the Dashboard requires for custom-scheme redirect URIs.
    urlScheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    urlScheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(urlScheme);
    registered().append(lower);
    return true;
}

QStringList CustomSchemeHandler::registeredSchemes()
{
    return registered();
}

bool CustomSchemeHandler::isRegistered(const QString &scheme)
{
    return !QWebEngineUrlScheme::schemeByName(scheme.toLower().toLatin1()).name().isEmpty();
}

void CustomSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    Q_EMIT requested(url);
    auto *buffer = new QBuffer(job);
    buffer->setData(QByteArrayLiteral(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Connect Lab</title></head>"
        "<body style=\"font-family:sans-serif;margin:2em\"><p>Connect Lab served this custom-scheme address "
        "itself; nothing left the app.</p></body></html>"));
    buffer->open(QIODevice::ReadOnly);
    job->reply(QByteArrayLiteral("text/html"), buffer);
}

} // namespace connectlab::web
