#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QUrl;
QT_END_NAMESPACE

namespace connectlab {

// Why a token or vehicle request failed, with the server's own words and an explanation in plain words.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,        // no error
        OAuth,       // the server answered with an OAuth error object (RFC 6749 section 5.2)
        Http,        // an HTTP error status without a usable error object
        Network,     // the host could not be reached (refused, not found, TLS, …)
        Timeout,     // no complete answer within the transfer timeout
        BadResponse, // a 2xx answer that is not what the endpoint returns
    };
    enum class Operation
    {
        Exchange,
        Refresh,
        Vehicles,
        AppToken,   // POST /oauth2/token (client_credentials, API Authentication)
        V3Api,      // a /v3 call with the application token
        Management, // a Management API call with the management token
    };

    Kind kind = Kind::None;
    Operation operation = Operation::Exchange;
    QString error;            // e.g. "invalid_grant" (OAuth), or the API's error code
    QString type;             // the API's error type ("AUTHENTICATION", "VALIDATION", …), when it has one
    QString errorDescription; // the server's error_description / message
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString host;             // host[:port] the request went to
    QString detail;           // network error text, or what was wrong with the answer

    bool isError() const { return kind != Kind::None; }
    // One line: "invalid_grant (HTTP 400): Invalid authorization code" or "could not reach
    // auth.smartcar.com".
    QString summary() const;
    // What happened and what to do about it, in plain words.
    QString explanation() const;

    // Reads an HTTP error body: {"error", "error_description"} (OAuth), or the vehicle API's
    // {"type"/"code"/"error", "description"/"message"} (error = code, else type; type = type).
    // Returns an Http error when nothing fits.
    static ApiError fromHttp(Operation operation, int httpStatus, const QByteArray &body,
                             const QString &host);
    // From a finished reply that did not succeed. `timedOut` tells a transfer timeout from other cancels.
    static ApiError fromReply(Operation operation, QNetworkReply *reply, const QByteArray &body,
                              bool timedOut);
    // A 2xx answer the endpoint would never give (not JSON, no access_token, …).
    static ApiError badResponse(Operation operation, const QUrl &url, int httpStatus, const QString &detail);
    // "host" or "host:port", as errors name it.
    static QString hostOf(const QUrl &url);
};

} // namespace connectlab
