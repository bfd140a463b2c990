#include "RequestEditCommand.h"

#include "ConnectModel.h"

namespace connectlab {

RequestEditCommand::RequestEditCommand(ConnectModel *model, const ConnectRequest &before,
                                       const ConnectRequest &after, const QString &text,
                                       const QString &mergeKey)
    : QUndoCommand(text), m_model(model), m_before(before), m_after(after), m_mergeKey(mergeKey)
{
}

void RequestEditCommand::apply(const ConnectRequest &request)
{
    ConnectRequest next = request;
    next.baseUrl = m_model->baseUrl();
    m_model->setRequest(next); // a no-op when the model already holds it (the first redo)
}

void RequestEditCommand::undo()
{
    apply(m_before);
}

void RequestEditCommand::redo()
{
    apply(m_after);
}

int RequestEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x434c;
}

bool RequestEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RequestEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace connectlab
