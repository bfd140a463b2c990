#include "EffectiveParameters.h"

#include "Catalog.h"
#include "ParameterSpec.h"
#include "UrlBuilder.h"

namespace connectlab {

QList<EffectiveParameter> EffectiveParameters::of(const ConnectRequest &request)
{
    QList<EffectiveParameter> rows;
    const QList<Parameter> written = UrlBuilder::parameters(request);
    rows.reserve(written.size() + 4);
    for (const Parameter &p : written) {
        EffectiveParameter row{p.name, p.value, EffectiveParameter::Source::SetByYou};
        if (const ParameterSpec *spec = ParameterSpec::find(p.name)) {
            if (spec->alwaysWritten && p.value == spec->defaultValue)
                row.source = EffectiveParameter::Source::ConnectDefault;
        } else if (!Catalog::instance().parameter(p.name)) {
            row.source = EffectiveParameter::Source::KeptAsIs;
        }
        rows.append(std::move(row));
    }
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        if (spec.whenUnset == WhenUnset::NothingApplies || ParameterSpec::isWritten(request, spec.id))
            continue;
        // Re-authentication keeps the permissions the vehicle already has: no Dashboard scope applies.
        if (spec.id == ParameterId::Scope && request.isReauthentication())
            continue;
        rows.append({QString(spec.name), spec.unsetText(),
                     spec.whenUnset == WhenUnset::DashboardSetting
                         ? EffectiveParameter::Source::NotSentDashboard
                         : EffectiveParameter::Source::NotSentDefault});
    }
    return rows;
}

} // namespace connectlab
