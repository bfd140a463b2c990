#include "ManagementApi.h"

#include "ConnectionStore.h"
#include "SandboxConfig.h"
#include "SmartcarError.h"
#include "http/HttpRequest.h"

#include <QJsonArray>

namespace connectlab::sandbox {

ManagementApi::ManagementApi(const SandboxConfig &config, const ConnectionStore &connections)
    : m_config(config), m_connections(connections)
{
}

SandboxReply ManagementApi::answer(const HttpRequest &request) const
{
    auto unauthorized = [](const QString &code, const QString &description) {
        return SmartcarError::reply(401, QStringLiteral("AUTHENTICATION"), code, description, {}, "Basic");
    };
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.toLower().startsWith("basic "))
        return unauthorized(QStringLiteral("MISSING_CREDENTIALS"),
                            QStringLiteral("Send Authorization: Basic base64(\"default:\" + the Application "
                                           "Management Token)."));
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0)
        return unauthorized(QStringLiteral("INVALID_CREDENTIALS"),
                            QStringLiteral("The Basic credentials are malformed: base64(\"default:\" + token)."));
    if (decoded.decoded.left(colon) != "default")
        return unauthorized(QStringLiteral("INVALID_CREDENTIALS"),
                            QStringLiteral("The Basic user name must be \"default\"; the password is the "
                                           "Application Management Token."));
    const QString token = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    const RegisteredApp *app = nullptr;
    for (const RegisteredApp &a : m_config.apps) {
        if (!a.managementToken.isEmpty() && a.managementToken == token)
            app = &a;
    }
    if (!app)
        return unauthorized(QStringLiteral("INVALID_CREDENTIALS"),
                            QStringLiteral("No application has this Application Management Token (Dashboard "
                                           "→ Configuration); an API Client secret is not it."));

    QByteArray path = request.path;
    if (path.endsWith('/'))
        path.chop(1);
    if (path != "/v2.0/management/connections")
        return SmartcarError::reply(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("PATH"),
                                    QStringLiteral("The sandbox serves GET /v2.0/management/connections."));
    QString problem;
    const std::optional<ConnectionQuery> q =
        ConnectionQuery::fromQuery(FormData::parse(request.query), &problem);
    if (!q)
        return SmartcarError::reply(400, QStringLiteral("VALIDATION"), QStringLiteral("PARAMETER"), problem);
    const ConnectionPage page = m_connections.list(app->clientId, *q);
    QJsonArray list;
    for (const Connection &c : page.connections)
        list.append(QJsonObject{{QStringLiteral("userId"), c.userId},
                                {QStringLiteral("vehicleId"), c.vehicleId},
                                {QStringLiteral("connectedAt"), c.connectedAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("mode"), c.mode}});
    return SandboxReply::json(
        {{QStringLiteral("connections"), list},
         {QStringLiteral("paging"),
          QJsonObject{{QStringLiteral("cursor"),
                       page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}}}},
        200, QStringLiteral("management connections: %1").arg(list.size()));
}

} // namespace connectlab::sandbox
