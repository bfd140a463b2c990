#pragma once

#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace connectlab::test {

// Walks the sandbox's Connect screens over plain HTTP (no browser), the way a user would: preamble →
// brand → login → vehicles (all ticked) → permissions (Allow), and returns the code from the redirect.
// Blocks in a local event loop; for tests only.
class SandboxFlow
{
public:
    struct Result
    {
        QString code;  // empty on failure
        QString error; // what went wrong, for QVERIFY2
        QUrl callback; // the redirect's Location
    };

    // `authorizeUrl`: a full /oauth/authorize link. `login`: e.g. "3-vehicles@smartcar.com".
    static Result obtainCode(QNetworkAccessManager &network, const QUrl &authorizeUrl,
                             const QString &login = QStringLiteral("driver@example.com"));
    // A link for the sandbox's demo app: response_type=code, the demo client id and redirect URI,
    // scope read_vehicle_info read_odometer, make TESLA, approval_prompt force.
    static QUrl demoAuthorizeUrl(const QUrl &sandboxBase);
    // Both in one call.
    static QString demoCode(QNetworkAccessManager &network, const QUrl &sandboxBase,
                            const QString &login = QStringLiteral("driver@example.com"));
};

} // namespace connectlab::test
