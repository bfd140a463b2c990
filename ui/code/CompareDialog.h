#pragma once

#include "LinkDiff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace connectlab {

// Compare links: two links pasted side by side (or the window's link and another), compared by LinkDiff as
// they are typed; a table of every parameter with both values and, where they differ, the sentence that says
// how.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // `currentLink` is what "Use the current link" puts on the left (the window's link).
    explicit CompareDialog(const QString &currentLink, QWidget *parent = nullptr);

    void setLinks(const QString &left, const QString &right);
    QString leftText() const;
    QString rightText() const;
    const LinkDiff &diff() const { return m_diff; }

Q_SIGNALS:
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void compare();
    void showRows();

    QString m_currentLink;
    LinkDiff m_diff;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    QPushButton *m_useCurrent = nullptr;
    QPushButton *m_swap = nullptr;
    QCheckBox *m_strict = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace connectlab
