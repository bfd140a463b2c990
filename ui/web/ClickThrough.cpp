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
  const buttons = () => Array.from(document.querySelectorAll('button, input[type=submit], a[role=button]'));
  const step = () => {
    const approve = document.querySelector('#approval-button');
    if (approve) {
      if (cfg.decision === 'deny') {
        const deny = document.querySelector('#deny-button, button[name=deny], button[value=deny]')
          || buttons().find((b) => /\bdeny\b|\bdecline\b/i.test(b.textContent || b.value || ''));
        if (once(deny)) deny.click();
      } else if (once(approve)) {
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
        signIn.click();
      }
      return;
    }
    const brand = document.querySelector('button.brand-list-item');
    if (brand) {
      if (once(brand)) brand.click();
      return;
    }
    const boxes = Array.from(document.querySelectorAll('input[type=checkbox], input[type=radio]'))
      .filter((b) => !b.disabled);
    if (boxes.length && !boxes.some((b) => b.checked)) {
      if (boxes[0].type === 'radio') boxes[0].click();
      else boxes.forEach((b) => b.click());
    }
    const next = document.querySelector('#continue-button')
      || (boxes.length ? document.querySelector('button[type=submit], input[type=submit]') : null);
    if (once(next)) next.click();
  };
  step();
  window.setInterval(step, 150);
)JS";

} // namespace

QString ClickThrough::script(Decision decision, const QString &login, const QString &password)
{
    return QStringLiteral("(function () {\n  const cfg = {decision: ") %
           jsonString(decision == Decision::Deny ? QStringLiteral("deny") : QStringLiteral("approve")) %
           QStringLiteral(", login: ") % jsonString(login) % QStringLiteral(", password: ") %
           jsonString(password) % QStringLiteral("};") % QString::fromUtf8(body) % QStringLiteral("})();\n");
}

void ClickThrough::install(QWebEnginePage *page, Decision decision, const QString &login)
{
    QWebEngineScript script;
    script.setName(QStringLiteral("connectlab-click-through"));
    script.setSourceCode(ClickThrough::script(decision, login));
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    page->scripts().insert(script);
}

} // namespace connectlab::web
