#include "WebhookSignature.h"

#include <QMessageAuthenticationCode>

namespace connectlab {

QString WebhookSignature::sign(const QByteArray &token, const QByteArray &message)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, token, QCryptographicHash::Sha256).toHex());
}

QString WebhookSignature::challengeAnswer(const QByteArray &token, const QString &challenge)
{
    return sign(token, challenge.toUtf8());
}

bool WebhookSignature::verify(const QByteArray &token, const QByteArray &body, const QString &signature)
{
    const QByteArray expected = sign(token, body).toLatin1();
    const QByteArray given = signature.trimmed().toLower().toLatin1();
    if (given.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return difference == 0;
}

} // namespace connectlab
