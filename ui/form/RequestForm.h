#pragma once

#include <QWidget>

namespace connectlab {

class ApplicationSection;
class AuthorizationSection;
class ExtrasSection;
class FieldRegistry;
class FlagsSection;
class FormSection;
class LinkDocument;
class VehicleSection;

// The form: every parameter of the link, in five sections (application, authorization, vehicle selection,
// flags, extras), each edited by the widget that fits its value. It binds to a LinkDocument: the user's edits
// become undo steps of the document, the model's changes come back to the widgets, and the model's
// diagnostics are shown on the fields (FieldRegistry). The form builds no link and decides no validity.
class RequestForm : public QWidget
{
    Q_OBJECT
public:
    explicit RequestForm(LinkDocument *document, QWidget *parent = nullptr);
    ~RequestForm() override;

    // The widget that shows a diagnostic's field ("state", "flags.country", an extra's name …), or nullptr.
    QWidget *widgetForField(const QString &field) const;
    // Focuses that field (its row, for tables); returns the focused widget or nullptr.
    QWidget *focusField(const QString &field);

    // Draws a fresh state (undoable).
    void generateState();
    void refreshColors();

Q_SIGNALS:
    // The user asked to register the link's client id or redirect URI with the target (the local sandbox).
    void registerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDiagnostics();

    LinkDocument *m_document;
    FieldRegistry *m_fields;
    AuthorizationSection *m_authorization;
    QList<FormSection *> m_sections;
};

} // namespace connectlab
