#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace connectlab {

// "Import a link": a box to paste a link into. A link is one line, so Return imports it (Shift+Return adds a
// line for a pasted block) and Tab moves on to the buttons, as in any dialog.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &suggestion, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_text;
};

} // namespace connectlab
