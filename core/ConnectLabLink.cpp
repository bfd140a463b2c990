#include "ConnectLabLink.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace connectlab {

bool ConnectLabLink::isConnectLabLink(const QString &text)
{
    return text.trimmed().startsWith(QLatin1StringView(Scheme) + u':', Qt::CaseInsensitive);
}

ConnectLabLink::Parsed ConnectLabLink::parse(const QString &text)
{
    Parsed result;
    const QString trimmed = text.trimmed();
    if (!isConnectLabLink(trimmed)) {
        result.error = QCoreApplication::translate(
            "ConnectLabLink", "Not a Connect Lab link: it must start with connectlab://open?url=");
        return result;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        result.error = QCoreApplication::translate(
                           "ConnectLabLink",
                           "The Connect Lab link is malformed (%1); percent-encode the Connect link in url=")
                           .arg(url.errorString());
        return result;
    }
    // connectlab://open?… (the host is the action) and connectlab:open?… both read as "open".
    const QString action = url.host().isEmpty() ? url.path() : url.host() + url.path();
    if (action.compare(QLatin1StringView("open"), Qt::CaseInsensitive) != 0 &&
        action.compare(QLatin1StringView("open/"), Qt::CaseInsensitive) != 0) {
        result.error = QCoreApplication::translate(
                           "ConnectLabLink",
                           "Connect Lab links do \"open\" only, not \"%1\": write connectlab://open?url=…")
                           .arg(action);
        return result;
    }
    const QUrlQuery query(url);
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    QStringList links;
    for (const auto &item : items) {
        if (item.first == u"url")
            links.append(item.second);
    }
    if (links.isEmpty()) {
        result.error = QCoreApplication::translate(
            "ConnectLabLink",
            "The Connect Lab link carries no url=: write connectlab://open?url=<the Connect link, "
            "percent-encoded>");
        return result;
    }
    if (links.size() > 1) {
        result.error = QCoreApplication::translate(
            "ConnectLabLink", "The Connect Lab link carries url= %n times; give one Connect link", nullptr,
            int(links.size()));
        return result;
    }
    const QString link = links.constFirst().trimmed();
    if (link.isEmpty()) {
        result.error = QCoreApplication::translate(
            "ConnectLabLink",
            "The Connect Lab link's url= is empty: put the Connect link there, percent-encoded");
        return result;
    }
    if (isConnectLabLink(link)) {
        result.error = QCoreApplication::translate(
            "ConnectLabLink",
            "The Connect Lab link carries another Connect Lab link; give the Connect link itself");
        return result;
    }
    result.ok = true;
    result.link = link;
    return result;
}

QString ConnectLabLink::build(const QString &link)
{
    return QLatin1StringView(Scheme) + QLatin1StringView("://open?url=") +
           QString::fromLatin1(QUrl::toPercentEncoding(link));
}

} // namespace connectlab
