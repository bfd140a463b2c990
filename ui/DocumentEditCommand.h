#pragma once

#include "LinkDocument.h"

#include <QUndoCommand>

namespace connectlab {

// One undoable edit of a LinkDocument: its state before and after. Undo and redo apply only what the edit
// changed, on top of the document as it is now. Consecutive edits with the same merge key merge into one
// command (keystrokes in one field).
class DocumentEditCommand : public QUndoCommand
{
public:
    DocumentEditCommand(LinkDocument *document, const LinkDocument::State &before,
                        const LinkDocument::State &after, const QString &text, const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    LinkDocument *m_document;
    LinkDocument::State m_before;
    LinkDocument::State m_after;
    QString m_mergeKey;
    bool m_firstRedo = true;
};

} // namespace connectlab
