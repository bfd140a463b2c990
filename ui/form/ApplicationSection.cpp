#include "ApplicationSection.h"

#include "ComboValues.h"
#include "ConnectModel.h"
#include "FieldRegistry.h"
#include "LinkDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace connectlab {

ApplicationSection::ApplicationSection(LinkDocument *doc, FieldRegistry *fields, QWidget *parent)
    : FormSection(tr("Application"), doc, fields, parent)
{
    setObjectName(QStringLiteral("applicationGroup"));
    QFormLayout *form = formLayout();

    m_target = new QComboBox(this);
    ComboValues::makeShrinkable(m_target);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->addItem(tr("Local sandbox (offline)"), int(LinkDocument::Target::Sandbox));
    m_target->addItem(tr("Smartcar Connect (connect.smartcar.com)"), int(LinkDocument::Target::Connect));
    m_target->setToolTip(tr("Where the link points. The local sandbox is a stand-in for Connect on this "
                            "computer: it knows the demo app and needs no account."));
    form->addRow(rowLabel(tr("Target"), QString(), m_target), m_target);

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("Your application's id from the Dashboard"));
    m_clientId->setToolTip(description(QStringLiteral("client_id")));
    form->addRow(rowLabel(tr("Client ID"), QStringLiteral("client_id"), m_clientId), m_clientId);
    fields->add(ParameterId::ClientId, m_clientId);

    m_redirectUri = new QLineEdit(this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setPlaceholderText(tr("Empty: the Dashboard's default redirect URI"));
    m_redirectUri->setToolTip(description(QStringLiteral("redirect_uri")));
    form->addRow(rowLabel(tr("Redirect URI"), QStringLiteral("redirect_uri"), m_redirectUri), m_redirectUri);
    fields->add(ParameterId::RedirectUri, m_redirectUri);

    m_register = new QPushButton(this);
    m_register->setObjectName(QStringLiteral("registerInTargetButton"));
    m_register->setText(tr("Register this app in the local sandbox")); // until showRegistration() says more
    m_register->setVisible(false);
    form->addRow(QString(), m_register);
    connect(m_register, &QPushButton::clicked, this, &ApplicationSection::registerRequested);
    connect(model(), &ConnectModel::diagnosticsChanged, this, &ApplicationSection::showRegistration);

    // Widgets → document (user signals only).
    connect(m_target, &QComboBox::activated, this, [this](int index) {
        document()->setTarget(LinkDocument::Target(m_target->itemData(index).toInt()));
    });
    connect(m_clientId, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(tr("Edit the client ID"), QStringLiteral("client_id"),
                         [&] { model()->setClientId(text); });
    });
    connect(m_redirectUri, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(tr("Edit the redirect URI"), QStringLiteral("redirect_uri"),
                         [&] { model()->setRedirectUri(text); });
    });

    // Model → widgets.
    connect(model(), &ConnectModel::clientIdChanged, this,
            [this] { showText(m_clientId, model()->clientId()); });
    connect(model(), &ConnectModel::redirectUriChanged, this,
            [this] { showText(m_redirectUri, model()->redirectUri()); });
    connect(doc, &LinkDocument::targetChanged, this, &ApplicationSection::showTarget);
    connect(model(), &ConnectModel::baseUrlChanged, this, &ApplicationSection::showTarget);
    showText(m_clientId, model()->clientId());
    showText(m_redirectUri, model()->redirectUri());
    showTarget();
}

void ApplicationSection::showRegistration()
{
    bool app = false, redirect = false;
    for (const Diagnostic &d : model()->diagnostics()) {
        app = app || d.code == u"client-id-not-registered";
        redirect = redirect || d.code == u"redirect-uri-not-registered";
    }
    m_register->setVisible(app || redirect);
    m_register->setText(app ? tr("Register this app in the local sandbox")
                            : tr("Register this redirect URI in the local sandbox"));
    m_register->setToolTip(
        tr("The local sandbox would refuse this link. Register it there for this session; the "
           "Sandbox tab lists what is registered."));
}

void ApplicationSection::showTarget()
{
    const QString address = document()->sandboxAddress();
    m_target->setItemText(0, address.isEmpty() ? tr("Local sandbox (offline)")
                                               : tr("Local sandbox (offline) at %1").arg(address));
    const int index = m_target->findData(int(document()->target()));
    if (m_target->currentIndex() != index)
        m_target->setCurrentIndex(index);
}

} // namespace connectlab
