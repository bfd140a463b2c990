#pragma once

#include "sandbox/SandboxServer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace connectlab {

// The Sandbox tab's Faults section: simple controls (one latency, one status answer, the code, the
// redirect) that build a SandboxFaults for the running sandbox, Apply and Clear, and a line saying what is
// in force (a status fault's "times" counts down as requests use it). SandboxFaults::fromJson checks what
// was built, so the section says what the control endpoint would.
class SandboxFaultsBox : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxFaultsBox(sandbox::SandboxServer *server, QWidget *parent = nullptr);

    // The faults the controls describe; false and *error when they make no sense (a path without "/").
    bool build(sandbox::SandboxFaults *faults, QString *error) const;
    bool apply();
    void clear();

private:
    void showInForce();

    sandbox::SandboxServer *m_server;
    QLineEdit *m_latencyPath;
    QSpinBox *m_latencyMs;
    QLineEdit *m_statusPath;
    QComboBox *m_status;
    QSpinBox *m_times;
    QComboBox *m_code;
    QComboBox *m_redirect;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_error;
    QLabel *m_inForce;
};

} // namespace connectlab
