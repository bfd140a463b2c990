#include "NavigationTimelineView.h"

#include "NavigationTimelineModel.h"

#include <QHeaderView>

namespace connectlab::web {

NavigationTimelineView::NavigationTimelineView(QWidget *parent) : QTableView(parent)
{
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setAlternatingRowColors(true);
    // Never what keeps the Run tab's lower pane tall: the splitter decides how much of it shows.
    setMinimumHeight(1);
}

void NavigationTimelineView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(NavigationTimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NavigationTimelineModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NavigationTimelineModel::UrlColumn, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scrollToBottom(); });
}

} // namespace connectlab::web
