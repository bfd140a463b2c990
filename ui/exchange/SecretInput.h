#pragma once

#include "SecretStore.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
QT_END_NAMESPACE

namespace connectlab {

// The client secret of one app: a masked field, a note under it when the secret was suggested (the local
// sandbox's public demo secret), and "Remember in keychain" with a line saying what the keychain did.
//
// The keychain is asked lazily: nothing is created or contacted until the field is first shown with a
// client id (then the secret is looked up), or Remember is used. A remembered secret is saved only after
// it worked (secretWorked()), never when it was suggested, and removed when Remember is unticked. The
// secret itself is never written anywhere else.
//
// Child object names: secretEdit, secretNoteLabel, rememberCheck, keychainLabel.
class SecretInput : public QWidget
{
    Q_OBJECT
public:
    explicit SecretInput(QWidget *parent = nullptr);

    QString secret() const;

    // The app the secret belongs to. Another client id empties the field, unticks Remember and looks the
    // new id up in the keychain once it has stopped changing (and not before the field is visible).
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }

    // A secret that is public by design, filled into an empty field (or over the previous suggestion) with
    // `note` shown under it; an empty `secret` takes a suggestion back out. Never saved in the keychain.
    void setSuggestedSecret(const QString &secret, const QString &note);
    bool isSecretSuggested() const;

    // The keychain to use; nullptr turns it off (Remember is disabled). Not owned. Without a call, a
    // qtkeychain SecretStore is created on first need.
    void setSecretStore(SecretStore *store);

    // The secret was accepted by the token endpoint: save it if Remember is ticked.
    void secretWorked();

Q_SIGNALS:
    void secretChanged(); // typed, filled from the keychain or suggested
    void returnPressed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    SecretStore *store(); // creates the default store on first need
    void connectStore(SecretStore *store);
    void scheduleLookup();
    void lookUp();
    void onRead(const QString &clientId, const QString &secret, SecretStore::Status status,
                const QString &message, const QString &detail);
    void onWritten(const QString &clientId, SecretStore::Status status, const QString &message,
                   const QString &detail);
    void onRemoved(const QString &clientId, SecretStore::Status status, const QString &message,
                   const QString &detail);
    void onRememberClicked(bool on);
    void setKeychainNote(const QString &message, const QString &detail = {});
    void updateNote();

    QString m_clientId;
    QString m_suggestedSecret;
    QString m_suggestedNote;
    bool m_secretWorked = false; // the text in the field has been accepted by the token endpoint
    bool m_lookupPending = false;

    bool m_storeChosen = false; // setSecretStore() was called, or the default store exists
    SecretStore *m_ownStore = nullptr;
    QPointer<SecretStore> m_store;
    QTimer *m_lookupTimer = nullptr; // debounces keychain reads while a client id is being typed

    QLineEdit *m_edit = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainLabel = nullptr;
};

} // namespace connectlab
