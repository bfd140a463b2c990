#pragma once

#include "ConnectRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace connectlab::plan {

// What is wrong with a plan, where, and how to fix it. `line` and `column` are 1-based (0: not known, e.g.
// a plan edited in the window and not saved yet).
struct PlanError
{
    int line = 0;
    int column = 0;
    QString reason;
    QString fix;

    // "plan.json:12:5: <reason> <fix>"
    QString toString(const QString &fileName = {}) const;
};

// What a case expects to come back.
struct Expectation
{
    QString outcome;      // code, user_id, error, connect_error_page, timeout
    QString error;        // outcome error: Connect's error code; connect_error_page: the page's kind; "" any
    QString stateCheck;   // match, mismatch, missing, not_sent; "" not checked
    int exchanges = -1;   // 1 the code exchanges for tokens, 0 the exchange fails, -1 not tried
    int minVehicles = -1; // at least this many vehicles after the exchange; -1 not checked
};

// One case, ready to run (data rows already filled in).
struct PlanCase
{
    enum class Click
    {
        Approve,
        Deny,
        None, // nothing is clicked: the run waits for a redirect or the timeout
    };

    QString name;
    QList<connectlab::Parameter> set; // overrides by Connect name, in order; "" removes the parameter
    QString login;                    // typed on the login screen; "" the default test login, not checked
    QString brand;                    // the make to pick on the brand screen ("TESLA"); "" the first shown
    Click click = Click::Approve;
    Expectation expect;
    QStringList tags;
    QJsonObject faults; // the sandbox's misbehaviour for this case (SandboxFaults JSON)
    int line = 0;       // where the case is written
    int row = -1;       // the data row it came from, 0-based; -1 none
    int caseIndex = -1; // the written case (TestPlan::cases) it came from

    static QString clickName(Click click); // approve, deny, none
    bool hasTag(const QString &tag) const { return tags.contains(tag); }
};

// A test plan (issue 11): a base link and the cases to run against it. The file is JSON:
//   {"version": 1, "name": "…", "url": "<a Connect link>" | "profile": "<a saved profile, relative path>",
//    "sandbox": true|false (default: true when the link points at 127.0.0.1 or localhost),
//    "timeout": <seconds per case>, "client_secret_env": "<variable holding the secret, outside the
//    sandbox>", "cases": [{"name", "set": {"<Connect parameter>": "<value>"}, "login", "brand", "click":
//    "approve|deny|none", "expect": {"outcome", "error", "state_check", "exchanges", "min_vehicles"},
//    "tags": [], "faults": {…}, "rows": [{…}] | "<file.csv>"}]}
// A case with "rows" is run once per row, its {{column}} placeholders replaced by the row's values.
class TestPlan
{
    Q_DECLARE_TR_FUNCTIONS(TestPlan)
public:
    static constexpr int Version = 1;
    // Checks a case's "faults" (SandboxFaults::fromJson, handed in by whoever links the sandbox).
    using FaultsCheck = std::function<bool(const QJsonObject &faults, QString *error)>;

    QString name;
    QString url;            // the base link as written
    QString profile;        // or a saved profile's path, relative to the plan
    int sandbox = -1;       // 1 the built-in sandbox, 0 the link's own server, -1 by the link's host
    int timeoutSeconds = 0; // 0: the runner's default
    QString clientSecretEnv;
    QList<QJsonObject> cases; // as written (rows not expanded), in order
    QString baseDir;          // where relative paths (CSV rows, profile) are read from

    // Reads a plan; false with *error (line and column from `json`) when it is not one.
    static bool parse(const QByteArray &json, const QString &baseDir, TestPlan *out, PlanError *error,
                      const FaultsCheck &faultsCheck = {});
    static bool load(const QString &path, TestPlan *out, PlanError *error,
                     const FaultsCheck &faultsCheck = {});
    QJsonObject toJson() const;
    bool save(const QString &path, QString *error) const;

    // The base request (the link, or the profile's request); false with *error when it cannot be read.
    bool baseRequest(connectlab::ConnectRequest *out, PlanError *error) const;
    // Whether cases run against the built-in sandbox.
    bool usesBuiltInSandbox() const;
    // Every case with its rows filled in; false with *error at the first case that is wrong.
    bool expand(QList<PlanCase> *out, PlanError *error, const FaultsCheck &faultsCheck = {}) const;
    // The base request with a case's overrides.
    static connectlab::ConnectRequest requestFor(const connectlab::ConnectRequest &base,
                                                 const PlanCase &planCase);
    // Only the cases with one of `tags` (all when `tags` is empty).
    static QList<PlanCase> withTags(const QList<PlanCase> &cases, const QStringList &tags);

    // The names "set" accepts: every Connect parameter the catalog lists.
    static QStringList parameterNames();
    static const QStringList &outcomes();

private:
    QByteArray m_text; // the file as read, for line numbers
};

} // namespace connectlab::plan
