#pragma once

#include "Diagnostic.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace connectlab {

// An inline message above the form (instead of a modal box): what happened on import, load, copy.
// Its "severity" property is "error", "warning", "info" or "none" (hidden).
class Banner : public QFrame
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Severity severity, const QString &text, const QString &details = {});
    void clear();
    QString text() const;
    QString details() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    Severity m_severity = Severity::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_close;
};

} // namespace connectlab
