#pragma once

#include <QTableView>

namespace connectlab::web {

// Shows a NavigationTimelineModel: time and kind as wide as their text, the URL taking the rest (elided in
// the middle, whole in its tooltip), one line per row, and the newest row kept in view while it grows.
class NavigationTimelineView : public QTableView
{
    Q_OBJECT
public:
    explicit NavigationTimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
};

} // namespace connectlab::web
