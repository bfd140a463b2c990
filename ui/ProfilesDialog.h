#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace connectlab {

class ProfileStore;

// File → Manage profiles: the saved profiles, to load, rename or delete (with a confirmation that names the
// profile). Nothing is lost silently: a rename never overwrites another profile, and a failure says why.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // What the buttons do, for tests and the keyboard; false with a message in the dialog when they cannot.
    bool renameSelected(const QString &newName);
    bool deleteSelected(bool confirmed);

Q_SIGNALS:
    void loadRequested(const QString &name);
    // A profile was renamed or deleted: the File → Load profile menu follows.
    void profilesChanged();

private:
    void refresh(const QString &select = {});
    void updateButtons();
    QString selectedName() const;

    ProfileStore *m_store;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_load;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace connectlab
