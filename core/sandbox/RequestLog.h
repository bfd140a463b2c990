#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace connectlab::sandbox {

struct HttpRequest;

// One request the sandbox answered, for the app's "what happened" view. Every text field is escaped with
// LogEscape (no control characters), so it can be shown as one line as is.
struct RecordedRequest
{
    QDateTime time;
    QString method;
    QString path;
    QString query;   // raw query string as received
    int status = 0;  // HTTP status answered
    QString summary; // e.g. "redirect with code", "error page: unknown client_id"
};

// The most recent requests the sandbox answered, oldest first and at most MaxRequests; what it keeps is
// escaped for display (LogEscape) and cut to a bounded length.
class RequestLog
{
public:
    static constexpr int MaxRequests = 2000;

    // Records a request with what it was answered and returns the record.
    const RecordedRequest &record(const HttpRequest &request, int status, const QString &summary,
                                  const QDateTime &time);
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    QList<RecordedRequest> m_requests;
};

} // namespace connectlab::sandbox
