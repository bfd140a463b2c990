#include "DiagnosticsView.h"

#include "Icons.h"

#include <QEvent>

#include <algorithm>

namespace connectlab {

DiagnosticsView::DiagnosticsView(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsList"));
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setTextElideMode(Qt::ElideNone);
    setSpacing(1);
    setAccessibleName(tr("Problems with the link"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString field = item->data(FieldRole).toString();
        if (!field.isEmpty())
            Q_EMIT fieldActivated(field);
    });
    rebuild();
}

void DiagnosticsView::setDiagnostics(const Diagnostics &diagnostics)
{
    if (diagnostics == m_diagnostics && count() > 0)
        return;
    m_diagnostics = diagnostics;
    rebuild();
}

void DiagnosticsView::rebuild()
{
    clear();
    Diagnostics sorted = m_diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return int(a.severity) > int(b.severity);
    });
    if (sorted.isEmpty()) {
        auto *item = new QListWidgetItem(Icons::ok(), tr("No problems: this link is ready to use."), this);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Diagnostic &d : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(Icons::severity(d.severity),
                                         d.field + QStringLiteral(": ") + d.message, this);
        item->setData(FieldRole, d.field);
        item->setData(SeverityRole, severityName(d.severity));
        item->setData(CodeRole, d.code);
        item->setToolTip(tr("%1 (%2). Double-click or press Enter to go to the field.")
                             .arg(severityName(d.severity), d.code));
    }
}

void DiagnosticsView::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        viewport()->update();
}

} // namespace connectlab
