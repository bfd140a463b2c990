#pragma once

#include "Profile.h"

#include <QStringList>

namespace connectlab {

// Named profiles, the last session and the history file, all in one folder:
// QStandardPaths::AppDataLocation/profiles by default. Profiles are the core's JSON, written atomically.
class ProfileStore
{
public:
    explicit ProfileStore(const QString &directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    QStringList names() const; // saved profiles, sorted, without the session
    QString pathFor(const QString &name) const;
    bool save(const Profile &profile, QString *error) const;
    bool load(const QString &name, Profile *out, QString *error) const;
    bool remove(const QString &name) const;

    QString sessionPath() const;
    QString historyPath() const;

private:
    QString m_directory;
};

} // namespace connectlab
