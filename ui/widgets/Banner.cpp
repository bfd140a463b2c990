#include "Banner.h"

#include "Icons.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace connectlab {

Banner::Banner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_details(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setProperty("severity", QStringLiteral("none"));

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setIcon(Icons::get(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &Banner::clear);
    hide();
}

void Banner::showMessage(Severity severity, const QString &text, const QString &details)
{
    m_severity = severity;
    setProperty("severity", severityName(severity));
    m_text->setText(text);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_icon->setPixmap(Icons::severity(severity).pixmap(QSize(20, 20), devicePixelRatioF()));
    applyColors();
    show();
}

void Banner::clear()
{
    setProperty("severity", QStringLiteral("none"));
    m_text->clear();
    m_details->clear();
    hide();
}

QString Banner::text() const
{
    return m_text->text();
}

QString Banner::details() const
{
    return m_details->text();
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
}

void Banner::applyColors()
{
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent = Theme::severityColor(m_severity, p);
    p.setColor(QPalette::Window, Theme::mix(p.color(QPalette::Base), accent, Theme::isDark(p) ? 0.22 : 0.12));
    p.setColor(QPalette::Light, accent);
    p.setColor(QPalette::Dark, accent);
    p.setColor(QPalette::Mid, accent);
    setPalette(p);
    if (isVisible())
        m_icon->setPixmap(Icons::severity(m_severity).pixmap(QSize(20, 20), devicePixelRatioF()));
}

} // namespace connectlab
