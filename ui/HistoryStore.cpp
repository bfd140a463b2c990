#include "HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace connectlab {

HistoryStore::HistoryStore(QObject *parent) : QObject(parent) {}

void HistoryStore::setPath(const QString &path)
{
    m_path = path;
}

bool HistoryStore::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        Q_EMIT changed();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray items = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        HistoryEntry e;
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.url = o.value(QStringLiteral("url")).toString();
        e.summary = o.value(QStringLiteral("summary")).toString();
        if (e.time.isValid() && !e.kind.isEmpty())
            m_entries << e;
    }
    Q_EMIT changed();
    return true;
}

bool HistoryStore::save() const
{
    if (m_path.isEmpty())
        return false;
    QJsonArray items;
    for (const HistoryEntry &e : m_entries)
        items.append(QJsonObject{{QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("url"), e.url},
                                 {QStringLiteral("summary"), e.summary}});
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("connectlab-history")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("entries"), items}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

void HistoryStore::add(const QString &kind, const QString &url, const QString &summary)
{
    m_entries.append({QDateTime::currentDateTime(), kind, url, summary});
    if (m_entries.size() > MaxEntries)
        m_entries.remove(0, m_entries.size() - MaxEntries);
    save();
    Q_EMIT changed();
}

void HistoryStore::clear()
{
    m_entries.clear();
    save();
    Q_EMIT changed();
}

} // namespace connectlab
