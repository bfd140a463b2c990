#include "PlanTab.h"

#include "DataLocation.h"
#include "ParameterSpec.h"
#include "PlanRunner.h"
#include "UrlParser.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace connectlab::plantab {

using connectlab::plan::CaseResult;
using connectlab::plan::PlanCase;
using connectlab::plan::TestPlan;

namespace {

QString expectText(const QJsonObject &expect)
{
    const QString error = expect.value(QStringLiteral("error")).toString();
    return expect.value(QStringLiteral("outcome")).toString() +
           (error.isEmpty() ? QString() : QLatin1Char(' ') + error);
}

} // namespace

PlanTab::PlanTab(std::function<QString()> currentLink, QWidget *parent)
    : QWidget(parent), m_currentLink(std::move(currentLink)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_progress(new QProgressBar(this)), m_detail(new QPlainTextEdit(this)), m_screenshot(new QLabel(this)),
      m_message(new QLabel(this)), m_runAll(new QPushButton(tr("Run &all"), this)),
      m_runSelected(new QPushButton(tr("Run &selected"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_openExample(new QPushButton(tr("Open the e&xample plan"), this)),
      m_examplePlan(connectlab::DataLocation::findFile(QStringLiteral("plans"), QStringLiteral("smoke.json")))
{
    setObjectName(QStringLiteral("planTab"));
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("openPlan"));
    auto *save = new QPushButton(tr("Sa&ve…"), this);
    save->setObjectName(QStringLiteral("savePlan"));
    auto *add = new QPushButton(tr("Add current &link as a case"), this);
    add->setObjectName(QStringLiteral("addCurrentLink"));
    auto *remove = new QPushButton(tr("Remove case"), this);
    remove->setObjectName(QStringLiteral("removeCase"));
    auto *junit = new QPushButton(tr("Save &JUnit…"), this);
    junit->setObjectName(QStringLiteral("saveJUnit"));
    auto *html = new QPushButton(tr("Save &HTML…"), this);
    html->setObjectName(QStringLiteral("saveHtml"));
    m_runAll->setObjectName(QStringLiteral("runAll"));
    m_runSelected->setObjectName(QStringLiteral("runSelected"));
    m_stop->setObjectName(QStringLiteral("stopPlan"));
    m_stop->setEnabled(false);
    m_table->setObjectName(QStringLiteral("planCases"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Overrides"), tr("Login"), tr("Click"), tr("Expected"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line per case, the whole text in the cell's tooltip: twenty cases fit without scrolling.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<Column, int> widths[] = {
        {NameColumn, 28}, {OverridesColumn, 14}, {LoginColumn, 14}, {ExpectColumn, 16}};
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, chars * ch);
    QComboBox probe;
    probe.addItems({QStringLiteral("approve"), QStringLiteral("deny"), QStringLiteral("none")});
    m_table->setColumnWidth(ClickColumn, probe.sizeHint().width() + 4);
    // The verdict first: it is what a run is for, and it stays in view on a narrow window.
    m_table->setColumnWidth(StatusColumn, 12 * ch);
    m_table->horizontalHeader()->moveSection(StatusColumn, 0);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Overrides: Connect parameters as name=value; name=value (an empty value removes "
                           "the parameter). Expected: code, user_id, error [code], connect_error_page [kind] "
                           "or timeout."));
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setValue(0);
    m_detail->setObjectName(QStringLiteral("planDetail"));
    m_detail->setReadOnly(true);
    m_screenshot->setObjectName(QStringLiteral("planScreenshot"));
    m_screenshot->setAlignment(Qt::AlignCenter);
    m_screenshot->setMinimumHeight(120);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_openExample->setObjectName(QStringLiteral("openExamplePlan"));
    m_openExample->setToolTip(m_examplePlan);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {open, save, add, remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *empty = new QHBoxLayout;
    empty->addWidget(m_message, 1);
    empty->addWidget(m_openExample);
    auto *runs = new QHBoxLayout;
    for (QPushButton *button : {m_runAll, m_runSelected, m_stop})
        runs->addWidget(button);
    runs->addWidget(m_progress, 1);
    runs->addWidget(junit);
    runs->addWidget(html);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_detail);
    details->addWidget(m_screenshot);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(empty);
    layout->addWidget(split, 1);
    layout->addLayout(runs);

    connect(open, &QPushButton::clicked, this, &PlanTab::openDialog);
    connect(m_openExample, &QPushButton::clicked, this, [this] { openPlan(m_examplePlan); });
    connect(save, &QPushButton::clicked, this, &PlanTab::saveDialog);
    connect(add, &QPushButton::clicked, this, &PlanTab::addCurrentLink);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_plan.cases.size() || isRunning())
            return;
        m_plan.cases.removeAt(row);
        m_results.clear();
        fillTable();
        if (m_plan.cases.isEmpty())
            showEmptyState();
    });
    connect(junit, &QPushButton::clicked, this, [this] { saveReportDialog(true); });
    connect(html, &QPushButton::clicked, this, [this] { saveReportDialog(false); });
    connect(m_runAll, &QPushButton::clicked, this, &PlanTab::runAll);
    connect(m_runSelected, &QPushButton::clicked, this, &PlanTab::runSelected);
    connect(m_stop, &QPushButton::clicked, this, &PlanTab::stop);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling || row >= m_plan.cases.size())
            return;
        QJsonObject &written = m_plan.cases[row];
        const QString text = m_table->item(row, column)->text().trimmed();
        const auto setOrRemove = [&written](const QString &key, const QJsonValue &value, bool empty) {
            if (empty)
                written.remove(key);
            else
                written.insert(key, value);
        };
        switch (column) {
        case NameColumn:
            written.insert(QStringLiteral("name"), text);
            break;
        case OverridesColumn: {
            const QJsonObject set = overridesFromText(text);
            setOrRemove(QStringLiteral("set"), set, set.isEmpty());
            break;
        }
        case LoginColumn:
            setOrRemove(QStringLiteral("login"), text, text.isEmpty());
            break;
        case ExpectColumn: {
            QJsonObject expect = written.value(QStringLiteral("expect")).toObject();
            const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            expect.insert(QStringLiteral("outcome"), words.value(0));
            if (words.size() > 1)
                expect.insert(QStringLiteral("error"), words.at(1));
            else
                expect.remove(QStringLiteral("error"));
            written.insert(QStringLiteral("expect"), expect);
            break;
        }
        default:
            break;
        }
        m_table->item(row, column)->setToolTip(m_table->item(row, column)->text());
    });
    showEmptyState();
}

void PlanTab::showEmptyState()
{
    const bool haveExample = !m_examplePlan.isEmpty();
    m_openExample->setVisible(haveExample);
    say(haveExample ? tr("No test plan open. Open one, add the current link as a case, or start from the "
                         "example plan: Connect's outcomes, run against the offline sandbox.")
                    : tr("No test plan open. Open one, or add the current link as a case."),
        false);
}

PlanTab::~PlanTab() = default;

QString PlanTab::overridesText(const QJsonObject &set)
{
    QStringList parts;
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toString());
    return parts.join(QStringLiteral("; "));
}

QJsonObject PlanTab::overridesFromText(const QString &text)
{
    QJsonObject set;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        if (!name.isEmpty())
            set.insert(name, eq < 0 ? QString() : part.mid(eq + 1).trimmed());
    }
    return set;
}

void PlanTab::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: palette(link-visited); font-weight: bold")
                                   : QString());
}

bool PlanTab::openPlan(const QString &path)
{
    TestPlan plan;
    connectlab::plan::PlanError error;
    if (!TestPlan::load(path, &plan, &error, &connectlab::web::PlanRunner::checkFaults)) {
        say(error.toString(path), true); // the table keeps what it had
        return false;
    }
    m_path = path;
    setPlan(plan);
    say(tr("Opened %1: %n case(s).", nullptr, int(plan.cases.size())).arg(path), false);
    return true;
}

void PlanTab::setPlan(const TestPlan &plan)
{
    m_plan = plan;
    m_results.clear();
    fillTable();
    if (m_plan.cases.isEmpty())
        showEmptyState();
    else
        m_openExample->setVisible(false);
}

void PlanTab::fillTable()
{
    m_filling = true;
    m_table->setRowCount(int(m_plan.cases.size()));
    for (int row = 0; row < m_plan.cases.size(); ++row) {
        const QJsonObject &written = m_plan.cases.at(row);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (column == StatusColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, item);
        };
        cell(NameColumn, written.value(QStringLiteral("name")).toString());
        cell(OverridesColumn, overridesText(written.value(QStringLiteral("set")).toObject()));
        cell(LoginColumn, written.value(QStringLiteral("login")).toString());
        auto *click = new QComboBox(m_table);
        click->addItems({QStringLiteral("approve"), QStringLiteral("deny"), QStringLiteral("none")});
        click->setCurrentText(written.value(QStringLiteral("click")).toString(QStringLiteral("approve")));
        connect(click, &QComboBox::currentTextChanged, this, [this, row](const QString &value) {
            if (row < m_plan.cases.size())
                m_plan.cases[row].insert(QStringLiteral("click"), value);
        });
        m_table->setCellWidget(row, ClickColumn, click);
        cell(ClickColumn, QString());
        cell(ExpectColumn, expectText(written.value(QStringLiteral("expect")).toObject()));
        cell(StatusColumn, QString());
        setStatus(row);
    }
    m_filling = false;
}

bool PlanTab::currentPlan(TestPlan *out, QString *error) const
{
    const QByteArray json = QJsonDocument(m_plan.toJson()).toJson();
    TestPlan checked;
    connectlab::plan::PlanError planError;
    if (!TestPlan::parse(json, m_plan.baseDir, &checked, &planError,
                         &connectlab::web::PlanRunner::checkFaults)) {
        *error = planError.reason + QLatin1Char(' ') + planError.fix;
        return false;
    }
    *out = checked;
    return true;
}

bool PlanTab::savePlan(const QString &path)
{
    TestPlan plan;
    QString error;
    if (!currentPlan(&plan, &error)) {
        say(tr("Not saved: %1").arg(error), true);
        return false;
    }
    if (!m_plan.save(path, &error)) {
        say(error, true);
        return false;
    }
    m_path = path;
    say(tr("Saved %1.").arg(path), false);
    return true;
}

void PlanTab::addCurrentLink()
{
    const QString link = m_currentLink ? m_currentLink() : QString();
    if (link.isEmpty())
        return;
    QJsonObject set;
    if (m_plan.url.isEmpty() && m_plan.profile.isEmpty()) {
        m_plan.url = link;
    } else {
        // What the current link changes against the plan's base, by Connect name.
        connectlab::ConnectRequest base;
        connectlab::plan::PlanError ignored;
        m_plan.baseRequest(&base, &ignored);
        const connectlab::ConnectRequest current = connectlab::UrlParser::parse(link).request;
        for (const connectlab::ParameterSpec &spec : connectlab::ParameterSpec::all()) {
            if (connectlab::ParameterSpec::differs(base, current, spec.id))
                set.insert(QString(spec.name), connectlab::ParameterSpec::value(current, spec.id));
        }
        for (const connectlab::Parameter &extra : current.extras)
            if (base.extra(extra.name) != extra.value)
                set.insert(extra.name, extra.value);
    }
    QJsonObject written{
        {QStringLiteral("name"), tr("case %1").arg(m_plan.cases.size() + 1)},
        {QStringLiteral("click"), QStringLiteral("approve")},
        {QStringLiteral("expect"), QJsonObject{{QStringLiteral("outcome"), QStringLiteral("code")}}}};
    if (!set.isEmpty())
        written.insert(QStringLiteral("set"), set);
    m_plan.cases.append(written);
    m_openExample->setVisible(false);
    if (m_plan.cases.size() == 1)
        say(tr("Added the current link as a case: it expects a code. Run it, or add more."), false);
    fillTable();
    m_table->setCurrentCell(int(m_plan.cases.size()) - 1, NameColumn);
}

bool PlanTab::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void PlanTab::runAll()
{
    QList<int> rows;
    for (int row = 0; row < m_plan.cases.size(); ++row)
        rows.append(row);
    run(rows);
}

void PlanTab::runSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end());
    run(rows);
}

void PlanTab::stop()
{
    if (m_runner)
        m_runner->stop();
}

void PlanTab::run(const QList<int> &rows)
{
    if (isRunning() || rows.isEmpty())
        return;
    TestPlan plan;
    QString error;
    if (!currentPlan(&plan, &error)) {
        say(tr("Cannot run: %1").arg(error), true);
        return;
    }
    QList<PlanCase> all;
    connectlab::plan::PlanError planError;
    plan.expand(&all, &planError, &connectlab::web::PlanRunner::checkFaults);
    QList<PlanCase> cases;
    for (const PlanCase &planCase : std::as_const(all))
        if (rows.contains(planCase.caseIndex))
            cases.append(planCase);
    delete m_runner;
    connectlab::web::PlanRunner::Options options;
    options.jobs = 2;
    m_runner = new connectlab::web::PlanRunner(plan, cases, options, this);
    if (!m_runner->prepare(&error)) {
        say(tr("Cannot run: %1").arg(error), true);
        return;
    }
    m_results = m_runner->results();
    m_progress->setRange(0, int(cases.size()));
    m_progress->setValue(0);
    for (int row : rows)
        setStatus(row);
    const auto update = [this](int index) {
        m_results[index] = m_runner->results().at(index);
        setStatus(m_results.at(index).planCase.caseIndex);
        if (m_table->currentRow() == m_results.at(index).planCase.caseIndex)
            showRow(m_table->currentRow());
    };
    connect(m_runner, &connectlab::web::PlanRunner::caseStarted, this, update);
    connect(m_runner, &connectlab::web::PlanRunner::caseFinished, this, [this, update](int index) {
        update(index);
        m_progress->setValue(m_progress->value() + 1);
    });
    connect(m_runner, &connectlab::web::PlanRunner::finished, this, [this] {
        m_results = m_runner->results();
        m_report = m_runner->report();
        m_report.planFile = m_path;
        for (int row = 0; row < m_plan.cases.size(); ++row)
            setStatus(row);
        m_runAll->setEnabled(true);
        m_runSelected->setEnabled(true);
        m_stop->setEnabled(false);
        say(m_report.summary(), !m_report.allPassed());
        // Nothing chosen yet: show the first failed case, else the first, so the details are not empty.
        if (m_table->currentRow() < 0 && m_table->rowCount() > 0) {
            int first = 0;
            for (const CaseResult &r : std::as_const(m_results))
                if (r.status == CaseResult::Status::Failed) {
                    first = r.planCase.caseIndex;
                    break;
                }
            m_table->setCurrentCell(first, NameColumn);
        }
        showRow(m_table->currentRow());
        Q_EMIT runFinished();
    });
    m_runAll->setEnabled(false);
    m_runSelected->setEnabled(false);
    m_stop->setEnabled(true);
    say(tr("Running %n case(s)…", nullptr, int(cases.size())), false);
    m_runner->start();
}

void PlanTab::setStatus(int row)
{
    if (row < 0 || row >= m_table->rowCount() || !m_table->item(row, StatusColumn))
        return;
    int passed = 0, failed = 0, running = 0, total = 0;
    for (const CaseResult &r : std::as_const(m_results)) {
        if (r.planCase.caseIndex != row)
            continue;
        ++total;
        passed += r.status == CaseResult::Status::Passed;
        failed += r.status == CaseResult::Status::Failed;
        running += r.status == CaseResult::Status::Running;
    }
    QString text;
    if (total == 0)
        text = QString();
    else if (running > 0)
        text = tr("running");
    else if (failed > 0)
        text = total == 1 ? tr("failed") : tr("%1 of %2 failed").arg(failed).arg(total);
    else if (passed == total)
        text = total == 1 ? tr("passed") : tr("%1 passed").arg(total);
    else
        text = tr("pending");
    const bool wasFilling = m_filling;
    m_filling = true;
    m_table->item(row, StatusColumn)->setText(text);
    m_table->item(row, StatusColumn)->setToolTip(text);
    m_table->item(row, StatusColumn)
        ->setForeground(failed > 0 ? palette().brush(QPalette::LinkVisited)
                                   : palette().brush(QPalette::Text));
    m_filling = wasFilling;
}

void PlanTab::showRow(int row)
{
    m_detail->clear();
    m_screenshot->clear();
    const CaseResult *shown = nullptr;
    for (const CaseResult &r : std::as_const(m_results)) {
        if (r.planCase.caseIndex != row || !r.isDone())
            continue;
        if (!shown || (r.status == CaseResult::Status::Failed && shown->status != CaseResult::Status::Failed))
            shown = &r;
    }
    if (!shown)
        return;
    m_detail->setPlainText(shown->planCase.name + QLatin1Char('\n') + shown->verdict +
                           QStringLiteral("\n\n") + connectlab::plan::PlanReport::timelineText(*shown));
    if (shown->status == CaseResult::Status::Failed && !shown->screenshotPng.isEmpty()) {
        QPixmap pixmap;
        pixmap.loadFromData(shown->screenshotPng, "PNG");
        m_screenshot->setPixmap(
            pixmap.scaled(QSize(400, 300), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

bool PlanTab::saveJUnit(const QString &path)
{
    QString error;
    if (!m_report.write(path, m_report.toJUnit(), &error)) {
        say(error, true);
        return false;
    }
    return true;
}

bool PlanTab::saveHtml(const QString &path)
{
    QString error;
    if (!m_report.write(path, m_report.toHtml(), &error)) {
        say(error, true);
        return false;
    }
    return true;
}

void PlanTab::openDialog()
{
    const QString start = !m_path.isEmpty()          ? m_path
                          : !m_examplePlan.isEmpty() ? QFileInfo(m_examplePlan).absolutePath()
                                                     : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open test plan"), start,
                                                      tr("Test plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path);
}

void PlanTab::saveDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save test plan"), m_path, tr("Test plans (*.json)"));
    if (!path.isEmpty())
        savePlan(path);
}

void PlanTab::saveReportDialog(bool junit)
{
    const QString path =
        QFileDialog::getSaveFileName(this, junit ? tr("Save JUnit report") : tr("Save HTML report"), {},
                                     junit ? tr("JUnit XML (*.xml)") : tr("HTML (*.html)"));
    if (!path.isEmpty())
        junit ? saveJUnit(path) : saveHtml(path);
}

} // namespace connectlab::plantab
