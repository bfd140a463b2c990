#include "FormSection.h"

#include "Catalog.h"
#include "LinkDocument.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace connectlab {

FormSection::FormSection(const QString &title, LinkDocument *document, FieldRegistry *fields, QWidget *parent)
    : QGroupBox(title, parent), m_document(document), m_fields(fields)
{
}

ConnectModel *FormSection::model() const
{
    return m_document->model();
}

QFormLayout *FormSection::formLayout()
{
    if (!m_form) {
        m_form = new QFormLayout(this);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    return m_form;
}

QString FormSection::description(const QString &parameter)
{
    const ParameterInfo *info = Catalog::instance().parameter(parameter);
    return info ? info->description : QString();
}

void FormSection::showText(QLineEdit *edit, const QString &value)
{
    if (edit->text() != value)
        edit->setText(value);
}

QLabel *FormSection::rowLabel(const QString &text, const QString &parameter, QWidget *buddy)
{
    auto *label = new QLabel(this);
    label->setObjectName(buddy->objectName() + QStringLiteral("Label"));
    label->setTextFormat(Qt::RichText);
    label->setBuddy(buddy);
    label->setToolTip(description(parameter.section(QLatin1Char(' '), 0, 0)));
    // A screen reader finds a buddy label only beside its field; these fields often sit in a box with their
    // indicator, so they carry the label's words themselves (a check box keeps its own text as its name).
    const auto *button = qobject_cast<const QAbstractButton *>(buddy);
    if (buddy->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
        buddy->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    if (buddy->accessibleDescription().isEmpty())
        buddy->setAccessibleDescription(label->toolTip());
    m_labels.append({label, text, parameter});
    showLabel(m_labels.last());
    return label;
}

QWidget *FormSection::withIndicator(QWidget *field, QLabel **indicator)
{
    auto *box = new QWidget(this);
    auto *icon = new QLabel(box);
    icon->setObjectName(field->objectName() + QStringLiteral("Indicator"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    field->setParent(box);
    row->addWidget(field, 1);
    row->addWidget(icon, 0, Qt::AlignTop);
    *indicator = icon;
    return box;
}

void FormSection::showLabel(const LabelInfo &l) const
{
    QString html = l.text.toHtmlEscaped();
    if (!l.parameter.isEmpty())
        html += QStringLiteral("<br><span style=\"color:") +
                palette().color(QPalette::Disabled, QPalette::Text).name() +
                QStringLiteral("; font-family:monospace; font-size:small\">") + l.parameter.toHtmlEscaped() +
                QStringLiteral("</span>");
    l.label->setText(html);
}

void FormSection::refreshColors()
{
    for (const LabelInfo &l : std::as_const(m_labels))
        showLabel(l);
}

void FormSection::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        refreshColors();
}

} // namespace connectlab
