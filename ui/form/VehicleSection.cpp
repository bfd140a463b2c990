#include "VehicleSection.h"

#include "Catalog.h"
#include "ComboValues.h"
#include "ConnectModel.h"
#include "FieldRegistry.h"
#include "LinkDocument.h"
#include "Theme.h"
#include "VinAssessment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace connectlab {

VehicleSection::VehicleSection(LinkDocument *doc, FieldRegistry *fields, QWidget *parent)
    : FormSection(tr("Vehicle selection"), doc, fields, parent)
{
    setObjectName(QStringLiteral("vehicleGroup"));
    QFormLayout *form = formLayout();

    m_make = ComboValues::searchable(this);
    m_make->setObjectName(QStringLiteral("makeCombo"));
    m_make->lineEdit()->setObjectName(QStringLiteral("makeEdit"));
    m_make->lineEdit()->setPlaceholderText(tr("Any brand: the user picks one in Connect"));
    for (const MakeInfo &m : Catalog::instance().makes()) {
        const bool same = m.name.compare(m.token, Qt::CaseInsensitive) == 0;
        m_make->addItem(same ? m.token : m.token + QStringLiteral(" (") + m.name + QLatin1Char(')'), m.token);
    }
    m_make->setToolTip(description(QStringLiteral("make")));
    form->addRow(rowLabel(tr("Make"), QStringLiteral("make"), m_make), m_make);
    fields->add(ParameterId::Make, m_make);

    m_singleSelect = new QCheckBox(tr("One vehicle only (Custom plan)"), this);
    m_singleSelect->setObjectName(QStringLiteral("singleSelectCheck"));
    m_singleSelect->setToolTip(description(QStringLiteral("single_select")));
    QLabel *indicator = nullptr;
    QWidget *singleBox = withIndicator(m_singleSelect, &indicator);
    form->addRow(rowLabel(tr("Single select"), QStringLiteral("single_select"), m_singleSelect), singleBox);
    fields->add(ParameterId::SingleSelect, m_singleSelect, indicator);

    m_vin = new QLineEdit(this);
    m_vin->setObjectName(QStringLiteral("vinEdit"));
    m_vin->setPlaceholderText(tr("17 characters: connect only this vehicle"));
    m_vin->setToolTip(description(QStringLiteral("single_select_vin")));
    QFont mono = m_vin->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_vin->setFont(mono);
    m_vinStatus = new QLabel(this);
    m_vinStatus->setObjectName(QStringLiteral("vinStatus"));
    m_vinStatus->setWordWrap(true);
    auto *vinBox = new QWidget(this);
    auto *vinColumn = new QVBoxLayout(vinBox);
    vinColumn->setContentsMargins(0, 0, 0, 0);
    vinColumn->setSpacing(2);
    vinColumn->addWidget(m_vin);
    vinColumn->addWidget(m_vinStatus);
    form->addRow(rowLabel(tr("VIN"), QStringLiteral("single_select_vin"), m_vin), vinBox);
    fields->add(ParameterId::SingleSelectVin, m_vin);

    // Widgets → document.
    connect(m_make->lineEdit(), &QLineEdit::textEdited, this, &VehicleSection::commitMake);
    connect(m_make, &QComboBox::activated, this, [this](int index) { commitMake(m_make->itemText(index)); });
    connect(m_singleSelect, &QCheckBox::clicked, this, [this](bool on) {
        document()->edit(tr("Change single select"), QString(),
                         [&] { model()->setSingleSelect(on ? QStringLiteral("true") : QString()); });
    });
    connect(m_vin, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(tr("Edit the VIN"), QStringLiteral("single_select_vin"),
                         [&] { model()->setSingleSelectVin(text); });
    });

    // Model → widgets.
    ConnectModel *m = model();
    connect(m, &ConnectModel::makeChanged, this,
            [this] { ComboValues::show(m_make, model()->make(), true); });
    connect(m, &ConnectModel::singleSelectChanged, this, &VehicleSection::showSingleSelect);
    connect(m, &ConnectModel::singleSelectVinChanged, this, [this] {
        showText(m_vin, model()->singleSelectVin());
        showVinVerdict();
    });
    connect(m, &ConnectModel::modeChanged, this, &VehicleSection::showVinVerdict);
    ComboValues::show(m_make, m->make(), true);
    showSingleSelect();
    showText(m_vin, m->singleSelectVin());
    showVinVerdict();
}

void VehicleSection::commitMake(const QString &text)
{
    const QString value = ComboValues::resolve(m_make, text, true);
    document()->edit(tr("Edit the make"), QStringLiteral("make"), [&] { model()->setMake(value); });
}

void VehicleSection::showSingleSelect()
{
    const QString v = model()->singleSelect();
    m_singleSelect->setChecked(v == u"true");
    m_singleSelect->setText(v.isEmpty() || v == u"true" || v == u"false"
                                ? tr("One vehicle only (Custom plan)")
                                : tr("One vehicle only (the link says \"%1\")").arg(v));
}

void VehicleSection::showVinVerdict()
{
    const VinAssessment verdict = VinAssessment::assess(model()->singleSelectVin(), model()->mode());
    const QPalette p = palette();
    const QColor color = verdict.isEmpty()  ? p.color(QPalette::Disabled, QPalette::Text)
                         : verdict.isGood() ? Theme::okColor(p)
                                            : Theme::severityColor(verdict.severity(), p);
    m_vinStatus->setText(QStringLiteral("<span style=\"color:") + color.name() + QStringLiteral("\">") +
                         (verdict.isGood() ? QStringLiteral("✓ ") : QString()) +
                         verdict.summary().toHtmlEscaped() + QStringLiteral("</span>"));
    m_vinStatus->setProperty("vinState", verdict.isEmpty()  ? QStringLiteral("empty")
                                         : verdict.isGood() ? QStringLiteral("ok")
                                                            : severityName(verdict.severity()));
}

void VehicleSection::refreshColors()
{
    FormSection::refreshColors();
    if (m_vinStatus)
        showVinVerdict();
}

} // namespace connectlab
