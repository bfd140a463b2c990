#pragma once

// Shared by the tests that prove secrets never reach the disk (tst_secrets, tst_endtoend).

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QUrl>

namespace connectlab::test {

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
