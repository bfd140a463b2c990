#include "TestPlan.h"

#include "Catalog.h"
#include "CsvTable.h"
#include "JsonLocator.h"
#include "LinkImport.h"
#include "NameSuggester.h"
#include "ParameterSpec.h"
#include "Profile.h"
#include "UrlParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace connectlab::plan {

namespace {

const QStringList planKeys = {
    QStringLiteral("version"),           QStringLiteral("name"),    QStringLiteral("url"),
    QStringLiteral("profile"),           QStringLiteral("sandbox"), QStringLiteral("timeout"),
    QStringLiteral("client_secret_env"), QStringLiteral("cases")};
const QStringList caseKeys = {QStringLiteral("name"),  QStringLiteral("set"),    QStringLiteral("login"),
                              QStringLiteral("brand"), QStringLiteral("click"),  QStringLiteral("expect"),
                              QStringLiteral("tags"),  QStringLiteral("faults"), QStringLiteral("rows")};
const QStringList expectKeys = {QStringLiteral("outcome"), QStringLiteral("error"),
                                QStringLiteral("state_check"), QStringLiteral("exchanges"),
                                QStringLiteral("min_vehicles")};
const QStringList clickNames = {QStringLiteral("approve"), QStringLiteral("deny"), QStringLiteral("none")};
const QStringList stateChecks = {QStringLiteral("match"), QStringLiteral("mismatch"),
                                 QStringLiteral("missing"), QStringLiteral("not_sent")};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*\\}\\}"));
    return re;
}

// Builds errors with the line of a JSON Pointer path.
class Errors
{
public:
    explicit Errors(const JsonLocator *locator) : m_locator(locator) {}

    bool fail(PlanError *error, const QString &path, const QString &reason, const QString &fix) const
    {
        error->reason = reason;
        error->fix = fix;
        if (m_locator) {
            const JsonLocator::Position at = m_locator->find(path);
            error->line = at.line;
            error->column = at.column;
        }
        return false;
    }

private:
    const JsonLocator *m_locator;
};

QString typo(const QString &name, const QStringList &known)
{
    const QString nearest = NameSuggester::nearest(name, known);
    return nearest.isEmpty() ? TestPlan::tr("Use one of: %1.").arg(known.join(QStringLiteral(", ")))
                             : TestPlan::tr("Did you mean \"%1\"?").arg(nearest);
}

bool checkKeys(const QJsonObject &object, const QStringList &known, const QString &path, const QString &what,
               const Errors &errors, PlanError *error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return errors.fail(error, path + QLatin1Char('/') + it.key(),
                               TestPlan::tr("%1 has no key \"%2\".").arg(what, it.key()),
                               typo(it.key(), known));
    }
    return true;
}

// Replaces {{column}} in every string of `value` with the row's value.
bool substitute(QJsonValue *value, const QHash<QString, QString> &row, const QStringList &columns,
                bool hasRows, const QString &path, const Errors &errors, PlanError *error)
{
    if (value->isString()) {
        const QString text = value->toString();
        QString out;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString column = match.captured(1);
            if (!hasRows)
                return errors.fail(
                    error, path,
                    TestPlan::tr("{{%1}} is a placeholder, but the case has no rows.").arg(column),
                    TestPlan::tr("Add \"rows\" with a \"%1\" column, or write the value itself.")
                        .arg(column));
            if (!row.contains(column))
                return errors.fail(
                    error, path, TestPlan::tr("{{%1}} is not a column of the case's rows.").arg(column),
                    columns.isEmpty()
                        ? TestPlan::tr("Give the rows a \"%1\" value.").arg(column)
                        : TestPlan::tr("Use one of: %1.").arg(columns.join(QStringLiteral(", "))));
            out += QStringView(text).mid(last, match.capturedStart() - last);
            out += row.value(column);
            last = match.capturedEnd();
        }
        if (last > 0) {
            out += QStringView(text).mid(last);
            *value = out;
        }
        return true;
    }
    if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            if (!substitute(&element, row, columns, hasRows, path + QLatin1Char('/') + QString::number(i),
                            errors, error))
                return false;
            array.replace(i, element);
        }
        *value = array;
        return true;
    }
    if (value->isObject()) {
        QJsonObject object = value->toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("rows"))
                continue;
            QJsonValue element = it.value();
            if (!substitute(&element, row, columns, hasRows, path + QLatin1Char('/') + it.key(), errors,
                            error))
                return false;
            it.value() = element;
        }
        *value = object;
    }
    return true;
}

bool readString(const QJsonObject &object, const QString &key, const QString &path, QString *out,
                const Errors &errors, PlanError *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return errors.fail(error, path + QLatin1Char('/') + key,
                           TestPlan::tr("\"%1\" must be a string.").arg(key),
                           TestPlan::tr("Put the value in double quotes."));
    *out = value.toString();
    return true;
}

// An integer, also as a string (so a data row can fill it in).
bool readInt(const QJsonValue &value, int *out)
{
    if (value.isDouble() && value.toDouble() == double(value.toInt())) {
        *out = value.toInt();
        return true;
    }
    bool ok = false;
    if (value.isString())
        *out = value.toString().trimmed().toInt(&ok);
    return ok;
}

bool readBool(const QJsonValue &value, bool *out)
{
    if (value.isBool()) {
        *out = value.toBool();
        return true;
    }
    if (value.isString() &&
        (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false"))) {
        *out = value.toString() == QLatin1String("true");
        return true;
    }
    return false;
}

bool readCase(const QJsonObject &object, const QString &path, const Errors &errors, PlanCase *out,
              PlanError *error, const TestPlan::FaultsCheck &faultsCheck)
{
    if (!checkKeys(object, caseKeys, path, TestPlan::tr("A case"), errors, error))
        return false;
    if (!readString(object, QStringLiteral("name"), path, &out->name, errors, error))
        return false;
    if (out->name.trimmed().isEmpty())
        return errors.fail(error, path, TestPlan::tr("The case has no name."),
                           TestPlan::tr("Add \"name\": a few words saying what the case tests."));
    const QJsonValue set = object.value(QStringLiteral("set"));
    if (!set.isUndefined() && !set.isObject())
        return errors.fail(error, path + QStringLiteral("/set"), TestPlan::tr("\"set\" must be an object."),
                           TestPlan::tr("Write it as {\"mode\": \"simulated\", \"scope\": \"read_vin\"}."));
    const QJsonObject setObject = set.toObject();
    const QStringList names = TestPlan::parameterNames();
    for (auto it = setObject.constBegin(); it != setObject.constEnd(); ++it) {
        const QString where = path + QStringLiteral("/set/") + it.key();
        if (!names.contains(it.key()))
            return errors.fail(error, where, TestPlan::tr("\"%1\" is not a Connect parameter.").arg(it.key()),
                               typo(it.key(), names));
        if (!it.value().isString())
            return errors.fail(error, where,
                               TestPlan::tr("The value of \"%1\" must be a string.").arg(it.key()),
                               TestPlan::tr("Write it in double quotes; \"\" removes the parameter."));
        out->set.append({it.key(), it.value().toString()});
    }
    if (!readString(object, QStringLiteral("login"), path, &out->login, errors, error) ||
        !readString(object, QStringLiteral("brand"), path, &out->brand, errors, error))
        return false;
    if (!out->login.isEmpty() && !out->login.contains(QLatin1Char('@')))
        return errors.fail(
            error, path + QStringLiteral("/login"),
            TestPlan::tr("\"%1\" is not an email address.").arg(out->login),
            TestPlan::tr("Give the login typed on the brand's screen, e.g. 3-vehicles@smartcar.com."));
    out->brand = out->brand.trimmed().toUpper();
    QString click = QStringLiteral("approve");
    if (!readString(object, QStringLiteral("click"), path, &click, errors, error))
        return false;
    if (!clickNames.contains(click))
        return errors.fail(error, path + QStringLiteral("/click"),
                           TestPlan::tr("\"click\" is \"%1\".").arg(click), typo(click, clickNames));
    out->click = PlanCase::Click(clickNames.indexOf(click));

    const QString expectPath = path + QStringLiteral("/expect");
    const QJsonValue expectValue = object.value(QStringLiteral("expect"));
    if (!expectValue.isObject())
        return errors.fail(error, expectValue.isUndefined() ? path : expectPath,
                           TestPlan::tr("The case says nothing about what it expects."),
                           TestPlan::tr("Add \"expect\": {\"outcome\": \"code\"} (or user_id, error, "
                                        "connect_error_page, timeout)."));
    const QJsonObject expect = expectValue.toObject();
    if (!checkKeys(expect, expectKeys, expectPath, TestPlan::tr("\"expect\""), errors, error))
        return false;
    Expectation &e = out->expect;
    if (!readString(expect, QStringLiteral("outcome"), expectPath, &e.outcome, errors, error) ||
        !readString(expect, QStringLiteral("error"), expectPath, &e.error, errors, error) ||
        !readString(expect, QStringLiteral("state_check"), expectPath, &e.stateCheck, errors, error))
        return false;
    if (!TestPlan::outcomes().contains(e.outcome))
        return errors.fail(
            error,
            expect.contains(QStringLiteral("outcome")) ? expectPath + QStringLiteral("/outcome") : expectPath,
            e.outcome.isEmpty() ? TestPlan::tr("\"expect\" has no \"outcome\".")
                                : TestPlan::tr("\"%1\" is not an outcome.").arg(e.outcome),
            e.outcome.isEmpty()
                ? TestPlan::tr("Use one of: %1.").arg(TestPlan::outcomes().join(QStringLiteral(", ")))
                : typo(e.outcome, TestPlan::outcomes()));
    if (!e.error.isEmpty() && e.outcome != QLatin1String("error") &&
        e.outcome != QLatin1String("connect_error_page"))
        return errors.fail(
            error, expectPath + QStringLiteral("/error"),
            TestPlan::tr("\"error\" is checked only when the outcome is error or connect_error_page."),
            TestPlan::tr("Set \"outcome\": \"error\", or remove \"error\"."));
    if (!e.stateCheck.isEmpty() && !stateChecks.contains(e.stateCheck))
        return errors.fail(error, expectPath + QStringLiteral("/state_check"),
                           TestPlan::tr("\"%1\" is not a state check.").arg(e.stateCheck),
                           typo(e.stateCheck, stateChecks));
    const QJsonValue exchanges = expect.value(QStringLiteral("exchanges"));
    if (!exchanges.isUndefined()) {
        bool value = false;
        if (!readBool(exchanges, &value))
            return errors.fail(
                error, expectPath + QStringLiteral("/exchanges"),
                TestPlan::tr("\"exchanges\" must be true or false."),
                TestPlan::tr("true: the code buys tokens; false: the token endpoint refuses it."));
        e.exchanges = value ? 1 : 0;
    }
    const QJsonValue minVehicles = expect.value(QStringLiteral("min_vehicles"));
    if (!minVehicles.isUndefined()) {
        if (!readInt(minVehicles, &e.minVehicles) || e.minVehicles < 0 || e.minVehicles > 50)
            return errors.fail(error, expectPath + QStringLiteral("/min_vehicles"),
                               TestPlan::tr("\"min_vehicles\" must be a number from 0 to 50."),
                               TestPlan::tr("Write e.g. \"min_vehicles\": 3."));
        if (e.exchanges == 0)
            return errors.fail(error, expectPath + QStringLiteral("/min_vehicles"),
                               TestPlan::tr("\"min_vehicles\" needs tokens, but \"exchanges\" is false."),
                               TestPlan::tr("Remove one of the two."));
    }
    if ((e.exchanges >= 0 || e.minVehicles >= 0) && e.outcome != QLatin1String("code"))
        return errors.fail(
            error, expectPath,
            TestPlan::tr("\"exchanges\" and \"min_vehicles\" follow a code, but the outcome is %1.")
                .arg(e.outcome),
            TestPlan::tr("Set \"outcome\": \"code\", or remove them."));

    const QJsonValue tags = object.value(QStringLiteral("tags"));
    if (tags.isString()) {
        out->tags = {tags.toString()};
    } else if (tags.isArray()) {
        const QJsonArray array = tags.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                return errors.fail(error, path + QStringLiteral("/tags/") + QString::number(i),
                                   TestPlan::tr("A tag must be a word in double quotes."),
                                   TestPlan::tr("Write \"tags\": [\"smoke\", \"errors\"]."));
            out->tags.append(array.at(i).toString());
        }
    } else if (!tags.isUndefined()) {
        return errors.fail(error, path + QStringLiteral("/tags"),
                           TestPlan::tr("\"tags\" must be a list of words."),
                           TestPlan::tr("Write \"tags\": [\"smoke\", \"errors\"]."));
    }
    const QJsonValue faults = object.value(QStringLiteral("faults"));
    if (!faults.isUndefined()) {
        if (!faults.isObject())
            return errors.fail(error, path + QStringLiteral("/faults"),
                               TestPlan::tr("\"faults\" must be an object."),
                               TestPlan::tr("Write e.g. \"faults\": {\"code\": \"expired\"}."));
        out->faults = faults.toObject();
        QString why;
        if (faultsCheck && !faultsCheck(out->faults, &why))
            return errors.fail(error, path + QStringLiteral("/faults"), why, QString());
    }
    return true;
}

} // namespace

QString PlanError::toString(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) +
                 QStringLiteral("%1:%2").arg(line).arg(column);
    QString text = where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
    if (!fix.isEmpty())
        text += QLatin1Char(' ') + fix;
    return text;
}

QString PlanCase::clickName(Click click)
{
    return clickNames.at(int(click));
}

const QStringList &TestPlan::outcomes()
{
    static const QStringList names = {QStringLiteral("code"), QStringLiteral("user_id"),
                                      QStringLiteral("error"), QStringLiteral("connect_error_page"),
                                      QStringLiteral("timeout")};
    return names;
}

QStringList TestPlan::parameterNames()
{
    QStringList names;
    for (const ParameterSpec &spec : ParameterSpec::all())
        names.append(QString(spec.name));
    for (const ParameterInfo &info : Catalog::instance().parameters())
        if (!names.contains(info.name))
            names.append(info.name);
    return names;
}

bool TestPlan::parse(const QByteArray &json, const QString &baseDir, TestPlan *out, PlanError *error,
                     const FaultsCheck &faultsCheck)
{
    *out = TestPlan();
    *error = PlanError();
    out->baseDir = baseDir;
    out->m_text = json;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonLocator::Position at = JsonLocator::positionOf(json, parseError.offset);
        error->line = at.line;
        error->column = at.column;
        error->reason = tr("This is not JSON: %1.").arg(parseError.errorString());
        error->fix = tr("Check the line for a missing comma, quote or bracket.");
        return false;
    }
    const JsonLocator locator(json);
    const Errors errors(&locator);
    if (!document.isObject())
        return errors.fail(error, QString(), tr("A plan is a JSON object."),
                           tr("Start it with {\"version\": 1, \"url\": \"…\", \"cases\": […]}."));
    const QJsonObject root = document.object();
    if (!checkKeys(root, planKeys, QString(), tr("A plan"), errors, error))
        return false;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return errors.fail(error, QString(), tr("The plan has no \"version\"."), tr("Add \"version\": 1."));
    if (version.toInt(-1) != Version || !version.isDouble())
        return errors.fail(
            error, QStringLiteral("/version"),
            tr("This Connect Lab reads plans of version %1, not %2.")
                .arg(Version)
                .arg(QString::fromUtf8(
                    QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact).mid(1).chopped(1))),
            tr("Write \"version\": 1, or use the Connect Lab the plan was written for."));
    if (!readString(root, QStringLiteral("name"), QString(), &out->name, errors, error) ||
        !readString(root, QStringLiteral("url"), QString(), &out->url, errors, error) ||
        !readString(root, QStringLiteral("profile"), QString(), &out->profile, errors, error) ||
        !readString(root, QStringLiteral("client_secret_env"), QString(), &out->clientSecretEnv, errors,
                    error))
        return false;
    if (out->url.isEmpty() == out->profile.isEmpty())
        return errors.fail(error, out->url.isEmpty() ? QString() : QStringLiteral("/profile"),
                           out->url.isEmpty() ? tr("The plan has no link to start from.")
                                              : tr("The plan has both \"url\" and \"profile\"."),
                           tr("Give either \"url\" (a Connect link) or \"profile\" (a saved profile file)."));
    const QJsonValue sandbox = root.value(QStringLiteral("sandbox"));
    if (!sandbox.isUndefined()) {
        if (!sandbox.isBool())
            return errors.fail(error, QStringLiteral("/sandbox"), tr("\"sandbox\" must be true or false."),
                               tr("true runs every case against its own built-in sandbox."));
        out->sandbox = sandbox.toBool() ? 1 : 0;
    }
    const QJsonValue timeout = root.value(QStringLiteral("timeout"));
    if (!timeout.isUndefined() &&
        (!readInt(timeout, &out->timeoutSeconds) || out->timeoutSeconds < 1 || out->timeoutSeconds > 3600))
        return errors.fail(error, QStringLiteral("/timeout"),
                           tr("\"timeout\" must be a number of seconds (1 to 3600)."),
                           tr("Write e.g. \"timeout\": 20."));
    ConnectRequest base;
    if (!out->baseRequest(&base, error)) {
        const JsonLocator::Position at =
            locator.find(out->url.isEmpty() ? QStringLiteral("/profile") : QStringLiteral("/url"));
        error->line = at.line;
        error->column = at.column;
        return false;
    }
    const QJsonValue cases = root.value(QStringLiteral("cases"));
    if (!cases.isArray() || cases.toArray().isEmpty())
        return errors.fail(error, cases.isUndefined() ? QString() : QStringLiteral("/cases"),
                           tr("The plan has no cases."),
                           tr("Add \"cases\": [{\"name\": \"…\", \"expect\": {\"outcome\": \"code\"}}]."));
    const QJsonArray array = cases.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return errors.fail(error, QStringLiteral("/cases/") + QString::number(i),
                               tr("A case must be an object."),
                               tr("Write it as {\"name\": \"…\", \"expect\": {…}}."));
        out->cases.append(array.at(i).toObject());
    }
    QList<PlanCase> expanded;
    return out->expand(&expanded, error, faultsCheck);
}

bool TestPlan::load(const QString &path, TestPlan *out, PlanError *error, const FaultsCheck &faultsCheck)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *out = TestPlan();
        *error =
            PlanError{0, 0, tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                      tr("Check the path and that the file is readable.")};
        return false;
    }
    return parse(file.readAll(), QFileInfo(path).absolutePath(), out, error, faultsCheck);
}

QJsonObject TestPlan::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), Version);
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    if (!url.isEmpty())
        root.insert(QStringLiteral("url"), url);
    if (!profile.isEmpty())
        root.insert(QStringLiteral("profile"), profile);
    if (sandbox >= 0)
        root.insert(QStringLiteral("sandbox"), sandbox == 1);
    if (timeoutSeconds > 0)
        root.insert(QStringLiteral("timeout"), timeoutSeconds);
    if (!clientSecretEnv.isEmpty())
        root.insert(QStringLiteral("client_secret_env"), clientSecretEnv);
    QJsonArray array;
    for (const QJsonObject &planCase : cases)
        array.append(planCase);
    root.insert(QStringLiteral("cases"), array);
    return root;
}

bool TestPlan::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool TestPlan::baseRequest(ConnectRequest *out, PlanError *error) const
{
    if (!profile.isEmpty()) {
        Profile saved;
        QString why;
        const QString path = QDir(baseDir).filePath(profile);
        if (!Profile::load(path, &saved, &why)) {
            *error = PlanError{0, 0, tr("The profile \"%1\" cannot be read: %2").arg(profile, why),
                               tr("Give a profile file saved by Connect Lab, relative to the plan.")};
            return false;
        }
        *out = saved.request;
        return true;
    }
    const LinkImport link = LinkImport::read(url);
    if (!link.isOk() || link.request().baseUrl.isEmpty() || !url.contains(QLatin1String("://"))) {
        *error = PlanError{
            0, 0, link.isOk() ? tr("\"url\" has no origin (scheme and host).") : link.error(),
            tr("Give a whole Connect link, e.g. https://connect.smartcar.com/oauth/authorize?client_id=…")};
        return false;
    }
    *out = link.request();
    return true;
}

bool TestPlan::usesBuiltInSandbox() const
{
    if (sandbox >= 0)
        return sandbox == 1;
    ConnectRequest base;
    PlanError ignored;
    if (!baseRequest(&base, &ignored))
        return false;
    const QString host = QUrl(base.baseUrl).host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost");
}

bool TestPlan::expand(QList<PlanCase> *out, PlanError *error, const FaultsCheck &faultsCheck) const
{
    out->clear();
    const JsonLocator locator(m_text);
    const Errors errors(m_text.isEmpty() ? nullptr : &locator);
    QSet<QString> names;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString path = QStringLiteral("/cases/") + QString::number(i);
        const QJsonObject &written = cases.at(i);
        QList<QHash<QString, QString>> rows;
        QStringList columns;
        const QJsonValue rowsValue = written.value(QStringLiteral("rows"));
        const bool hasRows = !rowsValue.isUndefined();
        if (rowsValue.isString()) {
            const QString csvPath = QDir(baseDir).filePath(rowsValue.toString());
            QFile file(csvPath);
            if (!file.open(QIODevice::ReadOnly))
                return errors.fail(
                    error, path + QStringLiteral("/rows"),
                    tr("The rows file %1 cannot be read: %2.").arg(rowsValue.toString(), file.errorString()),
                    tr("Give a CSV file's path relative to the plan."));
            CsvTable table;
            QString why;
            if (!CsvTable::parse(QString::fromUtf8(file.readAll()), &table, &why))
                return errors.fail(error, path + QStringLiteral("/rows"),
                                   tr("The rows file %1 is not a table: %2").arg(rowsValue.toString(), why),
                                   QString());
            columns = table.columns;
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                QHash<QString, QString> row;
                for (qsizetype c = 0; c < columns.size(); ++c)
                    row.insert(columns.at(c), table.rows.at(r).at(c));
                rows.append(row);
            }
        } else if (rowsValue.isArray()) {
            const QJsonArray array = rowsValue.toArray();
            for (qsizetype r = 0; r < array.size(); ++r) {
                const QString rowPath = path + QStringLiteral("/rows/") + QString::number(r);
                if (!array.at(r).isObject())
                    return errors.fail(
                        error, rowPath, tr("A row must be an object."),
                        tr("Write it as {\"login\": \"a@b.com\", \"error\": \"no_vehicles\"}."));
                const QJsonObject object = array.at(r).toObject();
                QHash<QString, QString> row;
                for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                    if (it.value().isObject() || it.value().isArray() || it.value().isNull())
                        return errors.fail(error, rowPath + QLatin1Char('/') + it.key(),
                                           tr("A row's value must be a string, a number or true/false."),
                                           tr("Write the value itself."));
                    row.insert(it.key(), it.value().isString() ? it.value().toString()
                                                               : it.value().toVariant().toString());
                    if (!columns.contains(it.key()))
                        columns.append(it.key());
                }
                rows.append(row);
            }
        } else if (hasRows) {
            return errors.fail(error, path + QStringLiteral("/rows"),
                               tr("\"rows\" must be a list of objects or a CSV file name."),
                               tr("Write \"rows\": [{\"login\": \"…\"}] or \"rows\": \"logins.csv\"."));
        }
        if (hasRows && rows.isEmpty())
            return errors.fail(error, path + QStringLiteral("/rows"),
                               tr("\"rows\" is empty, so the case would never run."),
                               tr("Add a row, or remove \"rows\"."));
        if (!hasRows)
            rows.append(QHash<QString, QString>());
        const QString writtenName = written.value(QStringLiteral("name")).toString();
        const bool nameHasPlaceholder = placeholderPattern().match(writtenName).hasMatch();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QJsonValue filled = written;
            if (!substitute(&filled, rows.at(r), columns, hasRows, path, errors, error))
                return false;
            PlanCase planCase;
            if (!readCase(filled.toObject(), path, errors, &planCase, error, faultsCheck)) {
                if (hasRows)
                    error->reason = tr("Row %1: %2").arg(r + 1).arg(error->reason);
                return false;
            }
            if (hasRows) {
                planCase.row = int(r);
                if (!nameHasPlaceholder)
                    planCase.name += QStringLiteral(" [%1]").arg(r + 1);
            }
            planCase.line = m_text.isEmpty() ? 0 : locator.find(path).line;
            planCase.caseIndex = int(i);
            if (names.contains(planCase.name))
                return errors.fail(error, path + QStringLiteral("/name"),
                                   tr("Two cases are named \"%1\".").arg(planCase.name),
                                   nameHasPlaceholder || !hasRows
                                       ? tr("Give each case (each row) a name of its own.")
                                       : tr("Put a {{column}} placeholder in the name."));
            names.insert(planCase.name);
            out->append(planCase);
        }
    }
    return true;
}

ConnectRequest TestPlan::requestFor(const ConnectRequest &base, const PlanCase &planCase)
{
    ConnectRequest request = base;
    for (const Parameter &parameter : planCase.set) {
        if (const ParameterSpec *spec = ParameterSpec::find(parameter.name)) {
            // An always-written parameter cannot leave the link: removing it means Connect's default.
            const QString value = parameter.value.isEmpty() && spec->alwaysWritten
                                      ? QString(spec->defaultValue)
                                      : parameter.value;
            ParameterSpec::assign(request, spec->id, value);
        } else {
            request.setExtra(parameter.name, parameter.value);
        }
    }
    return request;
}

QList<PlanCase> TestPlan::withTags(const QList<PlanCase> &cases, const QStringList &tags)
{
    if (tags.isEmpty())
        return cases;
    QList<PlanCase> selected;
    for (const PlanCase &planCase : cases) {
        for (const QString &tag : tags) {
            if (planCase.hasTag(tag)) {
                selected.append(planCase);
                break;
            }
        }
    }
    return selected;
}

} // namespace connectlab::plan
