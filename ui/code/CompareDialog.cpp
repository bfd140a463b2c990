#include "CompareDialog.h"

#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace connectlab {

namespace {

enum Column
{
    ParameterColumn,
    LeftColumn,
    RightColumn,
    DifferenceColumn,
    ColumnCount
};

QPlainTextEdit *linkEdit(const QString &objectName, const QString &name, const QString &placeholder,
                         QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(placeholder);
    edit->setPlaceholderText(placeholder);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

CompareDialog::CompareDialog(const QString &currentLink, QWidget *parent)
    : QDialog(parent), m_currentLink(currentLink)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare links"));
    resize(960, 620);

    m_left = linkEdit(QStringLiteral("compareLeftEdit"), tr("Left link"),
                      tr("The first link (a URL or its query string)"), this);
    m_right = linkEdit(QStringLiteral("compareRightEdit"), tr("Right link"), tr("The second link"), this);
    m_useCurrent = new QPushButton(tr("Use the &current link"), this);
    m_useCurrent->setObjectName(QStringLiteral("compareUseCurrentButton"));
    m_useCurrent->setToolTip(tr("Put the window's link on the left"));
    m_swap = new QPushButton(tr("S&wap"), this);
    m_swap->setObjectName(QStringLiteral("compareSwapButton"));
    m_strict = new QCheckBox(tr("The order of &scope entries and flags counts"), this);
    m_strict->setObjectName(QStringLiteral("compareStrictOrderCheck"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setAccessibleDescription(tr("Each parameter that differs: its value on the left, on the right, "
                                         "and what the difference does"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Left"), tr("Right"), tr("What differs")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(ParameterColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeftColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RightColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DifferenceColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(LeftColumn, 220);
    m_table->setColumnWidth(RightColumn, 220);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("compareNotesLabel"));
    m_notes->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("compareButtons"));

    auto *inputs = new QGridLayout;
    inputs->addWidget(new QLabel(tr("&Left:"), this), 0, 0);
    inputs->addWidget(m_left, 0, 1);
    inputs->addWidget(new QLabel(tr("&Right:"), this), 1, 0);
    inputs->addWidget(m_right, 1, 1);
    qobject_cast<QLabel *>(inputs->itemAtPosition(0, 0)->widget())->setBuddy(m_left);
    qobject_cast<QLabel *>(inputs->itemAtPosition(1, 0)->widget())->setBuddy(m_right);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_useCurrent);
    tools->addWidget(m_swap);
    tools->addWidget(m_strict);
    tools->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addLayout(tools);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    connect(m_left, &QPlainTextEdit::textChanged, this, &CompareDialog::compare);
    connect(m_right, &QPlainTextEdit::textChanged, this, &CompareDialog::compare);
    connect(m_strict, &QCheckBox::toggled, this, &CompareDialog::compare);
    connect(m_useCurrent, &QPushButton::clicked, this, [this] { m_left->setPlainText(m_currentLink); });
    connect(m_swap, &QPushButton::clicked, this, [this] { setLinks(rightText(), leftText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_left->setPlainText(currentLink);
    compare();
}

void CompareDialog::setLinks(const QString &left, const QString &right)
{
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_left->setPlainText(left);
    m_right->setPlainText(right);
    compare();
}

QString CompareDialog::leftText() const
{
    return m_left->toPlainText();
}

QString CompareDialog::rightText() const
{
    return m_right->toPlainText();
}

void CompareDialog::compare()
{
    const QString left = leftText().trimmed();
    const QString right = rightText().trimmed();
    if (left.isEmpty() || right.isEmpty()) {
        m_diff = LinkDiff();
        m_summary->setText(tr("Paste a link on each side to compare them."));
    } else {
        LinkDiff::Options options;
        options.strictOrder = m_strict->isChecked();
        m_diff = LinkDiff::compare(left, right, options);
        if (!m_diff.isOk())
            m_summary->setText(m_diff.error());
        else if (m_diff.same())
            m_summary->setText(tr("✓ The links mean the same."));
        else
            m_summary->setText(tr("✗ %n difference(s): the links do not mean the same.", nullptr,
                                  int(m_diff.differences().size())));
    }
    showRows();
    m_notes->setText(m_diff.notes().isEmpty() ? QString()
                                              : tr("Ignored:") + QStringLiteral("\n• ") +
                                                    m_diff.notes().join(QStringLiteral("\n• ")));
    m_notes->setVisible(!m_diff.notes().isEmpty());
    Q_EMIT compared();
}

void CompareDialog::showRows()
{
    const QList<LinkDiffRow> &rows = m_diff.rows();
    m_table->setRowCount(int(rows.size()));
    const QColor differs = Theme::tint(Severity::Warning, palette());
    for (int i = 0; i < rows.size(); ++i) {
        const LinkDiffRow &row = rows.at(i);
        const QString none = tr("(not in the link)");
        const QStringList cells = {row.parameter,
                                   row.left.isEmpty() ? none : row.left.join(QLatin1StringView("\n")),
                                   row.right.isEmpty() ? none : row.right.join(QLatin1StringView("\n")),
                                   row.differs() ? row.messages.join(QLatin1StringView("\n")) : row.note};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (row.differs())
                item->setBackground(differs);
            if ((column == LeftColumn && row.left.isEmpty()) ||
                (column == RightColumn && row.right.isEmpty()) ||
                (column == DifferenceColumn && !row.differs())) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

void CompareDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showRows();
}

} // namespace connectlab
