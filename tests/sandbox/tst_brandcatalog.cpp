// BrandCatalog: the brand selector offers core's makes (tokens and names from resources/catalog.json) with
// only the sandbox's own data from resources/sandbox/brands.json; markets follow the catalog's countries.
#include "BrandCatalog.h"
#include "Catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using connectlab::Catalog;
using namespace connectlab::sandbox;

namespace {

QJsonArray sandboxEntries()
{
    BrandCatalog::instance(); // registers the compiled-in resources
    QFile file(QStringLiteral(":/connectlab/sandbox/brands.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("brands")).toArray();
}

Catalog twoMakes()
{
    Catalog c;
    c.load(R"({"permissions": [], "flags": [], "parameters": [],
               "countries": [{"code": "US", "name": "United States", "served": true}],
               "makes": [{"token": "TESLA", "name": "Tesla"}, {"token": "NEWCO", "name": "NewCo"}]})");
    return c;
}

} // namespace

class TestBrandCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBrandTokenIsACatalogMake()
    {
        const QJsonArray entries = sandboxEntries();
        QVERIFY(entries.size() > 0);
        QSet<QString> seen;
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            const QString token = o.value(QLatin1String("token")).toString();
            QVERIFY2(Catalog::instance().make(token), qPrintable(token));
            QVERIFY2(!seen.contains(token), qPrintable(token + QStringLiteral(" twice")));
            seen.insert(token);
            // Names are the catalog's: the sandbox file has none of its own.
            QVERIFY2(!o.contains(QLatin1String("name")), qPrintable(token));
        }
        QVERIFY(BrandCatalog::instance().unknownTokens().isEmpty());
    }

    void everyCatalogMakeIsOfferedWithItsName()
    {
        const QList<connectlab::MakeInfo> &makes = Catalog::instance().makes();
        const QList<Brand> &brands = BrandCatalog::instance().brands();
        QCOMPARE(brands.size(), makes.size());
        for (qsizetype i = 0; i < makes.size(); ++i) {
            QCOMPARE(brands.at(i).token, makes.at(i).token);
            QCOMPARE(brands.at(i).name, makes.at(i).name);
        }
    }

    // Every make has sandbox data of its own (markets, models), so none falls back to "Sandbox model".
    void everyCatalogMakeHasSandboxData()
    {
        QSet<QString> tokens;
        for (const QJsonValue &v : sandboxEntries())
            tokens.insert(v.toObject().value(QLatin1String("token")).toString());
        for (const connectlab::MakeInfo &make : Catalog::instance().makes())
            QVERIFY2(tokens.contains(make.token), qPrintable(make.token));
    }

    void sandboxDataIsWellFormed()
    {
        static const QStringList markets{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("EU")};
        QHash<QString, QString> wmiOwner;
        for (const Brand &b : BrandCatalog::instance().brands()) {
            QVERIFY2(!b.markets.isEmpty() && !b.models.isEmpty(), qPrintable(b.token));
            for (const QString &m : b.markets)
                QVERIFY2(markets.contains(m), qPrintable(b.token + u' ' + m));
            for (const QString &wmi : b.wmis) {
                QVERIFY2(wmi.size() == 3 && wmi == wmi.toUpper(), qPrintable(b.token + u' ' + wmi));
                QVERIFY2(!wmi.contains(u'I') && !wmi.contains(u'O') && !wmi.contains(u'Q'), qPrintable(wmi));
                QVERIFY2(!wmiOwner.contains(wmi), qPrintable(wmi + QStringLiteral(" names two brands")));
                wmiOwner.insert(wmi, b.token);
            }
        }
    }

    void brandForVin_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("token");
        QTest::newRow("Tesla") << QStringLiteral("5YJ3E1EA7KF000001") << QStringLiteral("TESLA");
        QTest::newRow("BMW") << QStringLiteral("WBA8E9G50GNU12345") << QStringLiteral("BMW");
        QTest::newRow("lower-case prefix") << QStringLiteral("wba8e9g50gnu12345") << QStringLiteral("BMW");
        QTest::newRow("Volkswagen") << QStringLiteral("WVWZZZ1KZ6W000001") << QStringLiteral("VOLKSWAGEN");
        QTest::newRow("unknown prefix") << QStringLiteral("ZZZ00000000000000") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void brandForVin()
    {
        QFETCH(QString, vin);
        QFETCH(QString, token);
        const Brand *b = BrandCatalog::instance().brandForVin(vin);
        QCOMPARE(b ? b->token : QString(), token);
    }

    void marketOf_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("market");
        QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("US");
        QTest::newRow("ca") << QStringLiteral("ca") << QStringLiteral("CA");
        QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("EU");
        QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("EU");
        QTest::newRow("CH") << QStringLiteral("CH") << QStringLiteral("EU");
        QTest::newRow("NO") << QStringLiteral("NO") << QStringLiteral("EU");
        QTest::newRow("JP not served") << QStringLiteral("JP") << QString();
        QTest::newRow("not a country") << QStringLiteral("XX") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void marketOf()
    {
        QFETCH(QString, country);
        QTEST(BrandCatalog::marketOf(country), "market");
    }

    // The market rule is the catalog's "served" flag, not a list of the sandbox's own.
    void marketsFollowTheCatalogsCountries()
    {
        for (const connectlab::CountryInfo &c : Catalog::instance().countries())
            QCOMPARE(BrandCatalog::marketOf(c.code).isEmpty(), !c.served);
    }

    void brandsFor_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("DE") << QStringLiteral("DE")
                            << QStringList{QStringLiteral("VOLKSWAGEN"), QStringLiteral("DACIA")}
                            << QStringList{QStringLiteral("CHEVROLET"), QStringLiteral("RAM")};
        QTest::newRow("US") << QStringLiteral("US")
                            << QStringList{QStringLiteral("CHEVROLET"), QStringLiteral("LUCID")}
                            << QStringList{QStringLiteral("RENAULT"), QStringLiteral("VAUXHALL")};
        QTest::newRow("JP: every brand")
            << QStringLiteral("JP") << QStringList{QStringLiteral("CHEVROLET"), QStringLiteral("RENAULT")}
            << QStringList{};
        QTest::newRow("none: every brand")
            << QString() << QStringList{QStringLiteral("RAM"), QStringLiteral("DACIA")} << QStringList{};
    }
    void brandsFor()
    {
        QFETCH(QString, country);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QStringList tokens;
        for (const Brand *b : BrandCatalog::instance().brandsFor(country))
            tokens.append(b->token);
        for (const QString &t : present)
            QVERIFY2(tokens.contains(t), qPrintable(t));
        for (const QString &t : absent)
            QVERIFY2(!tokens.contains(t), qPrintable(t));
        if (country.isEmpty() || BrandCatalog::marketOf(country).isEmpty())
            QCOMPARE(tokens.size(), BrandCatalog::instance().brands().size());
    }

    void composesCatalogMakesWithSandboxData()
    {
        BrandCatalog brands;
        QVERIFY(brands.load(R"({"brands": [
            {"token": "TESLA", "markets": ["US"], "models": ["Model 3"], "wmi": ["5YJ"]},
            {"token": "NOPE", "markets": ["EU"], "models": ["X"], "wmi": ["NOP"]}]})",
                            twoMakes()));
        QCOMPARE(brands.unknownTokens(), QStringList{QStringLiteral("NOPE")});
        QCOMPARE(brands.brands().size(), 2);
        const Brand *tesla = brands.brand(QStringLiteral("TESLA"));
        QVERIFY(tesla);
        QCOMPARE(tesla->name, QStringLiteral("Tesla"));
        QCOMPARE(tesla->models, QStringList{QStringLiteral("Model 3")});
        QCOMPARE(brands.brandForVin(QStringLiteral("5YJ3E1EA7KF000001")), tesla);
        QVERIFY(!brands.brand(QStringLiteral("NOPE")));
        QVERIFY(!brands.brandForVin(QStringLiteral("NOP00000000000000")));
        // A make without sandbox data is still offered, everywhere, with a placeholder model.
        const Brand *newco = brands.brand(QStringLiteral("NEWCO"));
        QVERIFY(newco);
        QCOMPARE(newco->name, QStringLiteral("NewCo"));
        QCOMPARE(newco->markets,
                 (QStringList{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("EU")}));
        QCOMPARE(newco->models, QStringList{QStringLiteral("Sandbox model")});
        QVERIFY(newco->wmis.isEmpty());
    }

    void refusesAnotherShape()
    {
        BrandCatalog brands;
        QVERIFY(!brands.load("[1, 2]", twoMakes()));
        QVERIFY(!brands.load("not json", twoMakes()));
        QCOMPARE(brands.brands().size(), 2); // the catalog's makes are offered all the same
    }
};

QTEST_GUILESS_MAIN(TestBrandCatalog)
#include "tst_brandcatalog.moc"
