#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>

namespace connectlab {

struct ConnectRequest;

// The parameters a ConnectRequest has a field for, in the order the link writes them (the order of the
// official back-end SDKs): response_type, client_id, vehicle_id, redirect_uri, scope, state,
// approval_prompt, mode, make, single_select, single_select_vin, flags. Everything else a link carries is
// an extra (ConnectRequest::extras).
enum class ParameterId : quint8
{
    ResponseType,
    ClientId,
    VehicleId,
    RedirectUri,
    Scope,
    State,
    ApprovalPrompt,
    Mode,
    Make,
    SingleSelect,
    SingleSelectVin,
    Flags,
};
inline constexpr int ParameterCount = 12;

// What Connect does when a parameter is not in the link.
enum class WhenUnset : quint8
{
    NothingApplies,   // the feature is simply off (no state, no make …)
    ConnectDefault,   // Connect uses `defaultValue` (approval_prompt=auto, single_select=false …)
    DashboardSetting, // the app's settings on the Smartcar Dashboard apply (redirect_uri, scope)
};

// One row of the parameter table: the single place that says what a parameter is, where it goes in the
// link, whether it is always written, and what applies when it is unset. The builder, the parser, the
// validator, Profile, the decoded view, the CLI's explain and the form's field routing all read it;
// descriptions and the wording of Dashboard settings are data (resources/catalog.json).
struct ParameterSpec
{
    ParameterId id;
    QLatin1StringView name;
    bool alwaysWritten; // written even when it holds the default (response_type, approval_prompt, mode)
    WhenUnset whenUnset;
    QLatin1StringView defaultValue; // what ConnectDefault means; also the value a new request starts with

    // Every field, in link order.
    static const std::array<ParameterSpec, ParameterCount> &all();
    static const ParameterSpec &of(ParameterId id) { return all()[size_t(id)]; }
    // The field called `name` ("client_id"), or nullptr for any other name (extras, flags.country …).
    static const ParameterSpec *find(QStringView name);

    // The catalog's description ("what it does") and, for Dashboard settings, what applies instead
    // ("the Dashboard's Vehicle Access settings"); for a Connect default, the default value itself.
    QString description() const;
    QString unsetText() const;

    // The value as the link writes it (scope and flags as their space-separated strings).
    static QString value(const ConnectRequest &request, ParameterId id);
    // Whether the builder writes the field: always-written ones always, the others when not empty.
    static bool isWritten(const ConnectRequest &request, ParameterId id);
    // Sets the field from its link value (scope and flags are split into entries).
    static void assign(ConnectRequest &request, ParameterId id, const QString &value);
    // Copies one field from `from` (entries kept as they are, not re-split).
    static void copy(ConnectRequest &to, const ConnectRequest &from, ParameterId id);
    static bool differs(const ConnectRequest &a, const ConnectRequest &b, ParameterId id);
};

// The table itself (constexpr, so ConnectRequest's defaults and the builder's order come from it).
inline constexpr std::array<ParameterSpec, ParameterCount> ParameterSpecs{{
    {ParameterId::ResponseType, QLatin1StringView("response_type"), true, WhenUnset::ConnectDefault,
     QLatin1StringView("code")},
    {ParameterId::ClientId, QLatin1StringView("client_id"), false, WhenUnset::NothingApplies, {}},
    {ParameterId::VehicleId, QLatin1StringView("vehicle_id"), false, WhenUnset::NothingApplies, {}},
    {ParameterId::RedirectUri, QLatin1StringView("redirect_uri"), false, WhenUnset::DashboardSetting, {}},
    {ParameterId::Scope, QLatin1StringView("scope"), false, WhenUnset::DashboardSetting, {}},
    {ParameterId::State, QLatin1StringView("state"), false, WhenUnset::NothingApplies, {}},
    {ParameterId::ApprovalPrompt, QLatin1StringView("approval_prompt"), true, WhenUnset::ConnectDefault,
     QLatin1StringView("auto")},
    {ParameterId::Mode, QLatin1StringView("mode"), true, WhenUnset::ConnectDefault,
     QLatin1StringView("live")},
    {ParameterId::Make, QLatin1StringView("make"), false, WhenUnset::NothingApplies, {}},
    {ParameterId::SingleSelect, QLatin1StringView("single_select"), false, WhenUnset::ConnectDefault,
     QLatin1StringView("false")},
    {ParameterId::SingleSelectVin,
     QLatin1StringView("single_select_vin"),
     false,
     WhenUnset::NothingApplies,
     {}},
    {ParameterId::Flags, QLatin1StringView("flags"), false, WhenUnset::NothingApplies, {}},
}};

inline const std::array<ParameterSpec, ParameterCount> &ParameterSpec::all()
{
    return ParameterSpecs;
}

// The value a new request starts with for an always-written field ("code", "auto", "live").
inline QString defaultValueOf(ParameterId id)
{
    return QString(ParameterSpecs[size_t(id)].defaultValue);
}

} // namespace connectlab
