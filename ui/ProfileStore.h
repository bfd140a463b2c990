#pragma once

#include "Profile.h"

#include <QStringList>

namespace connectlab {

// Named profiles in one folder (QStandardPaths::AppDataLocation/profiles by default), and beside it the
// window's state: the last session, the history and small settings files (AppDataLocation/state), so Open
// profile shows profiles only. Profiles are the core's JSON, written atomically.
class ProfileStore
{
public:
    explicit ProfileStore(const QString &directory = defaultDirectory(),
                          const QString &stateDirectory = defaultStateDirectory());

    static QString defaultDirectory();
    static QString defaultStateDirectory();
    QString directory() const { return m_directory; }

    QStringList names() const; // saved profiles, sorted, without the session
    QString pathFor(const QString &name) const;
    bool save(const Profile &profile, QString *error) const;
    bool load(const QString &name, Profile *out, QString *error) const;
    bool remove(const QString &name) const;

    QString sessionPath() const;
    QString historyPath() const;
    // A settings file of the window's ("sandbox" → state/sandbox.json).
    QString settingsPath(const QString &name) const;

private:
    QString m_directory;
    QString m_stateDirectory;
};

} // namespace connectlab
