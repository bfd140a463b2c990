#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace connectlab {

// Connect Lab's translations (resources/translations/*.ts, compiled in): German, and English for the plural
// forms ("1 error", "2 errors"). install() loads the one for the system's language (or `language`, as
// `--lang de` gives it) and Qt's own for the standard dialogs when the system has them.
class Translations
{
public:
    // The languages Connect Lab is translated into ("de", "en").
    static QStringList languages();
    // Installs the translators for `language` ("" follows the system locale); English is the fallback.
    // Returns the language installed. Call once the application object exists.
    static QString install(const QString &language = {});
};

} // namespace connectlab
