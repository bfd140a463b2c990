#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

namespace connectlab {

struct HistoryEntry
{
    QDateTime time;
    QString kind;    // "copied", "launched", "opened", "finished"
    QString url;     // the Connect link (never a callback URL: that would carry the code)
    QString summary; // "copied as Markdown", "code received, state matches" …
};

// The links that were copied, opened or run, with their times; kept in history.json (newest last).
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 500;

    explicit HistoryStore(QObject *parent = nullptr);

    // An empty path keeps the history in memory only.
    void setPath(const QString &path);
    QString path() const { return m_path; }
    bool load();
    bool save() const;

    const QList<HistoryEntry> &entries() const { return m_entries; }
    void add(const QString &kind, const QString &url, const QString &summary = {});
    void clear();

Q_SIGNALS:
    void changed();

private:
    QString m_path;
    QList<HistoryEntry> m_entries;
};

} // namespace connectlab
