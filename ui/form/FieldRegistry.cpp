#include "FieldRegistry.h"

#include "FieldDecorator.h"
#include "KeyValueTable.h"
#include "ScopePicker.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>

namespace connectlab {

FieldRegistry::FieldRegistry(QObject *parent) : QObject(parent), m_decorator(new FieldDecorator(this)) {}

void FieldRegistry::track(QWidget *widget, QLabel *indicator)
{
    m_decorator->addField(widget, indicator);
    m_widgets.append(widget);
}

void FieldRegistry::add(ParameterId id, QWidget *widget, QLabel *indicator)
{
    m_byField.insert(QString(ParameterSpec::of(id).name), widget);
    track(widget, indicator);
}

void FieldRegistry::addFlag(const QString &name, QWidget *widget, QLabel *indicator)
{
    m_byField.insert(QStringLiteral("flags.") + name, widget);
    track(widget, indicator);
}

void FieldRegistry::addExtra(const QString &name, QWidget *widget, QLabel *indicator)
{
    m_byField.insert(name, widget);
    track(widget, indicator);
}

void FieldRegistry::setFlagsTable(KeyValueTable *table, QLabel *indicator)
{
    m_flags = table;
    track(table, indicator);
}

void FieldRegistry::setExtrasTable(KeyValueTable *table, QLabel *indicator)
{
    m_extras = table;
    track(table, indicator);
}

void FieldRegistry::setScopePicker(ScopePicker *picker, QLabel *indicator)
{
    m_scope = picker;
    m_byField.insert(QString(ParameterSpec::of(ParameterId::Scope).name), picker);
    track(picker, indicator);
}

QWidget *FieldRegistry::widgetFor(const QString &field, const QList<Parameter> &extras) const
{
    if (QWidget *w = m_byField.value(field))
        return w;
    if (field == u"country") // the country flag's short name
        return m_byField.value(QStringLiteral("flags.country"));
    if (field == u"flags" || field.startsWith(u"flags."))
        return m_flags;
    for (const Parameter &p : extras)
        if (p.name == field)
            return m_extras;
    if (field == u"user") // the SDKs' user parameter, when the link does not carry it as an extra
        return m_byField.value(QStringLiteral("flags.user"));
    return nullptr;
}

QWidget *FieldRegistry::focus(const QString &field, const QList<Parameter> &extras)
{
    QWidget *w = widgetFor(field, extras);
    if (!w)
        return nullptr;
    if (w == m_flags) {
        m_flags->focusRow(field.mid(6));
        return m_flags->table();
    }
    if (w == m_extras) {
        m_extras->focusRow(field);
        return m_extras->table();
    }
    if (w == m_scope) {
        m_scope->tree()->setFocus(Qt::OtherFocusReason);
        return m_scope->tree();
    }
    if (!w->isEnabled())
        w->setEnabled(true);
    w->setFocus(Qt::OtherFocusReason);
    if (QLineEdit *edit = FieldDecorator::lineEditOf(w))
        edit->selectAll();
    return w;
}

void FieldRegistry::show(const Diagnostics &diagnostics, const QList<Parameter> &extras)
{
    QHash<QWidget *, Diagnostics> perWidget;
    QHash<QString, Diagnostics> flagRows, extraRows;
    for (const Diagnostic &d : diagnostics) {
        QWidget *w = widgetFor(d.field, extras);
        if (!w)
            continue;
        perWidget[w].append(d);
        if (w == m_flags)
            flagRows[d.field.startsWith(u"flags.") ? d.field.mid(6) : d.field].append(d);
        else if (w == m_extras)
            extraRows[d.field].append(d);
    }
    for (QWidget *w : std::as_const(m_widgets))
        m_decorator->decorate(w, perWidget.value(w));
    if (m_flags)
        m_flags->markRows(flagRows);
    if (m_extras)
        m_extras->markRows(extraRows);
    if (m_scope)
        m_scope->markPermissions(perWidget.value(m_scope));
}

} // namespace connectlab
