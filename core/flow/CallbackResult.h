#pragma once

#include "ConnectRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace connectlab::flow {

using QueryItems = QList<connectlab::Parameter>;

// What came back to the redirect URI, read from the callback URL's query and fragment (Connect may answer
// in either). Parameters keep their order and duplicates: query first, then fragment.
//
// Smartcar has two authentication models: apps with per-vehicle tokens get a `code` to exchange; apps on API
// Authentication (created after 2025-06-01) get the owner's `user_id` (older pages spell it `userId`),
// possibly with a `code` alongside. Both are a success.
class CallbackResult
{
    Q_DECLARE_TR_FUNCTIONS(CallbackResult)
public:
    enum class Outcome
    {
        None,   // no callback (yet), or a callback with neither code, user_id nor error
        Code,   // success: `code` (or `vehicle_id` for a re-authentication), maybe with a user_id
        UserId, // success with API Authentication: `user_id` without a code
        Error,  // `error` came back
    };
    enum class AuthModel
    {
        Unknown,           // no success to tell from
        PerVehicleTokens,  // a code only: exchange it for the vehicle's tokens
        ApiAuthentication, // a user_id came back: one application token, sc-user-id on every call
    };
    enum class StateCheck
    {
        NotSent,  // the link carried no state: nothing to check
        Match,    // the callback's state equals the one sent
        Mismatch, // the callback's state differs: possibly a forged callback (CSRF)
        Missing,  // a state was sent but the callback has none
    };

    CallbackResult() = default;
    // Reads `callbackUrl`; `sentState` is the state the link carried ("" when none).
    static CallbackResult parse(const QUrl &callbackUrl, const QString &sentState);

    QUrl callbackUrl() const { return m_url; }
    Outcome outcome() const { return m_outcome; }
    StateCheck stateCheck() const { return m_stateCheck; }
    const QueryItems &parameters() const { return m_params; }
    bool hasParameter(const QString &name) const;
    QString value(const QString &name) const; // the first occurrence, "" when absent

    bool isSuccess() const { return m_outcome == Outcome::Code || m_outcome == Outcome::UserId; }
    QString code() const { return value(QStringLiteral("code")); }
    // The owner's id (`user_id`, or `userId` as older pages spell it), "" when absent.
    QString userId() const;
    AuthModel authModel() const;
    // "per-vehicle-tokens", "api-authentication", "" for Unknown
    static QString authModelName(AuthModel model);
    QString error() const { return value(QStringLiteral("error")); }
    QString errorDescription() const { return value(QStringLiteral("error_description")); }
    QString state() const { return value(QStringLiteral("state")); }
    QString sentState() const { return m_sentState; }

    // "code", "user_id", "error", "none"
    static QString outcomeName(Outcome outcome);
    // "match", "mismatch", "missing", "not_sent"
    static QString stateCheckName(StateCheck check);
    // A sentence for people, e.g. "The state does not match the one sent: this callback may be forged
    // (CSRF)."
    static QString stateCheckText(StateCheck check);
    // The state check when no callback came back at all.
    static StateCheck stateCheckWithoutCallback(const QString &sentState);

    // One line for the history: "code received, state matches", "access_denied: the user denied access" …
    QString summary() const;
    // {"name": "value"} (first occurrence of each name)
    QJsonObject parametersJson() const;

private:
    QUrl m_url;
    QString m_sentState;
    QueryItems m_params;
    Outcome m_outcome = Outcome::None;
    StateCheck m_stateCheck = StateCheck::NotSent;
};

} // namespace connectlab::flow
