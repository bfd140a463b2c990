#include "FlowProfile.h"

#include "CustomSchemeHandler.h"

namespace connectlab::web {

FlowProfile::FlowProfile(QObject *parent)
    : QWebEngineProfile(parent) // no storage name: off the record
      ,
      m_handler(new CustomSchemeHandler(this))
{
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setSpellCheckEnabled(false);
    const QStringList schemes = CustomSchemeHandler::registeredSchemes();
    for (const QString &scheme : schemes)
        installUrlSchemeHandler(scheme.toLatin1(), m_handler);
    connect(m_handler, &CustomSchemeHandler::requested, this, &FlowProfile::customSchemeRequested);
}

FlowProfile::~FlowProfile()
{
    removeAllUrlSchemeHandlers();
}

} // namespace connectlab::web
