#include "WindowActions.h"

#include "Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace connectlab {

WindowActions::WindowActions(QMainWindow *window, QUndoStack *undoStack) : QObject(window), m_window(window)
{
    add(QStringLiteral("newAction"), QString(), tr("&New from sample"), QKeySequence::New,
        tr("Start again from the ready-to-run sample link"));
    add(QStringLiteral("importAction"), QStringLiteral("import"), tr("&Import link…"),
        QKeySequence(Qt::CTRL | Qt::Key_I), tr("Paste a Connect link or query string to read into the form"));
    add(QStringLiteral("openProfileAction"), QStringLiteral("open"), tr("&Open profile file…"),
        QKeySequence::Open, tr("Load a saved profile from a file"));
    add(QStringLiteral("saveProfileAction"), QStringLiteral("save"), tr("&Save profile…"), QKeySequence::Save,
        tr("Save this link under a name"));
    add(QStringLiteral("exportProfileAction"), QString(), tr("&Export profile file…"), QKeySequence::SaveAs,
        tr("Write this link as a profile file"));
    add(QStringLiteral("manageProfilesAction"), QString(), tr("&Manage profiles…"), QKeySequence(),
        tr("Load, rename or delete saved profiles"));
    add(QStringLiteral("quitAction"), QString(), tr("&Quit"), QKeySequence::Quit, tr("Close Connect Lab"));

    // One undo history for the whole window: the document's stack, whichever widget has the focus.
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(Icons::get(QStringLiteral("undo")));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(Icons::get(QStringLiteral("redo")));
    redo->setShortcuts(QKeySequence::Redo);
    for (QAction *a : {undo, redo}) {
        m_actions.insert(a->objectName(), a);
        m_window->addAction(a);
    }

    add(QStringLiteral("pasteLinkAction"), QStringLiteral("paste"), tr("&Paste link"), QKeySequence::Paste,
        tr("Read the link on the clipboard into the form (Ctrl+V outside a text field)"))
        ->setShortcutContext(Qt::WindowShortcut);
    add(QStringLiteral("generateStateAction"), QStringLiteral("generate"), tr("&Generate state"),
        QKeySequence(Qt::CTRL | Qt::Key_G), tr("Draw a new random state"));
    add(QStringLiteral("clearHistoryAction"), QString(), tr("Clear &history"), QKeySequence(),
        tr("Forget the copied and launched links"));

    add(QStringLiteral("copyLinkAction"), QStringLiteral("copy"), tr("&Copy link"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Copy the link"));
    add(QStringLiteral("copyMarkdownAction"), QStringLiteral("markdown"), tr("Copy as &Markdown"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), tr("Copy the link as a Markdown link"));
    add(QStringLiteral("copyHtmlAction"), QStringLiteral("html"), tr("Copy as &HTML"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), tr("Copy the link as an HTML anchor"));
    add(QStringLiteral("copyConnectLabLinkAction"), QStringLiteral("copy"), tr("Copy as Co&nnect Lab link"),
        QKeySequence(),
        tr("Copy a connectlab:// link that opens this link in Connect Lab on another desktop"));
    add(QStringLiteral("qrCodeAction"), QStringLiteral("qr"), tr("&QR code…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), tr("Show the link as a QR code, to copy or save"));
    add(QStringLiteral("compareLinksAction"), QString(), tr("Compare &links…"), QKeySequence(),
        tr("Set the link against another one, parameter by parameter"));
    add(QStringLiteral("openBrowserAction"), QStringLiteral("browser"), tr("Open in &browser"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), tr("Open the link in your web browser"));

    QAction *run = add(QStringLiteral("runAction"), QStringLiteral("run"), tr("&Run"),
                       QKeySequence(Qt::CTRL | Qt::Key_Return),
                       tr("Run the link in the embedded browser and catch the redirect"));
    run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    run->setShortcutContext(Qt::WindowShortcut);
    add(QStringLiteral("stopAction"), QStringLiteral("stop"), tr("&Stop"), QKeySequence(),
        tr("Stop the run"));

    auto *targets = new QActionGroup(this);
    for (QAction *a : {add(QStringLiteral("targetSandboxAction"), QString(), tr("&Local sandbox"),
                           QKeySequence(), tr("Point the link at the local sandbox")),
                       add(QStringLiteral("targetConnectAction"), QString(), tr("Smartcar &Connect"),
                           QKeySequence(), tr("Point the link at connect.smartcar.com"))}) {
        a->setCheckable(true);
        targets->addAction(a);
    }
    add(QStringLiteral("aboutAction"), QString(), tr("&About Connect Lab"), QKeySequence(), tr("About"));

    buildMenus();
    buildToolBar();
}

QAction *WindowActions::get(const QString &objectName) const
{
    QAction *a = m_actions.value(objectName);
    Q_ASSERT_X(a, "WindowActions::get", qPrintable(objectName));
    return a;
}

QAction *WindowActions::add(const QString &objectName, const QString &icon, const QString &text,
                            const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : Icons::get(icon), text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
    action->setStatusTip(tip);
    m_actions.insert(objectName, action);
    m_window->addAction(action);
    return action;
}

void WindowActions::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(get(QStringLiteral("newAction")));
    file->addAction(get(QStringLiteral("importAction")));
    file->addSeparator();
    m_profileMenu = file->addMenu(Icons::get(QStringLiteral("open")), tr("&Load profile"));
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    for (const char *name :
         {"saveProfileAction", "openProfileAction", "exportProfileAction", "manageProfilesAction"})
        file->addAction(get(QString::fromLatin1(name)));
    file->addSeparator();
    file->addAction(get(QStringLiteral("quitAction")));

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(get(QStringLiteral("undoAction")));
    edit->addAction(get(QStringLiteral("redoAction")));
    edit->addSeparator();
    edit->addAction(get(QStringLiteral("pasteLinkAction")));
    edit->addAction(get(QStringLiteral("generateStateAction")));
    edit->addSeparator();
    edit->addAction(get(QStringLiteral("clearHistoryAction")));

    QMenu *share = bar->addMenu(tr("&Share"));
    share->setObjectName(QStringLiteral("shareMenu"));
    for (const char *name :
         {"copyLinkAction", "copyMarkdownAction", "copyHtmlAction", "copyConnectLabLinkAction"})
        share->addAction(get(QString::fromLatin1(name)));
    share->addSeparator();
    share->addAction(get(QStringLiteral("qrCodeAction")));
    share->addAction(get(QStringLiteral("openBrowserAction")));
    share->addSeparator();
    share->addAction(get(QStringLiteral("compareLinksAction")));

    QMenu *run = bar->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    run->addAction(get(QStringLiteral("runAction")));
    run->addAction(get(QStringLiteral("stopAction")));
    run->addSeparator();
    run->addSection(tr("Target"));
    run->addAction(get(QStringLiteral("targetSandboxAction")));
    run->addAction(get(QStringLiteral("targetConnectAction")));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(get(QStringLiteral("aboutAction")));
}

void WindowActions::buildToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(get(QStringLiteral("undoAction")));
    bar->addAction(get(QStringLiteral("redoAction")));
    bar->addSeparator();
    for (const char *name : {"importAction", "pasteLinkAction", "saveProfileAction"})
        bar->addAction(get(QString::fromLatin1(name)));
    bar->addSeparator();
    for (const char *name : {"copyLinkAction", "qrCodeAction", "openBrowserAction"})
        bar->addAction(get(QString::fromLatin1(name)));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(get(QStringLiteral("runAction")));
    for (const char *name : {"undoAction", "redoAction"})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(get(QString::fromLatin1(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly); // their text grows with the command's name
    if (auto *runButton =
            qobject_cast<QToolButton *>(bar->widgetForAction(get(QStringLiteral("runAction"))))) {
        runButton->setObjectName(QStringLiteral("runToolButton"));
        QFont f = runButton->font();
        f.setBold(true);
        runButton->setFont(f);
    }
}

} // namespace connectlab
