#include "bodyview.h"
#include "format.h"
#include "jsonhighlighter.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Hookbench;
using namespace Hookbench::Ui;

// How bodies, sizes, durations and retry schedules are written, and what the JSON colouring marks.
class TestUiFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void classify_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QByteArray() << int(Format::BodyKind::Empty);
        QTest::newRow("json") << QByteArray(" {\"a\": [1, 2]} ") << int(Format::BodyKind::Json);
        QTest::newRow("text") << QByteArray("a=1&b=%C3%A9\n") << int(Format::BodyKind::Text);
        QTest::newRow("utf-8 text") << QByteArray("grüße") << int(Format::BodyKind::Text);
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << int(Format::BodyKind::Binary);
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe") << int(Format::BodyKind::Binary);
    }
    void classify()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QCOMPARE(int(Format::classifyBody(body)), kind);
    }

    void prettyJsonKeepsOrderAndSpelling()
    {
        QCOMPARE(Format::prettyJson("{\"z\":1,\"a\":{\"k\":[1.50,true,null,{}],\"s\":\"x,:{y\"},\"e\":[]}"),
                 QStringLiteral("{\n  \"z\": 1,\n  \"a\": {\n    \"k\": [\n      1.50,\n      true,\n      null,\n"
                                "      {}\n    ],\n    \"s\": \"x,:{y\"\n  },\n  \"e\": []\n}"));
        QCOMPARE(Format::prettyJson("not json"), QString());
        QCOMPARE(Format::prettyJson("{\"q\":\"a\\\"b\"}"), QStringLiteral("{\n  \"q\": \"a\\\"b\"\n}"));
    }

    void hexDump()
    {
        const QByteArray bytes("0123456789abcdef\x00\xff", 18);
        QCOMPARE(Format::hexDump(bytes),
                 QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n"
                                "00000010  00 ff                                             |..|\n"));
        QVERIFY(Format::hexDump(QByteArray(100, 'x'), 32).endsWith(QLatin1String("68 more bytes not shown")));
    }

    void durationsAndSizes()
    {
        QCOMPARE(Format::duration(850), QStringLiteral("850 µs"));
        QCOMPARE(Format::duration(12'345), QStringLiteral("12.3 ms"));
        QCOMPARE(Format::duration(123'456), QStringLiteral("123 ms"));
        QCOMPARE(Format::duration(1'240'000), QStringLiteral("1.24 s"));
        QCOMPARE(Format::duration(125'000'000), QStringLiteral("2 min 5 s"));
        QCOMPARE(Format::duration(3600'000'000LL), QStringLiteral("1 h"));
        QCOMPARE(Format::size(512), QStringLiteral("512 B"));
        QCOMPARE(Format::size(1536), QStringLiteral("1.5 KB"));
        QCOMPARE(Format::size(3 * 1024 * 1024), QStringLiteral("3.0 MB"));
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QCOMPARE(Format::relative(now.addSecs(270), now), QStringLiteral("in 4 min 30 s"));
        QCOMPARE(Format::relative(now.addSecs(-3), now), QStringLiteral("3 s ago"));
        QCOMPARE(Format::relative(now, now), QStringLiteral("now"));
        QCOMPARE(Format::logTime(now.addSecs(-86400 * 2), true, now), QStringLiteral("2023-11-12 22:13:20"));
        QCOMPARE(Format::logTime(now.addMSecs(-5), true, now), QStringLiteral("22:13:19.995"));
    }

    void retryPreview()
    {
        QCOMPARE(Format::retryPreview(RetryPolicy::fromSchedule({0, 5000, 300'000})),
                 QStringList({QStringLiteral("#1  at once"), QStringLiteral("#2  after 5s  (5s after the event)"),
                              QStringLiteral("#3  after 5m  (5m5s after the event)")}));
        const QStringList backoff = Format::retryPreview(RetryPolicy::exponential(1000, 2.0, 3000, 4));
        QCOMPARE(backoff,
                 QStringList({QStringLiteral("#1  at once"), QStringLiteral("#2  within 1s  (by 1s after the event)"),
                              QStringLiteral("#3  within 2s  (by 3s after the event)"),
                              QStringLiteral("#4  within 3s  (by 6s after the event)")}));
    }

    void highlighterMarksKeysStringsAndPlaceholders()
    {
        // As in the app: the document of a plain text editor. (A bare QTextDocument has no layout yet, and without
        // one it reports no changes, so nothing would be coloured.)
        QPlainTextEdit edit;
        QTextDocument &document = *edit.document();
        JsonHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\"key\": \"v {{uuid}}\", \"n\": 12, \"b\": true}"));
        const QList<QTextLayout::FormatRange> formats = document.firstBlock().layout()->formats();
        auto colorAt = [&](int position) {
            for (const QTextLayout::FormatRange &r : formats) {
                if (position >= r.start && position < r.start + r.length)
                    return r.format.foreground().color();
            }
            return QColor();
        };
        const QString text = document.firstBlock().text();
        const QColor key = colorAt(int(text.indexOf(QLatin1String("key"))));
        const QColor string = colorAt(int(text.indexOf(QLatin1String("v {{"))));
        const QColor placeholder = colorAt(int(text.indexOf(QLatin1String("uuid"))));
        const QColor number = colorAt(int(text.indexOf(QLatin1String("12"))));
        const QColor literal = colorAt(int(text.indexOf(QLatin1String("true"))));
        QVERIFY(key.isValid() && string.isValid() && placeholder.isValid() && number.isValid() && literal.isValid());
        QCOMPARE(QSet<QRgb>({key.rgb(), string.rgb(), placeholder.rgb(), number.rgb(), literal.rgb()}).size(), 5);
    }

    void bodyViewPicksHexForBinary()
    {
        BodyView view;
        view.setBody("{\"a\":1}");
        QCOMPARE(view.mode(), BodyView::Mode::Pretty);
        QCOMPARE(view.shownText(), QStringLiteral("{\n  \"a\": 1\n}"));
        view.setBody(QByteArray("\x00\x01\x02", 3));
        QCOMPARE(view.mode(), BodyView::Mode::Hex);
        QVERIFY(view.shownText().startsWith(QLatin1String("00000000  00 01 02")));
        view.setMode(BodyView::Mode::Raw);
        view.setBody("{\"a\":1}");
        QCOMPARE(view.shownText(), QStringLiteral("{\"a\":1}"));
    }

    // Past the pretty-printing limit a JSON body shows raw while Pretty stays chosen: a note says why.
    void bodyViewExplainsRawLargeJson()
    {
        BodyView view;
        const auto *note = view.findChild<QLabel *>(QStringLiteral("rawNote"));
        QVERIFY(note);
        // Many short lines: one 3 MB line would take the text view minutes to lay out.
        const QByteArray line = "\"" + QByteArray(96, 'x') + "\",\n";
        const QByteArray large = "[\n" + line.repeated(3 * 1024 * 1024 / line.size()) + "1\n]";
        view.setBody(large);
        QCOMPARE(view.mode(), BodyView::Mode::Pretty);
        QCOMPARE(view.shownText().size(), large.size());
        QVERIFY(note->isVisibleTo(&view));
        QVERIFY(!note->text().isEmpty());
        view.setMode(BodyView::Mode::Raw);
        QVERIFY(!note->isVisibleTo(&view));
        view.setMode(BodyView::Mode::Pretty);
        view.setBody("{\"a\":1}");
        QVERIFY(!note->isVisibleTo(&view));
    }
};

QTEST_MAIN(TestUiFormat)
#include "tst_uiformat.moc"
