#include "ParameterSpec.h"

#include "Catalog.h"
#include "ConnectRequest.h"

namespace connectlab {

namespace {

constexpr bool tableIsInIdOrder()
{
    for (size_t i = 0; i < ParameterSpecs.size(); ++i)
        if (size_t(ParameterSpecs[i].id) != i)
            return false;
    return true;
}
static_assert(tableIsInIdOrder(), "ParameterSpecs must list the fields in ParameterId order");

} // namespace

const ParameterSpec *ParameterSpec::find(QStringView name)
{
    // A switch on the length keeps this to one or two comparisons: the parser and the validator call it
    // for every parameter of every link.
    auto is = [&name](ParameterId id) { return name == ParameterSpecs[size_t(id)].name; };
    auto at = [](ParameterId id) { return &ParameterSpecs[size_t(id)]; };
    switch (name.size()) {
    case 4:
        if (is(ParameterId::Mode))
            return at(ParameterId::Mode);
        if (is(ParameterId::Make))
            return at(ParameterId::Make);
        break;
    case 5:
        if (is(ParameterId::Scope))
            return at(ParameterId::Scope);
        if (is(ParameterId::State))
            return at(ParameterId::State);
        if (is(ParameterId::Flags))
            return at(ParameterId::Flags);
        break;
    case 9:
        if (is(ParameterId::ClientId))
            return at(ParameterId::ClientId);
        break;
    case 10:
        if (is(ParameterId::VehicleId))
            return at(ParameterId::VehicleId);
        break;
    case 12:
        if (is(ParameterId::RedirectUri))
            return at(ParameterId::RedirectUri);
        break;
    case 13:
        if (is(ParameterId::ResponseType))
            return at(ParameterId::ResponseType);
        if (is(ParameterId::SingleSelect))
            return at(ParameterId::SingleSelect);
        break;
    case 15:
        if (is(ParameterId::ApprovalPrompt))
            return at(ParameterId::ApprovalPrompt);
        break;
    case 17:
        if (is(ParameterId::SingleSelectVin))
            return at(ParameterId::SingleSelectVin);
        break;
    default:
        break;
    }
    return nullptr;
}

QString ParameterSpec::description() const
{
    const ParameterInfo *info = Catalog::instance().parameter(name);
    return info ? info->description : QString();
}

QString ParameterSpec::unsetText() const
{
    switch (whenUnset) {
    case WhenUnset::ConnectDefault:
        return QString(defaultValue);
    case WhenUnset::DashboardSetting:
        if (const ParameterInfo *info = Catalog::instance().parameter(name))
            return info->unsetText;
        break;
    case WhenUnset::NothingApplies:
        break;
    }
    return QString();
}

QString ParameterSpec::value(const ConnectRequest &r, ParameterId id)
{
    switch (id) {
    case ParameterId::ResponseType:
        return r.responseType;
    case ParameterId::ClientId:
        return r.clientId;
    case ParameterId::VehicleId:
        return r.vehicleId;
    case ParameterId::RedirectUri:
        return r.redirectUri;
    case ParameterId::Scope:
        return r.scopeString();
    case ParameterId::State:
        return r.state;
    case ParameterId::ApprovalPrompt:
        return r.approvalPrompt;
    case ParameterId::Mode:
        return r.mode;
    case ParameterId::Make:
        return r.make;
    case ParameterId::SingleSelect:
        return r.singleSelect;
    case ParameterId::SingleSelectVin:
        return r.singleSelectVin;
    case ParameterId::Flags:
        return r.flagsString();
    }
    return QString();
}

bool ParameterSpec::isWritten(const ConnectRequest &r, ParameterId id)
{
    switch (id) {
    case ParameterId::Scope:
        return !r.scope.isEmpty();
    case ParameterId::Flags:
        return !r.flags.isEmpty();
    default:
        return of(id).alwaysWritten || !value(r, id).isEmpty();
    }
}

void ParameterSpec::assign(ConnectRequest &r, ParameterId id, const QString &value)
{
    switch (id) {
    case ParameterId::ResponseType:
        r.responseType = value;
        break;
    case ParameterId::ClientId:
        r.clientId = value;
        break;
    case ParameterId::VehicleId:
        r.vehicleId = value;
        break;
    case ParameterId::RedirectUri:
        r.redirectUri = value;
        break;
    case ParameterId::Scope:
        r.setScopeString(value);
        break;
    case ParameterId::State:
        r.state = value;
        break;
    case ParameterId::ApprovalPrompt:
        r.approvalPrompt = value;
        break;
    case ParameterId::Mode:
        r.mode = value;
        break;
    case ParameterId::Make:
        r.make = value;
        break;
    case ParameterId::SingleSelect:
        r.singleSelect = value;
        break;
    case ParameterId::SingleSelectVin:
        r.singleSelectVin = value;
        break;
    case ParameterId::Flags:
        r.setFlagsString(value);
        break;
    }
}

void ParameterSpec::copy(ConnectRequest &to, const ConnectRequest &from, ParameterId id)
{
    switch (id) {
    case ParameterId::Scope:
        to.scope = from.scope;
        break;
    case ParameterId::Flags:
        to.flags = from.flags;
        break;
    default:
        assign(to, id, value(from, id));
        break;
    }
}

bool ParameterSpec::differs(const ConnectRequest &a, const ConnectRequest &b, ParameterId id)
{
    switch (id) {
    case ParameterId::Scope:
        return a.scope != b.scope;
    case ParameterId::Flags:
        return a.flags != b.flags;
    default:
        return value(a, id) != value(b, id);
    }
}

} // namespace connectlab
