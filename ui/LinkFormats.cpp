#include "LinkFormats.h"

namespace connectlab {

QString LinkFormats::defaultLabel()
{
    return QStringLiteral("Connect your vehicle");
}

QString LinkFormats::markdown(const QString &url, const QString &label)
{
    QString text = label;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('['), QStringLiteral("\\["));
    text.replace(QLatin1Char(']'), QStringLiteral("\\]"));
    QString target = url;
    target.replace(QLatin1Char('('), QStringLiteral("%28"));
    target.replace(QLatin1Char(')'), QStringLiteral("%29"));
    target.replace(QLatin1Char(' '), QStringLiteral("%20"));
    return QLatin1Char('[') + text + QStringLiteral("](") + target + QLatin1Char(')');
}

QString LinkFormats::html(const QString &url, const QString &label)
{
    return QStringLiteral("<a href=\"") + url.toHtmlEscaped() + QStringLiteral("\">") +
           label.toHtmlEscaped() + QStringLiteral("</a>");
}

} // namespace connectlab
