#include "NavigationTimelineModel.h"

#include <QSignalSpy>
#include <QTest>

using connectlab::web::NavigationEvent;
using connectlab::web::NavigationTimelineModel;

namespace {

QString shown(const NavigationTimelineModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

NavigationEvent navigation(qint64 t, const char *kind, const char *url)
{
    return NavigationEvent{t, QString::fromLatin1(kind), QUrl(QString::fromUtf8(url))};
}

} // namespace

// The Run tab's navigation timeline: one row per navigation (time, kind, URL), the code masked in the text
// and the tooltip until revealed, and the signals a view needs to follow it.
class TestNavigationTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns()
    {
        NavigationTimelineModel model;
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Kind"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("URL"));
    }

    void appendShowsARow()
    {
        NavigationTimelineModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(navigation(0, "typed", "http://127.0.0.1:1/oauth/authorize?client_id=x"));
        model.append(navigation(1234, "redirect", "http://127.0.0.1:1/connect/step"));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1); // first row inserted
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(shown(model, 1, NavigationTimelineModel::TimeColumn), QStringLiteral("1234 ms"));
        QCOMPARE(model.index(1, NavigationTimelineModel::TimeColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(shown(model, 1, NavigationTimelineModel::KindColumn), QStringLiteral("redirect"));
        QCOMPARE(shown(model, 0, NavigationTimelineModel::UrlColumn),
                 QStringLiteral("http://127.0.0.1:1/oauth/authorize?client_id=x"));
        QVERIFY(!model.index(2, 0).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void masking_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("masked");
        QTest::newRow("query") << "http://localhost:8000/callback?code=SECRET&state=s1"
                               << "http://localhost:8000/callback?code=••••••&state=s1";
        QTest::newRow("last in the query") << "http://localhost:8000/callback?state=s1&code=SECRET"
                                           << "http://localhost:8000/callback?state=s1&code=••••••";
        QTest::newRow("fragment") << "http://localhost:8000/callback#code=SECRET&state=s1"
                                  << "http://localhost:8000/callback#code=••••••&state=s1";
        QTest::newRow("twice") << "https://app.example/cb?code=A&code=B"
                               << "https://app.example/cb?code=••••••&code=••••••";
        QTest::newRow("custom scheme") << "sc123://exchange?code=SECRET"
                                       << "sc123://exchange?code=••••••";
        QTest::newRow("no code") << "http://localhost:8000/callback?error=access_denied"
                                 << "http://localhost:8000/callback?error=access_denied";
        QTest::newRow("a name ending in code") << "https://app.example/cb?zipcode=12345"
                                               << "https://app.example/cb?zipcode=12345";
    }

    // Masked in the text and in the tooltip until revealed; UrlRole is the URL as it was.
    void masking()
    {
        QFETCH(QString, url);
        QFETCH(QString, masked);
        NavigationTimelineModel model;
        model.append(NavigationEvent{5, QStringLiteral("callback"), QUrl(url)});
        QCOMPARE(shown(model, 0, NavigationTimelineModel::UrlColumn), masked);
        QCOMPARE(shown(model, 0, NavigationTimelineModel::UrlColumn, Qt::ToolTipRole), masked);
        QCOMPARE(
            model.index(0, NavigationTimelineModel::UrlColumn).data(NavigationTimelineModel::UrlRole).toUrl(),
            QUrl(url));
        model.setRevealed(true);
        QCOMPARE(shown(model, 0, NavigationTimelineModel::UrlColumn), QUrl(url).toString(QUrl::FullyEncoded));
        QCOMPARE(shown(model, 0, NavigationTimelineModel::UrlColumn, Qt::ToolTipRole),
                 QUrl(url).toString(QUrl::FullyEncoded));
        model.setRevealed(false);
        QCOMPARE(shown(model, 0, NavigationTimelineModel::UrlColumn), masked);
    }

    // Reveal tells the view that the URL column changed, and only when it did.
    void revealSignalsTheUrlColumn()
    {
        NavigationTimelineModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRevealed(true);
        QCOMPARE(changed.size(), 0); // nothing to show differently
        model.setRevealed(false);
        model.append(navigation(1, "typed", "https://a.example/"));
        model.append(navigation(2, "callback", "https://a.example/cb?code=X"));
        model.setRevealed(true);
        QVERIFY(model.isRevealed());
        QCOMPARE(changed.size(), 1);
        const QModelIndex from = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex to = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(from.row(), 0);
        QCOMPARE(to.row(), 1);
        QCOMPARE(from.column(), int(NavigationTimelineModel::UrlColumn));
        QCOMPARE(to.column(), int(NavigationTimelineModel::UrlColumn));
        model.setRevealed(true);
        QCOMPARE(changed.size(), 1);
    }

    void resetReplacesTheRows()
    {
        NavigationTimelineModel model;
        model.append(navigation(1, "typed", "https://a.example/"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reset(
            {navigation(7, "link", "https://b.example/"), navigation(9, "form", "https://b.example/post")});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(shown(model, 0, NavigationTimelineModel::KindColumn), QStringLiteral("link"));
        QCOMPARE(model.events().size(), 2);
        model.follow(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNavigationTimelineModel)
#include "tst_navigationtimelinemodel.moc"
