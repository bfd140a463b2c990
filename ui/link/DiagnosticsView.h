#pragma once

#include "Diagnostic.h"

#include <QListWidget>

namespace connectlab {

// Every diagnostic of the link, errors first, each with its severity's icon. Activating an entry (double
// click, Enter) emits fieldActivated with the diagnostic's field so the window can focus it.
class DiagnosticsView : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int FieldRole = Qt::UserRole;
    static constexpr int SeverityRole = Qt::UserRole + 1;
    static constexpr int CodeRole = Qt::UserRole + 2;

    explicit DiagnosticsView(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

Q_SIGNALS:
    void fieldActivated(const QString &field);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();

    Diagnostics m_diagnostics;
};

} // namespace connectlab
