#pragma once

#include <QWidget>

class QTreeWidget;

namespace connectlab {

class HistoryStore;

// The History tab: the links that were copied, opened or run, newest first. Activating one asks the window
// to import it. Only links are kept, never codes or tokens.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(HistoryStore *history, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void linkActivated(const QString &url);

private:
    void refresh();

    HistoryStore *m_history;
    QTreeWidget *m_list;
};

} // namespace connectlab
