#pragma once

#include "Profile.h"

#include <QObject>

class QTimer;

namespace connectlab {

class LinkDocument;

// Keeps the last session: the document's link and settings, written (debounced) to a session file whenever
// they change, and read back at the next start. Only the link and the settings: never a secret, a code or a
// token (a Profile cannot hold them).
class SessionKeeper : public QObject
{
    Q_OBJECT
public:
    // An empty `path` keeps nothing (screenshots, self-tests, tests).
    SessionKeeper(LinkDocument *document, const QString &path, QObject *parent = nullptr);

    // The document as a profile (its request and settings), under `name`.
    static Profile snapshot(const LinkDocument &document, const QString &name);
    // Reads the session into the document (its settings, then its request as one step). False when there
    // is no session to read or it cannot be read.
    bool restore();
    // Writes now (also on close). False when nothing is kept or the write failed.
    bool save() const;

private:
    void schedule();

    LinkDocument *m_document;
    QString m_path;
    QTimer *m_timer = nullptr;
};

} // namespace connectlab
