#pragma once

// Finds English left in a translated window. readTs() reads a Qt Linguist file; EnglishSources turns its
// source strings into patterns (placeholders match anything, accelerators and HTML are ignored) and says
// which English source a text still shows; collectTexts() gathers every text a user sees in a widget tree
// (labels, buttons, titles, tooltips, placeholders, combo and list items, headers, tabs, menus and actions,
// accessible names); mnemonicClashes() names accelerator letters used twice in one menu or window.
// Header-only, for the translation tests.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>
#include <QXmlStreamReader>

namespace connectlab::test {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    bool unfinished = false;
};

// Every message of a .ts file; empty (and `error` set) when the file cannot be read.
inline QList<TsMessage> readTs(const QString &path, QString *error = nullptr)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{
                context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", false};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.unfinished = xml.attributes().value(QLatin1StringView("type")) == u"unfinished";
            if (!current.numerus)
                current.translations << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            messages << current;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = xml.errorString();
        return {};
    }
    return messages;
}

// "&File" -> "File", "&&" -> "&"; HTML becomes its plain text; runs of white space become one space.
inline QString plainText(const QString &text)
{
    QString s = text;
    if (Qt::mightBeRichText(s))
        s = QTextDocumentFragment::fromHtml(s).toPlainText();
    static const QRegularExpression accelerator(QStringLiteral("&(&|(?=\\S))"));
    s.replace(accelerator, QStringLiteral("\\1"));
    return s.simplified();
}

// The accelerator letter of a text ("Co&py" -> 'p'), or a null QChar.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

class EnglishSources
{
public:
    // `translated`: the messages of the language under test (a source its translation repeats, such as
    // "Connect Lab" or "Parameter", is not English there); `englishForms`: connectlab_en.ts, whose plural
    // forms
    // ("1 error") are English too.
    EnglishSources(const QList<TsMessage> &translated, const QList<TsMessage> &englishForms)
    {
        QHash<QString, QStringList> translationOf;
        for (const TsMessage &m : translated)
            translationOf.insert(m.context + u'\x1f' + m.source, m.translations);
        auto add = [this](const QString &english, const QStringList &translations) {
            const QString plain = plainText(english);
            if (plain.isEmpty())
                return;
            for (const QString &t : translations)
                if (plainText(t) == plain)
                    return; // the same in both languages
            addPattern(english, plain);
        };
        for (const TsMessage &m : translated)
            add(m.source, m.translations);
        for (const TsMessage &m : englishForms) {
            if (!m.numerus)
                continue;
            const QStringList translations = translationOf.value(m.context + u'\x1f' + m.source);
            for (const QString &form : m.translations)
                add(form, translations);
        }
    }

    int count() const { return int(m_patterns.size()); }

    // The English source `text` still shows (whole, or a long part of it within a composed text), or "".
    QString englishIn(const QString &text) const
    {
        const QString plain = plainText(text);
        if (plain.isEmpty())
            return {};
        for (const Pattern &p : m_patterns) {
            if (p.whole.match(plain).hasMatch())
                return p.source;
            for (const QString &segment : p.segments)
                if (plain.contains(segment))
                    return p.source;
        }
        return {};
    }

private:
    struct Pattern
    {
        QString source;
        QRegularExpression whole;
        QStringList segments; // long literal parts, found inside composed texts
    };

    void addPattern(const QString &source, const QString &plain)
    {
        // %1 stands for anything, %n for a number.
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        Pattern p{source, {}, {}};
        QString whole = QStringLiteral("^");
        auto literal = [&](const QString &part) {
            whole += QRegularExpression::escape(part);
            const QString trimmed = part.trimmed();
            if (trimmed.size() >= 20 && trimmed.contains(u' '))
                p.segments << trimmed;
        };
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(plain); it.hasNext();) {
            const auto m = it.next();
            literal(plain.mid(at, m.capturedStart() - at));
            whole += m.captured(1) == u"n" ? QStringLiteral("\\d[\\d.,]*") : QStringLiteral(".*");
            at = m.capturedEnd();
        }
        literal(plain.mid(at));
        p.whole =
            QRegularExpression(whole + QStringLiteral("$"), QRegularExpression::DotMatchesEverythingOption);
        p.whole.optimize();
        m_patterns << p;
    }

    QList<Pattern> m_patterns;
};

struct VisibleText
{
    QString where;
    QString text;
};

inline QString describe(const QObject *o)
{
    QStringList path;
    for (int depth = 0; o && depth < 3; ++depth, o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(u'/');
}

inline void addText(QList<VisibleText> &out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out.append({where, text});
}

inline void collectActions(const QList<QAction *> &actions, const QString &where, QList<VisibleText> &out,
                           int depth = 0)
{
    for (QAction *a : actions) {
        if (a->isSeparator() && a->text().isEmpty())
            continue;
        const QString at = where + QStringLiteral(" › ") + plainText(a->text());
        addText(out, at + QStringLiteral(" (text)"), a->text());
        addText(out, at + QStringLiteral(" (toolTip)"), a->toolTip());
        addText(out, at + QStringLiteral(" (statusTip)"), a->statusTip());
        addText(out, at + QStringLiteral(" (whatsThis)"), a->whatsThis());
        if (QMenu *menu = a->menu(); menu && depth < 4) {
            emit menu->aboutToShow(); // menus filled on demand (the profile list) fill themselves
            addText(out, at + QStringLiteral(" (title)"), menu->title());
            collectActions(menu->actions(), at, out, depth + 1);
        }
    }
}

inline void collectModel(const QAbstractItemModel *model, const QString &where, QList<VisibleText> &out)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        addText(out, where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
        addText(out, where + QStringLiteral(" header tip"),
                model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    QList<QModelIndex> parents{QModelIndex()};
    int seen = 0;
    while (!parents.isEmpty() && seen < 2000) {
        const QModelIndex parent = parents.takeFirst();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c, ++seen) {
                const QModelIndex i = model->index(r, c, parent);
                const QString at = where + QStringLiteral(" [%1,%2]").arg(r).arg(c);
                addText(out, at, i.data(Qt::DisplayRole).toString());
                addText(out, at + QStringLiteral(" tip"), i.data(Qt::ToolTipRole).toString());
                addText(out, at + QStringLiteral(" accessible"), i.data(Qt::AccessibleTextRole).toString());
            }
            const QModelIndex first = model->index(r, 0, parent);
            if (model->hasChildren(first))
                parents << first;
        }
    }
}

// Every text a user can see or hear (accessible names) in `root` and its children, shown or not.
inline void collectTexts(QWidget *root, QList<VisibleText> &out)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where = describe(w) + (w->isVisible() ? QString() : QStringLiteral(" (hidden)"));
        if (w->isWindow())
            addText(out, where + QStringLiteral(" windowTitle"), w->windowTitle());
        addText(out, where + QStringLiteral(" toolTip"), w->toolTip());
        addText(out, where + QStringLiteral(" statusTip"), w->statusTip());
        addText(out, where + QStringLiteral(" whatsThis"), w->whatsThis());
        addText(out, where + QStringLiteral(" accessibleName"), w->accessibleName());
        addText(out, where + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            addText(out, where, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            addText(out, where, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            addText(out, where, box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            addText(out, where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (edit->isReadOnly())
                addText(out, where, edit->text());
        }
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
            addText(out, where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (edit->isReadOnly())
                addText(out, where, edit->toPlainText());
        }
        if (auto *edit = qobject_cast<QTextEdit *>(w)) {
            addText(out, where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (edit->isReadOnly())
                addText(out, where, edit->toPlainText());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w))
            collectModel(combo->model(), where, out);
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                addText(out, where + QStringLiteral(" tab"), tabs->tabText(i));
                addText(out, where + QStringLiteral(" tab tip"), tabs->tabToolTip(i));
            }
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && !qobject_cast<QComboBox *>(w->parent()))
            collectModel(view->model(), where, out);
        if (auto *menu = qobject_cast<QMenu *>(w))
            addText(out, where + QStringLiteral(" title"), menu->title());
        collectActions(w->actions(), where, out);
    }
}

// One line for each text of `texts` that is still English: where it is, the text, the source it shows.
inline QStringList englishTexts(const EnglishSources &english, const QList<VisibleText> &texts)
{
    QStringList out;
    QSet<QString> reported;
    QHash<QString, QString> sourceOf; // the same text shows in many places
    for (const VisibleText &text : texts) {
        auto known = sourceOf.constFind(text.text);
        if (known == sourceOf.cend())
            known = sourceOf.insert(text.text, english.englishIn(text.text));
        const QString source = *known;
        if (source.isEmpty() || reported.contains(text.where + text.text))
            continue;
        reported.insert(text.where + text.text);
        out << QStringLiteral("%1: \"%2\" (source \"%3\")").arg(text.where, text.text, source);
    }
    return out;
}

// Accelerators used twice among `texts` ("&Copy" and "&Close"), as "c: &Copy, &Close".
inline QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &t : texts)
        if (const QChar m = mnemonic(t); !m.isNull())
            byLetter[m] << t;
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            out << QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return out;
}

// Accelerator clashes in each menu reachable from `actions`.
inline QStringList menuMnemonicClashes(const QList<QAction *> &actions, const QString &where)
{
    QStringList texts, out;
    for (QAction *a : actions) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        texts << a->text();
        if (QMenu *menu = a->menu())
            out << menuMnemonicClashes(menu->actions(), where + QStringLiteral(" › ") + plainText(a->text()));
    }
    for (const QString &c : clashes(texts))
        out << where + QStringLiteral(": ") + c;
    return out;
}

// Accelerator clashes among what Alt+letter reaches in a window as it is shown: the menu bar's menus, tabs,
// and visible buttons, group boxes and buddy labels (tool buttons showing an action have no accelerator).
inline QStringList windowMnemonicClashes(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                if (a->isVisible())
                    texts << a->text();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    texts << tabs->tabText(i);
        } else if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction()) {
            continue;
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            texts << box->title();
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            texts << label->text();
        }
    }
    QStringList out;
    for (const QString &c : clashes(texts))
        out << describe(window) + QStringLiteral(": ") + c;
    return out;
}

} // namespace connectlab::test
