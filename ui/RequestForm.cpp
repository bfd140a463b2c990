#include "RequestForm.h"

#include "Catalog.h"
#include "ConnectModel.h"
#include "FieldDecorator.h"
#include "Icons.h"
#include "KeyValueTable.h"
#include "RequestEditCommand.h"
#include "ScopePicker.h"
#include "StateGenerator.h"
#include "Theme.h"
#include "Vin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace connectlab {

namespace {

constexpr int ImportedRole = Qt::UserRole + 10;

QString description(const QString &parameter)
{
    const ParameterInfo *info = Catalog::instance().parameter(parameter);
    return info ? info->description : QString();
}

// Selects the item whose data is `value`; a value the combo does not offer (from an imported link) gets
// an item of its own, marked as coming from the link.
void setComboValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        for (int k = combo->count() - 1; k >= 0; --k)
            if (combo->itemData(k, ImportedRole).toBool())
                combo->removeItem(k);
        combo->addItem(
            RequestForm::tr("%1 (from the link)").arg(value.isEmpty() ? RequestForm::tr("empty") : value),
            value);
        index = combo->count() - 1;
        combo->setItemData(index, true, ImportedRole);
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void shrinkable(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
}

QString resolveComboText(const QComboBox *combo, const QString &text, bool allowName);

QComboBox *searchableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(15);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

} // namespace

RequestForm::RequestForm(ConnectModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_model(model), m_undo(undoStack), m_decorator(new FieldDecorator(this))
{
    setObjectName(QStringLiteral("requestForm"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildApplication());
    layout->addWidget(buildAuthorization());
    layout->addWidget(buildVehicle());
    layout->addWidget(buildFlags());
    layout->addWidget(buildExtras());
    layout->addStretch();
    relabel();

    for (QWidget *w : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_redirectUri),
                       static_cast<QWidget *>(m_vehicleId), static_cast<QWidget *>(m_state),
                       static_cast<QWidget *>(m_make), static_cast<QWidget *>(m_vin),
                       static_cast<QWidget *>(m_country), static_cast<QWidget *>(m_user)})
        m_decorator->addField(w);

    // Model → widgets. Only what changed is touched.
    connect(m_model, &ConnectModel::clientIdChanged, this,
            [this] { refreshText(m_clientId, m_model->clientId()); });
    connect(m_model, &ConnectModel::redirectUriChanged, this,
            [this] { refreshText(m_redirectUri, m_model->redirectUri()); });
    connect(m_model, &ConnectModel::responseTypeChanged, this, &RequestForm::refreshResponseType);
    connect(m_model, &ConnectModel::reauthenticationChanged, this, &RequestForm::refreshResponseType);
    connect(m_model, &ConnectModel::vehicleIdChanged, this, &RequestForm::refreshResponseType);
    connect(m_model, &ConnectModel::scopeChanged, this,
            [this] { m_scope->setPermissions(m_model->permissions()); });
    connect(m_model, &ConnectModel::stateChanged, this, [this] { refreshText(m_state, m_model->state()); });
    connect(m_model, &ConnectModel::approvalPromptChanged, this, &RequestForm::refreshApproval);
    connect(m_model, &ConnectModel::modeChanged, this, &RequestForm::refreshMode);
    connect(m_model, &ConnectModel::makeChanged, this, &RequestForm::refreshMake);
    connect(m_model, &ConnectModel::singleSelectChanged, this, &RequestForm::refreshSingleSelect);
    connect(m_model, &ConnectModel::singleSelectVinChanged, this, [this] {
        refreshText(m_vin, m_model->singleSelectVin());
        refreshVinStatus();
    });
    connect(m_model, &ConnectModel::countryChanged, this, &RequestForm::refreshCountry);
    connect(m_model, &ConnectModel::userChanged, this, [this] { refreshText(m_user, m_model->user()); });
    connect(m_model, &ConnectModel::flagsChanged, this, &RequestForm::refreshFlags);
    connect(m_model, &ConnectModel::extrasChanged, this, &RequestForm::refreshExtras);
    connect(m_model, &ConnectModel::diagnosticsChanged, this, &RequestForm::applyDiagnostics);
    refreshAll();
}

RequestForm::~RequestForm() = default;

QLabel *RequestForm::rowLabel(const QString &text, const QString &parameter, QWidget *buddy)
{
    auto *label = new QLabel(this);
    label->setObjectName(buddy->objectName() + QStringLiteral("Label"));
    label->setTextFormat(Qt::RichText);
    label->setBuddy(buddy);
    label->setToolTip(description(parameter.section(QLatin1Char(' '), 0, 0)));
    m_labels.append({label, text, parameter});
    return label;
}

void RequestForm::relabel()
{
    const QString grey = palette().color(QPalette::Disabled, QPalette::Text).name();
    for (const LabelInfo &l : std::as_const(m_labels)) {
        QString html = l.text.toHtmlEscaped();
        // "&Client ID" → mnemonic underline kept by QLabel's buddy handling in rich text
        if (!l.parameter.isEmpty())
            html += QStringLiteral("<br><span style=\"color:") + grey +
                    QStringLiteral("; font-family:monospace; font-size:small\">") +
                    l.parameter.toHtmlEscaped() + QStringLiteral("</span>");
        l.label->setText(html);
    }
}

QWidget *RequestForm::withIndicator(QWidget *field)
{
    auto *box = new QWidget(this);
    auto *indicator = new QLabel(box);
    indicator->setObjectName(field->objectName() + QStringLiteral("Indicator"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    field->setParent(box);
    row->addWidget(field, 1);
    row->addWidget(indicator, 0, Qt::AlignTop);
    m_decorator->addField(field, indicator);
    return box;
}

QGroupBox *RequestForm::buildApplication()
{
    auto *group = new QGroupBox(tr("Application"), this);
    group->setObjectName(QStringLiteral("applicationGroup"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_target = new QComboBox(group);
    shrinkable(m_target);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->addItem(tr("Local sandbox (offline)"), int(Target::Sandbox));
    m_target->addItem(tr("Smartcar Connect (connect.smartcar.com)"), int(Target::Connect));
    m_target->setToolTip(tr("Where the link points. The local sandbox is a stand-in for Connect on this "
                            "computer: it knows the demo app and needs no account."));
    form->addRow(rowLabel(tr("Target"), QString(), m_target), m_target);

    m_clientId = new QLineEdit(group);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("Your application's id from the Dashboard"));
    m_clientId->setToolTip(description(QStringLiteral("client_id")));
    form->addRow(rowLabel(tr("Client ID"), QStringLiteral("client_id"), m_clientId), m_clientId);

    m_redirectUri = new QLineEdit(group);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setPlaceholderText(tr("Empty: the Dashboard's default redirect URI"));
    m_redirectUri->setToolTip(description(QStringLiteral("redirect_uri")));
    form->addRow(rowLabel(tr("Redirect URI"), QStringLiteral("redirect_uri"), m_redirectUri), m_redirectUri);

    connect(m_target, &QComboBox::activated, this,
            [this](int index) { Q_EMIT targetEdited(Target(m_target->itemData(index).toInt())); });
    connect(m_clientId, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the client ID"), QStringLiteral("client_id"), [&] { m_model->setClientId(text); });
    });
    connect(m_redirectUri, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the redirect URI"), QStringLiteral("redirect_uri"),
             [&] { m_model->setRedirectUri(text); });
    });
    return group;
}

QGroupBox *RequestForm::buildAuthorization()
{
    auto *group = new QGroupBox(tr("Authorization"), this);
    group->setObjectName(QStringLiteral("authorizationGroup"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_responseType = new QComboBox(group);
    shrinkable(m_responseType);
    m_responseType->setObjectName(QStringLiteral("responseTypeCombo"));
    m_responseType->addItem(tr("code: connect vehicles (authorization code)"), QStringLiteral("code"));
    m_responseType->addItem(tr("vehicle_id: re-authenticate a connected vehicle"), QStringLiteral("reauth"));
    m_responseType->setToolTip(description(QStringLiteral("response_type")));
    form->addRow(rowLabel(tr("Response type"), QStringLiteral("response_type"), m_responseType),
                 withIndicator(m_responseType));

    m_vehicleId = new QLineEdit(group);
    m_vehicleId->setObjectName(QStringLiteral("vehicleIdEdit"));
    m_vehicleId->setPlaceholderText(tr("Only for re-authentication: the vehicle's Smartcar id"));
    m_vehicleId->setToolTip(description(QStringLiteral("vehicle_id")));
    form->addRow(rowLabel(tr("Vehicle ID"), QStringLiteral("vehicle_id"), m_vehicleId), m_vehicleId);

    m_scope = new ScopePicker(group);
    m_scope->setToolTip(description(QStringLiteral("scope")));
    auto *scopeLabel = rowLabel(tr("Permissions"), QStringLiteral("scope"), m_scope->searchField());
    scopeLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(scopeLabel, withIndicator(m_scope));

    m_state = new QLineEdit(group);
    m_state->setObjectName(QStringLiteral("stateEdit"));
    m_state->setPlaceholderText(tr("A random value you check on the redirect"));
    m_state->setToolTip(description(QStringLiteral("state")));
    m_generateState = new QPushButton(Icons::get(QStringLiteral("generate")), tr("&Generate"), group);
    m_generateState->setObjectName(QStringLiteral("generateStateButton"));
    m_generateState->setToolTip(tr("Draw a new random state (128+ bits) (Ctrl+G)"));
    m_newStateEveryRun = new QCheckBox(tr("New state every run"), group);
    m_newStateEveryRun->setObjectName(QStringLiteral("newStateEveryRunCheck"));
    m_newStateEveryRun->setToolTip(tr("Draw a fresh state before each Run, as a real app would"));
    m_newStateEveryRun->setChecked(true);
    auto *stateBox = new QWidget(group);
    auto *stateColumn = new QVBoxLayout(stateBox);
    stateColumn->setContentsMargins(0, 0, 0, 0);
    stateColumn->setSpacing(2);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_generateState);
    stateColumn->addLayout(stateRow);
    stateColumn->addWidget(m_newStateEveryRun);
    form->addRow(rowLabel(tr("State"), QStringLiteral("state"), m_state), stateBox);

    m_approval = new QComboBox(group);
    shrinkable(m_approval);
    m_approval->setObjectName(QStringLiteral("approvalPromptCombo"));
    m_approval->addItem(tr("auto: skip the approval screen if already granted"), QStringLiteral("auto"));
    m_approval->addItem(tr("force: always show the approval screen"), QStringLiteral("force"));
    m_approval->setToolTip(description(QStringLiteral("approval_prompt")));
    form->addRow(rowLabel(tr("Approval prompt"), QStringLiteral("approval_prompt"), m_approval),
                 withIndicator(m_approval));

    m_mode = new QComboBox(group);
    shrinkable(m_mode);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("live: real vehicles and accounts"), QStringLiteral("live"));
    m_mode->addItem(tr("simulated: vehicles from the Vehicle Simulator"), QStringLiteral("simulated"));
    m_mode->setToolTip(description(QStringLiteral("mode")));
    form->addRow(rowLabel(tr("Mode"), QStringLiteral("mode"), m_mode), withIndicator(m_mode));

    connect(m_responseType, &QComboBox::activated, this, [this](int index) {
        const QString value = m_responseType->itemData(index).toString();
        edit(tr("Change the response type"), QString(), [&] {
            if (value == QLatin1String("reauth")) {
                m_model->setReauthentication(true);
                if (!m_vehicleId->text().isEmpty())
                    m_model->setVehicleId(m_vehicleId->text());
            } else {
                m_model->setReauthentication(false);
                m_model->setResponseType(value);
            }
        });
        refreshResponseType();
    });
    connect(m_vehicleId, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the vehicle ID"), QStringLiteral("vehicle_id"), [&] { m_model->setVehicleId(text); });
    });
    connect(m_scope, &ScopePicker::permissionsEdited, this, [this](const QList<Permission> &permissions) {
        edit(tr("Change the permissions"), QString(), [&] { m_model->setPermissions(permissions); });
    });
    connect(m_state, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the state"), QStringLiteral("state"), [&] { m_model->setState(text); });
    });
    connect(m_generateState, &QPushButton::clicked, this, &RequestForm::generateState);
    connect(m_newStateEveryRun, &QCheckBox::clicked, this, &RequestForm::settingsEdited);
    connect(m_approval, &QComboBox::activated, this, [this](int index) {
        const QString value = m_approval->itemData(index).toString();
        edit(tr("Change the approval prompt"), QString(), [&] { m_model->setApprovalPrompt(value); });
    });
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        const QString value = m_mode->itemData(index).toString();
        edit(tr("Change the mode"), QString(), [&] { m_model->setMode(value); });
    });
    return group;
}

QGroupBox *RequestForm::buildVehicle()
{
    auto *group = new QGroupBox(tr("Vehicle selection"), this);
    group->setObjectName(QStringLiteral("vehicleGroup"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_make = searchableCombo(group);
    m_make->setObjectName(QStringLiteral("makeCombo"));
    m_make->lineEdit()->setObjectName(QStringLiteral("makeEdit"));
    m_make->lineEdit()->setPlaceholderText(tr("Any brand: the user picks one in Connect"));
    for (const MakeInfo &m : Catalog::instance().makes()) {
        const bool same = m.name.compare(m.token, Qt::CaseInsensitive) == 0;
        m_make->addItem(same ? m.token : m.token + QStringLiteral(" (") + m.name + QLatin1Char(')'), m.token);
    }
    m_make->setToolTip(description(QStringLiteral("make")));
    form->addRow(rowLabel(tr("Make"), QStringLiteral("make"), m_make), m_make);

    m_singleSelect = new QCheckBox(tr("One vehicle only (Custom plan)"), group);
    m_singleSelect->setObjectName(QStringLiteral("singleSelectCheck"));
    m_singleSelect->setToolTip(description(QStringLiteral("single_select")));
    form->addRow(rowLabel(tr("Single select"), QStringLiteral("single_select"), m_singleSelect),
                 withIndicator(m_singleSelect));

    m_vin = new QLineEdit(group);
    m_vin->setObjectName(QStringLiteral("vinEdit"));
    m_vin->setPlaceholderText(tr("17 characters: connect only this vehicle"));
    m_vin->setToolTip(description(QStringLiteral("single_select_vin")));
    QFont mono = m_vin->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_vin->setFont(mono);
    m_vinStatus = new QLabel(group);
    m_vinStatus->setObjectName(QStringLiteral("vinStatus"));
    m_vinStatus->setWordWrap(true);
    auto *vinBox = new QWidget(group);
    auto *vinColumn = new QVBoxLayout(vinBox);
    vinColumn->setContentsMargins(0, 0, 0, 0);
    vinColumn->setSpacing(2);
    vinColumn->addWidget(m_vin);
    vinColumn->addWidget(m_vinStatus);
    form->addRow(rowLabel(tr("VIN"), QStringLiteral("single_select_vin"), m_vin), vinBox);

    connect(m_make->lineEdit(), &QLineEdit::textEdited, this, &RequestForm::commitMake);
    connect(m_make, &QComboBox::activated, this, [this](int index) { commitMake(m_make->itemText(index)); });
    connect(m_singleSelect, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Change single select"), QString(),
             [&] { m_model->setSingleSelect(on ? QStringLiteral("true") : QString()); });
    });
    connect(m_vin, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the VIN"), QStringLiteral("single_select_vin"),
             [&] { m_model->setSingleSelectVin(text); });
    });
    return group;
}

QGroupBox *RequestForm::buildFlags()
{
    auto *group = new QGroupBox(tr("Flags"), this);
    group->setObjectName(QStringLiteral("flagsGroup"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_country = searchableCombo(group);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->lineEdit()->setObjectName(QStringLiteral("countryEdit"));
    m_country->addItem(tr("Automatic (by IP)"), QString());
    QList<CountryInfo> countries = Catalog::instance().countries();
    std::sort(countries.begin(), countries.end(), [](const CountryInfo &a, const CountryInfo &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const CountryInfo &c : std::as_const(countries))
        m_country->addItem(c.name + QStringLiteral(" (") + c.code + QLatin1Char(')') +
                               (c.served ? QString() : tr(", not served")),
                           c.code);
    const FlagInfo *countryInfo = Catalog::instance().flag(QStringLiteral("country"));
    m_country->setToolTip(countryInfo ? countryInfo->description : QString());
    form->addRow(rowLabel(tr("Country"), QStringLiteral("flags · country"), m_country), m_country);

    m_user = new QLineEdit(group);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("Your id for the vehicle owner (optional)"));
    const FlagInfo *userInfo = Catalog::instance().flag(QStringLiteral("user"));
    m_user->setToolTip(userInfo ? userInfo->description : QString());
    form->addRow(rowLabel(tr("User"), QStringLiteral("flags · user"), m_user), m_user);

    m_flags = new KeyValueTable(tr("Flag"), tr("Value"), group);
    m_flags->setObjectName(QStringLiteral("flagsTable"));
    m_flags->table()->setObjectName(QStringLiteral("flagsTableView"));
    m_flags->setToolTip(tr("Other flags, written as name:value in the flags parameter"));
    form->addRow(rowLabel(tr("Other flags"), QStringLiteral("flags"), m_flags->table()),
                 withIndicator(m_flags));

    connect(m_country, &QComboBox::activated, this,
            [this](int index) { commitCountry(m_country->itemText(index)); });
    // While typing, commit only a full country name or entry ("germany", "Germany (DE)", the automatic
    // entry); a code ("de") or anything else waits for Enter or leaving the field, so "Ge" on the way
    // to "Germany" never becomes Georgia.
    connect(m_country->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString t = text.trimmed();
        if (t.size() > 2 && (t == m_country->itemText(0) ||
                             Catalog::instance().country(resolveComboText(m_country, t, true))))
            commitCountry(text);
    });
    connect(m_country->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commitCountry(m_country->currentText()); });
    connect(m_user, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the user"), QStringLiteral("user"), [&] { m_model->setUser(text); });
    });
    connect(m_flags, &KeyValueTable::rowsEdited, this, &RequestForm::commitFlags);
    return group;
}

QGroupBox *RequestForm::buildExtras()
{
    auto *group = new QGroupBox(tr("Extra parameters"), this);
    group->setObjectName(QStringLiteral("extrasGroup"));
    auto *column = new QVBoxLayout(group);
    auto *hint = new QLabel(tr("Anything else the link carries (external_id, SDK parameters, unknown names) "
                               "is kept here, in order, and written back as it is."),
                            group);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("extrasHint"));
    m_extras = new KeyValueTable(tr("Parameter"), tr("Value"), group);
    m_extras->setObjectName(QStringLiteral("extrasTable"));
    m_extras->table()->setObjectName(QStringLiteral("extrasTableView"));
    column->addWidget(hint);
    column->addWidget(withIndicator(m_extras));
    connect(m_extras, &KeyValueTable::rowsEdited, this, &RequestForm::commitExtras);
    return group;
}

void RequestForm::edit(const QString &text, const QString &mergeKey, const std::function<void()> &apply)
{
    const ConnectRequest before = m_model->request();
    apply();
    const ConnectRequest after = m_model->request();
    if (before == after)
        return;
    m_undo->push(new RequestEditCommand(m_model, before, after, text, mergeKey));
}

void RequestForm::generateState()
{
    edit(tr("Generate a state"), QString(), [this] { m_model->setState(StateGenerator::generate()); });
}

bool RequestForm::newStateEveryRun() const
{
    return m_newStateEveryRun->isChecked();
}

void RequestForm::setNewStateEveryRun(bool on)
{
    m_newStateEveryRun->setChecked(on);
}

RequestForm::Target RequestForm::target() const
{
    return Target(m_target->currentData().toInt());
}

void RequestForm::setTarget(Target target, const QString &sandboxAddress)
{
    if (!sandboxAddress.isEmpty())
        m_target->setItemText(0, tr("Local sandbox (offline) at %1").arg(sandboxAddress));
    const int index = m_target->findData(int(target));
    if (m_target->currentIndex() != index)
        m_target->setCurrentIndex(index);
}

void RequestForm::refreshText(QLineEdit *edit, const QString &value)
{
    if (edit->text() != value)
        edit->setText(value);
}

void RequestForm::refreshAll()
{
    refreshText(m_clientId, m_model->clientId());
    refreshText(m_redirectUri, m_model->redirectUri());
    refreshResponseType();
    m_scope->setPermissions(m_model->permissions());
    refreshText(m_state, m_model->state());
    refreshApproval();
    refreshMode();
    refreshMake();
    refreshSingleSelect();
    refreshText(m_vin, m_model->singleSelectVin());
    refreshVinStatus();
    refreshCountry();
    refreshText(m_user, m_model->user());
    refreshFlags();
    refreshExtras();
    applyDiagnostics();
}

void RequestForm::refreshResponseType()
{
    const bool reauth = m_model->reauthentication();
    setComboValue(m_responseType, reauth ? QStringLiteral("reauth") : m_model->responseType());
    refreshText(m_vehicleId, m_model->vehicleId());
    m_vehicleId->setEnabled(reauth || !m_model->vehicleId().isEmpty());
}

void RequestForm::refreshApproval()
{
    setComboValue(m_approval, m_model->approvalPrompt());
}

void RequestForm::refreshMode()
{
    setComboValue(m_mode, m_model->mode());
    refreshVinStatus();
}

namespace {

QString resolveComboText(const QComboBox *combo, const QString &text, bool allowName)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    int index = combo->findText(t, Qt::MatchFixedString);
    if (index < 0)
        index = combo->findData(t.toUpper());
    if (index < 0 && allowName) {
        for (int i = 0; i < combo->count(); ++i) {
            const QString item = combo->itemText(i);
            const qsizetype paren = item.indexOf(QStringLiteral(" ("));
            if (paren > 0 && item.left(paren).compare(t, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
    }
    return index >= 0 ? combo->itemData(index).toString() : t;
}

void showComboValue(QComboBox *combo, const QString &value, bool allowName)
{
    if (resolveComboText(combo, combo->currentText(), allowName) == value && !combo->currentText().isEmpty())
        return;
    const int index = value.isEmpty() ? -1 : combo->findData(value);
    if (index >= 0) {
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
        combo->setEditText(combo->itemText(index));
    } else {
        combo->setCurrentIndex(-1);
        if (combo->currentText() != value)
            combo->setEditText(value);
    }
}

} // namespace

void RequestForm::refreshMake()
{
    showComboValue(m_make, m_model->make(), true);
}

void RequestForm::commitMake(const QString &text)
{
    const QString value = resolveComboText(m_make, text, true);
    edit(tr("Edit the make"), QStringLiteral("make"), [&] { m_model->setMake(value); });
}

void RequestForm::refreshCountry()
{
    const QString code = m_model->country();
    if (code.isEmpty()) {
        if (m_country->currentIndex() != 0 || m_country->currentText() != m_country->itemText(0)) {
            m_country->setCurrentIndex(0);
            m_country->setEditText(m_country->itemText(0));
        }
        return;
    }
    showComboValue(m_country, code, true);
}

void RequestForm::commitCountry(const QString &text)
{
    QString value = resolveComboText(m_country, text, true);
    if (text.trimmed() == m_country->itemText(0))
        value.clear();
    edit(tr("Change the country"), QStringLiteral("country"), [&] { m_model->setCountry(value); });
}

void RequestForm::refreshSingleSelect()
{
    m_singleSelect->setChecked(m_model->singleSelect() == QLatin1String("true"));
    const QString v = m_model->singleSelect();
    m_singleSelect->setText(v.isEmpty() || v == QLatin1String("true") || v == QLatin1String("false")
                                ? tr("One vehicle only (Custom plan)")
                                : tr("One vehicle only (the link says \"%1\")").arg(v));
}

void RequestForm::refreshVinStatus()
{
    const QString vin = m_model->singleSelectVin();
    QString text;
    Severity severity = Severity::Info;
    bool good = false;
    if (vin.isEmpty()) {
        text = tr("Optional. Needs single select; wins over the make.");
    } else if (vin.size() != Vin::Length) {
        text = tr("%1 of 17 characters").arg(vin.size());
        severity = Severity::Warning;
    } else if (!Vin::isAlphanumeric17(vin)) {
        text = tr("17 characters, but only A-Z and 0-9 are allowed (upper case)");
        severity = Severity::Error;
    } else if (Vin::hasForbiddenLetters(vin)) {
        text = tr("Well formed, but contains I, O or Q, which real VINs never use");
        severity = Severity::Warning;
    } else if (Vin::isNorthAmerican(vin)) {
        const QChar expected = Vin::expectedCheckDigit(vin);
        if (Vin::checkDigitMatches(vin)) {
            text = tr("Well formed; check digit %1 is correct (North American VIN)").arg(expected);
            good = true;
        } else {
            text = tr("Well formed, but the check digit (9th character) should be %1, not %2")
                       .arg(expected.isNull() ? QStringLiteral("?") : QString(expected), QString(vin.at(8)));
            severity = Severity::Warning;
        }
    } else {
        text = tr("Well formed; no check digit outside North America");
        good = true;
    }
    if (!vin.isEmpty() && !good && m_model->mode() != QLatin1String("live"))
        text += tr(" (accepted in %1 mode)").arg(m_model->mode());
    const QColor color = good ? Theme::okColor(palette())
                              : (vin.isEmpty() ? palette().color(QPalette::Disabled, QPalette::Text)
                                               : Theme::severityColor(severity, palette()));
    m_vinStatus->setText(QStringLiteral("<span style=\"color:") + color.name() + QStringLiteral("\">") +
                         (good ? QStringLiteral("✓ ") : QString()) + text.toHtmlEscaped() +
                         QStringLiteral("</span>"));
    m_vinStatus->setProperty("vinState", vin.isEmpty()
                                             ? QStringLiteral("empty")
                                             : (good ? QStringLiteral("ok") : severityName(severity)));
}

void RequestForm::refreshFlags()
{
    refreshCountry();
    refreshText(m_user, m_model->user());
    QList<KeyValueTable::Row> rows;
    bool seenCountry = false, seenUser = false;
    for (const Flag &f : m_model->flags()) {
        if (f.name == QLatin1String("country") && !seenCountry) {
            seenCountry = true;
            continue;
        }
        if (f.name == QLatin1String("user") && !seenUser) {
            seenUser = true;
            continue;
        }
        rows.append({f.name, f.value});
    }
    m_flags->setRows(rows);
}

void RequestForm::commitFlags()
{
    QList<Flag> next;
    bool seenCountry = false, seenUser = false;
    for (const Flag &f : m_model->flags()) {
        if (f.name == QLatin1String("country") && !seenCountry) {
            seenCountry = true;
            next.append(f);
        } else if (f.name == QLatin1String("user") && !seenUser) {
            seenUser = true;
            next.append(f);
        }
    }
    const auto rows = m_flags->rows();
    for (const KeyValueTable::Row &r : rows)
        next.append(Flag{r.first.trimmed(), r.second, !r.second.isEmpty()});
    edit(tr("Edit the flags"), QString(), [&] { m_model->setFlags(next); });
}

void RequestForm::refreshExtras()
{
    QList<KeyValueTable::Row> rows;
    for (const Parameter &p : m_model->extras())
        rows.append({p.name, p.value});
    m_extras->setRows(rows);
}

void RequestForm::commitExtras()
{
    QList<Parameter> next;
    const auto rows = m_extras->rows();
    for (const KeyValueTable::Row &r : rows)
        next.append({r.first.trimmed(), r.second});
    edit(tr("Edit the extra parameters"), QString(), [&] { m_model->setExtras(next); });
}

QWidget *RequestForm::widgetForField(const QString &field) const
{
    static const QHash<QString, int> fixed = {
        {QStringLiteral("client_id"), 0},
        {QStringLiteral("redirect_uri"), 1},
        {QStringLiteral("response_type"), 2},
        {QStringLiteral("vehicle_id"), 3},
        {QStringLiteral("scope"), 4},
        {QStringLiteral("state"), 5},
        {QStringLiteral("approval_prompt"), 6},
        {QStringLiteral("mode"), 7},
        {QStringLiteral("make"), 8},
        {QStringLiteral("single_select"), 9},
        {QStringLiteral("single_select_vin"), 10},
        {QStringLiteral("flags.country"), 11},
        {QStringLiteral("country"), 11},
        {QStringLiteral("flags.user"), 12},
    };
    const QWidget *widgets[] = {m_clientId, m_redirectUri, m_responseType, m_vehicleId, m_scope,
                                m_state,    m_approval,    m_mode,         m_make,      m_singleSelect,
                                m_vin,      m_country,     m_user};
    const int index = fixed.value(field, -1);
    if (index >= 0)
        return const_cast<QWidget *>(widgets[index]);
    if (field == QLatin1String("flags") || field.startsWith(QLatin1String("flags.")))
        return m_flags;
    for (const Parameter &p : m_model->extras())
        if (p.name == field)
            return m_extras;
    if (field == QLatin1String("user"))
        return m_user;
    return nullptr;
}

QWidget *RequestForm::focusField(const QString &field)
{
    QWidget *w = widgetForField(field);
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

void RequestForm::applyDiagnostics()
{
    QHash<QWidget *, Diagnostics> perWidget;
    QHash<QString, Diagnostics> flagRows, extraRows;
    for (const Diagnostic &d : m_model->diagnostics()) {
        QWidget *w = widgetForField(d.field);
        if (!w)
            continue;
        perWidget[w].append(d);
        if (w == m_flags)
            flagRows[d.field.startsWith(QLatin1String("flags.")) ? d.field.mid(6) : d.field].append(d);
        else if (w == m_extras)
            extraRows[d.field].append(d);
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_redirectUri),
          static_cast<QWidget *>(m_responseType), static_cast<QWidget *>(m_vehicleId),
          static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_state),
          static_cast<QWidget *>(m_approval), static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_make),
          static_cast<QWidget *>(m_singleSelect), static_cast<QWidget *>(m_vin),
          static_cast<QWidget *>(m_country), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_flags),
          static_cast<QWidget *>(m_extras)})
        m_decorator->decorate(w, perWidget.value(w));
    m_flags->markRows(flagRows);
    m_extras->markRows(extraRows);
    m_scope->markPermissions(perWidget.value(m_scope));
}

void RequestForm::refreshColors()
{
    relabel();
    m_decorator->refreshColors();
    refreshVinStatus();
}

void RequestForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        refreshColors();
}

} // namespace connectlab
