#include "ImportDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace connectlab {

ImportDialog::ImportDialog(const QString &suggestion, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a link"));
    auto *hint =
        new QLabel(tr("Paste a Connect link or its query string. Any SDK's encoding is fine; nothing is "
                      "lost. Return imports it."),
                   this);
    hint->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setAccessibleName(tr("The link to import"));
    m_text->setPlainText(suggestion);
    m_text->selectAll();
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    hint->setBuddy(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("importButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 220);
}

QString ImportDialog::text() const
{
    return m_text->toPlainText();
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace connectlab
