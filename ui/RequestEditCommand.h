#pragma once

#include "ConnectRequest.h"

#include <QUndoCommand>

namespace connectlab {

class ConnectModel;

// One undoable edit: the request before and after. Consecutive keystrokes in the same field merge into
// one command. The target's base URL is not part of the history (it follows the target, not the edits).
class RequestEditCommand : public QUndoCommand
{
public:
    RequestEditCommand(ConnectModel *model, const ConnectRequest &before, const ConnectRequest &after,
                       const QString &text, const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const ConnectRequest &request);

    ConnectModel *m_model;
    ConnectRequest m_before;
    ConnectRequest m_after;
    QString m_mergeKey;
};

} // namespace connectlab
