#include "NetLog.h"

#include "Logging.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <iterator>

namespace connectlab {

QNetworkReply *traceReply(QNetworkReply *reply)
{
    if (!reply || !lcNet().isDebugEnabled())
        return reply;
    static const char *const methods[] = {"?", "HEAD", "GET", "PUT", "POST", "DELETE", "CUSTOM"};
    const int op = int(reply->operation());
    const char *method = op >= 0 && op < int(std::size(methods)) ? methods[op] : "?";
    const QString address = logging::loggable(reply->url());
    qCDebug(lcNet, "%s %s", method, qPrintable(address));
    QElapsedTimer clock;
    clock.start();
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, method, address, clock] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            qCDebug(lcNet, "%s %s: no answer (%s) after %lld ms", method, qPrintable(address),
                    qPrintable(reply->errorString()), static_cast<long long>(clock.elapsed()));
        else
            qCDebug(lcNet, "%s %s -> %d in %lld ms", method, qPrintable(address), status,
                    static_cast<long long>(clock.elapsed()));
    });
    return reply;
}

} // namespace connectlab
