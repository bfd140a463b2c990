#pragma once

#include "ConnectRequest.h"
#include "Diagnostic.h"

#include <QHash>
#include <QObject>

class QLabel;

namespace connectlab {

class FieldDecorator;
class KeyValueTable;
class ScopePicker;

// Which widget of the form edits which parameter: the form's sections register their widgets here, and the
// registry routes a diagnostic's field ("state", "flags.country", an extra's name, "single_select_vin") to
// its widget, decorates the widgets with their diagnostics, and focuses the widget a diagnostic is about.
class FieldRegistry : public QObject
{
    Q_OBJECT
public:
    explicit FieldRegistry(QObject *parent = nullptr);

    FieldDecorator *decorator() const { return m_decorator; }

    // A field of the request. `indicator` shows the icon for widgets without a line edit.
    void add(ParameterId id, QWidget *widget, QLabel *indicator = nullptr);
    // A first-class flag ("country", "user"): diagnostics on "flags.<name>" land on it.
    void addFlag(const QString &name, QWidget *widget, QLabel *indicator = nullptr);
    // A known extra parameter with a field of its own (external_id); other extras are rows of the table.
    void addExtra(const QString &name, QWidget *widget, QLabel *indicator = nullptr);
    // The table of the other flags, the extras table and the scope picker mark rows of their own.
    void setFlagsTable(KeyValueTable *table, QLabel *indicator);
    void setExtrasTable(KeyValueTable *table, QLabel *indicator);
    void setScopePicker(ScopePicker *picker, QLabel *indicator);

    // The widget that shows `field`, or nullptr. `extras` decides whether an unknown name is an extra row.
    QWidget *widgetFor(const QString &field, const QList<Parameter> &extras) const;
    // Focuses it (its row, for tables and the scope); returns the focused widget or nullptr.
    QWidget *focus(const QString &field, const QList<Parameter> &extras);
    // Shows every diagnostic on its widget (and clears those without).
    void show(const Diagnostics &diagnostics, const QList<Parameter> &extras);

private:
    void track(QWidget *widget, QLabel *indicator);

    FieldDecorator *m_decorator;
    QHash<QString, QWidget *> m_byField;
    QList<QWidget *> m_widgets;
    KeyValueTable *m_flags = nullptr;
    KeyValueTable *m_extras = nullptr;
    ScopePicker *m_scope = nullptr;
};

} // namespace connectlab
