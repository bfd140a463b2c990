#include "SecretInput.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace connectlab {

SecretInput::SecretInput(QWidget *parent) : QWidget(parent), m_lookupTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setAccessibleName(tr("Client secret"));
    m_edit->setAccessibleDescription(tr("Kept in memory only, unless you tick Remember in keychain."));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("the app's client secret"));
    m_edit->setToolTip(tr("Kept in memory only, unless you tick Remember in keychain."));
    layout->addWidget(m_edit);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("secretNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    m_remember = new QCheckBox(tr("Remember in keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    layout->addWidget(m_remember);

    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setWordWrap(true);
    layout->addWidget(m_keychainLabel);

    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(400);
    connect(m_lookupTimer, &QTimer::timeout, this, &SecretInput::lookUp);

    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_secretWorked = false; });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateNote();
        Q_EMIT secretChanged();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &SecretInput::returnPressed);
    connect(m_remember, &QCheckBox::clicked, this, &SecretInput::onRememberClicked);
}

QString SecretInput::secret() const
{
    return m_edit->text();
}

void SecretInput::setClientId(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    m_secretWorked = false;
    m_edit->clear();
    m_remember->setChecked(false);
    m_lookupTimer->stop();
    m_lookupPending = false;
    if (m_storeChosen && !m_store)
        return;                   // keychain off: its note stays
    m_remember->setEnabled(true); // the keychain may be there by now; the look-up says
    setKeychainNote({});
    if (!clientId.isEmpty())
        scheduleLookup();
}

void SecretInput::setSuggestedSecret(const QString &secret, const QString &note)
{
    // Replace only an empty field or the previous suggestion, never a secret the user typed.
    const bool replace = m_edit->text().isEmpty() || isSecretSuggested();
    m_suggestedSecret = secret;
    m_suggestedNote = note;
    if (replace && m_edit->text() != secret) {
        m_secretWorked = false;
        m_edit->setText(secret);
    }
    updateNote();
}

bool SecretInput::isSecretSuggested() const
{
    return !m_suggestedSecret.isEmpty() && m_edit->text() == m_suggestedSecret;
}

void SecretInput::setSecretStore(SecretStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_storeChosen = true;
    m_store = store;
    m_remember->setEnabled(store != nullptr);
    if (!store) {
        m_lookupTimer->stop();
        m_lookupPending = false;
        m_remember->setChecked(false);
        setKeychainNote(tr("Keychain off: the secret is kept for this session only."));
        return;
    }
    connectStore(store);
    setKeychainNote({});
    if (!m_clientId.isEmpty())
        scheduleLookup();
}

SecretStore *SecretInput::store()
{
    if (!m_storeChosen) {
        m_storeChosen = true;
        m_ownStore = new SecretStore(this);
        m_store = m_ownStore;
        connectStore(m_ownStore);
    }
    return m_store;
}

void SecretInput::connectStore(SecretStore *store)
{
    connect(store, &SecretStore::readFinished, this, &SecretInput::onRead);
    connect(store, &SecretStore::writeFinished, this, &SecretInput::onWritten);
    connect(store, &SecretStore::removeFinished, this, &SecretInput::onRemoved);
}

void SecretInput::scheduleLookup()
{
    m_lookupPending = true;
    if (isVisible())
        m_lookupTimer->start(); // read once the client id has stopped changing
}

void SecretInput::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_lookupPending && !m_lookupTimer->isActive())
        m_lookupTimer->start();
}

void SecretInput::lookUp()
{
    m_lookupPending = false;
    if (m_clientId.isEmpty())
        return;
    if (SecretStore *keychain = store())
        keychain->read(m_clientId);
}

void SecretInput::secretWorked()
{
    m_secretWorked = true;
    if (m_remember->isChecked() && !m_edit->text().isEmpty() && !isSecretSuggested() &&
        !m_clientId.isEmpty()) {
        if (SecretStore *keychain = store())
            keychain->write(m_clientId, m_edit->text());
    }
}

void SecretInput::onRead(const QString &clientId, const QString &secret, SecretStore::Status status,
                         const QString &message, const QString &detail)
{
    if (clientId != m_clientId)
        return; // an answer for an app the field no longer shows
    switch (status) {
    case SecretStore::Status::Ok:
        if (m_edit->text().isEmpty())
            m_edit->setText(secret);
        m_remember->setChecked(true);
        setKeychainNote(message);
        break;
    case SecretStore::Status::NotFound:
        setKeychainNote({});
        break;
    case SecretStore::Status::Unavailable:
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        setKeychainNote(message, detail);
        break;
    case SecretStore::Status::Failed:
        setKeychainNote(message, detail);
        break;
    }
}

void SecretInput::onWritten(const QString &clientId, SecretStore::Status status, const QString &message,
                            const QString &detail)
{
    if (clientId != m_clientId)
        return;
    setKeychainNote(message, detail);
    if (status != SecretStore::Status::Ok) {
        m_remember->setChecked(false);
        m_remember->setEnabled(status != SecretStore::Status::Unavailable);
    }
}

void SecretInput::onRemoved(const QString &clientId, SecretStore::Status status, const QString &message,
                            const QString &detail)
{
    if (clientId != m_clientId)
        return;
    if (status == SecretStore::Status::NotFound)
        setKeychainNote(tr("Nothing stored in the keychain for this app."));
    else
        setKeychainNote(message, detail);
}

void SecretInput::onRememberClicked(bool on)
{
    if (m_clientId.isEmpty())
        return;
    SecretStore *keychain = store();
    if (!keychain)
        return;
    if (!on) {
        keychain->remove(m_clientId);
        return;
    }
    if (isSecretSuggested())
        setKeychainNote(tr("This secret is public: there is nothing to keep in the keychain."));
    else if (m_secretWorked && !m_edit->text().isEmpty())
        keychain->write(m_clientId, m_edit->text());
    else
        setKeychainNote(tr("The secret will be saved in the keychain after an exchange that works."));
}

void SecretInput::setKeychainNote(const QString &message, const QString &detail)
{
    m_keychainLabel->setText(message);
    // The keychain's own words are technical ("Failed to execute child process 'dbus-launch'"): they go in
    // the tooltip, for whoever wants to fix the desktop session.
    m_keychainLabel->setToolTip(detail.isEmpty() ? QString() : tr("The keychain said: %1").arg(detail));
}

void SecretInput::updateNote()
{
    const bool suggested = isSecretSuggested();
    m_note->setText(suggested ? m_suggestedNote : QString());
    m_note->setVisible(suggested && !m_suggestedNote.isEmpty());
}

} // namespace connectlab
