#pragma once

#include "AppRegistration.h"
#include "ConnectRequest.h"
#include "Diagnostic.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace connectlab {

// The one object a UI binds to. Holds a ConnectRequest, exposes each parameter as a property with its
// own change signal, and keeps the built URL and the diagnostics current. A setter that does not change
// anything emits nothing and recomputes nothing; a real change recomputes once and then emits the
// parameter's signal, urlChanged (if the link text changed), diagnosticsChanged (if they changed),
// validChanged (if validity flipped) and finally changed().
class ConnectModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
    Q_PROPERTY(
        bool reauthentication READ reauthentication WRITE setReauthentication NOTIFY reauthenticationChanged)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(QString redirectUri READ redirectUri WRITE setRedirectUri NOTIFY redirectUriChanged)
    Q_PROPERTY(QString responseType READ responseType WRITE setResponseType NOTIFY responseTypeChanged)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    Q_PROPERTY(QStringList scope READ scope WRITE setScope NOTIFY scopeChanged) // tokens, "required:" kept
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY stateChanged)
    Q_PROPERTY(
        QString approvalPrompt READ approvalPrompt WRITE setApprovalPrompt NOTIFY approvalPromptChanged)
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString make READ make WRITE setMake NOTIFY makeChanged)
    Q_PROPERTY(QString singleSelect READ singleSelect WRITE setSingleSelect NOTIFY singleSelectChanged)
    Q_PROPERTY(
        QString singleSelectVin READ singleSelectVin WRITE setSingleSelectVin NOTIFY singleSelectVinChanged)
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY countryChanged)
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY userChanged)
    Q_PROPERTY(QString url READ url NOTIFY urlChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY validChanged)

public:
    explicit ConnectModel(QObject *parent = nullptr);

    const ConnectRequest &request() const { return m_request; }
    // The apps the target knows (the local sandbox's), so the diagnostics say when it will refuse the link;
    // nullopt when they are not known (Smartcar Connect: the Dashboard decides).
    void setRegistrations(const std::optional<Registrations> &registrations);
    const std::optional<Registrations> &registrations() const { return m_registrations; }
    // Replaces everything (import, profile load, undo). Emits every signal whose value changed.
    void setRequest(const ConnectRequest &request);

    QString baseUrl() const { return m_request.baseUrl; }
    bool reauthentication() const { return m_request.isReauthentication(); }
    QString clientId() const { return m_request.clientId; }
    QString redirectUri() const { return m_request.redirectUri; }
    QString responseType() const { return m_request.responseType; }
    QString vehicleId() const { return m_request.vehicleId; }
    QStringList scope() const;
    QList<Permission> permissions() const { return m_request.scope; }
    QString state() const { return m_request.state; }
    QString approvalPrompt() const { return m_request.approvalPrompt; }
    QString mode() const { return m_request.mode; }
    QString make() const { return m_request.make; }
    QString singleSelect() const { return m_request.singleSelect; }
    QString singleSelectVin() const { return m_request.singleSelectVin; }
    QString country() const { return m_request.country(); }
    QString user() const { return m_request.flagUser(); }
    QList<Flag> flags() const { return m_request.flags; }
    QList<Parameter> extras() const { return m_request.extras; }

    QString url() const { return m_url; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostics diagnosticsFor(const QString &field) const; // field "flags" also matches "flags.country"
    bool isValid() const { return m_valid; }

public Q_SLOTS:
    void setBaseUrl(const QString &value);
    void setReauthentication(bool on);
    void setClientId(const QString &value);
    void setRedirectUri(const QString &value);
    void setResponseType(const QString &value);
    void setVehicleId(const QString &value);
    void setScope(const QStringList &tokens);
    void setPermissions(const QList<Permission> &permissions);
    void setState(const QString &value);
    void setApprovalPrompt(const QString &value);
    void setMode(const QString &value);
    void setMake(const QString &value);
    void setSingleSelect(const QString &value);
    void setSingleSelectVin(const QString &value);
    void setCountry(const QString &value);
    void setUser(const QString &value);
    void setFlags(const QList<Flag> &flags); // all flags, country and user included
    void setExtras(const QList<Parameter> &extras);

Q_SIGNALS:
    void baseUrlChanged();
    void reauthenticationChanged();
    void clientIdChanged();
    void redirectUriChanged();
    void responseTypeChanged();
    void vehicleIdChanged();
    void scopeChanged();
    void stateChanged();
    void approvalPromptChanged();
    void modeChanged();
    void makeChanged();
    void singleSelectChanged();
    void singleSelectVinChanged();
    void countryChanged();
    void userChanged();
    void flagsChanged();
    void extrasChanged();
    void urlChanged();
    void diagnosticsChanged();
    void validChanged();
    void changed(); // once per real change, after all the specific signals

private:
    void update(const ConnectRequest &next);
    void update(ConnectRequest &&next);
    // Fast path for a setter that changed one member of m_request in place: recomputes, then emits
    // fieldSignal and the derived signals, without copying or comparing the whole request.
    void finishChange(void (ConnectModel::*fieldSignal)());
    void recompute(bool *urlDiffers, bool *diagnosticsDiffer, bool *validDiffers);
    void emitDerived(bool urlDiffers, bool diagnosticsDiffer, bool validDiffers);

    ConnectRequest m_request;
    std::optional<Registrations> m_registrations;
    QString m_url;
    Diagnostics m_diagnostics;
    bool m_valid = false;
};

} // namespace connectlab
