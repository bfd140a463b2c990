#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace connectlab {

QStringList Translations::languages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString Translations::install(const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString base = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
            if (languages().contains(base)) {
                chosen = base;
                break;
            }
        }
    }
    if (!languages().contains(chosen))
        chosen = QStringLiteral("en");
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/connectlab/i18n/connectlab_") + chosen + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (chosen != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return chosen;
}

} // namespace connectlab
