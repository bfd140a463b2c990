#include "PageRenderer.h"

#include "HtmlEscape.h"

#include <QFile>
#include <QMutex>

static void initSandboxPageResources()
{
    Q_INIT_RESOURCE(connectlab_sandbox_pages);
}

namespace connectlab::sandbox {

QString PageRenderer::fill(const QString &templateText, const Values &text, const Values &html)
{
    QString out;
    out.reserve(templateText.size() * 2);
    qsizetype pos = 0;
    while (pos < templateText.size()) {
        const qsizetype open = templateText.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            out += QStringView(templateText).sliced(pos);
            break;
        }
        out += QStringView(templateText).sliced(pos, open - pos);
        const bool raw = templateText.mid(open, 3) == QLatin1String("{{{");
        const QLatin1String closer = raw ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype nameStart = open + (raw ? 3 : 2);
        const qsizetype close = templateText.indexOf(closer, nameStart);
        if (close < 0) {
            out += QStringView(templateText).sliced(open);
            break;
        }
        const QString name = templateText.mid(nameStart, close - nameStart).trimmed();
        if (raw)
            out += html.value(name);
        else
            out += HtmlEscape::escape(text.value(name));
        pos = close + closer.size();
    }
    return out;
}

QByteArray PageRenderer::resource(const QString &name)
{
    // A plain file name under :/connectlab/sandbox, never a path out of it.
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.'))
        return QByteArray();
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    initSandboxPageResources();
    QFile file(QStringLiteral(":/connectlab/sandbox/") + name);
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    cache.insert(name, data);
    return data;
}

QByteArray PageRenderer::page(const QString &bodyTemplate, const QString &title, const Values &text,
                              const Values &html)
{
    const QString body = fill(QString::fromUtf8(resource(bodyTemplate)), text, html);
    Values layoutText = text;
    layoutText.insert(QStringLiteral("title"), title);
    if (!layoutText.contains(QStringLiteral("title_suffix")))
        layoutText.insert(QStringLiteral("title_suffix"), QStringLiteral(" · Connect Lab sandbox"));
    Values layoutHtml = html;
    layoutHtml.insert(QStringLiteral("body"), body);
    return fill(QString::fromUtf8(resource(QStringLiteral("layout.html"))), layoutText, layoutHtml).toUtf8();
}

} // namespace connectlab::sandbox
