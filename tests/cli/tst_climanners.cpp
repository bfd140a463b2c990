// connectlab-cli behaves like other command lines: boolean switches work bare, colour only on a terminal
// (NO_COLOR honoured), every usage error names the option and the fix; its man page and bash completion
// come from its own command table. Runs the real binary.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace {

const QString Valid = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
    "8437ba777151&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope=read_vin&state=abcdefgh12345678&mode="
    "live");
const QString WithError = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
    "8437ba777151&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope=read_vin&mode=sideways");

QStringList linkOptions()
{
    return {QStringLiteral("--client-id"),    QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"),
            QStringLiteral("--redirect-uri"), QStringLiteral("https://example.com/cb"),
            QStringLiteral("--scope"),        QStringLiteral("read_vin"),
            QStringLiteral("--state"),        QStringLiteral("abcdefgh12345678")};
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment(const QStringList &set, const QStringList &unset)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &name : unset)
        env.remove(name);
    for (const QString &pair : set)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return env;
}

Run run(const QStringList &arguments, const QStringList &set = {}, const QStringList &unset = {})
{
    QProcess process;
    process.setProcessEnvironment(environment(set, unset));
    process.start(QStringLiteral(CONNECTLAB_CLI_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(20000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Runs the tool with stdout on a pseudo-terminal (as in a shell) and returns what it wrote there.
Run runOnTerminal(const QStringList &arguments, const QStringList &set, const QStringList &unset)
{
    Run result;
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        return result;
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QProcess process;
    process.setProcessEnvironment(environment(set, unset));
    process.setStandardOutputFile(slave, QIODevice::Append);
    process.start(QStringLiteral(CONNECTLAB_CLI_PATH), arguments);
    if (process.waitForStarted(10000) && process.waitForFinished(20000))
        result.exitCode = process.exitCode();
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        result.out.append(buffer, n);
    }
    ::close(master);
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class tst_CliManners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void booleanSwitch_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("urlHas"); // "" when the link must have no single_select

        const QStringList build = QStringList{QStringLiteral("build")} + linkOptions();
        QTest::newRow("bare") << build + QStringList{QStringLiteral("--single-select")} << 0
                              << "single_select=true";
        QTest::newRow("bare, then another option")
            << build + QStringList{QStringLiteral("--single-select"), QStringLiteral("--mode"),
                                   QStringLiteral("simulated")}
            << 0 << "single_select=true";
        QTest::newRow("bare first") << QStringList{QStringLiteral("build"),
                                                   QStringLiteral("--single-select")} +
                                           linkOptions()
                                    << 0 << "single_select=true";
        QTest::newRow("=true") << build + QStringList{QStringLiteral("--single-select=true")} << 0
                               << "single_select=true";
        QTest::newRow("=false") << build + QStringList{QStringLiteral("--single-select=false")} << 0
                                << "single_select=false";
        QTest::newRow("true as the next word")
            << build + QStringList{QStringLiteral("--single-select"), QStringLiteral("true")} << 0
            << "single_select=true";
        QTest::newRow("false as the next word")
            << build + QStringList{QStringLiteral("--single-select"), QStringLiteral("false")} << 0
            << "single_select=false";
        QTest::newRow("with its VIN")
            << build + QStringList{QStringLiteral("--single-select"), QStringLiteral("--single-select-vin"),
                                   QStringLiteral("1HGCM82633A004352")}
            << 0 << "single_select=true&single_select_vin=1HGCM82633A004352";
        // A wrong value is the link's error (exit 1, Connect would refuse it), not a usage error.
        QTest::newRow("=yes is the link's error")
            << build + QStringList{QStringLiteral("--single-select=yes")} << 1 << "single_select=yes";
    }

    void booleanSwitch()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, urlHas);
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == exitCode, result.err.constData());
        QVERIFY2(QString::fromUtf8(result.out).contains(urlHas), result.out.constData());
    }

    void booleanBeforeAUrl()
    {
        // validate --single-select URL: the URL is not taken as the switch's value.
        const Run result = run({QStringLiteral("validate"), QStringLiteral("--single-select"), Valid});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("not both"), result.err.constData());
    }

    void colour_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<QStringList>("set");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("coloured");

        const QStringList validate{QStringLiteral("validate"), WithError};
        const QStringList explain{QStringLiteral("explain"), WithError};
        const QStringList noColor{QStringLiteral("NO_COLOR")};
        QTest::newRow("terminal") << true << QStringList{QStringLiteral("TERM=xterm")} << validate << true;
        QTest::newRow("terminal, explain")
            << true << QStringList{QStringLiteral("TERM=xterm")} << explain << true;
        QTest::newRow("terminal, valid link") << true << QStringList{QStringLiteral("TERM=xterm")}
                                              << QStringList{QStringLiteral("validate"), Valid} << true;
        QTest::newRow("terminal, NO_COLOR=1")
            << true << QStringList{QStringLiteral("TERM=xterm"), QStringLiteral("NO_COLOR=1")} << validate
            << false;
        QTest::newRow("terminal, NO_COLOR empty is unset")
            << true << QStringList{QStringLiteral("TERM=xterm"), QStringLiteral("NO_COLOR=")} << validate
            << true;
        QTest::newRow("terminal, TERM=dumb")
            << true << QStringList{QStringLiteral("TERM=dumb")} << validate << false;
        QTest::newRow("terminal, --json") << true << QStringList{QStringLiteral("TERM=xterm")}
                                          << validate + QStringList{QStringLiteral("--json")} << false;
        QTest::newRow("pipe") << false << QStringList{QStringLiteral("TERM=xterm")} << validate << false;
        QTest::newRow("pipe, explain")
            << false << QStringList{QStringLiteral("TERM=xterm")} << explain << false;
    }

    void colour()
    {
        QFETCH(bool, terminal);
        QFETCH(QStringList, set);
        QFETCH(QStringList, arguments);
        QFETCH(bool, coloured);
        const QStringList unset = set.join(u' ').contains(QLatin1String("NO_COLOR"))
                                      ? QStringList()
                                      : QStringList{QStringLiteral("NO_COLOR")};
        const Run result = terminal ? runOnTerminal(arguments, set, unset) : run(arguments, set, unset);
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
        QVERIFY2(!result.out.isEmpty(), "no output");
        QCOMPARE(result.out.contains("\x1b["), coloured);
        QVERIFY(!result.err.contains("\x1b[")); // stderr is a pipe here: never coloured
    }

    void errorNamesTheFix_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("typo") << QStringList{QStringLiteral("build"), QStringLiteral("--clientid"),
                                             QStringLiteral("x")}
                              << QStringList{QStringLiteral("--clientid"),
                                             QStringLiteral("did you mean --client-id")};
        QTest::newRow("unknown, few options")
            << QStringList{QStringLiteral("state"), QStringLiteral("--verbose")}
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("--json")};
        QTest::newRow("unknown, many options")
            << QStringList{QStringLiteral("build"), QStringLiteral("--frobnicate")}
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("--help")};
        QTest::newRow("no options at all")
            << QStringList{QStringLiteral("completion"), QStringLiteral("--zsh")}
            << QStringList{QStringLiteral("--zsh"), QStringLiteral("takes no options")};
        QTest::newRow("short option") << QStringList{QStringLiteral("build"), QStringLiteral("-j")}
                                      << QStringList{QStringLiteral("-j"), QStringLiteral("--name")};
        QTest::newRow("value to a switch")
            << QStringList{QStringLiteral("parse"), Valid, QStringLiteral("--json=1")}
            << QStringList{QStringLiteral("--json"), QStringLiteral("alone")};
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("build"), QStringLiteral("--state")}
            << QStringList{QStringLiteral("--state STATE"), QStringLiteral("--state=VALUE")};
        QTest::newRow("twice") << QStringList{QStringLiteral("build"), QStringLiteral("--mode"),
                                              QStringLiteral("live"), QStringLiteral("--mode"),
                                              QStringLiteral("test")}
                               << QStringList{QStringLiteral("--mode"), QStringLiteral("once")};
        QTest::newRow("completion for another shell")
            << QStringList{QStringLiteral("completion"), QStringLiteral("zsh")}
            << QStringList{QStringLiteral("completion bash")};
    }

    void errorNamesTheFix()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        for (const QString &mention : mentions)
            QVERIFY2(QString::fromUtf8(result.err).contains(mention), result.err.constData());
    }

    // Every option of every command's --help is in the completion script and the man page.
    void docsFollowTheTable()
    {
        const Run overview = run({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        const Run completion = run({QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(completion.exitCode, 0);
        QVERIFY(completion.out.contains("complete -o default -F _connectlab_cli connectlab-cli"));
        const Run man = run({QStringLiteral("--man")});
        QCOMPARE(man.exitCode, 0);
        QVERIFY(man.out.startsWith(".\\\""));
        const QString manText = QString::fromUtf8(man.out).replace(QLatin1String("\\-"), QLatin1String("-"));

        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+)   +"),
                                                    QRegularExpression::MultilineOption);
        static const QRegularExpression optionName(QStringLiteral("^  (--[a-z-]+)"),
                                                   QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto it = commandLine.globalMatch(QString::fromUtf8(overview.out)); it.hasNext();)
            commands.append(it.next().captured(1));
        QVERIFY(commands.contains(QLatin1String("build")) && commands.contains(QLatin1String("completion")));
        int options = 0;
        for (const QString &command : std::as_const(commands)) {
            QVERIFY2(completion.out.contains(QByteArray(" " + command.toUtf8() + ")")), qPrintable(command));
            QVERIFY2(manText.contains(".SS \"" + command), qPrintable(command));
            const Run help = run({command, QStringLiteral("--help")});
            for (auto it = optionName.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
                const QString option = it.next().captured(1);
                ++options;
                QVERIFY2(completion.out.contains(option.toUtf8()), qPrintable(command + u' ' + option));
                QVERIFY2(manText.contains(option), qPrintable(command + u' ' + option));
            }
        }
        QVERIFY(options > 30);
    }

    // The completion script, sourced in bash, completes commands, options and values.
    void completionInBash_data()
    {
        QTest::addColumn<QString>("line"); // the words typed so far; the last is completed
        QTest::addColumn<QStringList>("offers");
        QTest::addColumn<QStringList>("notOffers");
        QTest::newRow("commands") << "connectlab-cli va" << QStringList{QStringLiteral("validate")}
                                  << QStringList{QStringLiteral("build")};
        QTest::newRow("options") << "connectlab-cli build --single"
                                 << QStringList{QStringLiteral("--single-select"),
                                                QStringLiteral("--single-select-vin")}
                                 << QStringList{QStringLiteral("--json=")};
        QTest::newRow("values") << "connectlab-cli build --mode s" << QStringList{QStringLiteral("simulated")}
                                << QStringList{QStringLiteral("live")};
        QTest::newRow("languages") << "connectlab-cli code --lang py" << QStringList{QStringLiteral("python")}
                                   << QStringList{QStringLiteral("node")};
        QTest::newRow("only the command's options")
            << "connectlab-cli state --" << QStringList{QStringLiteral("--json"), QStringLiteral("--help")}
            << QStringList{QStringLiteral("--client-id")};
    }

    void completionInBash()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, offers);
        QFETCH(QStringList, notOffers);
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY(!bash.isEmpty());
        const Run script = run({QStringLiteral("completion"), QStringLiteral("bash")});
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("completion.bash")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.out);
        file.close();
        const QString program = QStringLiteral("source '%1'; COMP_WORDS=(%2); [[ '%2' == *' ' ]] && "
                                               "COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); "
                                               "_connectlab_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
                                    .arg(file.fileName(), line);
        QProcess process;
        process.start(bash, {QStringLiteral("--norc"), QStringLiteral("-c"), program});
        QVERIFY(process.waitForFinished(10000));
        const QStringList got =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &offer : offers)
            QVERIFY2(got.contains(offer), qPrintable(got.join(u' ')));
        for (const QString &offer : notOffers)
            QVERIFY2(!got.contains(offer), qPrintable(got.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(tst_CliManners)
#include "tst_climanners.moc"
