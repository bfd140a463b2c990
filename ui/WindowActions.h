#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QKeySequence;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace connectlab {

// Every command of the window as a QAction (object name, icon, text, shortcut, tooltip with the shortcut),
// and the menus and toolbar that show them. The window connects what they do; tests find them by name
// (newAction, importAction, undoAction, copyLinkAction, runAction, targetSandboxAction …).
class WindowActions : public QObject
{
    Q_OBJECT
public:
    WindowActions(QMainWindow *window, QUndoStack *undoStack);

    QAction *get(const QString &objectName) const;
    // The File → Load profile submenu (filled by the window).
    QMenu *profileMenu() const { return m_profileMenu; }

private:
    QAction *add(const QString &objectName, const QString &icon, const QString &text,
                 const QKeySequence &shortcut, const QString &tip);
    void buildMenus();
    void buildToolBar();

    QMainWindow *m_window;
    QHash<QString, QAction *> m_actions;
    QMenu *m_profileMenu = nullptr;
};

} // namespace connectlab
