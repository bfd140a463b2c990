#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace connectlab;

// The translations are compiled in; English supplies the plural forms, so counts read "1 error" and "2
// errors".
class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishPluralForms()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("connectlab::LinkPage", "%n error(s)", nullptr, 1),
                 QStringLiteral("1 error"));
        QCOMPARE(QCoreApplication::translate("connectlab::LinkPage", "%n error(s)", nullptr, 2),
                 QStringLiteral("2 errors"));
        QCOMPARE(QCoreApplication::translate("connectlab::LinkPage", "%n warning(s)", nullptr, 0),
                 QStringLiteral("0 warnings"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Translations::install(QStringLiteral("xx")), QStringLiteral("en"));
    }

    // A plural message added to the sources but not given its English forms would read "1 error(s)".
    void everyEnglishPluralIsFilled()
    {
        QFile file(QStringLiteral(CONNECTLAB_SOURCE_DIR "/resources/translations/connectlab_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        static const QRegularExpression numerus(
            QStringLiteral(
                "<message "
                "numerus=\"yes\">\\s*<source>(.*?)</source>\\s*<translation([^>]*)>(.*?)</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
        int count = 0;
        for (auto it = numerus.globalMatch(ts); it.hasNext();) {
            const auto m = it.next();
            ++count;
            QVERIFY2(!m.captured(2).contains(u"unfinished"), qPrintable(m.captured(1)));
            QVERIFY2(m.captured(3).count(QStringLiteral("<numerusform>")) == 2, qPrintable(m.captured(1)));
            QVERIFY2(!m.captured(3).contains(QStringLiteral("(s)")), qPrintable(m.captured(1)));
        }
        QVERIFY(count >= 5);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
