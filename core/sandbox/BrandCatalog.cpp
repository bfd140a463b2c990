#include "BrandCatalog.h"

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
        if (file.open(QIODevice::ReadOnly))
            c.load(file.readAll());
        return c;
    }();
    return catalog;
}

bool BrandCatalog::load(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return false;
    m_brands.clear();
    m_index.clear();
    m_wmiIndex.clear();
    const QJsonArray brands = doc.object().value(QLatin1String("brands")).toArray();
    for (const QJsonValue &value : brands) {
        const QJsonObject o = value.toObject();
        Brand b;
        b.token = o.value(QLatin1String("token")).toString();
        b.name = o.value(QLatin1String("name")).toString();
        b.markets = toStringList(o.value(QLatin1String("markets")));
        b.models = toStringList(o.value(QLatin1String("models")));
        b.wmis = toStringList(o.value(QLatin1String("wmi")));
        if (b.token.isEmpty() || b.name.isEmpty() || m_index.contains(b.token))
            continue;
        if (b.models.isEmpty())
            b.models.append(QStringLiteral("Sandbox model"));
        m_index.insert(b.token, m_brands.size());
        for (const QString &wmi : std::as_const(b.wmis))
            m_wmiIndex.insert(wmi, m_brands.size());
        m_brands.append(b);
    }
    return !m_brands.isEmpty();
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
    static const QStringList europe = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"),
        QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GR"),
        QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"),
        QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("GB"),
        QStringLiteral("NO"), QStringLiteral("CH"), QStringLiteral("IS"), QStringLiteral("LI")};
    const QString code = country.toUpper();
    if (code == QLatin1String("US") || code == QLatin1String("CA"))
        return code;
    if (europe.contains(code))
        return QStringLiteral("EU");
    return QString();
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
