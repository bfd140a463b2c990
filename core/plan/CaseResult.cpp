#include "CaseResult.h"

#include <QJsonArray>

namespace connectlab::plan {

QString CaseResult::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject CaseResult::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), planCase.name},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("expected"), Verdict::expectedText(planCase.expect)},
        {QStringLiteral("expect"), QJsonObject{{QStringLiteral("outcome"), planCase.expect.outcome}}},
        {QStringLiteral("link"), link},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("tags"), QJsonArray::fromStringList(planCase.tags)},
        {QStringLiteral("steps"), QJsonArray::fromStringList(steps)}};
    QJsonObject expect = object.value(QStringLiteral("expect")).toObject();
    if (!planCase.expect.error.isEmpty())
        expect.insert(QStringLiteral("error"), planCase.expect.error);
    if (!planCase.expect.stateCheck.isEmpty())
        expect.insert(QStringLiteral("state_check"), planCase.expect.stateCheck);
    if (planCase.expect.exchanges >= 0)
        expect.insert(QStringLiteral("exchanges"), planCase.expect.exchanges == 1);
    if (planCase.expect.minVehicles >= 0)
        expect.insert(QStringLiteral("min_vehicles"), planCase.expect.minVehicles);
    object.insert(QStringLiteral("expect"), expect);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    if (!stateCheck.isEmpty())
        object.insert(QStringLiteral("state_check"), stateCheck);
    if (!userId.isEmpty())
        object.insert(QStringLiteral("user_id"), userId);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!notPerformed.isEmpty())
        object.insert(QStringLiteral("not_performed"), notPerformed);
    if (exchange >= 0)
        object.insert(QStringLiteral("exchanged"), exchange == 1);
    if (!exchangeDetail.isEmpty())
        object.insert(QStringLiteral("exchange_detail"), exchangeDetail);
    if (vehicles >= 0)
        object.insert(QStringLiteral("vehicles"), vehicles);
    QJsonArray navigations;
    for (const TimelineEntry &entry : timeline)
        navigations.append(QJsonObject{{QStringLiteral("t_ms"), entry.tMs},
                                       {QStringLiteral("kind"), entry.kind},
                                       {QStringLiteral("url"), entry.url}});
    object.insert(QStringLiteral("navigations"), navigations);
    return object;
}

QString Verdict::expectedText(const Expectation &expect)
{
    QString text;
    if (expect.outcome == QLatin1String("code"))
        text = tr("a code");
    else if (expect.outcome == QLatin1String("user_id"))
        text = tr("a user_id");
    else if (expect.outcome == QLatin1String("error"))
        text = expect.error.isEmpty() ? tr("an error") : tr("error %1").arg(expect.error);
    else if (expect.outcome == QLatin1String("connect_error_page"))
        text = expect.error.isEmpty() ? tr("Connect's own error page")
                                      : tr("Connect's error page %1").arg(expect.error);
    else if (expect.outcome == QLatin1String("timeout"))
        text = tr("no redirect (a timeout)");
    else
        text = expect.outcome;
    if (!expect.stateCheck.isEmpty())
        text += tr(" with state %1").arg(expect.stateCheck);
    if (expect.exchanges == 1)
        text += tr(" that exchanges for tokens");
    else if (expect.exchanges == 0)
        text += tr(" that the token endpoint refuses");
    if (expect.minVehicles >= 0)
        text += tr(", at least %n vehicle(s)", nullptr, expect.minVehicles);
    return text;
}

QString Verdict::actualText(const CaseResult &result)
{
    QString text;
    if (result.outcome == QLatin1String("code"))
        text = tr("a code");
    else if (result.outcome == QLatin1String("user_id"))
        text = tr("a user_id");
    else if (result.outcome == QLatin1String("error"))
        text = result.error.isEmpty() ? tr("an error") : tr("error %1").arg(result.error);
    else if (result.outcome == QLatin1String("connect_error_page"))
        text = tr("Connect's error page %1").arg(result.error);
    else if (result.outcome == QLatin1String("timeout"))
        text = tr("no redirect (a timeout)");
    else if (result.outcome == QLatin1String("load_failed"))
        text = tr("a page that did not load");
    else
        text = tr("nothing");
    if (!result.stateCheck.isEmpty() &&
        (result.outcome == QLatin1String("code") || result.outcome == QLatin1String("user_id") ||
         result.outcome == QLatin1String("error")))
        text += tr(" with state %1").arg(result.stateCheck);
    if (!result.detail.isEmpty() && result.outcome != QLatin1String("code") &&
        result.outcome != QLatin1String("user_id"))
        text += QStringLiteral(" (") + result.detail + QLatin1Char(')');
    return text;
}

void Verdict::judge(CaseResult *result)
{
    const Expectation &expect = result->planCase.expect;
    const QString expected = expectedText(expect);
    QString actual = actualText(*result);
    QString why;
    if (!result->notPerformed.isEmpty()) {
        why = result->notPerformed;
    } else if (result->outcome != expect.outcome) {
        why = tr("Expected %1, got %2.").arg(expected, actual);
    } else if (!expect.error.isEmpty() && result->error != expect.error) {
        why = tr("Expected %1, got %2.").arg(expected, actual);
    } else if (!expect.stateCheck.isEmpty() && result->stateCheck != expect.stateCheck) {
        why = tr("Expected %1, got %2.").arg(expected, actual);
    } else if (expect.exchanges == 1 && result->exchange != 1) {
        why = tr("Expected %1, got a code the token endpoint refused: %2.")
                  .arg(expected, result->exchangeDetail);
    } else if (expect.exchanges == 0 && result->exchange != 0) {
        why = tr("Expected %1, got a code that bought tokens.").arg(expected);
    } else if (expect.minVehicles >= 0 && result->vehicles < expect.minVehicles) {
        why = result->vehicles < 0
                  ? tr("Expected %1, but the vehicles could not be listed: %2.")
                        .arg(expected, result->exchangeDetail)
                  : tr("Expected %1, got %n vehicle(s).", nullptr, result->vehicles).arg(expected);
    }
    if (why.isEmpty()) {
        result->status = CaseResult::Status::Passed;
        QString got = actual;
        if (result->exchange == 1)
            got += tr(" that exchanged for tokens");
        else if (result->exchange == 0)
            got += tr(" that the token endpoint refused");
        if (result->vehicles >= 0)
            got += tr(", %n vehicle(s)", nullptr, result->vehicles);
        result->verdict = tr("Got %1, as expected.").arg(got);
    } else {
        result->status = CaseResult::Status::Failed;
        result->verdict = why;
    }
}

} // namespace connectlab::plan
