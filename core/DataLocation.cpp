#include "DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace connectlab {

QStringList DataLocation::directories(const QString &folder)
{
    return directories(folder, QCoreApplication::applicationDirPath());
}

QStringList DataLocation::directories(const QString &folder, const QString &applicationDir)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("CONNECTLAB_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        candidates.append(fromEnvironment + u'/' + folder);
    if (!applicationDir.isEmpty())
        candidates.append(applicationDir + QStringLiteral("/../share/connectlab/") + folder);
    candidates +=
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("connectlab/") + folder,
                                  QStandardPaths::LocateDirectory);
    QStringList found;
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!info.isDir())
            continue;
        const QString path = info.canonicalFilePath();
        if (!found.contains(path))
            found.append(path);
    }
    return found;
}

QString DataLocation::findFile(const QString &folder, const QString &name)
{
    for (const QString &directory : directories(folder)) {
        const QString path = QDir(directory).filePath(name);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace connectlab
