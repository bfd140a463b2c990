#pragma once

#include "ParameterSpec.h"

#include <QList>
#include <QString>

namespace connectlab {

// A query parameter as it appears in a link, decoded.
struct Parameter
{
    QString name;
    QString value;
    friend bool operator==(const Parameter &, const Parameter &) = default;
};

// One entry of `scope`: a permission name, optionally prefixed `required:`.
struct Permission
{
    QString name;
    bool required = false;

    QString token() const; // "required:read_vin" or "read_vin"
    static Permission fromToken(const QString &token);
    friend bool operator==(const Permission &, const Permission &) = default;
};

// One entry of `flags`: `name:value`. A token without a colon keeps hasValue == false so the
// validator can flag it and the builder can write it back unchanged.
struct Flag
{
    QString name;
    QString value;
    bool hasValue = true;

    QString token() const; // "country:DE", or just "name" when !hasValue
    static Flag fromToken(const QString &token);
    friend bool operator==(const Flag &, const Flag &) = default;
};

enum class Endpoint
{
    Authorize,
    Reauthenticate
};

// Everything a Connect link says. An empty string means "not set" (the parameter is left out of the
// link), except the always-written fields (ParameterSpec: response_type, approval_prompt, mode).
//
// Parameters the request has no field for (user, external_id, application_id, sdk_*, unknown names,
// and any second occurrence of a single-valued parameter) are kept verbatim, in link order, in `extras`,
// so that parse then build loses nothing.
struct ConnectRequest
{
    static constexpr auto DefaultBaseUrl = "https://connect.smartcar.com";

    QString baseUrl = QString::fromLatin1(DefaultBaseUrl); // scheme://host[:port], no trailing slash
    Endpoint endpoint = Endpoint::Authorize;

    QString clientId;
    QString redirectUri;
    QString responseType = defaultValueOf(ParameterId::ResponseType);
    QString vehicleId; // re-authentication: response_type=vehicle_id&vehicle_id=…
    QList<Permission> scope;
    QString state;
    QString approvalPrompt = defaultValueOf(ParameterId::ApprovalPrompt);
    QString mode = defaultValueOf(ParameterId::Mode);
    QString make;
    QString singleSelect; // "", "true", "false" or whatever an imported link said
    QString singleSelectVin;
    QList<Flag> flags;
    QList<Parameter> extras;

    // First-class flags. Setting an empty value removes the flag; setting keeps its position,
    // new flags go first (country) or after country (user).
    QString country() const;
    void setCountry(const QString &code);
    QString flagUser() const;
    void setFlagUser(const QString &user);
    // account_sync: "true", "false" or "" (not in the link); new ones go after country and user.
    QString accountSync() const;
    void setAccountSync(const QString &value);
    QString flag(const QString &name) const;
    // Every flag but the first-class ones (the first country, user and account_sync), in order.
    QList<Flag> otherFlags() const;
    // Replaces those, keeping the first-class flags where they are.
    void setOtherFlags(const QList<Flag> &others);

    QString path() const; // "/oauth/authorize" or "/oauth/reauthenticate"
    bool isReauthentication() const { return endpoint == Endpoint::Reauthenticate; }
    // Switches to /oauth/reauthenticate with response_type=vehicle_id for the given vehicle.
    void makeReauthentication(const QString &vehicleIdValue);

    QString scopeString() const; // space-separated tokens
    void setScopeString(const QString &spaceSeparated);
    QString flagsString() const;
    void setFlagsString(const QString &spaceSeparated);

    // An extra parameter by name (its first occurrence; "" when absent). Setting "" removes every occurrence;
    // a new one goes last.
    QString extra(const QString &name) const;
    bool hasExtra(const QString &name) const;
    void setExtra(const QString &name, const QString &value);
    // The extras but the first external_id (which has a field of its own in the form), in order.
    QList<Parameter> otherExtras() const;
    // Replaces those, keeping the first external_id at its place.
    void setOtherExtras(const QList<Parameter> &others);

    friend bool operator==(const ConnectRequest &, const ConnectRequest &) = default;
};

} // namespace connectlab
