#include "ClickThrough.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace connectlab::web {

namespace {

QString jsonString(const QString &value)
{
    // A JSON array of one string, minus the brackets: a safely quoted JavaScript string literal.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

const char *const body = R"JS(
  if (window.__connectlabClickThrough) return;
  window.__connectlabClickThrough = true;
  const once = (el) => {
    if (!el || el.disabled || el.dataset.connectlabDone) return false;
    el.dataset.connectlabDone = '1';
    return true;
  };
  const setValue = (el, value) => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
  };
  const report = (what) => console.log('connectlab-click-through:' + what);
  const reported = {};
  const reportOnce = (what) => { if (!reported[what]) { reported[what] = true; report(what); } };
  const buttons = () => Array.from(document.querySelectorAll('button, input[type=submit], a[role=button]'));
  const step = () => {
    const approve = document.querySelector('#approval-button');
    if (approve) {
      if (cfg.decision === 'deny') {
        const deny = document.querySelector('#deny-button, button[name=deny], button[value=deny]')
          || buttons().find((b) => /\bdeny\b|\bdecline\b/i.test(b.textContent || b.value || ''));
        if (!deny) reportOnce('deny missing');
        else if (once(deny)) { report('deny'); deny.click(); }
      } else if (once(approve)) {
        report('approve');
        approve.click();
      }
      return;
    }
    const user = document.querySelector('#username');
    const signIn = document.querySelector('#sign-in-button');
    if (user && signIn) {
      if (once(signIn)) {
        setValue(user, cfg.login);
        const password = document.querySelector('#password');
        if (password) setValue(password, cfg.password);
        report('login: ' + cfg.login);
        signIn.click();
      }
      return;
    }
    const brands = Array.from(document.querySelectorAll('button.brand-list-item'));
    if (brands.length) {
      const brand = cfg.brand ? brands.find((b) => (b.id || '').toUpperCase() === cfg.brand) : brands[0];
      if (!brand) {
        reportOnce('brand missing: ' + cfg.brand + ' (offered: ' + brands.map((b) => b.id).join(' ') + ')');
      } else if (once(brand)) {
        report('brand: ' + (brand.id || brand.textContent.trim()));
        brand.click();
      }
      return;
    }
    const boxes = Array.from(document.querySelectorAll('input[type=checkbox], input[type=radio]'))
      .filter((b) => !b.disabled);
    if (boxes.length && !boxes.some((b) => b.checked)) {
      if (boxes[0].type === 'radio') boxes[0].click();
      else boxes.forEach((b) => b.click());
      report('vehicles: ' + boxes.filter((b) => b.checked).length + ' ticked');
    }
    const next = document.querySelector('#continue-button')
      || (boxes.length ? document.querySelector('button[type=submit], input[type=submit]') : null);
    if (once(next)) { report('continue'); next.click(); }
  };
  step();
  window.setInterval(step, 150);
)JS";

} // namespace

namespace {
constexpr QLatin1StringView StepPrefix("connectlab-click-through:");
} // namespace

QString ClickThrough::script(Decision decision, const QString &login, const QString &password)
{
    Options options;
    options.decision = decision;
    options.login = login;
    return script(options, password);
}

QString ClickThrough::script(const Options &options, const QString &password)
{
    return QStringLiteral("(function () {\n  const cfg = {decision: ") %
           jsonString(options.decision == Decision::Deny ? QStringLiteral("deny")
                                                         : QStringLiteral("approve")) %
           QStringLiteral(", login: ") % jsonString(options.login) % QStringLiteral(", password: ") %
           jsonString(password) % QStringLiteral(", brand: ") % jsonString(options.brand.toUpper()) %
           QStringLiteral("};") % QString::fromUtf8(body) % QStringLiteral("})();\n");
}

void ClickThrough::install(QWebEnginePage *page, Decision decision, const QString &login)
{
    Options options;
    options.decision = decision;
    options.login = login;
    install(page, options);
}

bool ClickThrough::readStep(const QString &consoleMessage, QString *step)
{
    if (!consoleMessage.startsWith(StepPrefix))
        return false;
    *step = consoleMessage.mid(StepPrefix.size());
    return true;
}

bool ClickThrough::brandMissing(const Options &options, const QStringList &steps, QString *why)
{
    for (const QString &step : steps) {
        if (!step.startsWith(QLatin1String("brand missing: ")))
            continue;
        const qsizetype open = step.indexOf(QLatin1String("(offered: "));
        const QString offered = open < 0 ? QString() : step.mid(open + 10).chopped(1);
        *why = tr("The brand screen does not offer %1 (it shows: %2). Pick a brand it shows, or change "
                  "the link's flags=country: to a market where %1 is sold.")
                   .arg(options.brand, offered.isEmpty() ? tr("nothing") : offered);
        return true;
    }
    return false;
}

QString ClickThrough::notPerformed(const Options &options, const QStringList &steps, const QString &outcome)
{
    QString why;
    if (!options.brand.isEmpty() && brandMissing(options, steps, &why))
        return why;
    const bool success = outcome == QLatin1String("code") || outcome == QLatin1String("user_id");
    if (!success)
        return {};
    if (options.decision == Decision::Deny && !steps.contains(QLatin1String("deny")))
        return tr("Asked to deny, but the approval screen never came: Connect skipped it "
                  "(approval_prompt=auto, and this login had already approved this scope for this app), so "
                  "access was granted. Force the screen with approval_prompt=force, or use another login.");
    if (options.loginAsked) {
        bool loggedIn = false;
        for (const QString &step : steps)
            loggedIn = loggedIn || step.startsWith(QLatin1String("login: "));
        if (!loggedIn)
            return tr("Asked to log in as %1, but the login screen never appeared: the flow went on with a "
                      "session it already had. Run it in a fresh browser profile, or force the screens with "
                      "approval_prompt=force.")
                .arg(options.login);
    }
    if (!options.brand.isEmpty() && options.linkMake.compare(options.brand, Qt::CaseInsensitive) != 0) {
        bool picked = false;
        for (const QString &step : steps)
            picked =
                picked || step.compare(QLatin1String("brand: ") + options.brand, Qt::CaseInsensitive) == 0;
        if (!picked)
            return tr("Asked to pick %1, but the brand screen never offered a choice (the link's make or "
                      "single_select_vin chose the brand). Remove make, or set make=%1.")
                .arg(options.brand);
    }
    return {};
}

void ClickThrough::install(QWebEnginePage *page, const Options &options)
{
    QWebEngineScript script;
    script.setName(QStringLiteral("connectlab-click-through"));
    script.setSourceCode(ClickThrough::script(options));
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    page->scripts().insert(script);
}

} // namespace connectlab::web
