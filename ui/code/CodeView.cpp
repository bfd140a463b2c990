#include "CodeView.h"

#include "CodeGenerator.h"
#include "CodeHighlighter.h"
#include "ConnectModel.h"
#include "Icons.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace connectlab {

CodeView::CodeView(ConnectModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("codeView"));

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("codeLanguageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->setAccessibleDescription(
        tr("The language and official Smartcar SDK to write the link in"));
    for (CodeLanguage language : CodeLanguages::all()) {
        m_languageCombo->addItem(CodeLanguages::displayName(language), int(language));
        const QString package = CodeLanguages::package(language);
        m_languageCombo->setItemData(
            m_languageCombo->count() - 1,
            package.isEmpty() ? CodeLanguages::source(language)
                              : tr("%1, following %2").arg(package, CodeLanguages::source(language)),
            Qt::ToolTipRole);
    }
    m_languageCombo->setToolTip(tr("The language and official Smartcar SDK to write the link in"));

    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("codeModelCombo"));
    m_modelCombo->setAccessibleName(tr("Token model"));
    m_modelCombo->addItem(tr("Both token models"), int(CodeOptions::TokenModel::Both));
    m_modelCombo->addItem(tr("Per-vehicle tokens (v2)"), int(CodeOptions::TokenModel::PerVehicle));
    m_modelCombo->addItem(tr("API Authentication (v3)"), int(CodeOptions::TokenModel::ApiAuthentication));
    m_modelCombo->setToolTip(
        tr("Which token request curl makes: the code exchange or the client-credentials token"));

    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("codeCopyButton"));
    m_copyButton->setText(tr("Cop&y code"));
    m_copyButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setAutoRaise(true);
    m_copyButton->setToolTip(tr("Copy the code to the clipboard"));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("codeText"));
    m_text->setAccessibleName(tr("Code"));
    m_text->setAccessibleDescription(tr("The code that makes the link with the chosen SDK (read-only)"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->document()->setUndoRedoEnabled(false);
    m_highlighter = new CodeHighlighter(m_text->document());
    m_highlighter->setPalette(palette());

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("codeNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_languageCombo, 1);
    header->addWidget(m_modelCombo);
    header->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);

    connect(m_languageCombo, &QComboBox::activated, this,
            [this](int index) { setLanguage(CodeLanguage(m_languageCombo->itemData(index).toInt())); });
    connect(m_modelCombo, &QComboBox::activated, this, [this](int index) {
        setTokenModel(CodeOptions::TokenModel(m_modelCombo->itemData(index).toInt()));
    });
    connect(m_copyButton, &QToolButton::clicked, this, &CodeView::copy);
    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(ThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            regenerate();
    });
    connect(m_model, &ConnectModel::changed, this, &CodeView::modelChanged);
    m_modelCombo->setVisible(false);
}

void CodeView::setLanguage(CodeLanguage language)
{
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(int(language)));
    m_modelCombo->setVisible(language == CodeLanguage::Curl);
    if (language == m_language && !m_stale)
        return;
    m_language = language;
    m_stale = true;
    if (isVisible())
        regenerate();
}

void CodeView::setTokenModel(CodeOptions::TokenModel model)
{
    m_modelCombo->setCurrentIndex(m_modelCombo->findData(int(model)));
    if (model == m_options.tokenModel)
        return;
    m_options.tokenModel = model;
    m_stale = true;
    if (isVisible())
        regenerate();
}

QString CodeView::code() const
{
    return m_text->toPlainText();
}

void CodeView::flush()
{
    m_throttle->stop();
    if (m_stale)
        regenerate();
}

void CodeView::copy()
{
    flush();
    QGuiApplication::clipboard()->setText(m_generated.code);
    Q_EMIT copied();
}

void CodeView::modelChanged()
{
    m_stale = true;
    // Hidden, the tab does no work: showing it catches up. Shown, it catches up at most every ThrottleMs
    // while the user types, so a keystroke costs no more than with the tab hidden.
    if (isVisible() && !m_throttle->isActive())
        m_throttle->start();
}

void CodeView::display(const QString &code)
{
    // Only the lines that changed are replaced (a keystroke in the state changes one), so the highlighter
    // colours those again and the reader's place and selection stay; anything else is set anew.
    const QStringList before = m_shown.split(u'\n');
    const QStringList after = code.split(u'\n');
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype oldEnd = before.size() - tail;
    const qsizetype newEnd = after.size() - tail;
    QTextDocument *document = m_text->document();
    m_highlighter->prepare(code, m_language);
    if (!m_shown.isEmpty() && head < oldEnd && head < newEnd && document->blockCount() == before.size()) {
        const QTextBlock first = document->findBlockByNumber(int(head));
        const QTextBlock last = document->findBlockByNumber(int(oldEnd - 1));
        QTextCursor cursor(document);
        cursor.setPosition(first.position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertText(after.mid(head, newEnd - head).join(u'\n'));
    } else if (code != m_shown) {
        const int scroll = m_text->verticalScrollBar()->value();
        m_text->setPlainText(code);
        m_text->verticalScrollBar()->setValue(scroll);
    }
    m_shown = code;
}

void CodeView::regenerate()
{
    m_throttle->stop();
    m_stale = false;
    ++m_generations;
    GeneratedCode next = CodeGenerator::generate(m_language, m_model->request(), m_options);
    const bool codeChanged = next.code != m_generated.code || next.language != m_generated.language;
    const bool notesChanged =
        m_generations == 1 || next.notes != m_generated.notes || next.language != m_generated.language;
    m_generated = std::move(next);
    if (codeChanged)
        display(m_generated.code);
    if (notesChanged) {
        const QString name = CodeLanguages::displayName(m_language);
        if (m_generated.notes.isEmpty())
            m_note->setText(tr("%1 says everything in this link with its own options.").arg(name));
        else
            m_note->setText(
                tr("Not in the options of %1 (the comments in the code say how it is done):").arg(name) +
                QStringLiteral("\n• ") + m_generated.notes.join(QStringLiteral("\n• ")));
    }
}

void CodeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        regenerate();
}

void CodeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace connectlab
