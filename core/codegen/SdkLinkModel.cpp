#include "SdkLinkModel.h"

#include "UrlBuilder.h"

#include <QSet>

#include <algorithm>

namespace connectlab {

SdkLinkModel::SdkLinkModel(const ConnectRequest &request, const QString &method)
    : m_request(request), m_wanted(UrlBuilder::parameters(request))
{
    m_rules.method = method;
}

void SdkLinkModel::write(const QString &name, const QString &value)
{
    m_sdk.append(Parameter{name, value});
}

bool SdkLinkModel::writes(const QString &name) const
{
    return std::any_of(m_sdk.cbegin(), m_sdk.cend(), [&name](const Parameter &p) { return p.name == name; });
}

void SdkLinkModel::because(const QString &name, const QString &reason)
{
    m_rules.reasons.insert(name, reason);
}

void SdkLinkModel::tolerate(const QString &name, const QString &why)
{
    m_rules.tolerated.insert(name);
    m_tolerated.append({name, why});
}

QStringList SdkLinkModel::valuesOf(const QList<Parameter> &parameters, const QString &name) const
{
    QStringList values;
    for (const Parameter &p : parameters)
        if (p.name == name)
            values.append(p.value);
    return values;
}

QStringList SdkLinkModel::toleratedNotes() const
{
    QStringList out;
    for (const auto &[name, why] : m_tolerated)
        if (valuesOf(m_sdk, name) != valuesOf(m_wanted, name) && !out.contains(why))
            out.append(why);
    return out;
}

bool SdkLinkModel::exact() const
{
    return toleratedNotes().isEmpty();
}

void SdkLinkModel::note(const QString &sentence)
{
    if (!sentence.isEmpty() && !m_notes.contains(sentence))
        m_notes.append(sentence);
}

LinkAdjustments SdkLinkModel::adjustments() const
{
    return LinkAdjustments::between(m_sdk, m_wanted, m_rules);
}

QStringList SdkLinkModel::notes() const
{
    QStringList out = m_notes;
    for (const QString &why : toleratedNotes())
        if (!out.contains(why))
            out.append(why);
    for (const QString &reason : adjustments().reasons())
        if (!out.contains(reason))
            out.append(reason);
    return out;
}

bool SdkLinkModel::isDefaultOrigin() const
{
    return m_request.baseUrl == QLatin1StringView(ConnectRequest::DefaultBaseUrl);
}

bool SdkLinkModel::flagsFitAMap() const
{
    QSet<QString> seen;
    for (const Flag &f : m_request.flags) {
        if (!f.hasValue || f.name.isEmpty() || seen.contains(f.name))
            return false;
        seen.insert(f.name);
    }
    return true;
}

} // namespace connectlab
