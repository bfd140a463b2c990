#pragma once

#include <QStackedWidget>

class QLabel;
class QWebEngineView;

namespace connectlab::web {

class FlowPage;

// The embedded browser of the Run tab: the flow's page in a QWebEngineView, its popups (window.open,
// target=_blank: pages of the same class and profile) each in a small window of their own, and a notice
// that can be put over the page, e.g. "redirect caught", since the last Connect page would say otherwise.
class FlowBrowser : public QStackedWidget
{
    Q_OBJECT
public:
    explicit FlowBrowser(QWidget *parent = nullptr);
    ~FlowBrowser() override;

    QWebEngineView *view() const { return m_view; }
    // Shows `page` (nullptr: none); it stays owned by whoever made it.
    void setPage(FlowPage *page);

    // Rich text over the page; its links are reported by linkActivated(). While it shows, the browser needs
    // no more height than the notice does (at most the page's minimum).
    void showNotice(const QString &html);
    QString noticeText() const;
    // Back to the page.
    void showPage();
    bool isNoticeShown() const;

    // The least height that leaves a page usable.
    static constexpr int PageMinimumHeight = 160;

Q_SIGNALS:
    void linkActivated(const QString &link);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void openPopup(FlowPage *popup);
    void updateMinimumHeight();

    QWebEngineView *m_view = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
};

} // namespace connectlab::web
