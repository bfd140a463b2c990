#pragma once

#include "EffectiveParameters.h"

#include <QTreeWidget>

namespace connectlab {

// The link's parameters decoded, in link order, each marked "set by you" or "default"; below them the
// parameters the link leaves out and what applies instead (the Dashboard's settings, Connect's defaults).
// Core's EffectiveParameters decides all of it; this only shows it.
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
    QString valueOf(const QString &name) const;
    // What is shown in the Source column for a row's source.
    static QString sourceText(EffectiveParameter::Source source);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QList<EffectiveParameter> m_rows;
};

} // namespace connectlab
