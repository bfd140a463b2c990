#include "FieldDecorator.h"

#include "Icons.h"
#include "Theme.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace connectlab {

namespace {

Severity worst(const Diagnostics &diagnostics)
{
    Severity s = Severity::Info;
    for (const Diagnostic &d : diagnostics)
        if (int(d.severity) > int(s))
            s = d.severity;
    return s;
}

QString tipFor(const Diagnostics &diagnostics, const QString &base)
{
    QString tip;
    for (const Diagnostic &d : diagnostics) {
        if (!tip.isEmpty())
            tip += QStringLiteral("<br>");
        tip += QStringLiteral("<b>") + severityName(d.severity).toHtmlEscaped() + QStringLiteral(":</b> ") +
               d.message.toHtmlEscaped();
    }
    if (!base.isEmpty())
        tip += QStringLiteral("<hr>") + base;
    return tip;
}

} // namespace

FieldDecorator::FieldDecorator(QObject *parent) : QObject(parent) {}

QLineEdit *FieldDecorator::lineEditOf(QWidget *field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return edit;
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->lineEdit();
    return nullptr;
}

QString FieldDecorator::severityOf(const QWidget *field)
{
    return field ? field->property("severity").toString() : QString();
}

void FieldDecorator::addField(QWidget *field, QLabel *indicator)
{
    Entry e;
    e.field = field;
    e.indicator = indicator;
    e.baseToolTip = field->toolTip();
    field->setProperty("severity", QStringLiteral("none"));
    if (indicator) {
        indicator->setFixedSize(18, 18);
        indicator->clear();
    }
    m_entries.insert(field, e);
}

void FieldDecorator::decorate(QWidget *field, const Diagnostics &diagnostics)
{
    auto it = m_entries.find(field);
    if (it == m_entries.end())
        return;
    if (it->diagnostics == diagnostics)
        return;
    it->diagnostics = diagnostics;
    apply(*it);
}

void FieldDecorator::refreshColors()
{
    for (Entry &e : m_entries)
        apply(e);
}

void FieldDecorator::apply(Entry &e)
{
    QWidget *field = e.field;
    if (!field)
        return;
    const bool any = !e.diagnostics.isEmpty();
    const Severity s = worst(e.diagnostics);
    field->setProperty("severity", any ? severityName(s) : QStringLiteral("none"));
    field->setToolTip(any ? tipFor(e.diagnostics, e.baseToolTip) : e.baseToolTip);

    QLineEdit *edit = lineEditOf(field);
    QWidget *tinted = edit ? static_cast<QWidget *>(edit) : field;
    tinted->setPalette(QPalette()); // back to the inherited palette, then tint it
    if (any && s != Severity::Info && (edit || qobject_cast<QComboBox *>(field))) {
        QPalette p = tinted->palette();
        p.setColor(QPalette::Base, Theme::tint(s, p));
        tinted->setPalette(p);
    }
    if (edit) {
        if (e.action) {
            edit->removeAction(e.action);
            delete e.action;
            e.action = nullptr;
        }
        if (any) {
            e.action = new QAction(Icons::severity(s), QString(), edit);
            e.action->setObjectName(field->objectName() + QStringLiteral("SeverityAction"));
            e.action->setToolTip(tipFor(e.diagnostics, QString()));
            edit->addAction(e.action, QLineEdit::TrailingPosition);
        }
        if (edit != field)
            edit->setToolTip(field->toolTip());
    }
    if (e.indicator) {
        if (any) {
            e.indicator->setPixmap(
                Icons::severity(s).pixmap(QSize(16, 16), e.indicator->devicePixelRatioF()));
            e.indicator->setToolTip(tipFor(e.diagnostics, QString()));
        } else {
            e.indicator->clear();
            e.indicator->setToolTip(QString());
        }
    }
}

} // namespace connectlab
