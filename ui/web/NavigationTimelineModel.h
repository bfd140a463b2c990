#pragma once

#include "NavigationEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace connectlab::web {

class FlowRun;

// The navigations of one run as a table: time since the start, kind, URL. The value of every `code`
// parameter is masked until revealed (setRevealed), in the text and in the tooltip alike; the URL column's
// UrlRole gives the URL as it was, for whoever needs it unmasked on purpose.
class NavigationTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        UrlColumn,
        ColumnCount
    };
    enum Role
    {
        UrlRole = Qt::UserRole + 1, // the QUrl, never masked
    };

    explicit NavigationTimelineModel(QObject *parent = nullptr);

    // Shows `run`'s navigations and follows it (each navigation it records is appended); nullptr clears.
    void follow(FlowRun *run);
    void reset(const QList<NavigationEvent> &events = {});
    void append(const NavigationEvent &event);
    const QList<NavigationEvent> &events() const { return m_events; }

    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString shownUrl(const NavigationEvent &event) const;

    QList<NavigationEvent> m_events;
    QMetaObject::Connection m_following;
    bool m_revealed = false;
};

} // namespace connectlab::web
