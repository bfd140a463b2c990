#include "CallbackResult.h"

#include "ErrorExplainer.h"
#include "QueryString.h"

namespace connectlab::flow {

CallbackResult CallbackResult::parse(const QUrl &callbackUrl, const QString &sentState)
{
    CallbackResult result;
    result.m_url = callbackUrl;
    result.m_sentState = sentState;
    result.m_params = QueryString::parameters(callbackUrl.query(QUrl::FullyEncoded));
    // Implicit-style answers put the parameters in the fragment.
    if (callbackUrl.hasFragment())
        result.m_params += QueryString::parameters(callbackUrl.fragment(QUrl::FullyEncoded));

    if (result.hasParameter(QStringLiteral("error")))
        result.m_outcome = Outcome::Error;
    else if (result.hasParameter(QStringLiteral("code")) || result.hasParameter(QStringLiteral("vehicle_id")))
        result.m_outcome = Outcome::Code;
    else if (!result.userId().isEmpty())
        result.m_outcome = Outcome::UserId;

    if (sentState.isEmpty())
        result.m_stateCheck = StateCheck::NotSent;
    else if (!result.hasParameter(QStringLiteral("state")))
        result.m_stateCheck = StateCheck::Missing;
    else if (result.state() == sentState)
        result.m_stateCheck = StateCheck::Match;
    else
        result.m_stateCheck = StateCheck::Mismatch;
    return result;
}

bool CallbackResult::hasParameter(const QString &name) const
{
    for (const auto &item : m_params) {
        if (item.name == name)
            return true;
    }
    return false;
}

QString CallbackResult::value(const QString &name) const
{
    for (const auto &item : m_params) {
        if (item.name == name)
            return item.value;
    }
    return {};
}

QString CallbackResult::userId() const
{
    const QString snake = value(QStringLiteral("user_id"));
    return snake.isEmpty() ? value(QStringLiteral("userId")) : snake;
}

CallbackResult::AuthModel CallbackResult::authModel() const
{
    if (!isSuccess())
        return AuthModel::Unknown;
    return userId().isEmpty() ? AuthModel::PerVehicleTokens : AuthModel::ApiAuthentication;
}

QString CallbackResult::authModelName(AuthModel model)
{
    switch (model) {
    case AuthModel::PerVehicleTokens:
        return QStringLiteral("per-vehicle-tokens");
    case AuthModel::ApiAuthentication:
        return QStringLiteral("api-authentication");
    case AuthModel::Unknown:
        break;
    }
    return QString();
}

QString CallbackResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Code:
        return QStringLiteral("code");
    case Outcome::UserId:
        return QStringLiteral("user_id");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::None:
        break;
    }
    return QStringLiteral("none");
}

QString CallbackResult::stateCheckName(StateCheck check)
{
    switch (check) {
    case StateCheck::Match:
        return QStringLiteral("match");
    case StateCheck::Mismatch:
        return QStringLiteral("mismatch");
    case StateCheck::Missing:
        return QStringLiteral("missing");
    case StateCheck::NotSent:
        break;
    }
    return QStringLiteral("not_sent");
}

QString CallbackResult::stateCheckText(StateCheck check)
{
    switch (check) {
    case StateCheck::Match:
        return tr("The state matches the one the link sent.");
    case StateCheck::Mismatch:
        return tr(
            "The state does NOT match the one the link sent: this callback may be forged (possible CSRF). "
            "A real app must reject it.");
    case StateCheck::Missing:
        return tr("The link sent a state but the callback has none: a real app must reject it.");
    case StateCheck::NotSent:
        break;
    }
    return tr("The link sent no state, so nothing could be checked. Send one to protect the callback against "
              "CSRF.");
}

CallbackResult::StateCheck CallbackResult::stateCheckWithoutCallback(const QString &sentState)
{
    return sentState.isEmpty() ? StateCheck::NotSent : StateCheck::Missing;
}

QString CallbackResult::summary() const
{
    QString stateWords;
    switch (m_stateCheck) {
    case StateCheck::Match:
        stateWords = tr("state matches");
        break;
    case StateCheck::Mismatch:
        stateWords = tr("STATE MISMATCH");
        break;
    case StateCheck::Missing:
        stateWords = tr("state missing");
        break;
    case StateCheck::NotSent:
        stateWords = tr("no state sent");
        break;
    }
    switch (m_outcome) {
    case Outcome::Code:
        if (!hasParameter(QStringLiteral("code")))
            return tr("vehicle_id received, %1").arg(stateWords);
        if (!userId().isEmpty())
            return tr("code and user_id received (API Authentication), %1").arg(stateWords);
        return tr("code received, %1").arg(stateWords);
    case Outcome::UserId:
        return tr("user_id received (API Authentication), %1").arg(stateWords);
    case Outcome::Error:
        return error() % QLatin1String(": ") % ErrorExplainer::explain(error()).title % QLatin1String(", ") %
               stateWords;
    case Outcome::None:
        break;
    }
    return tr("callback without code, user_id or error, %1").arg(stateWords);
}

QJsonObject CallbackResult::parametersJson() const
{
    QJsonObject object;
    for (const auto &[name, value] : m_params) {
        if (!object.contains(name))
            object.insert(name, value);
    }
    return object;
}

} // namespace connectlab::flow
