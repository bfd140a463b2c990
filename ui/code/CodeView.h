#pragma once

#include "CodeLanguages.h"
#include "CodeOptions.h"
#include "GeneratedCode.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace connectlab {

class CodeHighlighter;
class ConnectModel;

// The Code tab: the link as code for the chosen SDK (CodeGenerator), coloured (CodeHighlighter), read-only,
// with Copy and a note line saying what that SDK cannot express. It follows the link, but only generates
// while it is visible: edits made with the tab hidden mark it stale, and showing it brings it up to date.
class CodeView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ThrottleMs = 80;

    explicit CodeView(ConnectModel *model, QWidget *parent = nullptr);

    CodeLanguage language() const { return m_language; }
    void setLanguage(CodeLanguage language);
    CodeOptions::TokenModel tokenModel() const { return m_options.tokenModel; }
    void setTokenModel(CodeOptions::TokenModel model);

    const GeneratedCode &generated() const { return m_generated; }
    QString code() const;
    // How many times the code was generated (the Code tab must not work while it is hidden).
    int generations() const { return m_generations; }
    // Brings the code up to date now, if the link changed since (the throttle would within ThrottleMs).
    void flush();
    // Copies the code (up to date) to the clipboard.
    void copy();

Q_SIGNALS:
    void copied();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void modelChanged();
    void regenerate();
    void display(const QString &code);

    ConnectModel *m_model;
    CodeLanguage m_language = CodeLanguage::Node;
    CodeOptions m_options;
    GeneratedCode m_generated;
    QString m_shown; // the text the editor holds
    bool m_stale = true;
    int m_generations = 0;

    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QToolButton *m_copyButton = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    QTimer *m_throttle = nullptr;
};

} // namespace connectlab
