#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QStringList>

namespace connectlab::test {

// Runs a program and waits for it while this process's event loop keeps running, so an in-process
// SandboxServer can answer the program's requests (QProcess::waitForFinished would block it).
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        bool finished = false;
        QByteArray out;
        QByteArray err;
    };

    // `environment` is added to (and overrides) this process's environment; a null value removes a variable.
    static Result run(const QString &program, const QStringList &arguments,
                      const QHash<QString, QString> &environment = {}, int timeoutMs = 30000);
};

} // namespace connectlab::test
