#include "Logging.h"

#include <QUrl>

// Warnings and worse by default: debug and info lines appear only when QT_LOGGING_RULES asks for them.
Q_LOGGING_CATEGORY(lcCatalog, connectlab::logging::CategoryNames[0], QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, connectlab::logging::CategoryNames[1], QtWarningMsg)
Q_LOGGING_CATEGORY(lcFlow, connectlab::logging::CategoryNames[2], QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, connectlab::logging::CategoryNames[3], QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlan, connectlab::logging::CategoryNames[4], QtWarningMsg)
Q_LOGGING_CATEGORY(lcInstance, connectlab::logging::CategoryNames[5], QtWarningMsg)

QString connectlab::logging::loggable(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}
