#pragma once

// Shared by the tests that prove secrets never reach the disk (tst_secrets, tst_endtoend): a private home
// for everything the process writes, and a scan of it.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace connectlab::test {

// The temporary root that isolateHome() created (owned by the test; delete it in cleanupTestCase).
inline QTemporaryDir *&isolatedRoot()
{
    static QTemporaryDir *root = nullptr;
    return root;
}

inline QString isolatedFolder(const char *name)
{
    return isolatedRoot()->filePath(QLatin1String(name));
}

// Call in main(), before QApplication exists, so Qt's (and Chromium's) paths follow: HOME, the XDG
// folders and TMPDIR all point into one temporary root.
inline void isolateHome()
{
    isolatedRoot() = new QTemporaryDir;
    if (!isolatedRoot()->isValid())
        qFatal("no temporary folder");
    for (const char *name : {"home", "config", "data", "cache", "state", "runtime", "tmp"})
        QDir().mkpath(isolatedFolder(name));
    QFile::setPermissions(isolatedFolder("runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", isolatedFolder("home").toUtf8());
    qputenv("XDG_CONFIG_HOME", isolatedFolder("config").toUtf8());
    qputenv("XDG_DATA_HOME", isolatedFolder("data").toUtf8());
    qputenv("XDG_CACHE_HOME", isolatedFolder("cache").toUtf8());
    qputenv("XDG_STATE_HOME", isolatedFolder("state").toUtf8());
    qputenv("XDG_RUNTIME_DIR", isolatedFolder("runtime").toUtf8());
    qputenv("TMPDIR", isolatedFolder("tmp").toUtf8());
}

// Every file under `root` (hidden ones and subfolders included) that holds one of `needles` raw,
// percent-encoded or Base64-encoded, as "path (first six characters of the needle…)".
inline QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (needle.isEmpty())
                continue;
            if (content.contains(needle) || content.contains(needle.toBase64()) ||
                content.contains(QUrl::toPercentEncoding(QString::fromUtf8(needle))))
                hits.append(path + QStringLiteral(" (") + QString::fromUtf8(needle.left(6)) +
                            QStringLiteral("…)"));
        }
    }
    return hits;
}

} // namespace connectlab::test
