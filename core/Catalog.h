#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace connectlab {

struct PermissionInfo
{
    QString name;
    QString kind; // "read" or "control"
    QString description;
};

struct MakeInfo
{
    QString token; // "TESLA"
    QString name;  // "Tesla"
};

struct CountryInfo
{
    QString code; // ISO 3166-1 alpha-2
    QString name;
    bool served = false; // Smartcar serves the US, Canada and Europe
};

struct FlagInfo
{
    QString name;
    QString description;
};

struct ParameterInfo
{
    QString name;
    QString description; // what it does
    QString unsetText;   // for a Dashboard setting: what applies when it is absent (see ParameterSpec)
};

// The reference data (permissions, makes, countries, flags, parameters), kept as JSON in
// resources/catalog.json and compiled in. Loaded once; lookups are hash-based.
class Catalog
{
public:
    static const Catalog &instance();

    const QList<PermissionInfo> &permissions() const { return m_permissions; }
    const QList<MakeInfo> &makes() const { return m_makes; }
    const QList<CountryInfo> &countries() const { return m_countries; }
    const QList<FlagInfo> &flags() const { return m_flags; }
    const QList<ParameterInfo> &parameters() const { return m_parameters; }

    const PermissionInfo *permission(const QString &name) const { return permission(QStringView(name)); }
    const MakeInfo *make(const QString &token) const { return make(QStringView(token)); }
    const CountryInfo *country(const QString &code) const { return country(QStringView(code)); }
    const FlagInfo *flag(const QString &name) const { return flag(QStringView(name)); }
    const ParameterInfo *parameter(const QString &name) const { return parameter(QStringView(name)); }
    const PermissionInfo *permission(QStringView name) const;
    const MakeInfo *make(QStringView token) const;
    const CountryInfo *country(QStringView code) const;
    const FlagInfo *flag(QStringView name) const;
    const ParameterInfo *parameter(QStringView name) const;

    // Loads from JSON text; public so tests can feed their own data. Returns false with *error set.
    bool load(const QByteArray &json, QString *error = nullptr);

private:
    QList<PermissionInfo> m_permissions;
    QList<MakeInfo> m_makes;
    QList<CountryInfo> m_countries;
    QList<FlagInfo> m_flags;
    QList<ParameterInfo> m_parameters;
    // Open addressing over a cheap FNV-1a hash of the key: the validator looks names up on every keystroke,
    // and QHash's seeded hash of a QString costs more than the rest of a lookup.
    struct Index
    {
        QList<qsizetype> table; // position in the list, -1 for an empty slot; size is a power of two
    };
    Index m_permissionIndex, m_makeIndex, m_countryIndex, m_flagIndex, m_parameterIndex;
};

} // namespace connectlab
