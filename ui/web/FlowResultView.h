#pragma once

#include "CallbackResult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace connectlab::web {

// The Result pane of the Run tab. While a flow runs it is one compact line (what the run waits for) beside
// the system-browser button, so the browser above keeps the room. Once something comes back it shows the
// result: the outcome first (an error explained in plain words), the parameters, the state check, the
// callback, and the copy buttons. Rendered by FlowResultHtml from this widget's palette, again whenever
// the palette changes.
class FlowResultView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowResultView(QWidget *parent = nullptr);

    // One line: the run is under way, stopped, or waiting for the system browser. Clears any result.
    void showStatus(const QString &line);
    // The run ended without a callback (the page did not load, the port is taken …).
    void showFailure(const QString &title, const QString &detail);
    // What came back to the redirect URI.
    void showResult(const connectlab::flow::CallbackResult &result);

    bool isCompact() const { return m_mode == Mode::Status; }
    bool hasResult() const { return m_mode == Mode::Result; }
    const connectlab::flow::CallbackResult &result() const { return m_result; }
    // The text as shown (the status line in full when compact).
    QString text() const;

    void setRevealCode(bool reveal);
    bool revealCode() const { return m_reveal; }
    void setRunAgainEnabled(bool enabled);
    void setSystemBrowserEnabled(bool enabled, const QString &toolTip);

    // The height the pane needs at `width` to show everything without scrolling.
    int preferredHeight(int width) const;

Q_SIGNALS:
    void runAgainRequested();
    void systemBrowserRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode
    {
        Status,
        Failure,
        Result
    };
    enum Scroll
    {
        ToTop,      // something new: from its first line
        KeepScroll, // the same shown again (palette, reveal): where the user was
    };
    void render(Scroll scroll = ToTop);
    void elideStatus();

    Mode m_mode = Mode::Status;
    connectlab::flow::CallbackResult m_result;
    QString m_status;
    QString m_failureTitle;
    QString m_failureDetail;
    bool m_reveal = false;
    bool m_pinnedToTop = true; // a new text stays at its top while the pane grows, until the user scrolls
    bool m_rendering = false;
    int m_scrollValue = 0;

    QTextBrowser *m_text = nullptr;
    QLabel *m_statusLine = nullptr;
    QPushButton *m_copyCode = nullptr;
    QPushButton *m_copyCallback = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_systemBrowser = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace connectlab::web
