#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace connectlab::sandbox {

// Fills the HTML templates compiled in under :/connectlab/sandbox. In a template, {{name}} is replaced
// by the HTML-escaped text value and {{{name}}} by an HTML fragment the sandbox built (and escaped) itself.
// An unknown name renders as nothing.
class PageRenderer
{
public:
    using Values = QHash<QString, QString>;

    static QString fill(const QString &templateText, const Values &text, const Values &html = {});
    // A resource file under :/connectlab/sandbox, cached; empty when missing or when the name is not a plain
    // file name ("../x", "a/b").
    static QByteArray resource(const QString &name);
    // A page: the named body template filled, inside layout.html. The <title> is `title` and
    // `text["title_suffix"]` (" · Connect Lab sandbox" unless given).
    static QByteArray page(const QString &bodyTemplate, const QString &title, const Values &text,
                           const Values &html = {});
};

} // namespace connectlab::sandbox
