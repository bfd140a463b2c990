#pragma once

#include <QGroupBox>
#include <QList>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace connectlab {

class ConnectModel;
class FieldRegistry;
class LinkDocument;

// One group of the form (application, authorization, vehicle selection, flags, extras). A section builds
// its widgets, registers them with the FieldRegistry, shows the model's values (model → widget, only what
// changed) and turns the user's edits into undo steps of the document (widget → document; only user signals
// such as textEdited or activated write, so nothing loops).
class FormSection : public QGroupBox
{
    Q_OBJECT
public:
    FormSection(const QString &title, LinkDocument *document, FieldRegistry *fields, QWidget *parent);

    // Re-colours what follows the palette (the parameter names under the labels).
    virtual void refreshColors();

protected:
    LinkDocument *document() const { return m_document; }
    ConnectModel *model() const;
    FieldRegistry *fields() const { return m_fields; }
    QFormLayout *formLayout();

    // A row label: `text` (with its mnemonic), the parameter's name in small grey monospace below it, the
    // catalog's description as the tooltip, and `buddy` as the widget it focuses.
    QLabel *rowLabel(const QString &text, const QString &parameter, QWidget *buddy);
    // `field` with a small label beside it for the field's diagnostic icon; returns the box to lay out and
    // sets *indicator.
    QWidget *withIndicator(QWidget *field, QLabel **indicator);
    // The catalog's description of a parameter ("" for unknown names).
    static QString description(const QString &parameter);
    // Sets the line edit's text only when it differs (keeps the cursor while the user types).
    static void showText(QLineEdit *edit, const QString &value);

    void changeEvent(QEvent *event) override;

private:
    struct LabelInfo
    {
        QLabel *label;
        QString text;
        QString parameter;
    };
    void showLabel(const LabelInfo &label) const;

    LinkDocument *m_document;
    FieldRegistry *m_fields;
    QFormLayout *m_form = nullptr;
    QList<LabelInfo> m_labels;
};

} // namespace connectlab
