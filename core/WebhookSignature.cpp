#include "WebhookSignature.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

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

WebhookSignature::Check WebhookSignature::check(const QByteArray &token, const QByteArray &body,
                                                const QString &signature)
{
    Check c;
    c.expected = sign(token, body);
    const QString given = signature.trimmed();
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (verify(token, body, given)) {
        c.valid = true;
        c.explanation = QCoreApplication::translate(
                            "WebhookSignature", "SC-Signature matches: HMAC-SHA256 of exactly these bytes "
                                                "(length %1), keyed with the token.")
                            .arg(body.size());
        return c;
    }
    if (!hex.match(given).hasMatch()) {
        c.explanation = QCoreApplication::translate("WebhookSignature",
                                                    "SC-Signature must be 64 hex digits (a hex HMAC-SHA256); "
                                                    "this one has length %1.")
                            .arg(given.size());
        return c;
    }
    // The body without JSON's insignificant whitespace, keys in their order (QJsonDocument would sort them).
    QByteArray compact;
    if (!QJsonDocument::fromJson(body).isNull()) {
        bool inString = false, escaped = false;
        for (const char ch : body) {
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (ch == '\\')
                    escaped = true;
                else if (ch == '"')
                    inString = false;
            } else if (ch == '"') {
                inString = true;
            } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                continue;
            }
            compact += ch;
        }
    }
    QByteArray trimmed = body;
    while (trimmed.endsWith('\n') || trimmed.endsWith('\r'))
        trimmed.chop(1);
    if (trimmed != body && verify(token, trimmed, given)) {
        c.explanation = QCoreApplication::translate(
            "WebhookSignature", "No match, but it matches these bytes without their final line break: the "
                                "body gained one after it was signed (check the raw body as received).");
    } else if (!compact.isEmpty() && compact != body && verify(token, compact, given)) {
        c.explanation = QCoreApplication::translate(
            "WebhookSignature",
            "No match, but it matches this body as compact JSON: the body was re-formatted after it was "
            "signed. Check the raw bytes as received (Smartcar sends compact JSON).");
    } else {
        c.explanation = QCoreApplication::translate(
            "WebhookSignature",
            "No match: the signature is not HMAC-SHA256 of these bytes with this token (another token, or "
            "the bytes changed).");
    }
    return c;
}

} // namespace connectlab
