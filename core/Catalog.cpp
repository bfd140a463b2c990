#include "Catalog.h"
#include "Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

// Resources compiled into a static library must be registered from outside any namespace.
static void initCatalogResource()
{
    Q_INIT_RESOURCE(connectlab_catalog);
}

namespace connectlab {

namespace {

inline size_t fnv1a(QStringView key)
{
    size_t h = 14695981039346656037ULL;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

// Fills `table` (open addressing, linear probing) for the keys of `list`; the first of equal keys wins.
template <typename T, typename Key> void buildIndex(QList<qsizetype> &table, const QList<T> &list, Key key)
{
    qsizetype size = 8;
    while (size < list.size() * 2)
        size *= 2;
    table.fill(-1, size);
    const size_t mask = size_t(size - 1);
    for (qsizetype i = 0; i < list.size(); ++i) {
        size_t h = fnv1a(key(list[i])) & mask;
        while (table[h] >= 0 && key(list[table[h]]) != key(list[i]))
            h = (h + 1) & mask;
        if (table[h] < 0)
            table[h] = i;
    }
}

template <typename T, typename Key>
const T *find(const QList<qsizetype> &table, const QList<T> &list, QStringView wanted, Key key)
{
    if (table.isEmpty())
        return nullptr;
    const size_t mask = size_t(table.size() - 1);
    for (size_t h = fnv1a(wanted) & mask; table[h] >= 0; h = (h + 1) & mask) {
        const T &item = list[table[h]];
        if (key(item) == wanted)
            return &item;
    }
    return nullptr;
}

const auto permissionKey = [](const PermissionInfo &p) { return QStringView(p.name); };
const auto makeKey = [](const MakeInfo &m) { return QStringView(m.token); };
const auto countryKey = [](const CountryInfo &c) { return QStringView(c.code); };
const auto flagKey = [](const FlagInfo &f) { return QStringView(f.name); };
const auto parameterKey = [](const ParameterInfo &p) { return QStringView(p.name); };

bool readArray(const QJsonObject &root, const char *key, QJsonArray *out, QString *error)
{
    const QJsonValue v = root.value(QLatin1StringView(key));
    if (!v.isArray()) {
        if (error)
            *error = QStringLiteral("catalog: \"%1\" must be an array").arg(QLatin1StringView(key));
        return false;
    }
    *out = v.toArray();
    return true;
}

} // namespace

const Catalog &Catalog::instance()
{
    static const Catalog catalog = [] {
        initCatalogResource();
        Catalog c;
        QFile file(QStringLiteral(":/connectlab/catalog.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcCatalog, "the compiled-in catalog is missing (%s)", qPrintable(file.errorString()));
        else if (!c.load(file.readAll(), &error))
            qCWarning(lcCatalog, "the compiled-in catalog is invalid: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

const PermissionInfo *Catalog::permission(QStringView name) const
{
    return find(m_permissionIndex.table, m_permissions, name, permissionKey);
}

const MakeInfo *Catalog::make(QStringView token) const
{
    return find(m_makeIndex.table, m_makes, token, makeKey);
}

const CountryInfo *Catalog::country(QStringView code) const
{
    return find(m_countryIndex.table, m_countries, code, countryKey);
}

const FlagInfo *Catalog::flag(QStringView name) const
{
    return find(m_flagIndex.table, m_flags, name, flagKey);
}

const ParameterInfo *Catalog::parameter(QStringView name) const
{
    return find(m_parameterIndex.table, m_parameters, name, parameterKey);
}

bool Catalog::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("catalog: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : QStringLiteral("catalog: the top level must be an object");
        return false;
    }
    const QJsonObject root = doc.object();
    QJsonArray permissions, makes, countries, flags, parameters;
    if (!readArray(root, "permissions", &permissions, error) || !readArray(root, "makes", &makes, error) ||
        !readArray(root, "countries", &countries, error) || !readArray(root, "flags", &flags, error) ||
        !readArray(root, "parameters", &parameters, error))
        return false;

    Catalog c;
    auto fail = [error](const QString &what) {
        if (error)
            *error = QStringLiteral("catalog: ") + what;
        return false;
    };
    for (const QJsonValue &v : std::as_const(permissions)) {
        const QJsonObject o = v.toObject();
        PermissionInfo p{o.value(u"name").toString(), o.value(u"kind").toString(),
                         o.value(u"description").toString()};
        if (p.name.isEmpty() || (p.kind != u"read" && p.kind != u"control"))
            return fail(QStringLiteral("permission %1 needs a name and a kind of read or control")
                            .arg(c.m_permissions.size()));
        c.m_permissions.append(p);
    }
    for (const QJsonValue &v : std::as_const(makes)) {
        const QJsonObject o = v.toObject();
        MakeInfo m{o.value(u"token").toString(), o.value(u"name").toString()};
        if (m.token.isEmpty())
            return fail(QStringLiteral("make %1 has no token").arg(c.m_makes.size()));
        c.m_makes.append(m);
    }
    for (const QJsonValue &v : std::as_const(countries)) {
        const QJsonObject o = v.toObject();
        CountryInfo ci{o.value(u"code").toString(), o.value(u"name").toString(), o.value(u"served").toBool()};
        if (ci.code.size() != 2)
            return fail(QStringLiteral("country %1 needs a two-letter code").arg(c.m_countries.size()));
        c.m_countries.append(ci);
    }
    for (const QJsonValue &v : std::as_const(flags)) {
        const QJsonObject o = v.toObject();
        FlagInfo f{o.value(u"name").toString(), o.value(u"description").toString()};
        if (f.name.isEmpty())
            return fail(QStringLiteral("flag %1 has no name").arg(c.m_flags.size()));
        c.m_flags.append(f);
    }
    for (const QJsonValue &v : std::as_const(parameters)) {
        const QJsonObject o = v.toObject();
        ParameterInfo p{o.value(u"name").toString(), o.value(u"description").toString(),
                        o.value(u"unset").toString()};
        if (p.name.isEmpty())
            return fail(QStringLiteral("parameter %1 has no name").arg(c.m_parameters.size()));
        c.m_parameters.append(p);
    }
    buildIndex(c.m_permissionIndex.table, c.m_permissions, permissionKey);
    buildIndex(c.m_makeIndex.table, c.m_makes, makeKey);
    buildIndex(c.m_countryIndex.table, c.m_countries, countryKey);
    buildIndex(c.m_flagIndex.table, c.m_flags, flagKey);
    buildIndex(c.m_parameterIndex.table, c.m_parameters, parameterKey);
    *this = std::move(c);
    return true;
}

} // namespace connectlab
