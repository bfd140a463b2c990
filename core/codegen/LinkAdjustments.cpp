#include "LinkAdjustments.h"

#include <algorithm>

namespace connectlab {

namespace {

// Names in first-seen order, each with its values in order.
struct Grouped
{
    QStringList names;
    QHash<QString, QStringList> values;

    void add(const Parameter &p)
    {
        if (!values.contains(p.name))
            names.append(p.name);
        values[p.name].append(p.value);
    }
};

} // namespace

LinkAdjustments LinkAdjustments::between(const QList<Parameter> &sdk, const QList<Parameter> &wanted,
                                         const Rules &rules)
{
    Grouped have;
    Grouped want;
    const bool renameApplicationId =
        rules.applicationIdIsClientId && std::none_of(wanted.cbegin(), wanted.cend(), [](const Parameter &p) {
            return p.name == u"application_id";
        });
    for (const Parameter &p : sdk) {
        if (rules.tolerated.contains(p.name))
            continue;
        if (renameApplicationId && p.name == u"application_id")
            have.add(Parameter{QStringLiteral("client_id"), p.value});
        else
            have.add(p);
    }
    for (const Parameter &p : wanted)
        if (!rules.tolerated.contains(p.name))
            want.add(p);

    const auto reason = [&rules](const QString &name, const QString &generic) {
        const QString specific = rules.reasons.value(name);
        return specific.isEmpty() ? generic : specific;
    };

    LinkAdjustments out;
    // What the SDK writes that the link has otherwise, in the SDK's order.
    for (const QString &name : std::as_const(have.names)) {
        const QStringList &sdkValues = have.values[name];
        const auto wantedIt = want.values.constFind(name);
        if (renameApplicationId && name == u"client_id") {
            // Sent as application_id: when it does not match, the URL loses application_id and gets
            // client_id.
            if (wantedIt != want.values.cend() && *wantedIt == sdkValues)
                continue;
            const QString why =
                reason(name, tr("%1 cannot write client_id as the link has it.").arg(rules.method));
            out.m_list.append({LinkAdjustment::Kind::Remove, QStringLiteral("application_id"), {}, why});
            if (wantedIt != want.values.cend())
                out.m_list.append({LinkAdjustment::Kind::Append, name, *wantedIt, why});
            continue;
        }
        if (wantedIt == want.values.cend()) {
            out.m_list.append({LinkAdjustment::Kind::Remove,
                               name,
                               {},
                               reason(name, tr("%1 always writes %2; the link has no %2, so it is removed.")
                                                .arg(rules.method, name))});
            continue;
        }
        const QStringList &wantedValues = *wantedIt;
        if (sdkValues == wantedValues)
            continue;
        if (sdkValues.size() < wantedValues.size() && wantedValues.mid(0, sdkValues.size()) == sdkValues) {
            out.m_list.append(
                {LinkAdjustment::Kind::Append, name, wantedValues.mid(sdkValues.size()),
                 reason(name, tr("%1 writes %2 once; the link repeats it.").arg(rules.method, name))});
            continue;
        }
        out.m_list.append(
            {LinkAdjustment::Kind::Set, name, wantedValues,
             reason(name, tr("%1 cannot write %2 as the link has it.").arg(rules.method, name))});
    }
    // What the SDK does not write at all, in the link's order.
    for (const QString &name : std::as_const(want.names)) {
        if (have.values.contains(name))
            continue;
        out.m_list.append({LinkAdjustment::Kind::Append, name, want.values[name],
                           reason(name, tr("%1 has no option for %2.").arg(rules.method, name))});
    }
    return out;
}

QStringList LinkAdjustments::removedNames() const
{
    QStringList names;
    for (const LinkAdjustment &a : m_list)
        if (a.kind != LinkAdjustment::Kind::Append)
            names.append(a.name);
    return names;
}

QList<Parameter> LinkAdjustments::added() const
{
    QList<Parameter> out;
    for (const LinkAdjustment &a : m_list)
        for (const QString &value : a.values)
            out.append(Parameter{a.name, value});
    return out;
}

QStringList LinkAdjustments::reasons() const
{
    QStringList out;
    for (const LinkAdjustment &a : m_list)
        if (!out.contains(a.reason))
            out.append(a.reason);
    return out;
}

QString LinkAdjustments::reasonFor(const QString &name) const
{
    for (const LinkAdjustment &a : m_list)
        if (a.name == name)
            return a.reason;
    return QString();
}

} // namespace connectlab
