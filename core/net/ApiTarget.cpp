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
            QUrl(QStringLiteral("https://api.smartcar.com/v2.0"))};
}

ApiTarget ApiTarget::singleOrigin(const QUrl &origin)
{
    const QUrl root = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return {root, appendPath(root, "/v2.0")};
}

bool ApiTarget::isValid() const
{
    return isHttpUrl(authBase) && isHttpUrl(apiBase);
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

} // namespace connectlab
