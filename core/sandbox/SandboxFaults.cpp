#include "SandboxFaults.h"

#include <QJsonArray>

namespace connectlab::sandbox {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const QStringList knownKeys = {QStringLiteral("latency"), QStringLiteral("status"), QStringLiteral("code"),
                               QStringLiteral("redirect")};
} // namespace

bool SandboxFaults::fromJson(const QJsonObject &json, SandboxFaults *out, QString *error)
{
    SandboxFaults faults;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(error, QStringLiteral("faults: unknown key \"%1\" (known: %2).")
                                   .arg(it.key(), knownKeys.join(QStringLiteral(", "))));
    }
    const QJsonValue latency = json.value(QLatin1String("latency"));
    if (!latency.isUndefined()) {
        if (!latency.isArray())
            return fail(error, QStringLiteral("faults.latency must be a list of {\"path\", \"ms\"}."));
        const QJsonArray list = latency.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            Latency l{o.value(QLatin1String("path")).toString(), o.value(QLatin1String("ms")).toInt(-1)};
            if (!l.path.startsWith(QLatin1Char('/')) && l.path != QLatin1String("*"))
                return fail(error, QStringLiteral("faults.latency[%1].path must start with / (or be \"*\").").arg(i));
            if (l.ms < 0 || l.ms > 120000)
                return fail(error, QStringLiteral("faults.latency[%1].ms must be 0 to 120000.").arg(i));
            faults.latency.append(l);
        }
    }
    const QJsonValue status = json.value(QLatin1String("status"));
    if (!status.isUndefined()) {
        if (!status.isArray())
            return fail(error, QStringLiteral("faults.status must be a list of {\"path\", \"status\", \"times\"}."));
        const QJsonArray list = status.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            Status s{o.value(QLatin1String("path")).toString(), o.value(QLatin1String("status")).toInt(),
                     o.value(QLatin1String("times")).toInt(0)};
            if (!s.path.startsWith(QLatin1Char('/')) && s.path != QLatin1String("*"))
                return fail(error, QStringLiteral("faults.status[%1].path must start with / (or be \"*\").").arg(i));
            if (s.status != 429 && (s.status < 500 || s.status > 599))
                return fail(error, QStringLiteral("faults.status[%1].status must be 429 or 500 to 599.").arg(i));
            if (s.times < 0)
                return fail(error, QStringLiteral("faults.status[%1].times must be 0 (always) or more.").arg(i));
            faults.status.append(s);
        }
    }
    const QString code = json.value(QLatin1String("code")).toString(QStringLiteral("fine"));
    if (code == QLatin1String("expired"))
        faults.code = Code::Expired;
    else if (code == QLatin1String("used"))
        faults.code = Code::Used;
    else if (code != QLatin1String("fine"))
        return fail(error, QStringLiteral("faults.code must be \"expired\" or \"used\"."));
    const QString redirect = json.value(QLatin1String("redirect")).toString(QStringLiteral("fine"));
    if (redirect == QLatin1String("never"))
        faults.redirect = Redirect::Never;
    else if (redirect == QLatin1String("malformed"))
        faults.redirect = Redirect::Malformed;
    else if (redirect != QLatin1String("fine"))
        return fail(error, QStringLiteral("faults.redirect must be \"never\" or \"malformed\"."));
    *out = faults;
    return true;
}

QJsonObject SandboxFaults::toJson() const
{
    QJsonObject o;
    if (!latency.isEmpty()) {
        QJsonArray a;
        for (const Latency &l : latency)
            a.append(QJsonObject{{QStringLiteral("path"), l.path}, {QStringLiteral("ms"), l.ms}});
        o.insert(QLatin1String("latency"), a);
    }
    if (!status.isEmpty()) {
        QJsonArray a;
        for (const Status &s : status) {
            QJsonObject e{{QStringLiteral("path"), s.path}, {QStringLiteral("status"), s.status}};
            if (s.times > 0)
                e.insert(QLatin1String("times"), s.times);
            a.append(e);
        }
        o.insert(QLatin1String("status"), a);
    }
    if (code != Code::Fine)
        o.insert(QLatin1String("code"), code == Code::Expired ? QStringLiteral("expired") : QStringLiteral("used"));
    if (redirect != Redirect::Fine)
        o.insert(QLatin1String("redirect"),
                 redirect == Redirect::Never ? QStringLiteral("never") : QStringLiteral("malformed"));
    return o;
}

} // namespace connectlab::sandbox
