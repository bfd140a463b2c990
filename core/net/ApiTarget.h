#pragma once

#include <QString>
#include <QUrl>

namespace connectlab {

// Where the token endpoint and the vehicle API live. Smartcar splits them over two hosts; the sandbox
// serves both from one origin (POST {origin}/oauth/token, GET {origin}/v2.0/vehicles).
struct ApiTarget
{
    QUrl authBase; // the token endpoint is authBase + "/oauth/token"
    QUrl apiBase;  // the vehicle API root, including the version: apiBase + "/vehicles"

    // https://auth.smartcar.com and https://api.smartcar.com/v2.0
    static ApiTarget smartcar();
    // One origin for both, as the sandbox (or anything that mimics it) serves them: http://127.0.0.1:PORT
    static ApiTarget singleOrigin(const QUrl &origin);

    bool isValid() const; // both bases are absolute http(s) URLs
    QUrl tokenUrl() const;
    QUrl vehiclesUrl() const;
    QUrl vehicleUrl(const QString &vehicleId) const; // the id is percent-encoded as one path segment

    friend bool operator==(const ApiTarget &, const ApiTarget &) = default;
};

} // namespace connectlab
