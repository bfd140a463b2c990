#include "FlowResultView.h"

#include "FlowResultHtml.h"
#include "Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <initializer_list>
#include <memory>

namespace connectlab::web {

using connectlab::flow::CallbackResult;

namespace {

QString systemBrowserWhy()
{
    return FlowResultView::tr(
        "Use the system browser for brands that refuse embedded browsers: Ford and Lincoln (they require "
        "Smartcar's mobile SDKs) and, today, BMW and MINI (their login fails behind a captcha). It needs a "
        "loopback redirect URI (http://localhost:PORT/…): Connect Lab then listens once on 127.0.0.1:PORT "
        "and "
        "catches the callback itself.");
}

} // namespace

FlowResultView::FlowResultView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("flowResultTab"));

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("flowResult"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long URLs and states have no spaces: break them anywhere rather than clip them.
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setAccessibleName(tr("Result"));
    // A result opens at its top and stays there while the pane grows to its height, until the user scrolls.
    QScrollBar *scroll = m_text->verticalScrollBar();
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll] {
        if (m_pinnedToTop)
            scroll->setValue(0);
    });
    connect(scroll, &QScrollBar::actionTriggered, this, [this] { m_pinnedToTop = false; });
    connect(scroll, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_rendering)
            m_scrollValue = value;
    });

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("flowStatus"));
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setAccessibleName(tr("Run status"));
    // Elided to the room there is (the whole line is its tooltip): never what widens the pane.
    m_statusLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusLine->installEventFilter(this);

    m_copyCode = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Copy code"), this);
    m_copyCode->setObjectName(QStringLiteral("flowCopyCode"));
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_result.code()); });
    m_copyCallback = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Copy callback URL"), this);
    m_copyCallback->setObjectName(QStringLiteral("flowCopyCallback"));
    connect(m_copyCallback, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_result.callbackUrl().toString(QUrl::FullyEncoded));
    });
    m_runAgain = new QPushButton(Icons::get(QStringLiteral("run")), tr("Run again"), this);
    m_runAgain->setObjectName(QStringLiteral("flowRunAgain"));
    connect(m_runAgain, &QPushButton::clicked, this, &FlowResultView::runAgainRequested);
    m_systemBrowser =
        new QPushButton(Icons::get(QStringLiteral("browser")), tr("Run in system browser"), this);
    m_systemBrowser->setObjectName(QStringLiteral("flowSystemBrowser"));
    connect(m_systemBrowser, &QPushButton::clicked, this, &FlowResultView::systemBrowserRequested);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("flowSystemBrowserHint"));
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setText(tr("Ford, Lincoln, BMW or MINI? They refuse embedded browsers: use the system browser.")
                        .toHtmlEscaped() +
                    QStringLiteral(" <a href=\"#why\">") + tr("Why?").toHtmlEscaped() +
                    QStringLiteral("</a>"));
    m_hint->setWordWrap(true);
    m_hint->setToolTip(systemBrowserWhy());
    m_hint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_hint, &QLabel::linkActivated, this, [this] {
        QWhatsThis::showText(m_hint->mapToGlobal(m_hint->rect().bottomLeft()), systemBrowserWhy(), m_hint);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLine, 1);
    buttons->addWidget(m_copyCode);
    buttons->addWidget(m_copyCallback);
    buttons->addWidget(m_runAgain);
    buttons->addStretch(0);
    buttons->addWidget(m_systemBrowser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    showStatus(tr("Press Run to open the link here; the redirect is caught before it reaches your server."));
}

void FlowResultView::showStatus(const QString &line)
{
    m_mode = Mode::Status;
    m_result = {};
    m_status = line;
    render();
}

void FlowResultView::showFailure(const QString &title, const QString &detail)
{
    m_mode = Mode::Failure;
    m_result = {};
    m_failureTitle = title;
    m_failureDetail = detail;
    render();
}

void FlowResultView::showResult(const CallbackResult &result)
{
    m_mode = Mode::Result;
    m_result = result;
    render();
}

QString FlowResultView::text() const
{
    return isCompact() ? m_status : m_text->toPlainText();
}

void FlowResultView::setRevealCode(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (m_mode == Mode::Result)
        render(KeepScroll);
}

void FlowResultView::setRunAgainEnabled(bool enabled)
{
    m_runAgain->setEnabled(enabled);
}

void FlowResultView::setSystemBrowserEnabled(bool enabled, const QString &toolTip)
{
    m_systemBrowser->setEnabled(enabled);
    m_systemBrowser->setToolTip(toolTip + QStringLiteral("\n\n") + systemBrowserWhy());
}

void FlowResultView::render(Scroll scroll)
{
    const QScopedValueRollback<bool> rendering(m_rendering, true);
    const bool compact = isCompact();
    m_text->setVisible(!compact);
    m_statusLine->setVisible(compact);
    // The hint is for a run that ended without a callback (a brand that refuses embedded browsers); while
    // running and with a result, the system-browser button's tooltip says it.
    m_hint->setVisible(m_mode == Mode::Failure);
    m_runAgain->setVisible(!compact);
    m_copyCode->setVisible(m_mode == Mode::Result);
    m_copyCallback->setVisible(m_mode == Mode::Result);
    m_copyCode->setEnabled(m_mode == Mode::Result && !m_result.code().isEmpty());
    m_copyCallback->setEnabled(m_mode == Mode::Result);
    switch (m_mode) {
    case Mode::Status:
        m_text->clear();
        break;
    case Mode::Failure:
        m_text->setHtml(FlowResultHtml::failure(m_failureTitle, m_failureDetail, palette()));
        break;
    case Mode::Result:
        m_text->setHtml(FlowResultHtml::result(m_result, palette(), m_reveal));
        break;
    }
    // Filled while the pane is still one line high, the text would scroll to its cursor and open past its
    // first line; it opens at the top instead.
    QScrollBar *bar = m_text->verticalScrollBar();
    if (scroll == ToTop) {
        m_pinnedToTop = true;
        m_scrollValue = 0;
    }
    bar->setValue(m_scrollValue);
    m_statusLine->setToolTip(m_status);
    elideStatus();
}

void FlowResultView::elideStatus()
{
    const int width = m_statusLine->width();
    m_statusLine->setText(width > 0 ? m_statusLine->fontMetrics().elidedText(m_status, Qt::ElideRight, width)
                                    : m_status);
}

int FlowResultView::preferredHeight(int width) const
{
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    int row = 0;
    for (const QWidget *widget :
         std::initializer_list<const QWidget *>{m_statusLine, m_copyCode, m_systemBrowser}) {
        if (!widget->isHidden())
            row = qMax(row, widget->sizeHint().height());
    }
    int height = margins.top() + row + margins.bottom();
    if (isCompact())
        return height;
    const int inner = qMax(1, width - margins.left() - margins.right());
    std::unique_ptr<QTextDocument> document(m_text->document()->clone());
    document->setTextWidth(inner - 2 * m_text->frameWidth());
    height += int(document->size().height() + 0.5) + 2 * m_text->frameWidth() + spacing;
    if (!m_hint->isHidden())
        height += spacing + m_hint->heightForWidth(inner);
    return height;
}

void FlowResultView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render(KeepScroll);
    else if (event->type() == QEvent::FontChange)
        elideStatus();
}

bool FlowResultView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_statusLine && event->type() == QEvent::Resize)
        elideStatus();
    return QWidget::eventFilter(watched, event);
}

} // namespace connectlab::web
