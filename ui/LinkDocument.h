#pragma once

#include "ConnectRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class QUndoStack;

namespace connectlab {

class ConnectModel;
class LinkImport;

// The document behind the window: the link (a ConnectModel), the one undo history of the whole window, the
// target the link points at and the run settings. Widgets bind to it and keep nothing of their own; every
// user edit goes through edit() as one undo step (keystrokes in one field merge), whichever widget made it.
//
// An undo step restores only what its edit changed, so something that changed outside the history (the
// state drawn for a run, the target's address) is never reverted by undoing an unrelated edit.
class LinkDocument : public QObject
{
    Q_OBJECT
public:
    enum class Target
    {
        Sandbox, // the built-in local sandbox
        Connect, // Smartcar Connect
    };
    // What one undo step captures.
    struct State
    {
        ConnectRequest request; // its baseUrl is not part of the history: it follows the target
        Target target = Target::Sandbox;
        bool newStateEveryRun = true;
        friend bool operator==(const State &, const State &) = default;
    };

    explicit LinkDocument(QObject *parent = nullptr);
    ~LinkDocument() override;

    ConnectModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    State state() const;
    // Applies what changed between `from` and `to` on top of the current state (used by undo and redo).
    void applyChange(const State &from, const State &to);

    // Runs `apply` (which changes the model, the target or the run settings) and records it as one undo
    // step named `text`; consecutive edits with the same non-empty `mergeKey` merge into one step.
    void edit(const QString &text, const QString &mergeKey, const std::function<void()> &apply);
    // Replaces the request (as one undo step), keeping the target's address.
    void replaceRequest(const ConnectRequest &request, const QString &undoText);
    // Forgets the history (the starting point of a session is not an edit).
    void clearHistory();

    Target target() const { return m_target; }
    // Points the link at `target` (not an undo step of its own). Emits targetChanged.
    void setTarget(Target target);
    // Where the sandbox serves (or will serve): "http://127.0.0.1:PORT". Updates the link's address when the
    // target is the sandbox.
    void setSandboxAddress(const QString &baseUrl);
    QString sandboxAddress() const { return m_sandboxAddress; }
    QString targetBaseUrl(Target target) const;

    bool newStateEveryRun() const { return m_newStateEveryRun; }
    // A user's choice: one undo step (the checkbox). setNewStateEveryRunQuietly() is for loading settings.
    void setNewStateEveryRun(bool on);

    // Before a run: with "new state every run", draws a fresh state. That is not an undo step: Ctrl+Z after
    // a run undoes the user's own last edit and leaves the run's state alone.
    void prepareRun();

    // Imports a link that LinkImport read (one undo step "Import a link"): the request, the target that
    // matches the link's origin, and "new state every run" off (an imported link runs with its own state).
    // Returns what was normalized, one sentence each, for the banner.
    QStringList applyImport(const LinkImport &import);

    // The settings that ride along in a profile or the session: {"target", "newStateEveryRun"}.
    QJsonObject settings() const;
    // Applies them without an undo step (loading a profile or the session applies its request separately).
    void applySettings(const QJsonObject &settings);
    static QString targetName(Target target);

Q_SIGNALS:
    void targetChanged(connectlab::LinkDocument::Target target);
    void newStateEveryRunChanged(bool on);
    // Anything a session keeps changed (the link, the target, a setting).
    void changed();

private:
    void setNewStateEveryRunQuietly(bool on);

    ConnectModel *m_model;
    QUndoStack *m_undo;
    Target m_target = Target::Sandbox;
    QString m_sandboxAddress;
    bool m_newStateEveryRun = true;
};

} // namespace connectlab
