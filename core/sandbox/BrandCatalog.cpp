#include "BrandCatalog.h"

#include "Catalog.h"
#include "Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initSandboxResources()
{
    Q_INIT_RESOURCE(connectlab_sandbox_pages);
}

namespace connectlab::sandbox {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

const BrandCatalog &BrandCatalog::instance()
{
    static const BrandCatalog catalog = [] {
        initSandboxResources();
        BrandCatalog c;
        QFile file(QStringLiteral(":/connectlab/sandbox/brands.json"));
        if (!file.open(QIODevice::ReadOnly) || !c.load(file.readAll(), Catalog::instance()))
            qCWarning(lcSandbox, "the compiled-in brands.json is missing or invalid");
        return c;
    }();
    return catalog;
}

bool BrandCatalog::load(const QByteArray &json, const Catalog &catalog)
{
    m_brands.clear();
    m_index.clear();
    m_wmiIndex.clear();
    m_unknownTokens.clear();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const bool ok = doc.isObject() && doc.object().value(QLatin1String("brands")).isArray();

    QHash<QString, QJsonObject> extras;
    const QJsonArray entries = doc.object().value(QLatin1String("brands")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        const QString token = o.value(QLatin1String("token")).toString();
        if (catalog.make(token))
            extras.insert(token, o);
        else
            m_unknownTokens.append(token);
    }

    for (const MakeInfo &make : catalog.makes()) {
        Brand b;
        b.token = make.token;
        b.name = make.name;
        const auto it = extras.constFind(make.token);
        if (it != extras.cend()) {
            b.markets = toStringList(it->value(QLatin1String("markets")));
            b.models = toStringList(it->value(QLatin1String("models")));
            b.wmis = toStringList(it->value(QLatin1String("wmi")));
        }
        if (b.markets.isEmpty())
            b.markets = {QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("EU")};
        if (b.models.isEmpty())
            b.models.append(QStringLiteral("Sandbox model"));
        m_index.insert(b.token, m_brands.size());
        for (const QString &wmi : std::as_const(b.wmis)) {
            if (!m_wmiIndex.contains(wmi))
                m_wmiIndex.insert(wmi, m_brands.size());
        }
        m_brands.append(b);
    }
    return ok;
}

const Brand *BrandCatalog::brand(const QString &token) const
{
    const auto it = m_index.constFind(token);
    return it == m_index.cend() ? nullptr : &m_brands.at(*it);
}

const Brand *BrandCatalog::brandForVin(const QString &vin) const
{
    const auto it = m_wmiIndex.constFind(vin.left(3).toUpper());
    return it == m_wmiIndex.cend() ? nullptr : &m_brands.at(*it);
}

QString BrandCatalog::marketOf(const QString &country)
{
    const QString code = country.toUpper();
    const CountryInfo *info = Catalog::instance().country(code);
    if (!info || !info->served)
        return QString();
    if (code == QLatin1String("US") || code == QLatin1String("CA"))
        return code;
    return QStringLiteral("EU");
}

QList<const Brand *> BrandCatalog::brandsFor(const QString &country) const
{
    QList<const Brand *> out;
    const QString market = marketOf(country);
    for (const Brand &b : m_brands) {
        if (country.isEmpty() || market.isEmpty() || b.markets.contains(market))
            out.append(&b);
    }
    return out;
}

} // namespace connectlab::sandbox
