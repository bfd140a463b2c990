#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

struct Brand
{
    QString token;       // "TESLA": the make parameter and the brand button's element id
    QString name;        // "Tesla"
    QStringList markets; // "US", "CA", "EU"
    QStringList models;
    QStringList wmis; // VIN prefixes
};

// The brands the sandbox's brand selector offers, from resources/sandbox/brands.json.
class BrandCatalog
{
public:
    static const BrandCatalog &instance();

    const QList<Brand> &brands() const { return m_brands; }
    const Brand *brand(const QString &token) const;
    // The brand a VIN's world manufacturer identifier names, or nullptr.
    const Brand *brandForVin(const QString &vin) const;
    // Brands sold in a country (ISO 3166-1 alpha-2); every brand for an empty code.
    QList<const Brand *> brandsFor(const QString &country) const;
    // "US", "CA", "EU", or an empty string for a country Smartcar does not serve.
    static QString marketOf(const QString &country);

    bool load(const QByteArray &json);

private:
    QList<Brand> m_brands;
    QHash<QString, qsizetype> m_index;
    QHash<QString, qsizetype> m_wmiIndex;
};

} // namespace connectlab::sandbox
