#include "PlanReport.h"

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace connectlab::plan {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

int PlanReport::passed() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const CaseResult &r) { return r.status == CaseResult::Status::Passed; }));
}

int PlanReport::failed() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const CaseResult &r) { return r.status == CaseResult::Status::Failed; }));
}

int PlanReport::skipped() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const CaseResult &r) { return r.status == CaseResult::Status::Skipped; }));
}

QString PlanReport::summary() const
{
    return tr("%1 passed, %2 failed, %3 skipped in %4 s")
        .arg(passed())
        .arg(failed())
        .arg(skipped())
        .arg(QString::number(double(elapsedMs) / 1000.0, 'f', 1));
}

QString PlanReport::timelineText(const CaseResult &result)
{
    QString text;
    for (const QString &step : result.steps)
        text += QStringLiteral("step: ") + step + QLatin1Char('\n');
    for (const TimelineEntry &entry : result.timeline)
        text += QStringLiteral("%1 ms  %2  %3\n").arg(entry.tMs, 6).arg(entry.kind, entry.url);
    return text;
}

QByteArray PlanReport::toJUnit() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QString suite = planName.isEmpty() ? QStringLiteral("connectlab plan") : planName;
    const auto counts = [&](QXmlStreamWriter &w) {
        w.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(failed()));
        w.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped()));
        w.writeAttribute(QStringLiteral("time"), seconds(elapsedMs));
    };
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), suite);
    counts(xml);
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), suite);
    counts(xml);
    xml.writeAttribute(
        QStringLiteral("timestamp"),
        (started.isValid() ? started : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
    for (const CaseResult &result : results) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), result.planCase.name);
        xml.writeAttribute(QStringLiteral("classname"), suite);
        xml.writeAttribute(QStringLiteral("time"), seconds(result.elapsedMs));
        if (result.status == CaseResult::Status::Failed) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), result.verdict);
            xml.writeAttribute(QStringLiteral("type"), result.notPerformed.isEmpty()
                                                           ? QStringLiteral("unexpected_outcome")
                                                           : QStringLiteral("not_performed"));
            xml.writeCharacters(tr("expected: %1\nactual: %2\nlink: %3\n")
                                    .arg(Verdict::expectedText(result.planCase.expect),
                                         Verdict::actualText(result), result.link));
            xml.writeEndElement();
        } else if (result.status == CaseResult::Status::Skipped) {
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), result.verdict);
            xml.writeEndElement();
        }
        xml.writeTextElement(QStringLiteral("system-out"), timelineText(result));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray PlanReport::toHtml() const
{
    const QString title = planName.isEmpty() ? tr("Connect Lab test plan") : planName;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "img-src data:; style-src 'unsafe-inline'\">"
                           "<title>") +
            esc(title) +
            QStringLiteral(
                "</title><style>"
                "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1b1b1b}"
                "h1{font-size:1.4em}.passed{color:#1a7f37}.failed{color:#cf222e}.skipped{color:#6e7781}"
                "table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;vertical-align:top}"
                "section{border-top:1px solid #d0d7de;padding:.5em 0}"
                "pre{background:#f6f8fa;padding:.5em;overflow-x:auto;white-space:pre-wrap}"
                "img{max-width:100%;border:1px solid #d0d7de}"
                "</style></head><body>\n");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p id=\"summary\" data-passed=\"%1\" data-failed=\"%2\" data-skipped=\"%3\" "
                           "data-total=\"%4\">")
                .arg(passed())
                .arg(failed())
                .arg(skipped())
                .arg(results.size()) +
            esc(summary()) + QStringLiteral("</p>\n");
    if (!planFile.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("Plan: %1").arg(planFile)) + QStringLiteral("</p>\n");
    html += QStringLiteral("<table id=\"cases\"><tr><th>") + esc(tr("Case")) + QStringLiteral("</th><th>") +
            esc(tr("Result")) + QStringLiteral("</th><th>") + esc(tr("Time")) + QStringLiteral("</th><th>") +
            esc(tr("Verdict")) + QStringLiteral("</th></tr>\n");
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CaseResult &r = results.at(i);
        const QString status = CaseResult::statusName(r.status);
        html += QStringLiteral("<tr class=\"%1\"><td><a href=\"#case-%2\">").arg(status).arg(i + 1) +
                esc(r.planCase.name) + QStringLiteral("</a></td><td>") + esc(status) +
                QStringLiteral("</td><td>") + seconds(r.elapsedMs) + QStringLiteral(" s</td><td>") +
                esc(r.verdict) + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CaseResult &r = results.at(i);
        const QString status = CaseResult::statusName(r.status);
        html += QStringLiteral("<section id=\"case-%1\" class=\"case\"><h2 class=\"%2\">")
                    .arg(i + 1)
                    .arg(status) +
                esc(r.planCase.name) + QStringLiteral(" — ") + esc(status) + QStringLiteral("</h2>\n<p>") +
                esc(r.verdict) + QStringLiteral("</p>\n<table>");
        const auto row = [&html](const QString &name, const QString &value) {
            if (!value.isEmpty())
                html += QStringLiteral("<tr><th>") + esc(name) + QStringLiteral("</th><td>") + esc(value) +
                        QStringLiteral("</td></tr>");
        };
        row(tr("Expected"), Verdict::expectedText(r.planCase.expect));
        row(tr("Got"), Verdict::actualText(r));
        row(tr("Link"), r.link);
        row(tr("Login"), r.planCase.login);
        row(tr("Click"), PlanCase::clickName(r.planCase.click));
        row(tr("Tags"), r.planCase.tags.join(QStringLiteral(", ")));
        row(tr("Not performed"), r.notPerformed);
        row(tr("Exchange"), r.exchangeDetail);
        row(tr("Attempts"), r.attempts > 1 ? QString::number(r.attempts) : QString());
        html += QStringLiteral("</table>\n");
        if (!r.steps.isEmpty()) {
            html += QStringLiteral("<h3>") + esc(tr("Steps")) + QStringLiteral("</h3><ol class=\"steps\">");
            for (const QString &step : r.steps)
                html += QStringLiteral("<li>") + esc(step) + QStringLiteral("</li>");
            html += QStringLiteral("</ol>\n");
        }
        if (!r.timeline.isEmpty()) {
            html += QStringLiteral("<h3>") + esc(tr("Timeline")) +
                    QStringLiteral("</h3><table class=\"timeline\">");
            for (const TimelineEntry &entry : r.timeline)
                html += QStringLiteral("<tr><td>%1 ms</td><td>").arg(entry.tMs) + esc(entry.kind) +
                        QStringLiteral("</td><td>") + esc(entry.url) + QStringLiteral("</td></tr>");
            html += QStringLiteral("</table>\n");
        }
        if (r.status == CaseResult::Status::Failed && !r.screenshotPng.isEmpty())
            html += QStringLiteral("<h3>") + esc(tr("Last screen")) + QStringLiteral("</h3><img alt=\"") +
                    esc(tr("The last screen of %1").arg(r.planCase.name)) +
                    QStringLiteral("\" src=\"data:image/png;base64,") +
                    QString::fromLatin1(r.screenshotPng.toBase64()) + QStringLiteral("\">\n");
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QJsonObject PlanReport::toJson() const
{
    QJsonArray cases;
    for (const CaseResult &result : results)
        cases.append(result.toJson());
    return QJsonObject{
        {QStringLiteral("plan"), planName},        {QStringLiteral("file"), planFile},
        {QStringLiteral("passed"), passed()},      {QStringLiteral("failed"), failed()},
        {QStringLiteral("skipped"), skipped()},    {QStringLiteral("total"), int(results.size())},
        {QStringLiteral("elapsed_ms"), elapsedMs}, {QStringLiteral("cases"), cases}};
}

bool PlanReport::write(const QString &path, const QByteArray &data, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace connectlab::plan
