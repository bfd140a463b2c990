#include "ProfilesDialog.h"

#include "ProfileStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace connectlab {

ProfilesDialog::ProfilesDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QListWidget(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Manage profiles"));
    m_list->setObjectName(QStringLiteral("profilesList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    m_message->setWordWrap(true);

    m_load = new QPushButton(tr("&Load"), this);
    m_load->setObjectName(QStringLiteral("profilesLoadButton"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("profilesRenameButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("profilesDeleteButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_load->click(); });
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty()) {
            Q_EMIT loadRequested(selectedName());
            accept();
        }
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"),
                                                   QLineEdit::Normal, selectedName(), &ok);
        if (ok)
            renameSelected(name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete profile"), tr("Delete the profile “%1”? This cannot be undone.").arg(name));
        deleteSelected(answer == QMessageBox::Yes);
    });
    refresh();
    resize(460, 320);
}

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void ProfilesDialog::refresh(const QString &select)
{
    m_list->clear();
    const QStringList names = m_store->names();
    m_list->addItems(names);
    const int row = int(names.indexOf(select));
    m_list->setCurrentRow(row >= 0 ? row : (names.isEmpty() ? -1 : 0));
    if (names.isEmpty())
        m_message->setText(tr("No saved profiles yet: File → Save profile saves the link under a name."));
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_load->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

bool ProfilesDialog::renameSelected(const QString &newName)
{
    const QString from = selectedName();
    const QString to = newName.trimmed();
    if (from.isEmpty() || to.isEmpty() || to == from)
        return false;
    if (m_store->names().contains(to, Qt::CaseInsensitive) || QFile::exists(m_store->pathFor(to))) {
        m_message->setText(
            tr("There is a profile “%1” already: choose another name (nothing was changed).").arg(to));
        return false;
    }
    Profile profile;
    QString error;
    if (!m_store->load(from, &profile, &error)) {
        m_message->setText(error);
        return false;
    }
    profile.name = to;
    if (!m_store->save(profile, &error)) {
        m_message->setText(error);
        return false;
    }
    m_store->remove(from);
    m_message->setText(tr("Renamed “%1” to “%2”.").arg(from, to));
    refresh(to);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfilesDialog::deleteSelected(bool confirmed)
{
    const QString name = selectedName();
    if (name.isEmpty() || !confirmed)
        return false;
    if (!m_store->remove(name)) {
        m_message->setText(tr("Could not delete “%1”.").arg(name));
        return false;
    }
    m_message->setText(tr("Deleted “%1”.").arg(name));
    refresh();
    Q_EMIT profilesChanged();
    return true;
}

} // namespace connectlab
