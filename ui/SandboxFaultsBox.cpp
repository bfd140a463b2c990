#include "SandboxFaultsBox.h"

#include "Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace connectlab {

using sandbox::SandboxFaults;

SandboxFaultsBox::SandboxFaultsBox(sandbox::SandboxServer *server, QWidget *parent)
    : QWidget(parent), m_server(server)
{
    auto *caption =
        new QLabel(tr("<b>Faults</b>: make the sandbox misbehave, to see how your app copes. They "
                      "apply to every app until cleared."),
                   this);
    caption->setObjectName(QStringLiteral("sandboxFaultsCaption"));
    caption->setWordWrap(true);

    m_latencyPath = new QLineEdit(this);
    m_latencyPath->setObjectName(QStringLiteral("sandboxFaultLatencyPath"));
    m_latencyPath->setPlaceholderText(tr("/oauth/token, or * for every request"));
    m_latencyMs = new QSpinBox(this);
    m_latencyMs->setObjectName(QStringLiteral("sandboxFaultLatencyMs"));
    m_latencyMs->setAccessibleName(tr("Added latency in milliseconds"));
    m_latencyMs->setRange(0, 120000);
    m_latencyMs->setSingleStep(100);
    m_latencyMs->setSuffix(tr(" ms"));
    m_latencyMs->setSpecialValueText(tr("none"));
    auto *latencyRow = new QHBoxLayout;
    latencyRow->addWidget(m_latencyPath, 1);
    latencyRow->addWidget(m_latencyMs);

    m_statusPath = new QLineEdit(this);
    m_statusPath->setObjectName(QStringLiteral("sandboxFaultStatusPath"));
    m_statusPath->setPlaceholderText(tr("/v3/vehicles, /oauth2/token, …"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("sandboxFaultStatusCombo"));
    m_status->addItem(tr("none"), 0);
    for (int code : {429, 500, 502, 503, 504})
        m_status->addItem(QString::number(code), code);
    m_times = new QSpinBox(this);
    m_times->setObjectName(QStringLiteral("sandboxFaultStatusTimes"));
    m_times->setAccessibleName(tr("How many requests get the error status (0: all)"));
    m_times->setRange(0, 100000);
    m_times->setSpecialValueText(tr("every time"));
    m_times->setPrefix(tr("times: "));
    m_times->setToolTip(tr("How many requests get it (then the real answer again); 0: every one"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusPath, 1);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_times);

    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("sandboxFaultCodeCombo"));
    m_code->addItem(tr("fine"), QStringLiteral("fine"));
    m_code->addItem(tr("already expired when exchanged"), QStringLiteral("expired"));
    m_code->addItem(tr("already used"), QStringLiteral("used"));
    m_redirect = new QComboBox(this);
    m_redirect->setObjectName(QStringLiteral("sandboxFaultRedirectCombo"));
    m_redirect->addItem(tr("fine"), QStringLiteral("fine"));
    m_redirect->addItem(tr("never (the last screen waits)"), QStringLiteral("never"));
    m_redirect->addItem(tr("malformed (a broken Location)"), QStringLiteral("malformed"));

    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("sandboxFaultsApplyButton"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("sandboxFaultsClearButton"));
    m_clear->setToolTip(tr("No faults: the sandbox behaves again"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_apply);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sandboxFaultsError"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::severityColor(Severity::Error, p));
    m_error->setPalette(p);
    m_error->hide();
    m_inForce = new QLabel(this);
    m_inForce->setObjectName(QStringLiteral("sandboxFaultsInForce"));
    m_inForce->setWordWrap(true);
    m_inForce->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Latency:"), latencyRow);
    form->addRow(tr("&Status:"), statusRow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Redirect:"), m_redirect);
    // The mnemonics go to the first field of each row.
    if (auto *label = qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget()))
        label->setBuddy(m_latencyPath);
    if (auto *label = qobject_cast<QLabel *>(form->itemAt(1, QFormLayout::LabelRole)->widget()))
        label->setBuddy(m_statusPath);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(caption);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_inForce);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &SandboxFaultsBox::apply);
    connect(m_clear, &QPushButton::clicked, this, &SandboxFaultsBox::clear);
    connect(m_latencyPath, &QLineEdit::returnPressed, this, &SandboxFaultsBox::apply);
    connect(m_statusPath, &QLineEdit::returnPressed, this, &SandboxFaultsBox::apply);
    connect(m_server, &sandbox::SandboxServer::faultsChanged, this, &SandboxFaultsBox::showInForce);
    showInForce();
}

bool SandboxFaultsBox::build(SandboxFaults *faults, QString *error) const
{
    // The JSON the control endpoint takes, read by the same rules.
    QJsonObject json;
    if (m_latencyMs->value() > 0 || !m_latencyPath->text().trimmed().isEmpty()) {
        const QString path = m_latencyPath->text().trimmed();
        json.insert(
            QLatin1String("latency"),
            QJsonArray{QJsonObject{{QStringLiteral("path"), path.isEmpty() ? QStringLiteral("*") : path},
                                   {QStringLiteral("ms"), m_latencyMs->value()}}});
    }
    const int status = m_status->currentData().toInt();
    if (status > 0) {
        const QString path = m_statusPath->text().trimmed();
        QJsonObject entry{{QStringLiteral("path"), path.isEmpty() ? QStringLiteral("*") : path},
                          {QStringLiteral("status"), status}};
        if (m_times->value() > 0)
            entry.insert(QLatin1String("times"), m_times->value());
        json.insert(QLatin1String("status"), QJsonArray{entry});
    }
    json.insert(QLatin1String("code"), m_code->currentData().toString());
    json.insert(QLatin1String("redirect"), m_redirect->currentData().toString());
    return SandboxFaults::fromJson(json, faults, error);
}

bool SandboxFaultsBox::apply()
{
    SandboxFaults faults;
    QString error;
    if (!build(&faults, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_server->setFaults(faults);
    return true;
}

void SandboxFaultsBox::clear()
{
    m_latencyPath->clear();
    m_latencyMs->setValue(0);
    m_statusPath->clear();
    m_status->setCurrentIndex(0);
    m_times->setValue(0);
    m_code->setCurrentIndex(0);
    m_redirect->setCurrentIndex(0);
    m_error->hide();
    m_server->setFaults({});
}

void SandboxFaultsBox::showInForce()
{
    const SandboxFaults &faults = m_server->faults();
    if (faults.isEmpty()) {
        m_inForce->setText(tr("No faults: the sandbox answers as Connect does."));
        return;
    }
    m_inForce->setText(
        tr("In force: <code>%1</code>")
            .arg(QString::fromUtf8(QJsonDocument(faults.toJson()).toJson(QJsonDocument::Compact))
                     .toHtmlEscaped()));
}

} // namespace connectlab
