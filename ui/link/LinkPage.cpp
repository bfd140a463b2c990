#include "LinkPage.h"

#include "ConnectModel.h"
#include "DiagnosticsView.h"
#include "LinkView.h"
#include "ParameterTable.h"
#include "Theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace connectlab {

namespace {

QWidget *captioned(const QString &caption, const QString &objectName, QWidget *content, QWidget *parent)
{
    auto *label = new QLabel(caption, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(label);
    column->addWidget(content, 1);
    return box;
}

} // namespace

LinkPage::LinkPage(ConnectModel *model, const QList<QAction *> &copyActions, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("linkPage"));

    // The verdict gets a line of its own (it wraps when it must); the copy buttons sit beside the link's
    // caption, so nothing squeezes the verdict into a column at small window sizes.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("linkStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);

    // The link needs no caption: the verdict above names it, and each parameter explains itself on hover.
    auto *captionRow = new QHBoxLayout;
    captionRow->setContentsMargins(0, 0, 0, 0);
    captionRow->addStretch(1);
    for (QAction *action : copyActions) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setObjectName(action->objectName() + QStringLiteral("Button"));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        captionRow->addWidget(b, 0, Qt::AlignBottom);
    }
    // After the copy buttons, so Tab goes from them to the link, the decoded table and the problems.
    m_linkView = new LinkView(this);
    m_parameters = new ParameterTable(this);
    m_diagnostics = new DiagnosticsView(this);
    auto *linkBox = new QWidget(this);
    auto *linkColumn = new QVBoxLayout(linkBox);
    linkColumn->setContentsMargins(0, 0, 0, 0);
    linkColumn->addLayout(captionRow);
    linkColumn->addWidget(m_linkView, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("linkPageSplitter"));
    vertical->addWidget(linkBox);
    vertical->addWidget(captioned(tr("<b>Decoded</b>: what you set, and what applies where you set nothing."),
                                  QStringLiteral("parametersCaption"), m_parameters, this));
    vertical->addWidget(captioned(tr("<b>Problems</b> (double-click or Enter to go to the field)"),
                                  QStringLiteral("diagnosticsCaption"), m_diagnostics, this));
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 3);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({120, 220, 220});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(vertical, 1);

    connect(m_model, &ConnectModel::urlChanged, this, &LinkPage::showLink);
    connect(m_model, &ConnectModel::diagnosticsChanged, this, &LinkPage::showDiagnostics);
    connect(m_diagnostics, &DiagnosticsView::fieldActivated, this, &LinkPage::fieldActivated);
    showLink();
    showDiagnostics();
}

void LinkPage::showLink()
{
    m_linkView->setLink(m_model->url());
    m_parameters->setRequest(m_model->request());
}

void LinkPage::showDiagnostics()
{
    m_diagnostics->setDiagnostics(m_model->diagnostics());
    showStatus();
}

void LinkPage::showStatus()
{
    int errors = 0, warnings = 0, notes = 0;
    for (const Diagnostic &d : m_model->diagnostics()) {
        if (d.severity == Severity::Error)
            ++errors;
        else if (d.severity == Severity::Warning)
            ++warnings;
        else
            ++notes;
    }
    const QPalette p = palette();
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (notes)
        parts << tr("%n note(s)", nullptr, notes);
    QString text;
    QColor color;
    if (errors) {
        color = Theme::severityColor(Severity::Error, p);
        text =
            QStringLiteral("✗ ") + tr("Connect will refuse this link: ") + parts.join(QStringLiteral(", "));
    } else {
        color = warnings ? Theme::severityColor(Severity::Warning, p) : Theme::okColor(p);
        text = QStringLiteral("✓ ") + tr("Valid link") +
               (parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')');
    }
    m_status->setText(QStringLiteral("<span style=\"color:") + color.name() +
                      QStringLiteral("; font-weight:bold\">") + text.toHtmlEscaped() +
                      QStringLiteral("</span>"));
    m_status->setProperty("severity", errors     ? QStringLiteral("error")
                                      : warnings ? QStringLiteral("warning")
                                                 : QStringLiteral("none"));
}

void LinkPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        showStatus();
}

} // namespace connectlab
