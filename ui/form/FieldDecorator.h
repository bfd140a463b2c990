#pragma once

#include "Diagnostic.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

namespace connectlab {

// Shows the diagnostics of one field on the field itself: an icon inside line edits (or in a small
// indicator label beside other widgets), a background tint from the palette, and the messages as the
// tooltip. Sets the dynamic property "severity" ("error", "warning", "info" or "none") for tests and styles.
class FieldDecorator : public QObject
{
    Q_OBJECT
public:
    explicit FieldDecorator(QObject *parent = nullptr);

    // `indicator` (optional) shows the icon for widgets without a line edit.
    void addField(QWidget *field, QLabel *indicator = nullptr);
    void decorate(QWidget *field, const Diagnostics &diagnostics);
    // Re-applies the tints after a palette change.
    void refreshColors();

    static QString severityOf(const QWidget *field); // the "severity" property
    static QLineEdit *lineEditOf(QWidget *field);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> indicator;
        QAction *action = nullptr;
        QString baseToolTip;
        Diagnostics diagnostics;
    };
    void apply(Entry &entry);

    QHash<QWidget *, Entry> m_entries;
};

} // namespace connectlab
