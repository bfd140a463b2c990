#include "FlowBrowser.h"

#include "FlowPage.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace connectlab::web {

FlowBrowser::FlowBrowser(QWidget *parent) : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("flowBrowser"));

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("flowView"));

    m_notice = new QWidget(this);
    m_notice->setObjectName(QStringLiteral("flowInfoPage"));
    m_notice->setBackgroundRole(QPalette::Base);
    m_notice->setAutoFillBackground(true);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("flowInfoText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::RichText);
    m_noticeText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    connect(m_noticeText, &QLabel::linkActivated, this, &FlowBrowser::linkActivated);
    auto *layout = new QVBoxLayout(m_notice);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_noticeText);
    layout->addStretch(1);

    addWidget(m_view);
    addWidget(m_notice);
    setMinimumHeight(PageMinimumHeight);
}

FlowBrowser::~FlowBrowser()
{
    // The page goes with its run (and before its profile); the view must not hold on to it.
    m_view->setPage(nullptr);
}

void FlowBrowser::setPage(FlowPage *page)
{
    m_view->setPage(page);
    if (page)
        connect(page, &FlowPage::popupCreated, this, &FlowBrowser::openPopup);
    showPage();
}

void FlowBrowser::openPopup(FlowPage *popup)
{
    auto *window = new QWebEngineView;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("flowPopupView"));
    window->setWindowTitle(tr("Connect Lab popup"));
    window->setPage(popup);
    window->resize(640, 720);
    connect(popup, &QObject::destroyed, window, &QWidget::close);
    connect(this, &QObject::destroyed, window, &QWidget::close);
    window->show();
}

void FlowBrowser::showNotice(const QString &html)
{
    m_noticeText->setText(html);
    setCurrentWidget(m_notice);
    updateMinimumHeight();
}

QString FlowBrowser::noticeText() const
{
    return m_noticeText->text();
}

void FlowBrowser::showPage()
{
    setCurrentWidget(m_view);
    updateMinimumHeight();
}

void FlowBrowser::updateMinimumHeight()
{
    if (!isNoticeShown()) {
        setMinimumHeight(PageMinimumHeight);
        return;
    }
    const QMargins margins = m_notice->layout()->contentsMargins();
    const int width = qMax(1, this->width() - margins.left() - margins.right());
    const int notice = margins.top() + m_noticeText->heightForWidth(width) + margins.bottom();
    setMinimumHeight(qMin(PageMinimumHeight, notice));
}

void FlowBrowser::resizeEvent(QResizeEvent *event)
{
    QStackedWidget::resizeEvent(event);
    if (isNoticeShown())
        updateMinimumHeight();
}

bool FlowBrowser::isNoticeShown() const
{
    return currentWidget() == m_notice;
}

} // namespace connectlab::web
