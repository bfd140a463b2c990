// The proof that the generated Node.js code makes Connect Lab's link (issue 13): a few hundred seeded random
// requests, each turned into code for the real `smartcar` npm package (and for the raw URL and the browser
// SDK
// @smartcar/auth), run in one node process, and the links they print compared with UrlBuilder's: the same
// parameter names with the same decoded values (the SDK's own order is fine); the raw URL byte for byte.
//
// The packages are pinned and installed by the npm_install fixture (npm_install.cmake) into the build tree.
// Without node, npm or the registry the test fails and says why; it never skips.
#include "RandomRequests.h"

#include <CodeGenerator.h>
#include <QueryString.h>
#include <UrlBuilder.h>
#include <UrlParser.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectlab;

namespace {

constexpr int RequestCount = 300;
constexpr quint32 Seed = 20261201;

// name -> values in order; the order of names does not count.
QHash<QString, QStringList> grouped(const QList<Parameter> &parameters)
{
    QHash<QString, QStringList> out;
    for (const Parameter &p : parameters)
        out[p.name].append(p.value);
    return out;
}

QString describe(const QHash<QString, QStringList> &want, const QHash<QString, QStringList> &got)
{
    QStringList lines;
    QStringList names = want.keys() + got.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &name : names)
        if (want.value(name) != got.value(name))
            lines.append(QStringLiteral("  %1: wanted [%2], got [%3]")
                             .arg(name, want.value(name).join(QLatin1StringView(" | ")),
                                  got.value(name).join(QLatin1StringView(" | "))));
    return lines.join(u'\n');
}

QString functionFor(const QString &code, int index)
{
    QString body = code;
    // The browser SDK's ES import, as Node's require (the package is UMD).
    body.replace(QStringLiteral("import Smartcar from '@smartcar/auth';"),
                 QStringLiteral("const Smartcar = require('@smartcar/auth');"));
    return QStringLiteral("function case%1() {\n%2return authUrl;\n}\n").arg(index).arg(body);
}

} // namespace

class TestNodeSdkProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedCodeMakesTheSameLink();

private:
    QString m_node;
    QString m_modules;
};

void TestNodeSdkProof::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        QFAIL("node is not installed: the Node SDK proof runs the generated code in node (apt-get install "
              "nodejs "
              "npm, or run .ci/run).");
    m_modules = QStringLiteral(CONNECTLAB_NODE_MODULES);
    for (const char *package : {"smartcar", "@smartcar/auth"}) {
        const QString manifest =
            m_modules + u'/' + QLatin1StringView(package) + QStringLiteral("/package.json");
        if (!QFile::exists(manifest))
            QFAIL(qPrintable(
                QStringLiteral("%1 is not installed in %2: the npm_install fixture (ctest runs it "
                               "first) could not install it; see its output. The proof needs the npm "
                               "registry or a warm npm cache.")
                    .arg(QLatin1StringView(package), m_modules)));
    }
}

void TestNodeSdkProof::generatedCodeMakesTheSameLink()
{
    testing::RandomRequests random(Seed);
    QList<ConnectRequest> requests;
    for (int i = 0; i < RequestCount; ++i)
        requests.append(random.next());

    // Three snippets per request, each in its own function returning its authUrl.
    QElapsedTimer generation;
    generation.start();
    QString script = QStringLiteral("'use strict';\n"
                                    "process.env.SMARTCAR_CLIENT_SECRET = 'not-a-secret';\n"
                                    "process.env.SMARTCAR_CLIENT_ID = 'client-id-from-the-environment';\n"
                                    "global.window = {addEventListener() {}, btoa, location: {origin: "
                                    "'https://app.example'}}; // Node's btoa\n");
    const QList<CodeLanguage> languages = {CodeLanguage::Node, CodeLanguage::RawUrl, CodeLanguage::BrowserJs};
    QStringList calls;
    for (int i = 0; i < requests.size(); ++i) {
        for (qsizetype l = 0; l < languages.size(); ++l) {
            const int index = int(i * languages.size() + l);
            script += functionFor(CodeGenerator::generate(languages[l], requests[i]).code, index);
            calls.append(QStringLiteral("case%1").arg(index));
        }
    }
    script += QStringLiteral(
                  "const results = [];\nfor (const run of [%1]) {\n"
                  "  delete process.env.SMARTCAR_API_ORIGIN;\n"
                  "  try { results.push({url: run()}); } catch (e) { results.push({error: String(e)}); }\n"
                  "}\nprocess.stdout.write(JSON.stringify(results));\n")
                  .arg(calls.join(QLatin1StringView(", ")));
    const qint64 generationMs = generation.elapsed();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("proof.js")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();

    QElapsedTimer run;
    run.start();
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), m_modules);
    node.setProcessEnvironment(env);
    node.start(m_node, {file.fileName()});
    QVERIFY2(node.waitForFinished(120000), "node did not finish in 2 minutes");
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    QCOMPARE(results.size(), requests.size() * languages.size());
    qInfo("%d random requests, %d snippets: generated in %lld ms, run by node in %lld ms",
          int(requests.size()), int(results.size()), generationMs, run.elapsed());

    int failures = 0;
    for (int i = 0; i < requests.size(); ++i) {
        const ConnectRequest &r = requests[i];
        const QString expectedUrl = UrlBuilder::build(r);
        const QHash<QString, QStringList> wanted = grouped(UrlBuilder::parameters(r));
        for (qsizetype l = 0; l < languages.size(); ++l) {
            const QJsonObject result = results.at(i * languages.size() + l).toObject();
            const CodeLanguage language = languages[l];
            const QString code = CodeGenerator::generate(language, r).code;
            const auto fail = [&](const QString &why) {
                if (++failures <= 3)
                    qWarning().noquote() << QStringLiteral("request %1, %2: %3\nexpected %4\ncode:\n%5")
                                                .arg(i)
                                                .arg(CodeLanguages::key(language), why, expectedUrl, code);
                else if (failures <= 40)
                    qWarning().noquote()
                        << QStringLiteral("request %1, %2: %3").arg(i).arg(CodeLanguages::key(language), why);
            };
            if (result.contains(QStringLiteral("error"))) {
                fail(QStringLiteral("the code threw: ") + result.value(QStringLiteral("error")).toString());
                continue;
            }
            const QString url = result.value(QStringLiteral("url")).toString();
            if (language == CodeLanguage::RawUrl) {
                if (url != expectedUrl)
                    fail(QStringLiteral("the raw URL differs: ") + url);
                continue;
            }
            const ParseResult parsed = UrlParser::parse(url);
            if (parsed.request.baseUrl != r.baseUrl || parsed.request.endpoint != r.endpoint) {
                fail(QStringLiteral("another origin or endpoint: ") + url);
                continue;
            }
            QHash<QString, QStringList> got = grouped(parsed.parameters);
            QHash<QString, QStringList> want = wanted;
            if (language == CodeLanguage::BrowserJs) {
                // @smartcar/auth's own: application_id for client_id, state wrapped with its instance id, and
                // app_origin for response_type=none without a redirect URI. Its state must carry the link's.
                if (!want.contains(QStringLiteral("application_id")) &&
                    got.contains(QStringLiteral("application_id")))
                    got.insert(QStringLiteral("client_id"), got.take(QStringLiteral("application_id")));
                const QStringList states = got.take(QStringLiteral("state"));
                want.remove(QStringLiteral("state"));
                got.remove(QStringLiteral("app_origin"));
                // The SDK does not encode its base64 state, so a '+' in it reads as a space.
                const QString wrapped = states.value(0).replace(u' ', u'+');
                // window.btoa takes Latin-1: the bytes are the JSON's characters.
                const QJsonObject state =
                    QJsonDocument::fromJson(
                        QString::fromLatin1(QByteArray::fromBase64(wrapped.toLatin1())).toUtf8())
                        .object();
                const QString original = state.value(QStringLiteral("originalState")).toString();
                // A state beyond Latin-1 is left out (window.btoa throws for it), as the code's comment says.
                const bool latin1 = std::all_of(r.state.cbegin(), r.state.cend(),
                                                [](QChar c) { return c.unicode() <= 0xff; });
                if (states.isEmpty() || !state.contains(QStringLiteral("instanceId")) ||
                    original != (latin1 ? r.state : QString())) {
                    fail(QStringLiteral("the wrapped state does not carry the link's state: ") + url);
                    continue;
                }
            }
            if (got != want)
                fail(QStringLiteral("the parameters differ:\n") + describe(want, got));
        }
    }
    QVERIFY2(failures == 0,
             qPrintable(QStringLiteral("%1 of %2 snippets made another link (the first are listed "
                                       "above)")
                            .arg(failures)
                            .arg(results.size())));
}

QTEST_GUILESS_MAIN(TestNodeSdkProof)
#include "tst_nodesdkproof.moc"
