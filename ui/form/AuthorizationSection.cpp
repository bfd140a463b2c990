#include "AuthorizationSection.h"

#include "ComboValues.h"
#include "ConnectModel.h"
#include "FieldRegistry.h"
#include "Icons.h"
#include "LinkDocument.h"
#include "ScopePicker.h"
#include "StateGenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace connectlab {

namespace {

const QString ReauthItem = QStringLiteral("reauth");

} // namespace

AuthorizationSection::AuthorizationSection(LinkDocument *doc, FieldRegistry *fields, QWidget *parent)
    : FormSection(tr("Authorization"), doc, fields, parent)
{
    setObjectName(QStringLiteral("authorizationGroup"));
    QFormLayout *form = formLayout();
    QLabel *indicator = nullptr;

    m_responseType = new QComboBox(this);
    ComboValues::makeShrinkable(m_responseType);
    m_responseType->setObjectName(QStringLiteral("responseTypeCombo"));
    m_responseType->addItem(tr("code: connect vehicles (authorization code)"), QStringLiteral("code"));
    m_responseType->addItem(tr("vehicle_id: re-authenticate a connected vehicle"), ReauthItem);
    m_responseType->setToolTip(description(QStringLiteral("response_type")));
    QWidget *responseBox = withIndicator(m_responseType, &indicator);
    form->addRow(rowLabel(tr("Response type"), QStringLiteral("response_type"), m_responseType), responseBox);
    fields->add(ParameterId::ResponseType, m_responseType, indicator);

    m_vehicleId = new QLineEdit(this);
    m_vehicleId->setObjectName(QStringLiteral("vehicleIdEdit"));
    m_vehicleId->setPlaceholderText(tr("Only for re-authentication: the vehicle's Smartcar id"));
    m_vehicleId->setToolTip(description(QStringLiteral("vehicle_id")));
    form->addRow(rowLabel(tr("Vehicle ID"), QStringLiteral("vehicle_id"), m_vehicleId), m_vehicleId);
    fields->add(ParameterId::VehicleId, m_vehicleId);

    m_scope = new ScopePicker(this);
    m_scope->setToolTip(description(QStringLiteral("scope")));
    QWidget *scopeBox = withIndicator(m_scope, &indicator);
    auto *scopeLabel = rowLabel(tr("Permissions"), QStringLiteral("scope"), m_scope->searchField());
    scopeLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(scopeLabel, scopeBox);
    fields->setScopePicker(m_scope, indicator);

    m_state = new QLineEdit(this);
    m_state->setObjectName(QStringLiteral("stateEdit"));
    m_state->setPlaceholderText(tr("A random value you check on the redirect"));
    m_state->setToolTip(description(QStringLiteral("state")));
    m_generateState = new QPushButton(Icons::get(QStringLiteral("generate")), tr("&Generate"), this);
    m_generateState->setObjectName(QStringLiteral("generateStateButton"));
    m_generateState->setToolTip(tr("Draw a new random state (128+ bits) (Ctrl+G)"));
    m_newStateEveryRun = new QCheckBox(tr("New state every run"), this);
    m_newStateEveryRun->setObjectName(QStringLiteral("newStateEveryRunCheck"));
    m_newStateEveryRun->setToolTip(tr("Draw a fresh state before each Run, as a real app would"));
    auto *stateBox = new QWidget(this);
    auto *stateColumn = new QVBoxLayout(stateBox);
    stateColumn->setContentsMargins(0, 0, 0, 0);
    stateColumn->setSpacing(2);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_generateState);
    stateColumn->addLayout(stateRow);
    stateColumn->addWidget(m_newStateEveryRun);
    form->addRow(rowLabel(tr("State"), QStringLiteral("state"), m_state), stateBox);
    fields->add(ParameterId::State, m_state);

    m_approval = new QComboBox(this);
    ComboValues::makeShrinkable(m_approval);
    m_approval->setObjectName(QStringLiteral("approvalPromptCombo"));
    m_approval->addItem(tr("auto: skip the approval screen if already granted"), QStringLiteral("auto"));
    m_approval->addItem(tr("force: always show the approval screen"), QStringLiteral("force"));
    m_approval->setToolTip(description(QStringLiteral("approval_prompt")));
    QWidget *approvalBox = withIndicator(m_approval, &indicator);
    form->addRow(rowLabel(tr("Approval prompt"), QStringLiteral("approval_prompt"), m_approval), approvalBox);
    fields->add(ParameterId::ApprovalPrompt, m_approval, indicator);

    m_mode = new QComboBox(this);
    ComboValues::makeShrinkable(m_mode);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("live: real vehicles and accounts"), QStringLiteral("live"));
    m_mode->addItem(tr("simulated: vehicles from the Vehicle Simulator"), QStringLiteral("simulated"));
    m_mode->setToolTip(description(QStringLiteral("mode")));
    QWidget *modeBox = withIndicator(m_mode, &indicator);
    form->addRow(rowLabel(tr("Mode"), QStringLiteral("mode"), m_mode), modeBox);
    fields->add(ParameterId::Mode, m_mode, indicator);

    // Widgets → document (user signals only).
    connect(m_responseType, &QComboBox::activated, this, [this](int index) {
        const QString value = m_responseType->itemData(index).toString();
        document()->edit(tr("Change the response type"), QString(), [&] {
            if (value == ReauthItem) {
                model()->setReauthentication(true);
                if (!m_vehicleId->text().isEmpty())
                    model()->setVehicleId(m_vehicleId->text());
            } else {
                model()->setReauthentication(false);
                model()->setResponseType(value);
            }
        });
        showResponseType();
    });
    connect(m_vehicleId, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(tr("Edit the vehicle ID"), QStringLiteral("vehicle_id"),
                         [&] { model()->setVehicleId(text); });
    });
    connect(m_scope, &ScopePicker::permissionsEdited, this, [this](const QList<Permission> &permissions) {
        document()->edit(tr("Change the permissions"), QString(),
                         [&] { model()->setPermissions(permissions); });
    });
    connect(m_state, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(tr("Edit the state"), QStringLiteral("state"), [&] { model()->setState(text); });
    });
    connect(m_generateState, &QPushButton::clicked, this, &AuthorizationSection::generateState);
    connect(m_newStateEveryRun, &QCheckBox::clicked, doc, &LinkDocument::setNewStateEveryRun);
    connect(m_approval, &QComboBox::activated, this, [this](int index) {
        const QString value = m_approval->itemData(index).toString();
        document()->edit(tr("Change the approval prompt"), QString(),
                         [&] { model()->setApprovalPrompt(value); });
    });
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        const QString value = m_mode->itemData(index).toString();
        document()->edit(tr("Change the mode"), QString(), [&] { model()->setMode(value); });
    });

    // Model → widgets.
    ConnectModel *m = model();
    connect(m, &ConnectModel::responseTypeChanged, this, &AuthorizationSection::showResponseType);
    connect(m, &ConnectModel::reauthenticationChanged, this, &AuthorizationSection::showResponseType);
    connect(m, &ConnectModel::vehicleIdChanged, this, &AuthorizationSection::showResponseType);
    connect(m, &ConnectModel::scopeChanged, this,
            [this] { m_scope->setPermissions(model()->permissions()); });
    connect(m, &ConnectModel::stateChanged, this, [this] { showText(m_state, model()->state()); });
    connect(m, &ConnectModel::approvalPromptChanged, this,
            [this] { ComboValues::select(m_approval, model()->approvalPrompt()); });
    connect(m, &ConnectModel::modeChanged, this, [this] { ComboValues::select(m_mode, model()->mode()); });
    connect(doc, &LinkDocument::newStateEveryRunChanged, m_newStateEveryRun, &QCheckBox::setChecked);

    showResponseType();
    m_scope->setPermissions(m->permissions());
    showText(m_state, m->state());
    ComboValues::select(m_approval, m->approvalPrompt());
    ComboValues::select(m_mode, m->mode());
    m_newStateEveryRun->setChecked(doc->newStateEveryRun());
}

void AuthorizationSection::generateState()
{
    document()->edit(tr("Generate a state"), QString(),
                     [this] { model()->setState(StateGenerator::generate()); });
}

void AuthorizationSection::showResponseType()
{
    const bool reauth = model()->reauthentication();
    ComboValues::select(m_responseType, reauth ? ReauthItem : model()->responseType());
    showText(m_vehicleId, model()->vehicleId());
    m_vehicleId->setEnabled(reauth || !model()->vehicleId().isEmpty());
}

} // namespace connectlab
