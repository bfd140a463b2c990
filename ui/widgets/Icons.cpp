#include "Icons.h"

#include "SvgIconEngine.h"
#include "Theme.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>

namespace connectlab {

namespace {

QByteArray svgData(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    QFile file(QStringLiteral(":/connectlab/ui/icons/") + name + QStringLiteral(".svg"));
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    cache.insert(name, data);
    return data;
}

QColor textColor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                         QPalette::ButtonText);
}

} // namespace

QIcon Icons::get(const QString &name)
{
    return QIcon(new SvgIconEngine(svgData(name), textColor));
}

QIcon Icons::severity(Severity severity)
{
    static const char *const names[] = {"info", "warning", "error"};
    const QString name = QString::fromLatin1(names[int(severity)]);
    return QIcon(new SvgIconEngine(svgData(name), [severity](QIcon::Mode mode) {
        QColor c = Theme::severityColor(severity, QGuiApplication::palette());
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.45f);
        return c;
    }));
}

QIcon Icons::ok()
{
    return QIcon(new SvgIconEngine(svgData(QStringLiteral("ok")),
                                   [](QIcon::Mode) { return Theme::okColor(QGuiApplication::palette()); }));
}

QIcon Icons::app()
{
    return QIcon(new SvgIconEngine(svgData(QStringLiteral("app")), nullptr));
}

} // namespace connectlab
