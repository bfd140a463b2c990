#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace connectlab {

namespace {
const QString sessionFile = QStringLiteral("session.json");
const QString historyFile = QStringLiteral("history.json");
} // namespace

ProfileStore::ProfileStore(const QString &directory, const QString &stateDirectory)
    : m_directory(directory), m_stateDirectory(stateDirectory)
{
    // Before 0.2 the session and the history lived among the profiles (and showed up in Open profile).
    for (const QString &file : {sessionFile, historyFile}) {
        const QString legacy = m_directory + u'/' + file;
        const QString current = m_stateDirectory + u'/' + file;
        if (QFile::exists(legacy) && !QFile::exists(current) && QDir().mkpath(m_stateDirectory))
            QFile::rename(legacy, current);
    }
}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QString ProfileStore::defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/state");
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file == sessionFile || file == historyFile)
            continue;
        Profile profile;
        QString error;
        if (Profile::load(dir.filePath(file), &profile, &error))
            result << (profile.name.isEmpty() ? QFileInfo(file).completeBaseName() : profile.name);
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

QString ProfileStore::pathFor(const QString &name) const
{
    // A file name anyone can read, that never collides with the session or history files.
    QString base;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            base += c.toLower();
        else if (!base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    if (base.isEmpty())
        base = QStringLiteral("profile");
    if (base == QLatin1String("session") || base == QLatin1String("history"))
        base += QStringLiteral("-profile");
    return m_directory + QLatin1Char('/') + base + QStringLiteral(".json");
}

bool ProfileStore::save(const Profile &profile, QString *error) const
{
    return profile.save(pathFor(profile.name), error);
}

bool ProfileStore::load(const QString &name, Profile *out, QString *error) const
{
    return Profile::load(pathFor(name), out, error);
}

bool ProfileStore::remove(const QString &name) const
{
    return QFile::remove(pathFor(name));
}

QString ProfileStore::sessionPath() const
{
    return m_stateDirectory + QLatin1Char('/') + sessionFile;
}

QString ProfileStore::historyPath() const
{
    return m_stateDirectory + QLatin1Char('/') + historyFile;
}

QString ProfileStore::settingsPath(const QString &name) const
{
    return m_stateDirectory + QLatin1Char('/') + name + QStringLiteral(".json");
}

} // namespace connectlab
