#include "ApiTarget.h"

namespace connectlab {

namespace {

// Appends a path to a base URL without doubling or losing the slash between them.
QUrl appendPath(const QUrl &base, const QByteArray &encodedSuffix)
{
    QByteArray encoded = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    while (encoded.endsWith('/'))
        encoded.chop(1);
    return QUrl::fromEncoded(encoded + encodedSuffix, QUrl::StrictMode);
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

ApiTarget ApiTarget::smartcar()
{
    return {QUrl(QStringLiteral("https://auth.smartcar.com")),
            QUrl(QStringLiteral("https://api.smartcar.com/v2.0")),
            QUrl(QStringLiteral("https://iam.smartcar.com")),
            QUrl(QStringLiteral("https://vehicle.api.smartcar.com/v3")),
            QUrl(QStringLiteral("https://management.smartcar.com/v2.0/management"))};
}

ApiTarget ApiTarget::singleOrigin(const QUrl &origin)
{
    const QUrl root = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return {root, appendPath(root, "/v2.0"), root, appendPath(root, "/v3"),
            appendPath(root, "/v2.0/management")};
}

bool ApiTarget::isValid() const
{
    return isHttpUrl(authBase) && isHttpUrl(apiBase);
}

bool ApiTarget::isV3Valid() const
{
    return isHttpUrl(iamBase) && isHttpUrl(v3Base) && isHttpUrl(managementBase);
}

QUrl ApiTarget::tokenUrl() const
{
    return appendPath(authBase, "/oauth/token");
}

QUrl ApiTarget::vehiclesUrl() const
{
    return appendPath(apiBase, "/vehicles");
}

QUrl ApiTarget::vehicleUrl(const QString &vehicleId) const
{
    return appendPath(apiBase, "/vehicles/" + QUrl::toPercentEncoding(vehicleId));
}

QUrl ApiTarget::appTokenUrl() const
{
    return appendPath(iamBase, "/oauth2/token");
}

QUrl ApiTarget::connectionsUrl() const
{
    return appendPath(v3Base, "/connections");
}

QUrl ApiTarget::connectionUrl(const QString &connectionId) const
{
    return appendPath(v3Base, "/connections/" + QUrl::toPercentEncoding(connectionId));
}

QUrl ApiTarget::v3VehicleUrl(const QString &vehicleId) const
{
    return appendPath(v3Base, "/vehicles/" + QUrl::toPercentEncoding(vehicleId));
}

QUrl ApiTarget::signalsUrl(const QString &vehicleId) const
{
    return appendPath(v3Base, "/vehicles/" + QUrl::toPercentEncoding(vehicleId) + "/signals");
}

QUrl ApiTarget::signalUrl(const QString &vehicleId, const QString &code) const
{
    return appendPath(v3Base, "/vehicles/" + QUrl::toPercentEncoding(vehicleId) + "/signals/" +
                                  QUrl::toPercentEncoding(code));
}

QUrl ApiTarget::managementConnectionsUrl() const
{
    return appendPath(managementBase, "/connections");
}

} // namespace connectlab
