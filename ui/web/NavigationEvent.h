#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace connectlab::web {

// One navigation a flow saw: when (since the run started), what kind, where.
struct NavigationEvent
{
    qint64 tMs = 0; // since the run started
    QString kind;   // FlowPage::kindName() and "popup", "callback", "custom-scheme", "load failed" …
    QUrl url;
};

} // namespace connectlab::web

Q_DECLARE_METATYPE(connectlab::web::NavigationEvent)
