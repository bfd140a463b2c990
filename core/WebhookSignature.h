#pragma once

#include <QByteArray>
#include <QString>

namespace connectlab {

// Smartcar's webhook signatures (payload version 4.0): every delivery carries `SC-Signature`, the hex
// HMAC-SHA256 of the body's exact bytes keyed with the Application Management Token; the VERIFY event's
// challenge is answered with {"challenge": hex(HMAC-SHA256(token, challenge))}. The sandbox signs with it,
// and the window and the CLI use it to check a receiver's answers against a known-good one.
class WebhookSignature
{
public:
    // Lower-case hex HMAC-SHA256 of `message` keyed with `token`.
    static QString sign(const QByteArray &token, const QByteArray &message);
    // The answer to a VERIFY challenge.
    static QString challengeAnswer(const QByteArray &token, const QString &challenge);
    // Whether `signature` (hex, any case, surrounding blanks ignored) is the signature of `body`; compared in
    // constant time.
    static bool verify(const QByteArray &token, const QByteArray &body, const QString &signature);

    // A signature checked the way a developer needs it: whether it is valid, the signature these bytes should
    // carry, and one sentence saying why not (a signature that is no hex HMAC-SHA256, a body that was
    // re-formatted or gained a final line break since it was signed, another token or changed bytes).
    struct Check
    {
        bool valid = false;
        QString expected;    // sign(token, body)
        QString explanation; // translated
    };
    static Check check(const QByteArray &token, const QByteArray &body, const QString &signature);
};

} // namespace connectlab
