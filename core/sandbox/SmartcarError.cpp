#include "SmartcarError.h"

#include "TokenStore.h"

namespace connectlab::sandbox {

SandboxReply SmartcarError::reply(int status, const QString &type, const QString &code,
                                  const QString &description, const QString &resolution,
                                  const QByteArray &challenge)
{
    const QString docUrl = QStringLiteral("https://smartcar.com/docs/errors/api-errors/%1-errors")
                               .arg(type.toLower().replace(u'_', u'-'));
    SandboxReply r = SandboxReply::json(
        {{QStringLiteral("type"), type},
         {QStringLiteral("code"), code},
         {QStringLiteral("description"), description},
         {QStringLiteral("docURL"), docUrl},
         {QStringLiteral("statusCode"), status},
         {QStringLiteral("requestId"), TokenStore::randomId()},
         {QStringLiteral("resolution"),
          QJsonObject{{QStringLiteral("type"), resolution.isEmpty() ? QJsonValue() : QJsonValue(resolution)}}}},
        status, QStringLiteral("API error: ") + type + u' ' + code);
    if (status == 401)
        r.response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                             challenge + QByteArrayLiteral(" realm=\"Connect Lab sandbox\""));
    return r;
}

} // namespace connectlab::sandbox
