#include "SessionKeeper.h"

#include "ConnectModel.h"
#include "LinkDocument.h"

#include <QTimer>

namespace connectlab {

SessionKeeper::SessionKeeper(LinkDocument *document, const QString &path, QObject *parent)
    : QObject(parent), m_document(document), m_path(path)
{
    if (m_path.isEmpty())
        return;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, [this] { save(); });
    connect(document, &LinkDocument::changed, this, &SessionKeeper::schedule);
}

Profile SessionKeeper::snapshot(const LinkDocument &document, const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.request = document.model()->request();
    profile.settings = document.settings();
    return profile;
}

void SessionKeeper::schedule()
{
    m_timer->start();
}

bool SessionKeeper::restore()
{
    if (m_path.isEmpty())
        return false;
    Profile profile;
    QString error;
    if (!Profile::load(m_path, &profile, &error))
        return false;
    m_document->applySettings(profile.settings);
    m_document->replaceRequest(profile.request, tr("Restore the last session"));
    return true;
}

bool SessionKeeper::save() const
{
    if (m_path.isEmpty())
        return false;
    if (m_timer)
        m_timer->stop();
    QString error;
    return snapshot(*m_document, QStringLiteral("session")).save(m_path, &error);
}

} // namespace connectlab
