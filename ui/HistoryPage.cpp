#include "HistoryPage.h"

#include "HistoryStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace connectlab {

HistoryPage::HistoryPage(HistoryStore *history, QWidget *parent) : QWidget(parent), m_history(history)
{
    setObjectName(QStringLiteral("historyPage"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History"));
    m_list->setAccessibleDescription(
        tr("Links you copied, opened or ran; activate one to load it into the form"));
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Link")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString url = item->data(2, Qt::UserRole).toString();
        if (!url.isEmpty())
            Q_EMIT linkActivated(url);
    });
    auto *hint = new QLabel(tr("Links you copied, opened or ran. Double-click one to load it into the form. "
                               "Only links are kept, never codes or tokens."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);

    connect(m_history, &HistoryStore::changed, this, &HistoryPage::refresh);
    refresh();
}

void HistoryPage::refresh()
{
    m_list->clear();
    const auto &entries = m_history->entries();
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem({QLocale().toString(it->time, QLocale::ShortFormat),
                                          it->summary.isEmpty() ? it->kind : it->summary, it->url});
        item->setData(2, Qt::UserRole, it->url);
        item->setToolTip(2, it->url);
        items << item;
    }
    m_list->addTopLevelItems(items);
}

} // namespace connectlab
