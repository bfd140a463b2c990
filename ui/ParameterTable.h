#pragma once

#include "ConnectRequest.h"

#include <QTreeWidget>

namespace connectlab {

// The link's parameters decoded, in link order, each marked "set by you" or "default"; below them the
// parameters the link leaves out and what applies instead (the Dashboard's settings, Connect's defaults).
class ParameterTable : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        SourceColumn
    };

    explicit ParameterTable(QWidget *parent = nullptr);

    void setRequest(const ConnectRequest &request);
    // The source text of a parameter row ("set by you", "default", "not sent: …"), or "" if absent.
    QString sourceOf(const QString &name) const;
    QString valueOf(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString name;
        QString value;
        QString source;
        bool sent = true;
    };
    void applyColors();

    QList<Row> m_rows;
};

} // namespace connectlab
