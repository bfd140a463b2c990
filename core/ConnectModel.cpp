#include "ConnectModel.h"

#include "UrlBuilder.h"
#include "Validator.h"

#include <utility>

namespace connectlab {

ConnectModel::ConnectModel(QObject *parent) : QObject(parent)
{
    m_url = UrlBuilder::build(m_request);
    m_diagnostics = Validator::validate(m_request, m_url);
    m_valid = !hasErrors(m_diagnostics);
}

void ConnectModel::setRequest(const ConnectRequest &request)
{
    update(request);
}

void ConnectModel::setRegistrations(const std::optional<Registrations> &registrations)
{
    if (registrations == m_registrations)
        return;
    m_registrations = registrations;
    bool urlDiffers, diagnosticsDiffer, validDiffers;
    recompute(&urlDiffers, &diagnosticsDiffer, &validDiffers);
    if (diagnosticsDiffer)
        Q_EMIT diagnosticsChanged();
    if (validDiffers)
        Q_EMIT validChanged();
    if (diagnosticsDiffer || validDiffers)
        Q_EMIT changed();
}

QStringList ConnectModel::scope() const
{
    QStringList out;
    out.reserve(m_request.scope.size());
    for (const Permission &p : m_request.scope)
        out.append(p.token());
    return out;
}

Diagnostics ConnectModel::diagnosticsFor(const QString &field) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.field == field ||
            (d.field.size() > field.size() && d.field.startsWith(field) && d.field[field.size()] == u'.'))
            out.append(d);
    }
    return out;
}

void ConnectModel::setReauthentication(bool on)
{
    if (on == m_request.isReauthentication())
        return;
    ConnectRequest next = m_request;
    if (on) {
        next.makeReauthentication(next.vehicleId);
    } else {
        next.endpoint = Endpoint::Authorize;
        if (next.responseType == QLatin1StringView("vehicle_id"))
            next.responseType = QStringLiteral("code");
    }
    update(std::move(next));
}

// A plain string setter: nothing at all on a no-op; otherwise change the member in place and recompute once.
#define CONNECTLAB_STRING_SETTER(Setter, member, Signal)                                                     \
    void ConnectModel::Setter(const QString &value)                                                          \
    {                                                                                                        \
        if (value == m_request.member)                                                                       \
            return;                                                                                          \
        m_request.member = value;                                                                            \
        finishChange(&ConnectModel::Signal);                                                                 \
    }

CONNECTLAB_STRING_SETTER(setBaseUrl, baseUrl, baseUrlChanged)
CONNECTLAB_STRING_SETTER(setClientId, clientId, clientIdChanged)
CONNECTLAB_STRING_SETTER(setRedirectUri, redirectUri, redirectUriChanged)
CONNECTLAB_STRING_SETTER(setResponseType, responseType, responseTypeChanged)
CONNECTLAB_STRING_SETTER(setVehicleId, vehicleId, vehicleIdChanged)
CONNECTLAB_STRING_SETTER(setState, state, stateChanged)
CONNECTLAB_STRING_SETTER(setApprovalPrompt, approvalPrompt, approvalPromptChanged)
CONNECTLAB_STRING_SETTER(setMode, mode, modeChanged)
CONNECTLAB_STRING_SETTER(setMake, make, makeChanged)
CONNECTLAB_STRING_SETTER(setSingleSelect, singleSelect, singleSelectChanged)
CONNECTLAB_STRING_SETTER(setSingleSelectVin, singleSelectVin, singleSelectVinChanged)

#undef CONNECTLAB_STRING_SETTER

void ConnectModel::setScope(const QStringList &tokens)
{
    QList<Permission> permissions;
    permissions.reserve(tokens.size());
    for (const QString &t : tokens) {
        // Accept "read_vin required:read_odometer" pasted into a single entry, too.
        const QStringView trimmed = QStringView(t).trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.contains(u' ')) {
            ConnectRequest tmp;
            tmp.setScopeString(trimmed.toString());
            permissions.append(tmp.scope);
        } else {
            permissions.append(Permission::fromToken(trimmed.toString()));
        }
    }
    setPermissions(permissions);
}

void ConnectModel::setPermissions(const QList<Permission> &permissions)
{
    if (permissions == m_request.scope)
        return;
    m_request.scope = permissions;
    finishChange(&ConnectModel::scopeChanged);
}

void ConnectModel::setCountry(const QString &value)
{
    ConnectRequest next = m_request;
    next.setCountry(value);
    update(std::move(next)); // a no-op when nothing changed
}

void ConnectModel::setUser(const QString &value)
{
    ConnectRequest next = m_request;
    next.setFlagUser(value);
    update(std::move(next)); // a no-op when nothing changed
}

void ConnectModel::setFlags(const QList<Flag> &flags)
{
    if (flags == m_request.flags)
        return;
    ConnectRequest next = m_request;
    next.flags = flags;
    update(std::move(next));
}

void ConnectModel::setExtras(const QList<Parameter> &extras)
{
    if (extras == m_request.extras)
        return;
    m_request.extras = extras;
    finishChange(&ConnectModel::extrasChanged);
}

void ConnectModel::update(const ConnectRequest &next)
{
    if (next == m_request)
        return;
    update(ConnectRequest(next));
}

void ConnectModel::update(ConnectRequest &&next)
{
    if (next == m_request)
        return;
    const ConnectRequest old = std::exchange(m_request, std::move(next));

    bool urlDiffers, diagnosticsDiffer, validDiffers;
    recompute(&urlDiffers, &diagnosticsDiffer, &validDiffers);

    if (old.baseUrl != m_request.baseUrl)
        Q_EMIT baseUrlChanged();
    if (old.endpoint != m_request.endpoint)
        Q_EMIT reauthenticationChanged();
    if (old.clientId != m_request.clientId)
        Q_EMIT clientIdChanged();
    if (old.redirectUri != m_request.redirectUri)
        Q_EMIT redirectUriChanged();
    if (old.responseType != m_request.responseType)
        Q_EMIT responseTypeChanged();
    if (old.vehicleId != m_request.vehicleId)
        Q_EMIT vehicleIdChanged();
    if (old.scope != m_request.scope)
        Q_EMIT scopeChanged();
    if (old.state != m_request.state)
        Q_EMIT stateChanged();
    if (old.approvalPrompt != m_request.approvalPrompt)
        Q_EMIT approvalPromptChanged();
    if (old.mode != m_request.mode)
        Q_EMIT modeChanged();
    if (old.make != m_request.make)
        Q_EMIT makeChanged();
    if (old.singleSelect != m_request.singleSelect)
        Q_EMIT singleSelectChanged();
    if (old.singleSelectVin != m_request.singleSelectVin)
        Q_EMIT singleSelectVinChanged();
    if (old.flags != m_request.flags) {
        if (old.country() != m_request.country())
            Q_EMIT countryChanged();
        if (old.flagUser() != m_request.flagUser())
            Q_EMIT userChanged();
        Q_EMIT flagsChanged();
    }
    if (old.extras != m_request.extras)
        Q_EMIT extrasChanged();
    emitDerived(urlDiffers, diagnosticsDiffer, validDiffers);
}

void ConnectModel::finishChange(void (ConnectModel::*fieldSignal)())
{
    bool urlDiffers, diagnosticsDiffer, validDiffers;
    recompute(&urlDiffers, &diagnosticsDiffer, &validDiffers);
    Q_EMIT(this->*fieldSignal)();
    emitDerived(urlDiffers, diagnosticsDiffer, validDiffers);
}

void ConnectModel::recompute(bool *urlDiffers, bool *diagnosticsDiffer, bool *validDiffers)
{
    QString url = UrlBuilder::build(m_request);
    Diagnostics diagnostics =
        Validator::validate(m_request, url, m_registrations ? &*m_registrations : nullptr);
    const bool valid = !hasErrors(diagnostics);
    *urlDiffers = url != m_url;
    *diagnosticsDiffer = diagnostics != m_diagnostics;
    *validDiffers = valid != m_valid;
    m_url = std::move(url);
    m_diagnostics = std::move(diagnostics);
    m_valid = valid;
}

void ConnectModel::emitDerived(bool urlDiffers, bool diagnosticsDiffer, bool validDiffers)
{
    if (urlDiffers)
        Q_EMIT urlChanged();
    if (diagnosticsDiffer)
        Q_EMIT diagnosticsChanged();
    if (validDiffers)
        Q_EMIT validChanged();
    Q_EMIT changed();
}

} // namespace connectlab
