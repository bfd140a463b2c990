#pragma once

#include <QString>
#include <QStringList>

namespace connectlab {

// Where Connect Lab's data files (share/connectlab/FOLDER, e.g. the test plans) are, without a path to the
// source or build tree compiled in. In order: $CONNECTLAB_DATA_DIR/FOLDER, then ../share/connectlab/FOLDER
// next to the executable (an installed app under any prefix, and the build tree, which the build lays out
// the same way), then FOLDER under connectlab/ in every XDG data directory ($XDG_DATA_HOME, then
// $XDG_DATA_DIRS: /usr/local/share, /usr/share). Only folders that exist are listed, each once.
class DataLocation
{
public:
    static QStringList directories(const QString &folder);
    // The same, next to `applicationDir` instead of QCoreApplication::applicationDirPath() (for tests).
    static QStringList directories(const QString &folder, const QString &applicationDir);
    // The first file named `name` in FOLDER's directories, or "" when there is none.
    static QString findFile(const QString &folder, const QString &name);
};

} // namespace connectlab
