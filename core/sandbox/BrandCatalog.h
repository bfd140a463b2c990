#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab {
class Catalog;
}

namespace connectlab::sandbox {

// A brand on the sandbox's brand selector: a make from core's catalog (its token and name, the one list
// in resources/catalog.json) with what only the sandbox needs.
struct Brand
{
    QString token;       // "TESLA": the make parameter and the brand button's element id
    QString name;        // "Tesla", the catalog's name
    QStringList markets; // where the brand is offered: "US", "CA", "EU"
    QStringList models;  // what its sandbox vehicles are
    QStringList wmis;    // VIN prefixes that name the brand (single_select_vin wins over make)
};

// The brands the sandbox offers: every make of core's catalog, in its order, with the sandbox's own data
// from resources/sandbox/brands.json keyed by token (a make without an entry is offered everywhere with one
// "Sandbox model" and no VIN prefix; an entry whose token is no catalog make is ignored).
class BrandCatalog
{
public:
    static const BrandCatalog &instance();

    const QList<Brand> &brands() const { return m_brands; }
    const Brand *brand(const QString &token) const;
    // The brand a VIN's world manufacturer identifier names, or nullptr.
    const Brand *brandForVin(const QString &vin) const;
    // Brands sold in a country (ISO 3166-1 alpha-2); every brand for an empty code or a country Smartcar
    // does not serve.
    QList<const Brand *> brandsFor(const QString &country) const;
    // "US", "CA", "EU" (every other country the catalog marks as served), or "" for one Smartcar does not
    // serve.
    static QString marketOf(const QString &country);

    // Builds the list from the catalog's makes and the sandbox's JSON ({"brands": [{"token", "markets",
    // "models", "wmi"}]}); false when the JSON is not that shape.
    bool load(const QByteArray &json, const Catalog &catalog);
    // Tokens in the JSON that are no make of the catalog (and so were ignored).
    const QStringList &unknownTokens() const { return m_unknownTokens; }

private:
    QList<Brand> m_brands;
    QHash<QString, qsizetype> m_index;
    QHash<QString, qsizetype> m_wmiIndex;
    QStringList m_unknownTokens;
};

} // namespace connectlab::sandbox
