#pragma once

#include "PlanReport.h"
#include "TestPlan.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace connectlab::web {
class PlanRunner;
}

namespace connectlab::plantab {

// The Test plan tab: open, edit and save a plan (a table of its cases: name, overrides, login, click, what
// is expected), add the window's current link as a case, run all or the selected cases (a progress bar, each
// row's live status), read a failed row's verdict, timeline and last screen, save the JUnit and HTML
// reports. It edits the plan's JSON; TestPlan reads and checks it, PlanRunner runs it.
class PlanTab : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        OverridesColumn,
        LoginColumn,
        ClickColumn,
        ExpectColumn,
        StatusColumn,
        ColumnCount
    };

    // `currentLink` gives the window's link (for "Add current link as a case").
    explicit PlanTab(std::function<QString()> currentLink, QWidget *parent = nullptr);
    ~PlanTab() override;

    bool openPlan(const QString &path);
    bool savePlan(const QString &path);
    void setPlan(const connectlab::plan::TestPlan &plan);
    // The plan as the table says, checked; false with *error (what and how to fix it).
    bool currentPlan(connectlab::plan::TestPlan *out, QString *error) const;

    void addCurrentLink();
    void runAll();
    void runSelected();
    void stop();
    bool isRunning() const;
    bool saveJUnit(const QString &path);
    bool saveHtml(const QString &path);
    const connectlab::plan::PlanReport &report() const { return m_report; }

    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *detail() const { return m_detail; }
    QLabel *screenshot() const { return m_screenshot; }
    QLabel *message() const { return m_message; }
    // "Open the example plan": shown while no plan is open and the shipped smoke plan is installed.
    QPushButton *openExampleButton() const { return m_openExample; }

    // "mode=simulated; scope=read_vin" ⇄ the case's "set"
    static QString overridesText(const QJsonObject &set);
    static QJsonObject overridesFromText(const QString &text);

Q_SIGNALS:
    void runFinished();

private:
    void fillTable();
    void run(const QList<int> &rows);
    void showRow(int row);
    // No plan open: say what to do, offer the example plan.
    void showEmptyState();
    void setStatus(int row);
    void say(const QString &text, bool error);
    void openDialog();
    void saveDialog();
    void saveReportDialog(bool junit);

    std::function<QString()> m_currentLink;
    connectlab::plan::TestPlan m_plan;
    QString m_path;
    connectlab::plan::PlanReport m_report;
    QList<connectlab::plan::CaseResult> m_results; // of the last run, by expanded case
    connectlab::web::PlanRunner *m_runner = nullptr;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPlainTextEdit *m_detail;
    QLabel *m_screenshot;
    QLabel *m_message;
    QPushButton *m_runAll;
    QPushButton *m_runSelected;
    QPushButton *m_stop;
    QPushButton *m_openExample;
    QString m_examplePlan; // the shipped smoke plan (share/connectlab/plans), "" when not installed
    bool m_filling = false;
};

} // namespace connectlab::plantab
