// The callback parser: CallbackResult and RedirectMatcher. The input's lines are the state the link sent,
// the redirect URI and a navigation. Beyond not crashing: the outcome and the state check follow from the
// parameters as documented, and a callback made the way Connect makes one (the redirect URI with code and
// state added to its query) is matched and read back exactly.
#include "FuzzSupport.h"

#include <CallbackResult.h>
#include <QueryString.h>
#include <RedirectMatcher.h>

#include <QStringList>

using namespace connectlab;
using connectlab::flow::CallbackResult;
using connectlab::flow::RedirectMatcher;

CONNECTLAB_FUZZ_INITIALIZE

namespace {

void checkResult(const CallbackResult &r)
{
    const QString url = r.callbackUrl().toString();
    using Outcome = CallbackResult::Outcome;
    using StateCheck = CallbackResult::StateCheck;
    if (r.hasParameter(QStringLiteral("error")))
        FUZZ_CHECK(r.outcome() == Outcome::Error, url);
    else if (r.hasParameter(QStringLiteral("code")) || r.hasParameter(QStringLiteral("vehicle_id")))
        FUZZ_CHECK(r.outcome() == Outcome::Code && r.isSuccess(), url);
    else if (!r.userId().isEmpty())
        FUZZ_CHECK(r.outcome() == Outcome::UserId && r.isSuccess(), url);
    else
        FUZZ_CHECK(r.outcome() == Outcome::None && !r.isSuccess(), url);

    if (r.sentState().isEmpty())
        FUZZ_CHECK(r.stateCheck() == StateCheck::NotSent, url);
    else if (r.stateCheck() == StateCheck::Match)
        FUZZ_CHECK(r.state() == r.sentState(), url);
    else if (r.stateCheck() == StateCheck::Mismatch)
        FUZZ_CHECK(r.hasParameter(QStringLiteral("state")) && r.state() != r.sentState(), url);
    else
        FUZZ_CHECK(r.stateCheck() == StateCheck::Missing && !r.hasParameter(QStringLiteral("state")), url);

    FUZZ_CHECK(!r.summary().isEmpty(), url);
    FUZZ_CHECK(!CallbackResult::outcomeName(r.outcome()).isEmpty(), url);
    FUZZ_CHECK(!CallbackResult::stateCheckText(r.stateCheck()).isEmpty(), url);
    const QJsonObject json = r.parametersJson();
    for (const Parameter &p : r.parameters())
        FUZZ_CHECK(json.contains(p.name), p.name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = fuzz::text(data, size).split(u'\n');
    const QString sentState = lines.value(0);
    const QUrl redirect(lines.value(1));
    const QUrl navigation(lines.value(2));

    const CallbackResult result = CallbackResult::parse(navigation, sentState);
    checkResult(result);

    const RedirectMatcher matcher(redirect);
    const bool matched = matcher.matches(navigation);
    FUZZ_CHECK(matched == matcher.matches(navigation), navigation.toString());
    FUZZ_CHECK(!matched || matcher.isValid(), navigation.toString());

    const RedirectMatcher any = RedirectMatcher::anyCallback({redirect});
    if (any.matches(navigation))
        FUZZ_CHECK(result.hasParameter(QStringLiteral("code")) ||
                       result.hasParameter(QStringLiteral("error")) ||
                       result.hasParameter(QStringLiteral("vehicle_id")),
                   navigation.toString());

    // The callback Connect sends: the redirect URI, its own query kept, code and state added.
    const QString scheme = redirect.scheme().toLower();
    if (matcher.isValid() && !redirect.host().isEmpty() &&
        (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        const QString code = lines.value(3, QStringLiteral("c0de"));
        QString query = redirect.query(QUrl::FullyEncoded);
        if (!query.isEmpty())
            query += u'&';
        query += QueryString::encode(
            QList<Parameter>{{QStringLiteral("code"), code}, {QStringLiteral("state"), sentState}});
        QUrl callback = redirect.adjusted(QUrl::RemoveFragment);
        callback.setQuery(query, QUrl::StrictMode);
        FUZZ_CHECK(matcher.matches(callback),
                   callback.toString() + QStringLiteral(" for ") + redirect.toString());
        const CallbackResult back = CallbackResult::parse(callback, sentState);
        checkResult(back);
        FUZZ_CHECK(back.isSuccess() || back.hasParameter(QStringLiteral("error")), callback.toString());
        FUZZ_CHECK(back.code() == code || redirect.query().contains(QLatin1String("code")),
                   callback.toString());
        FUZZ_CHECK(sentState.isEmpty() || back.stateCheck() == CallbackResult::StateCheck::Match ||
                       redirect.query().contains(QLatin1String("state")),
                   callback.toString());
    }
    return 0;
}
