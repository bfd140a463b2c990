#include "RequestLog.h"

#include "LogEscape.h"
#include "http/HttpRequest.h"

namespace connectlab::sandbox {

const RecordedRequest &RequestLog::record(const HttpRequest &request, int status, const QString &summary,
                                          const QDateTime &time)
{
    RecordedRequest r;
    r.time = time;
    // Shown as log lines (the Sandbox tab, connectlab-sandbox's terminal): no control character gets there.
    r.method = LogEscape::escape(QString::fromLatin1(request.method.left(100)));
    r.path = LogEscape::escape(QString::fromLatin1(request.path.left(2000)));
    r.query = LogEscape::escape(QString::fromLatin1(request.query.left(8000)));
    r.status = status;
    r.summary = LogEscape::escape(QStringView(summary).left(2000));
    m_requests.append(r);
    if (m_requests.size() > MaxRequests)
        m_requests.removeFirst();
    return m_requests.constLast();
}

} // namespace connectlab::sandbox
