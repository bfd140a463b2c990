// RequestForm: typing into fields (found by object name) updates the model and the link; the field shows
// the severity of its diagnostics; model changes come back to the widgets without loops.
#include "ConnectModel.h"
#include "FieldDecorator.h"
#include "LinkDocument.h"
#include "RequestForm.h"
#include "UiTestHelpers.h"
#include "VinAssessment.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace connectlab;
using connectlab::testing::child;
using connectlab::testing::retype;

class TestRequestForm : public QObject
{
    Q_OBJECT

private:
    ConnectRequest valid() const
    {
        ConnectRequest r;
        r.clientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
        r.redirectUri = QStringLiteral("https://example.com/callback");
        r.scope = {{QStringLiteral("read_odometer"), false}};
        r.state = QStringLiteral("0123456789abcdef");
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingUpdatesModelLinkAndSeverity_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("urlContains");
        QTest::addColumn<QString>("severity");

        QTest::newRow("client id ok") << "clientIdEdit"
                                      << "4cf82729-4275-46d9-9255-8437ba777152"
                                      << "clientId"
                                      << "client_id=4cf82729-4275-46d9-9255-8437ba777152"
                                      << "none";
        QTest::newRow("client id not uuid") << "clientIdEdit"
                                            << "my-app"
                                            << "clientId"
                                            << "client_id=my-app"
                                            << "info";
        QTest::newRow("client id bad chars") << "clientIdEdit"
                                             << "my app!"
                                             << "clientId"
                                             << "client_id=my%20app%21"
                                             << "error";
        QTest::newRow("client id empty") << "clientIdEdit"
                                         << ""
                                         << "clientId"
                                         << "response_type=code"
                                         << "error";
        QTest::newRow("redirect http") << "redirectUriEdit"
                                       << "http://example.com/cb"
                                       << "redirectUri"
                                       << "redirect_uri=http%3A%2F%2Fexample.com%2Fcb"
                                       << "error";
        QTest::newRow("redirect localhost") << "redirectUriEdit"
                                            << "http://localhost:8000/cb"
                                            << "redirectUri"
                                            << "redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcb"
                                            << "none";
        QTest::newRow("redirect empty") << "redirectUriEdit"
                                        << ""
                                        << "redirectUri"
                                        << "client_id="
                                        << "warning";
        QTest::newRow("state short") << "stateEdit"
                                     << "abc"
                                     << "state"
                                     << "state=abc"
                                     << "warning";
        QTest::newRow("state encoded") << "stateEdit"
                                       << "a+b&c=d #%?"
                                       << "state"
                                       << "state=a%2Bb%26c%3Dd%20%23%25%3F"
                                       << "none";
        QTest::newRow("state empty") << "stateEdit"
                                     << ""
                                     << "state"
                                     << "client_id="
                                     << "warning";
        QTest::newRow("vin without single select") << "vinEdit"
                                                   << "1HGCM82633A004352"
                                                   << "singleSelectVin"
                                                   << "single_select_vin=1HGCM82633A004352"
                                                   << "error";
        QTest::newRow("make lower case") << "makeCombo"
                                         << "tesla"
                                         << "make"
                                         << "make=TESLA"
                                         << "none";
        QTest::newRow("make unknown") << "makeCombo"
                                      << "ZORG"
                                      << "make"
                                      << "make=ZORG"
                                      << "warning";
        QTest::newRow("user") << "userEdit"
                              << "owner-1"
                              << "user"
                              << "flags=user%3Aowner-1"
                              << "none";
    }

    void typingUpdatesModelLinkAndSeverity()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, property);
        QFETCH(QString, urlContains);
        QFETCH(QString, severity);

        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        RequestForm form(&doc);
        form.show();
        QWidget *w = form.findChild<QWidget *>(field);
        QVERIFY(w);
        QCOMPARE(FieldDecorator::severityOf(w), QStringLiteral("none"));
        retype(w, text);
        if (property == QLatin1String("make"))
            QCOMPARE(model.property(property.toLatin1()).toString(), text.toUpper());
        else
            QCOMPARE(model.property(property.toLatin1()).toString(), text);
        QVERIFY2(model.url().contains(urlContains), qPrintable(model.url()));
        QCOMPARE(FieldDecorator::severityOf(w), severity);
        if (severity != QLatin1String("none"))
            QVERIFY(!w->toolTip().isEmpty());
    }

    // The line under the VIN field is core's VinAssessment: the same verdict Problems shows (issue 9).
    void vinStatusTellsAsYouType_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("state");
        QTest::newRow("short") << "live"
                               << "1HGCM8"
                               << "error";
        QTest::newRow("short, simulated") << "simulated"
                                          << "1HGCM8"
                                          << "error";
        QTest::newRow("good check digit") << "live"
                                          << "1HGCM82633A004352"
                                          << "ok";
        QTest::newRow("bad check digit") << "live"
                                         << "1HGCM82643A004352"
                                         << "error";
        QTest::newRow("bad check digit, simulated") << "simulated"
                                                    << "1HGCM82643A004352"
                                                    << "info";
        QTest::newRow("european") << "live"
                                  << "WVWZZZ1JZXW000001"
                                  << "ok";
        QTest::newRow("forbidden letter") << "live"
                                          << "1HGCM8263OA004352"
                                          << "error";
        QTest::newRow("forbidden letter, test mode") << "test"
                                                     << "1HGCM8263OA004352"
                                                     << "info";
        QTest::newRow("lower case") << "simulated"
                                    << "1hgcm82633a004352"
                                    << "error";
    }

    void vinStatusTellsAsYouType()
    {
        QFETCH(QString, mode);
        QFETCH(QString, vin);
        QFETCH(QString, state);
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        ConnectRequest r = valid();
        r.mode = mode;
        r.singleSelect = QStringLiteral("true");
        model.setRequest(r);
        RequestForm form(&doc);
        form.show();
        auto *edit = child<QLineEdit>(&form, "vinEdit");
        retype(edit, vin);
        QCOMPARE(model.singleSelectVin(), vin);
        auto *line = child<QLabel>(&form, "vinStatus");
        QCOMPARE(line->property("vinState").toString(), state);
        // One story: the line, the field's decoration and the Problems list agree.
        const VinAssessment verdict = VinAssessment::assess(vin, mode);
        QVERIFY(line->text().contains(verdict.summary().toHtmlEscaped()));
        Severity worst = Severity::Info;
        bool any = false;
        for (const Diagnostic &d : model.diagnosticsFor(QStringLiteral("single_select_vin"))) {
            if (!d.code.startsWith(u"vin-") || d.code == u"vin-needs-single-select")
                continue;
            any = true;
            worst = std::max(worst, d.severity);
        }
        QCOMPARE(any ? severityName(worst) : QStringLiteral("ok"), state);
        QCOMPARE(FieldDecorator::severityOf(edit), any ? severityName(worst) : QStringLiteral("none"));
    }

    void checkboxesAndCombosWriteTheModel()
    {
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        RequestForm form(&doc);
        form.show();

        auto *single = child<QCheckBox>(&form, "singleSelectCheck");
        QTest::mouseClick(single, Qt::LeftButton, {}, QPoint(8, single->height() / 2));
        QCOMPARE(model.singleSelect(), QStringLiteral("true"));
        QVERIFY(model.url().contains(QStringLiteral("single_select=true")));

        auto *mode = child<QComboBox>(&form, "modeCombo");
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(model.mode(), QStringLiteral("simulated"));

        auto *approval = child<QComboBox>(&form, "approvalPromptCombo");
        approval->setFocus();
        QTest::keyClick(approval, Qt::Key_Down);
        QCOMPARE(model.approvalPrompt(), QStringLiteral("force"));

        auto *country = child<QComboBox>(&form, "countryCombo");
        retype(country, QStringLiteral("de")); // a code: committed when the field is left
        QCOMPARE(model.country(), QString());
        country->completer()->popup()->hide();
        QTest::keyClick(country->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(model.country(), QStringLiteral("DE"));
        QVERIFY(model.url().contains(QStringLiteral("flags=country%3ADE")));
        retype(country, QStringLiteral("Germ")); // not a country yet: nothing committed while typing
        QCOMPARE(model.country(), QStringLiteral("DE"));
        retype(country, QStringLiteral("france"));
        QCOMPARE(model.country(), QStringLiteral("FR"));
        retype(country, QStringLiteral("Automatic (by IP)"));
        QCOMPARE(model.country(), QString());

        auto *response = child<QComboBox>(&form, "responseTypeCombo");
        response->setFocus();
        QTest::keyClick(response, Qt::Key_Down);
        QVERIFY(model.reauthentication());
        QVERIFY(child<QLineEdit>(&form, "vehicleIdEdit")->isEnabled());
        retype(child<QLineEdit>(&form, "vehicleIdEdit"), QStringLiteral("veh-123"));
        QVERIFY2(model.url().contains(QStringLiteral("/oauth/reauthenticate?response_type=vehicle_id")),
                 qPrintable(model.url()));
        QVERIFY(model.url().contains(QStringLiteral("vehicle_id=veh-123")));
    }

    void modelChangesComeBackWithoutLoops()
    {
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        QUndoStack &undo = *doc.undoStack();
        RequestForm form(&doc);
        QSignalSpy changed(&model, &ConnectModel::changed);
        ConnectRequest r = valid();
        r.state = QStringLiteral("from-the-model-123");
        r.mode = QStringLiteral("test");
        r.make = QStringLiteral("BMW");
        r.setCountry(QStringLiteral("FR"));
        r.flags.append(Flag{QStringLiteral("beta"), QStringLiteral("on"), true});
        r.extras.append({QStringLiteral("external_id"), QStringLiteral("x1")});
        model.setRequest(r);
        QCOMPARE(changed.count(), 1); // the widgets' refresh wrote nothing back
        QCOMPARE(undo.count(), 0);
        QCOMPARE(child<QLineEdit>(&form, "stateEdit")->text(), QStringLiteral("from-the-model-123"));
        QCOMPARE(child<QComboBox>(&form, "modeCombo")->currentData().toString(), QStringLiteral("test"));
        QCOMPARE(child<QComboBox>(&form, "makeCombo")->currentData().toString(), QStringLiteral("BMW"));
        QVERIFY(child<QComboBox>(&form, "countryCombo")->currentText().contains(QStringLiteral("(FR)")));
        QCOMPARE(FieldDecorator::severityOf(child<QWidget>(&form, "modeCombo")), QStringLiteral("warning"));
    }

    void keystrokesMergeIntoOneUndoStep()
    {
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        QUndoStack &undo = *doc.undoStack();
        RequestForm form(&doc);
        form.show();
        auto *state = child<QLineEdit>(&form, "stateEdit");
        state->setFocus();
        state->end(false);
        QTest::keyClicks(state, QStringLiteral("xyz"));
        QCOMPARE(undo.count(), 1);
        retype(child<QLineEdit>(&form, "userEdit"), QStringLiteral("u1"));
        QCOMPARE(undo.count(), 2);
        undo.undo();
        QCOMPARE(model.user(), QString());
        undo.undo();
        QCOMPARE(model.state(), QStringLiteral("0123456789abcdef"));
        QCOMPARE(state->text(), QStringLiteral("0123456789abcdef"));
        undo.redo();
        QCOMPARE(state->text(), QStringLiteral("0123456789abcdefxyz"));
    }

    // The 2026 additions have fields like the others (issue 10).
    void externalIdAndAccountSyncHaveFields()
    {
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        RequestForm form(&doc);
        form.show();
        retype(child<QLineEdit>(&form, "externalIdEdit"), QStringLiteral("owner-42"));
        QCOMPARE(model.request().extra(QStringLiteral("external_id")), QStringLiteral("owner-42"));
        QVERIFY2(model.url().endsWith(QStringLiteral("&external_id=owner-42")), qPrintable(model.url()));
        retype(child<QLineEdit>(&form, "externalIdEdit"), QStringLiteral("null"));
        QCOMPARE(FieldDecorator::severityOf(child<QWidget>(&form, "externalIdEdit")), QStringLiteral("info"));
        retype(child<QLineEdit>(&form, "externalIdEdit"), QString());
        QVERIFY(!model.request().hasExtra(QStringLiteral("external_id")));

        auto *sync = child<QCheckBox>(&form, "accountSyncCheck");
        QTest::mouseClick(sync, Qt::LeftButton, {}, QPoint(8, sync->height() / 2));
        QVERIFY2(model.url().contains(QStringLiteral("flags=account_sync%3Atrue")), qPrintable(model.url()));
        QTest::mouseClick(sync, Qt::LeftButton, {}, QPoint(8, sync->height() / 2));
        QVERIFY(!model.url().contains(QStringLiteral("account_sync")));
        // An imported "account_sync:yes" is shown as the link says it, and flagged.
        ConnectRequest odd = valid();
        odd.setAccountSync(QStringLiteral("yes"));
        model.setRequest(odd);
        QVERIFY(sync->text().contains(QStringLiteral("\"yes\"")));
        QCOMPARE(FieldDecorator::severityOf(sync), QStringLiteral("error"));
    }

    void generateStateMakesAFreshOne()
    {
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        RequestForm form(&doc);
        form.show();
        QTest::mouseClick(child<QWidget>(&form, "generateStateButton"), Qt::LeftButton);
        QVERIFY(model.state() != QStringLiteral("0123456789abcdef"));
        QVERIFY(model.state().size() >= 22);
        QCOMPARE(child<QLineEdit>(&form, "stateEdit")->text(), model.state());
    }

    void focusFieldFindsEveryKind_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("widget");
        QTest::newRow("state") << "state"
                               << "stateEdit";
        QTest::newRow("country flag") << "flags.country"
                                      << "countryCombo";
        QTest::newRow("other flag") << "flags.beta"
                                    << "flagsTableView";
        QTest::newRow("external id") << "external_id"
                                     << "externalIdEdit";
        QTest::newRow("extra") << "sdk_platform"
                               << "extrasTableView";
        QTest::newRow("account sync") << "flags.account_sync"
                                      << "accountSyncCheck";
        QTest::newRow("scope") << "scope"
                               << "scopeTree";
        QTest::newRow("vin") << "single_select_vin"
                             << "vinEdit";
    }

    void focusFieldFindsEveryKind()
    {
        QFETCH(QString, field);
        QFETCH(QString, widget);
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        ConnectRequest r = valid();
        r.flags.append(Flag{QStringLiteral("beta"), QStringLiteral("on"), true});
        r.setAccountSync(QStringLiteral("true"));
        r.extras.append({QStringLiteral("external_id"), QStringLiteral("x1")});
        r.extras.append({QStringLiteral("sdk_platform"), QStringLiteral("iOS")});
        model.setRequest(r);
        RequestForm form(&doc);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QVERIFY(form.focusField(field));
        QWidget *expected = form.findChild<QWidget *>(widget);
        QVERIFY(expected);
        // Tables open the cell editor of the row: focus is in the table.
        QTRY_VERIFY(QApplication::focusWidget() && (QApplication::focusWidget() == expected ||
                                                    expected->isAncestorOf(QApplication::focusWidget())));
    }

    void tabOrderFollowsTheForm()
    {
        LinkDocument doc;
        ConnectModel &model = *doc.model();
        model.setRequest(valid());
        RequestForm form(&doc);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        child<QWidget>(&form, "targetCombo")->setFocus();
        QStringList order;
        for (int i = 0; i < 40 && order.size() < 40; ++i) {
            QWidget *w = QApplication::focusWidget();
            QString name = w ? w->objectName() : QString();
            if (name.isEmpty() && w && w->parentWidget())
                name = w->parentWidget()->objectName();
            if (order.isEmpty() || order.constLast() != name)
                order << name;
            QTest::keyClick(w, Qt::Key_Tab);
        }
        const QStringList expected = {QStringLiteral("targetCombo"),
                                      QStringLiteral("clientIdEdit"),
                                      QStringLiteral("redirectUriEdit"),
                                      QStringLiteral("responseTypeCombo"),
                                      QStringLiteral("scopeSearch"),
                                      QStringLiteral("scopeTree"),
                                      QStringLiteral("scopeCustomEdit"),
                                      QStringLiteral("scopeAddButton"),
                                      QStringLiteral("stateEdit"),
                                      QStringLiteral("generateStateButton"),
                                      QStringLiteral("newStateEveryRunCheck"),
                                      QStringLiteral("approvalPromptCombo"),
                                      QStringLiteral("modeCombo"),
                                      QStringLiteral("makeCombo"),
                                      QStringLiteral("singleSelectCheck"),
                                      QStringLiteral("vinEdit"),
                                      QStringLiteral("countryCombo"),
                                      QStringLiteral("userEdit")};
        qsizetype at = 0;
        for (const QString &name : order)
            if (at < expected.size() && name == expected.at(at))
                ++at;
        QCOMPARE(at, expected.size()); // in this order (other widgets may sit between)
    }
};

QTEST_MAIN(TestRequestForm)
#include "tst_requestform.moc"
