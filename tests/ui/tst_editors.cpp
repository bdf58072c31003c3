#include "endpointeditor.h"
#include "eventtypeeditor.h"
#include "presetdialog.h"
#include "receivereditor.h"
#include "rulemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Hookbench;

// Every editor refuses bad input with a message next to the field and cannot save while one shows.
class TestEditors : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    static QString visibleError(QWidget *parent, const QString &name)
    {
        // Shown unless hidden itself (a message on another tab counts as shown).
        auto *label = child<QLabel>(parent, name);
        return label->isHidden() ? QString() : label->text();
    }
    // An endpoint as the editor gets it from the list: stored (an id), named, with a URL.
    static Endpoint storedEndpoint(const QString &name)
    {
        Endpoint e;
        e.id = 1;
        e.name = name;
        e.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        return e;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eventTypeTemplateShowsLineAndColumn()
    {
        Ui::EventTypeEditor editor;
        editor.setEventType({});
        editor.show();
        auto *name = child<QLineEdit>(&editor, QStringLiteral("eventTypeName"));
        auto *templ = child<QPlainTextEdit>(&editor, QStringLiteral("eventTypeTemplate"));
        auto *save = child<QPushButton>(&editor, QStringLiteral("saveButton"));
        QSignalSpy saves(&editor, &Ui::EventTypeEditor::saveRequested);
        QTest::keyClicks(name, QStringLiteral("issues.opened"));
        templ->setPlainText(QStringLiteral("{\n  \"a\": ,\n}"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(visibleError(&editor, QStringLiteral("templateError")).contains(QLatin1String("line 2, column 8")),
                 qPrintable(visibleError(&editor, QStringLiteral("templateError"))));
        // The error position is marked in the editor itself.
        QCOMPARE(templ->extraSelections().size(), 2);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saves.count(), 0);

        templ->setPlainText(QStringLiteral("{\"a\": {{seq}}, \"id\": \"{{uuid}}\"}"));
        QVERIFY(save->isEnabled());
        QCOMPARE(visibleError(&editor, QStringLiteral("templateError")), QString());
        QVERIFY(templ->extraSelections().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saves.count(), 1);

        name->clear();
        QTest::keyClicks(name, QStringLiteral("Not Valid"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!visibleError(&editor, QStringLiteral("nameError")).isEmpty());
    }

    void eventTypeUnchangedIsNotDirty()
    {
        Ui::EventTypeEditor editor;
        EventType t {7, QStringLiteral("ping"), QStringLiteral("d"), "{}", {}};
        editor.setEventType(t);
        QVERIFY(!editor.isDirty());
        QVERIFY(!child<QPushButton>(&editor, QStringLiteral("saveButton"))->isEnabled());
        child<QLineEdit>(&editor, QStringLiteral("eventTypeDescription"))->setText(QStringLiteral("changed"));
        QVERIFY(editor.isDirty());
        QCOMPARE(editor.eventType().id, 7);
        QCOMPARE(editor.eventType().description, QStringLiteral("changed"));
    }

    void endpointUrlAndDurations()
    {
        Ui::EndpointEditor editor;
        editor.setEventTypes({QStringLiteral("invoice.paid"), QStringLiteral("ping")});
        editor.setEndpoint({});
        editor.show();
        auto *save = child<QPushButton>(&editor, QStringLiteral("saveButton"));
        auto *url = child<QLineEdit>(&editor, QStringLiteral("endpointUrl"));
        QTest::keyClicks(child<QLineEdit>(&editor, QStringLiteral("endpointName")), QStringLiteral("app"));
        QTest::keyClicks(url, QStringLiteral("ftp://example.com/"));
        QVERIFY(!save->isEnabled());
        QVERIFY(visibleError(&editor, QStringLiteral("urlError")).contains(QLatin1String("http")));
        QVERIFY(!editor.tabs()->tabIcon(0).isNull());
        // The message names the real problem in the text as typed, not what a lenient QUrl made of it.
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://localhost:99999/x"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(visibleError(&editor, QStringLiteral("urlError")),
                 QStringLiteral("The port 99999 is out of range (1–65535)."));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:3000/a b"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(visibleError(&editor, QStringLiteral("urlError")),
                 QStringLiteral("The URL contains a space at position 24; encode it as %20."));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:3000/hooks"));
        QVERIFY(save->isEnabled());
        QVERIFY(editor.tabs()->tabIcon(0).isNull());

        auto *timeout = child<QLineEdit>(&editor, QStringLiteral("timeout"));
        timeout->setText(QStringLiteral("5 parsecs"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!visibleError(&editor, QStringLiteral("timeoutError")).isEmpty());
        QVERIFY(!editor.tabs()->tabIcon(3).isNull());
        timeout->setText(QStringLiteral("2s"));
        QVERIFY(save->isEnabled());
        QCOMPARE(editor.endpoint().timeoutMs, 2000);

        auto *schedule = child<QLineEdit>(&editor, QStringLiteral("retrySchedule"));
        schedule->setText(QStringLiteral("0s, 5s, soon"));
        QVERIFY(!save->isEnabled());
        schedule->setText(QStringLiteral("0s, 5s, 1m"));
        QVERIFY(save->isEnabled());
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("retryPreview"))->text().count(QLatin1Char('\n')), 2);
        QCOMPARE(editor.endpoint().retry.scheduleMs, QList<qint64>({0, 5000, 60000}));
    }

    void endpointSubscriptions()
    {
        Ui::EndpointEditor editor;
        editor.setEventTypes({QStringLiteral("invoice.paid"), QStringLiteral("ping")});
        Endpoint e;
        e.id = 3;
        e.name = QStringLiteral("billing");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        e.subscriptions = {QStringLiteral("ping"), QStringLiteral("issues.*")};
        editor.setEndpoint(e);
        QVERIFY(!editor.isDirty());
        auto *list = child<QListWidget>(&editor, QStringLiteral("eventList"));
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        QCOMPARE(child<QLineEdit>(&editor, QStringLiteral("eventPatterns"))->text(), QStringLiteral("issues.*"));
        list->item(1)->setCheckState(Qt::Unchecked);
        child<QLineEdit>(&editor, QStringLiteral("eventPatterns"))->clear();
        QVERIFY(!editor.isValid());
        QVERIFY(!visibleError(&editor, QStringLiteral("eventsError")).isEmpty());
        child<QCheckBox>(&editor, QStringLiteral("allEvents"))->setChecked(true);
        QVERIFY(editor.isValid());
        QCOMPARE(editor.endpoint().subscriptions, QStringList({QStringLiteral("*")}));
    }

    void endpointSecretsMaskedGeneratedAndRotated()
    {
        Ui::EndpointEditor editor;
        Endpoint e = storedEndpoint(QStringLiteral("gh"));
        editor.setEndpoint(e);
        editor.show();
        auto *scheme = child<QComboBox>(&editor, QStringLiteral("signingScheme"));
        scheme->setCurrentIndex(scheme->findData(int(SigningScheme::StandardWebhooks)));
        // Choosing a scheme offers a secret in its format, masked.
        QCOMPARE(editor.endpoint().secrets.size(), 1);
        QVERIFY(editor.endpoint().secrets.first().startsWith(QLatin1String("whsec_")));
        const auto secrets = editor.findChildren<QLineEdit *>(QStringLiteral("secret"));
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first()->echoMode(), QLineEdit::Password);
        QVERIFY(editor.isValid());
        QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("addSecret")), Qt::LeftButton);
        QCOMPARE(editor.endpoint().secrets.size(), 2);
        QVERIFY(editor.endpoint().secrets.at(0) != editor.endpoint().secrets.at(1));
        // A Standard Webhooks secret that is not base64 is refused next to the field.
        editor.findChildren<QLineEdit *>(QStringLiteral("secret")).last()->setText(QStringLiteral("whsec_***"));
        QVERIFY(!editor.isValid());
        QVERIFY(!visibleError(&editor, QStringLiteral("signingError")).isEmpty());
        QVERIFY(!editor.tabs()->tabIcon(2).isNull());
    }

    void endpointCustomHmacPrefix()
    {
        Ui::EndpointEditor editor;
        Endpoint e = storedEndpoint(QStringLiteral("custom"));
        e.scheme = SigningScheme::CustomHmac;
        e.secrets = {QStringLiteral("s3cret")};
        editor.setEndpoint(e);
        editor.show();
        QVERIFY(editor.isValid());
        auto *prefix = child<QLineEdit>(&editor, QStringLiteral("customPrefix"));
        prefix->setText(QStringLiteral("sha256="));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.endpoint().customHmac.prefix, QStringLiteral("sha256="));
        // A space would split the signature header into pieces nobody could verify: refused next to the field.
        prefix->setText(QStringLiteral("HMAC "));
        QVERIFY(!editor.isValid());
        QVERIFY(visibleError(&editor, QStringLiteral("signingError")).contains(QStringLiteral("HMAC ")));
        QVERIFY(!editor.tabs()->tabIcon(2).isNull());
    }

    // Check boxes whose text wraps (it is longer than the pane in several languages) toggle when their text is
    // clicked, as a plain check box does, and the text is the box's accessible name.
    void endpointWrappedCheckBoxesToggleFromTheirText()
    {
        Ui::EndpointEditor editor;
        editor.setEndpoint(storedEndpoint(QStringLiteral("wrapped")));
        editor.show();
        for (const char *name : {"retryClientErrors", "customTimestamp"}) {
            auto *box = child<QCheckBox>(&editor, QLatin1String(name));
            auto *text = child<QLabel>(&editor, QLatin1String(name) + QLatin1String("Text"));
            QVERIFY(text->wordWrap());
            QCOMPARE(box->accessibleName(), text->text());
            const bool before = box->isChecked();
            QTest::mouseClick(text, Qt::LeftButton);
            QCOMPARE(box->isChecked(), !before);
        }
    }

    // The retry kinds share one place: a fixed schedule is one line high, not as high as the four backoff fields.
    void endpointRetryScheduleIsOneLineHigh()
    {
        Ui::EndpointEditor editor;
        editor.setEndpoint(storedEndpoint(QStringLiteral("retries")));
        editor.resize(440, 760);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *schedule = child<QLineEdit>(&editor, QLatin1String("retrySchedule"));
        auto *tabs = editor.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(schedule))
                tabs->setCurrentIndex(i);
        }
        QTRY_VERIFY(schedule->isVisible());
        QTRY_COMPARE(schedule->height(), schedule->sizeHint().height());
        // The backoff fields, once chosen, get the room they need.
        const QList<QRadioButton *> kinds = editor.findChildren<QRadioButton *>();
        QCOMPARE(kinds.size(), 2);
        (kinds.at(0)->isChecked() ? kinds.at(1) : kinds.at(0))->click();
        QTRY_VERIFY(!schedule->isVisible());
        auto *stack = schedule->parentWidget();
        for (QWidget *page : stack->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (page != schedule)
                QTRY_VERIFY(page->isVisible() && page->height() >= page->sizeHint().height());
        }
    }

    void endpointHeaders()
    {
        Ui::EndpointEditor editor;
        Endpoint e = storedEndpoint(QStringLiteral("h"));
        e.headers = {Header {"Bad Name", "x"}};
        editor.setEndpoint(e);
        editor.show();
        QVERIFY(!editor.isValid());
        QVERIFY(visibleError(&editor, QStringLiteral("headersError")).startsWith(QLatin1String("Header 1")));
        QVERIFY(!editor.tabs()->tabIcon(1).isNull());
    }

    // The preset dialog shows each provider's whole description and list of event types, however long.
    void presetDescriptionIsShownWhole()
    {
        Ui::PresetDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *preset = dialog.findChild<QComboBox *>();
        auto *description = dialog.findChild<QLabel *>(QStringLiteral("presetDescription"));
        QVERIFY(preset && description);
        QVERIFY(preset->count() > 1);
        for (int i = 0; i < preset->count(); ++i) {
            preset->setCurrentIndex(i);
            QTRY_VERIFY2(description->height() >= description->heightForWidth(description->width()),
                         qPrintable(QStringLiteral("%1: %2 px of %3")
                                        .arg(preset->currentText())
                                        .arg(description->height())
                                        .arg(description->heightForWidth(description->width()))));
        }
    }

    void receiverBeyondLoopbackNeedsToken()
    {
        Ui::ReceiverEditor editor;
        Receiver r;
        r.id = 1;
        r.name = QStringLiteral("inbox");
        editor.setReceiver(r);
        editor.show();
        QVERIFY(editor.isValid());
        auto *save = child<QPushButton>(&editor, QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled()); // nothing changed
        auto *bind = editor.findChildren<QComboBox *>().first();
        bind->setCurrentText(QStringLiteral("0.0.0.0"));
        QVERIFY(!editor.isValid());
        QVERIFY(!save->isEnabled());
        QVERIFY(!visibleError(&editor, QStringLiteral("tokenError")).isEmpty());
        bind->setCurrentText(QStringLiteral("not an address"));
        QVERIFY(!visibleError(&editor, QStringLiteral("bindError")).isEmpty());
        bind->setCurrentText(QStringLiteral("127.0.0.1"));
        QVERIFY(editor.isValid());
        QVERIFY(save->isEnabled() == editor.isDirty());
    }

    void receiverRulesEditedInTheForm()
    {
        Ui::ReceiverEditor editor;
        Receiver r;
        r.id = 1;
        r.name = QStringLiteral("inbox");
        r.rules = {ResponseRule {}};
        editor.setReceiver(r);
        editor.show();
        auto *behaviour = child<QComboBox>(&editor, QStringLiteral("ruleBehaviour"));
        behaviour->setCurrentIndex(behaviour->findData(int(ResponseRule::Behaviour::RateLimit)));
        QCOMPARE(editor.receiver().rules.first().behaviour, ResponseRule::Behaviour::RateLimit);
        QVERIFY(editor.isDirty());
        QVERIFY(editor.rules()
                    ->data(editor.rules()->index(0, Ui::RuleModel::Answer))
                    .toString()
                    .startsWith(QLatin1String("429")));
        child<QPlainTextEdit>(&editor, QStringLiteral("ruleBody"))->setPlainText(QStringLiteral("{\"slow\":true}"));
        QCOMPARE(editor.receiver().rules.first().body, QByteArray("{\"slow\":true}"));
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
