#include "RequestForm.h"

#include "ApplicationSection.h"
#include "AuthorizationSection.h"
#include "ConnectModel.h"
#include "ExtrasSection.h"
#include "FieldDecorator.h"
#include "FieldRegistry.h"
#include "FlagsSection.h"
#include "LinkDocument.h"
#include "VehicleSection.h"

#include <QEvent>
#include <QVBoxLayout>

namespace connectlab {

RequestForm::RequestForm(LinkDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_fields(new FieldRegistry(this))
{
    setObjectName(QStringLiteral("requestForm"));
    // Created in reading order: that is the order Tab follows.
    auto *application = new ApplicationSection(document, m_fields, this);
    m_authorization = new AuthorizationSection(document, m_fields, this);
    connect(application, &ApplicationSection::registerRequested, this, &RequestForm::registerRequested);
    m_sections = {application, m_authorization, new VehicleSection(document, m_fields, this),
                  new FlagsSection(document, m_fields, this), new ExtrasSection(document, m_fields, this)};
    auto *layout = new QVBoxLayout(this);
    for (FormSection *section : std::as_const(m_sections))
        layout->addWidget(section);
    layout->addStretch();

    connect(document->model(), &ConnectModel::diagnosticsChanged, this, &RequestForm::showDiagnostics);
    showDiagnostics();
}

RequestForm::~RequestForm() = default;

QWidget *RequestForm::widgetForField(const QString &field) const
{
    return m_fields->widgetFor(field, m_document->model()->extras());
}

QWidget *RequestForm::focusField(const QString &field)
{
    return m_fields->focus(field, m_document->model()->extras());
}

void RequestForm::generateState()
{
    m_authorization->generateState();
}

void RequestForm::showDiagnostics()
{
    m_fields->show(m_document->model()->diagnostics(), m_document->model()->extras());
}

void RequestForm::refreshColors()
{
    for (FormSection *section : std::as_const(m_sections))
        section->refreshColors();
    m_fields->decorator()->refreshColors();
}

void RequestForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        refreshColors();
}

} // namespace connectlab
