#include "DocumentEditCommand.h"

namespace connectlab {

DocumentEditCommand::DocumentEditCommand(LinkDocument *document, const LinkDocument::State &before,
                                         const LinkDocument::State &after, const QString &text,
                                         const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after), m_mergeKey(mergeKey)
{
}

void DocumentEditCommand::undo()
{
    m_document->applyChange(m_after, m_before);
}

void DocumentEditCommand::redo()
{
    // QUndoStack::push() redoes at once: the edit is already applied then.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_document->applyChange(m_before, m_after);
}

int DocumentEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x434c;
}

bool DocumentEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocumentEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace connectlab
