#pragma once

#include <QUrl>
#include <QWebEngineProfile>

namespace connectlab::web {

class CustomSchemeHandler;

// The browser profile a flow runs in: off the record (cookies, cache and storage in memory only, gone with
// the profile), with the custom-scheme handler installed for every registered scheme. Created before its
// pages and outliving them (Qt's simplebrowser pattern). The flow panel makes a fresh one for every run, or
// keeps one across runs when the user wants the session kept (to try `approval_prompt=auto`).
class FlowProfile : public QWebEngineProfile
{
    Q_OBJECT
public:
    explicit FlowProfile(QObject *parent = nullptr);
    ~FlowProfile() override;

    CustomSchemeHandler *schemeHandler() const { return m_handler; }

Q_SIGNALS:
    // A custom-scheme address was requested (see CustomSchemeHandler).
    void customSchemeRequested(const QUrl &url);

private:
    CustomSchemeHandler *m_handler = nullptr;
};

} // namespace connectlab::web
