#include "NavigationTimelineModel.h"

#include "CodeMask.h"
#include "FlowRun.h"

namespace connectlab::web {

NavigationTimelineModel::NavigationTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void NavigationTimelineModel::follow(FlowRun *run)
{
    disconnect(m_following);
    reset(run ? run->navigations() : QList<NavigationEvent>());
    if (run)
        m_following = connect(run, &FlowRun::navigationRecorded, this, &NavigationTimelineModel::append);
}

void NavigationTimelineModel::reset(const QList<NavigationEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void NavigationTimelineModel::append(const NavigationEvent &event)
{
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(event);
    endInsertRows();
}

void NavigationTimelineModel::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, UrlColumn), index(rowCount() - 1, UrlColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int NavigationTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int NavigationTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NavigationTimelineModel::shownUrl(const NavigationEvent &event) const
{
    const QString url = event.url.toString(QUrl::FullyEncoded);
    return m_revealed ? url : CodeMask::mask(url);
}

QVariant NavigationTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const NavigationEvent &event = m_events.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 ms").arg(event.tMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return event.kind;
        break;
    case UrlColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return shownUrl(event);
        if (role == UrlRole)
            return event.url;
        break;
    default:
        break;
    }
    return {};
}

QVariant NavigationTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case UrlColumn:
        return tr("URL");
    default:
        break;
    }
    return {};
}

} // namespace connectlab::web
