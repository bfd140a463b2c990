#pragma once

#include <QObject>

class QWidget;

namespace connectlab {

// Gives Ctrl+Z and Ctrl+Shift+Z (the platform's Undo and Redo keys) to the window's one undo history from
// anywhere in the window. Text fields keep an undo history of their own and would take the keys first:
// Ctrl+Z in the client id would then undo only that field's keystrokes (or nothing, after an import), out
// of order with the window's history. Dialogs (their own windows) keep their fields' own undo.
class UndoShortcutRouter : public QObject
{
    Q_OBJECT
public:
    // Watches the application's events for `window`'s widgets; lives as long as `window`.
    explicit UndoShortcutRouter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace connectlab
