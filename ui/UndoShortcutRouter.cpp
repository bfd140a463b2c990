#include "UndoShortcutRouter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace connectlab {

UndoShortcutRouter::UndoShortcutRouter(QWidget *window) : QObject(window), m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool UndoShortcutRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || (widget != m_window && !m_window->isAncestorOf(widget)))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    // Not delivered and not accepted: the field does not claim the keys, so the window's Undo or Redo
    // action (a window shortcut) gets them.
    return true;
}

} // namespace connectlab
