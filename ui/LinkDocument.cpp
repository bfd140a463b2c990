#include "LinkDocument.h"

#include "ConnectModel.h"
#include "DocumentEditCommand.h"
#include "LinkImport.h"
#include "StateGenerator.h"

#include <QUndoStack>

namespace connectlab {

namespace {

const QLatin1StringView SandboxTargetName("sandbox");
const QLatin1StringView ConnectTargetName("connect");

} // namespace

LinkDocument::LinkDocument(QObject *parent)
    : QObject(parent), m_model(new ConnectModel(this)), m_undo(new QUndoStack(this))
{
    connect(m_model, &ConnectModel::changed, this, &LinkDocument::changed);
}

LinkDocument::~LinkDocument() = default;

LinkDocument::State LinkDocument::state() const
{
    State s{m_model->request(), m_target, m_newStateEveryRun};
    s.request.baseUrl.clear(); // follows the target, not the history
    return s;
}

void LinkDocument::applyChange(const State &from, const State &to)
{
    if (from.target != to.target)
        setTarget(to.target);
    if (from.newStateEveryRun != to.newStateEveryRun)
        setNewStateEveryRunQuietly(to.newStateEveryRun);

    ConnectRequest next = m_model->request();
    if (from.request.endpoint != to.request.endpoint)
        next.endpoint = to.request.endpoint;
    for (const ParameterSpec &spec : ParameterSpec::all())
        if (ParameterSpec::differs(from.request, to.request, spec.id))
            ParameterSpec::copy(next, to.request, spec.id);
    if (from.request.extras != to.request.extras)
        next.extras = to.request.extras;
    m_model->setRequest(next);
}

void LinkDocument::edit(const QString &text, const QString &mergeKey, const std::function<void()> &apply)
{
    const State before = state();
    apply();
    const State after = state();
    if (before == after)
        return;
    m_undo->push(new DocumentEditCommand(this, before, after, text, mergeKey));
}

void LinkDocument::replaceRequest(const ConnectRequest &request, const QString &undoText)
{
    edit(undoText, QString(), [&] {
        ConnectRequest next = request;
        next.baseUrl = m_model->baseUrl();
        m_model->setRequest(next);
    });
}

void LinkDocument::clearHistory()
{
    m_undo->clear();
}

QString LinkDocument::targetBaseUrl(Target target) const
{
    return target == Target::Sandbox ? m_sandboxAddress : QString::fromLatin1(ConnectRequest::DefaultBaseUrl);
}

void LinkDocument::setTarget(Target target)
{
    const bool changedTarget = target != m_target;
    m_target = target;
    m_model->setBaseUrl(targetBaseUrl(target));
    if (changedTarget) {
        Q_EMIT targetChanged(target);
        Q_EMIT changed();
    }
}

void LinkDocument::setSandboxAddress(const QString &baseUrl)
{
    m_sandboxAddress = baseUrl;
    if (m_target == Target::Sandbox)
        m_model->setBaseUrl(baseUrl);
}

void LinkDocument::setNewStateEveryRun(bool on)
{
    edit(on ? tr("Draw a new state every run") : tr("Keep the state across runs"), QString(),
         [&] { setNewStateEveryRunQuietly(on); });
}

void LinkDocument::setNewStateEveryRunQuietly(bool on)
{
    if (on == m_newStateEveryRun)
        return;
    m_newStateEveryRun = on;
    Q_EMIT newStateEveryRunChanged(on);
    Q_EMIT changed();
}

void LinkDocument::prepareRun()
{
    if (m_newStateEveryRun)
        m_model->setState(StateGenerator::generate());
}

QStringList LinkDocument::applyImport(const LinkImport &import)
{
    QStringList notes;
    edit(tr("Import a link"), QString(), [&] {
        switch (import.origin()) {
        case LinkImport::Origin::SmartcarConnect:
            if (m_target != Target::Connect) {
                setTarget(Target::Connect);
                notes << tr("The link points at Smartcar Connect: the target is now Smartcar Connect.");
            }
            break;
        case LinkImport::Origin::Loopback:
            if (m_target != Target::Sandbox) {
                setTarget(Target::Sandbox);
                notes << tr("The link points at a local address: the target is now the local sandbox.");
            } else if (import.originText() != m_sandboxAddress) {
                notes << tr("The link pointed at %1; it now points at this run's sandbox.")
                             .arg(import.originText());
            }
            break;
        case LinkImport::Origin::Other:
            notes << tr("The link pointed at %1; it now points at the current target.")
                         .arg(import.originText());
            break;
        case LinkImport::Origin::None:
            break;
        }
        for (const Diagnostic &d : import.notes())
            notes << d.field + QStringLiteral(": ") + d.message;
        // An imported link is run as it is: its state (or the lack of one) is part of what is being tested.
        if (m_newStateEveryRun) {
            setNewStateEveryRunQuietly(false);
            notes << tr(
                "\"New state every run\" is now off, so Run sends the link's own state; tick it to draw "
                "a fresh state for every run.");
        }
        ConnectRequest next = import.request();
        next.baseUrl = m_model->baseUrl();
        m_model->setRequest(next);
    });
    return notes;
}

QString LinkDocument::targetName(Target target)
{
    return target == Target::Sandbox ? QString(SandboxTargetName) : QString(ConnectTargetName);
}

QJsonObject LinkDocument::settings() const
{
    return {{QStringLiteral("target"), targetName(m_target)},
            {QStringLiteral("newStateEveryRun"), m_newStateEveryRun}};
}

void LinkDocument::applySettings(const QJsonObject &settings)
{
    const QString target = settings.value(QStringLiteral("target")).toString(SandboxTargetName);
    setTarget(target == ConnectTargetName ? Target::Connect : Target::Sandbox);
    setNewStateEveryRunQuietly(settings.value(QStringLiteral("newStateEveryRun")).toBool(true));
}

} // namespace connectlab
