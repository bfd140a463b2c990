#pragma once

#include <QString>
#include <QUrl>

namespace connectlab {

// Where the token endpoints and the vehicle APIs live, for both authentication models. Smartcar splits them
// over several hosts; the sandbox serves all of them from one origin (POST {origin}/oauth/token,
// GET {origin}/v2.0/vehicles, POST {origin}/oauth2/token, GET {origin}/v3/…, GET {origin}/v2.0/management/…).
struct ApiTarget
{
    // Per-vehicle tokens (API v2).
    QUrl authBase; // the token endpoint is authBase + "/oauth/token"
    QUrl apiBase;  // the vehicle API root, including the version: apiBase + "/vehicles"
    // API Authentication (API v3).
    QUrl iamBase;        // the application token endpoint is iamBase + "/oauth2/token"
    QUrl v3Base;         // the v3 API root: v3Base + "/connections", v3Base + "/vehicles/{id}"
    QUrl managementBase; // the Management API root: managementBase + "/connections"

    // https://auth.smartcar.com, https://api.smartcar.com/v2.0, https://iam.smartcar.com,
    // https://vehicle.api.smartcar.com/v3 and https://management.smartcar.com/v2.0/management
    static ApiTarget smartcar();
    // One origin for all, as the sandbox (or anything that mimics it) serves them: http://127.0.0.1:PORT
    static ApiTarget singleOrigin(const QUrl &origin);

    bool isValid() const;   // the v2 bases (authBase, apiBase) are absolute http(s) URLs
    bool isV3Valid() const; // the v3 bases (iamBase, v3Base, managementBase) are absolute http(s) URLs
    QUrl tokenUrl() const;
    QUrl vehiclesUrl() const;
    QUrl vehicleUrl(const QString &vehicleId) const; // the id is percent-encoded as one path segment

    // API v3. Ids and codes are percent-encoded as one path segment each.
    QUrl appTokenUrl() const; // POST, client_credentials
    QUrl connectionsUrl() const;
    QUrl connectionUrl(const QString &connectionId) const;
    QUrl v3VehicleUrl(const QString &vehicleId) const;
    QUrl signalsUrl(const QString &vehicleId) const;
    QUrl signalUrl(const QString &vehicleId, const QString &code) const;
    QUrl managementConnectionsUrl() const;

    friend bool operator==(const ApiTarget &, const ApiTarget &) = default;
};

} // namespace connectlab
