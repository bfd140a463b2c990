#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace connectlab {
class FlowRunner;
}

// The few entry points app/connectlab/main.cpp needs from connectlab_web.
namespace connectlab::web {

// Must run before QApplication exists: registers with QWebEngineUrlScheme the custom schemes a redirect
// may use (the demo app's sc<clientId>, any scheme named in the arguments, e.g. --run-flow URL's
// redirect_uri, and those of the saved session), so redirects to them can be caught.
void registerUrlSchemes(const QStringList &arguments);

// The --run-flow options, for `connectlab --help`.
QString runFlowUsage();
// `connectlab --run-flow URL [...]`: true when the arguments ask for the headless flow.
bool isRunFlowCommand(const QStringList &arguments);
// Runs it (QApplication must exist); returns the process exit status (0 code, 1 error, 2 usage, 3
// timeout/load failure).
int runFlowCommand(const QStringList &arguments);

// `connectlab --run-plan PLAN [--jobs N] [--junit FILE] [--html FILE] [--json] [--tag T] [--bail] [--retries
// N]
// [--timeout S]`: runs a test plan headless. Exit status: 0 every case passed, 1 a case failed, 2 a usage
// error or a plan that does not parse (the line and the reason on stderr).
QString runPlanUsage();
bool isRunPlanCommand(const QStringList &arguments);
int runPlanCommand(const QStringList &arguments);
// The links a plan file names (its "url", the redirect URIs its cases set), for registerUrlSchemes().
QStringList planLinks(const QStringList &arguments);

// The Run panel for the composer window; created on the first Run. With `clickThrough` every run approves
// the sandbox's screens itself (`--screenshot --run`).
FlowRunner *createFlowPanel(QWidget *parent, bool clickThrough = false);

} // namespace connectlab::web
