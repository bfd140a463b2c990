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

QString CallbackResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Code:
        return QStringLiteral("code");
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
        return QStringLiteral("The state matches the one the link sent.");
    case StateCheck::Mismatch:
        return QStringLiteral("The state does NOT match the one the link sent: this callback may be forged "
                              "(possible CSRF). A real app must reject it.");
    case StateCheck::Missing:
        return QStringLiteral("The link sent a state but the callback has none: a real app must reject it.");
    case StateCheck::NotSent:
        break;
    }
    return QStringLiteral("The link sent no state, so nothing could be checked. Send one to protect the "
                          "callback against CSRF.");
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
        stateWords = QStringLiteral("state matches");
        break;
    case StateCheck::Mismatch:
        stateWords = QStringLiteral("STATE MISMATCH");
        break;
    case StateCheck::Missing:
        stateWords = QStringLiteral("state missing");
        break;
    case StateCheck::NotSent:
        stateWords = QStringLiteral("no state sent");
        break;
    }
    switch (m_outcome) {
    case Outcome::Code:
        if (!hasParameter(QStringLiteral("code")))
            return QStringLiteral("vehicle_id received, ") + stateWords;
        return QStringLiteral("code received, ") + stateWords;
    case Outcome::Error:
        return error() % QLatin1String(": ") % ErrorExplainer::explain(error()).title % QLatin1String(", ") %
               stateWords;
    case Outcome::None:
        break;
    }
    return QStringLiteral("callback without code or error, ") + stateWords;
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
