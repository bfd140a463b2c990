#include "CodeMask.h"

#include <QRegularExpression>

namespace connectlab::web {

QString CodeMask::dots()
{
    return QStringLiteral("••••••");
}

QString CodeMask::mask(const QString &url)
{
    static const QRegularExpression code(QStringLiteral("([?&#]code=)[^&#]*"));
    QString masked = url;
    masked.replace(code, QStringLiteral("\\1") + dots());
    return masked;
}

} // namespace connectlab::web
