#include "deliveriespage.h"
#include "delivery/deliveryengine.h"
#include "delivery/outcome.h"
#include "deliverylogmodel.h"
#include "domain/validation.h"
#include "endpointeditor.h"
#include "endpointmodel.h"
#include "endpointspage.h"
#include "format.h"
#include "mainwindow.h"
#include "scheduling/templaterenderer.h"
#include "signing/explain.h"
#include "signing/verifier.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "translationloader.h"
#include "triggerpage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Hookbench;

// The real main window, shown after installTranslations() under a German system locale: its menus are German, and
// the language chosen in the settings wins over the locale.
class TestTranslation : public QObject
{
    Q_OBJECT

private:
    // The titles of the menu bar's menus and of the actions in each, as the user sees them.
    static QStringList menuTexts(const QString &language)
    {
        QSettings().setValue(Ui::languageSettingKey(), language);
        Ui::installTranslations(*qApp);
        Test::TempWorkspace tmp;
        QString error;
        auto workspace = Storage::Workspace::open(tmp.path(), &error);
        if (!workspace)
            return {QStringLiteral("cannot open a workspace: ") + error};
        Engine::DeliveryEngine engine(*workspace);
        Ui::MainWindow window(workspace.get(), &engine);
        window.show();
        QStringList texts;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menuAction : menus) {
            texts << menuAction->text();
            if (QMenu *menu = menuAction->menu()) {
                const QList<QAction *> actions = menu->actions();
                for (QAction *action : actions) {
                    if (!action->isSeparator())
                        texts << action->text();
                }
            }
        }
        return texts;
    }

    // The mnemonic letter of a menu text ("&Datei" -> 'd', "文件(&F)" -> 'f'), or a null character.
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&'))
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return {};
    }

    // Each group of texts that share a keyboard: the menu bar's titles, and each menu's items; "" when all differ.
    static QString mnemonicClashes(const QString &language)
    {
        QSettings().setValue(Ui::languageSettingKey(), language);
        Ui::installTranslations(*qApp);
        Test::TempWorkspace tmp;
        QString error;
        auto workspace = Storage::Workspace::open(tmp.path(), &error);
        if (!workspace)
            return QStringLiteral("cannot open a workspace: ") + error;
        Engine::DeliveryEngine engine(*workspace);
        Ui::MainWindow window(workspace.get(), &engine);
        window.show();
        const QList<QAction *> menus = window.menuBar()->actions();
        QList<QList<QAction *>> groups {menus};
        for (QAction *menuAction : menus) {
            if (QMenu *menu = menuAction->menu())
                groups.append(menu->actions());
        }
        QStringList clashes;
        for (const QList<QAction *> &group : std::as_const(groups)) {
            QHash<QChar, QString> seen;
            for (QAction *action : group) {
                const QChar key = mnemonic(action->text());
                if (action->isSeparator() || !action->isVisible() || key.isNull())
                    continue;
                if (seen.contains(key))
                    clashes << seen.value(key) + QLatin1String(" / ") + action->text();
                seen.insert(key, action->text());
            }
        }
        return clashes.join(QLatin1String("; "));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QLocale::system().name(), QStringLiteral("de_DE"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HookbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translation"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void everyTranslationIsEmbedded()
    {
        QCOMPARE(Ui::availableLanguages(),
                 QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                              QStringLiteral("zh_CN")}));
    }

    void menusFollowTheGermanSystemLocale()
    {
        const QStringList texts = menuTexts(QString());
        QVERIFY2(texts.contains(QStringLiteral("&Datei")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("&Beenden")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("&Hilfe")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("Ü&ber Hookbench")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!texts.contains(QStringLiteral("&File")));
    }

    void languageSettingOverridesTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("helpMenu");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Aide");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("A&yuda");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("帮助(&H)");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Help");
        // A language without a translation is ignored: the system locale applies.
        QTest::newRow("unknown") << QStringLiteral("tlh") << QStringLiteral("&Datei") << QStringLiteral("&Hilfe");
    }

    void languageSettingOverridesTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, helpMenu);
        const QStringList texts = menuTexts(language);
        QVERIFY2(texts.contains(fileMenu), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(helpMenu), qPrintable(texts.join(QLatin1Char('|'))));
    }

    // Plural forms come only from a loaded translation: a system locale without one of Hookbench's (C, Italian)
    // gets the English one, so counts read "2 deliveries", not the source text's "2 delivery(s)".
    void englishPluralsWithoutATranslation_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("Italian") << QLocale(QLocale::Italian, QLocale::Italy);
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    }

    void englishPluralsWithoutATranslation()
    {
        QFETCH(QLocale, locale);
        QSettings().setValue(Ui::languageSettingKey(), QString());
        Ui::installTranslations(*qApp, locale);
        const QString file = QStringLiteral("out.har");
        QCOMPARE(Ui::DeliveriesPage::tr("Exported %n delivery(s) to %1", nullptr, 2).arg(file),
                 QStringLiteral("Exported 2 deliveries to out.har"));
        QCOMPARE(Ui::DeliveriesPage::tr("Exported %n delivery(s) to %1", nullptr, 1).arg(file),
                 QStringLiteral("Exported 1 delivery to out.har"));
        QCOMPARE(Ui::TriggerPage::tr("Sent %1 to %n endpoint(s)", nullptr, 2).arg(QStringLiteral("invoice.paid")),
                 QStringLiteral("Sent invoice.paid to 2 endpoints"));
    }

    // Messages made in core/ (and ui/format.cpp) by a free function's tr() helper, one from each file that has
    // one. lupdate files such strings under the function's namespace; a helper that asked for another context
    // ("Storage" for "Hookbench::Storage") found no translation, so the German window showed them in English.
    void coreMessagesFollowTheLanguage_data()
    {
        QTest::addColumn<std::function<QString()>>("message");
        QTest::newRow("storage: definitions") << std::function<QString()>([] {
            Test::TempWorkspace tmp;
            QString error;
            auto workspace = Storage::Workspace::open(tmp.path(), &error);
            Endpoint e;
            e.name = QStringLiteral("twice");
            e.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
            Endpoint again = e;
            return workspace && workspace->endpoints().add(e) ? workspace->endpoints().add(again).error : error;
        });
        QTest::newRow("storage: database") << std::function<QString()>([] {
            QTemporaryDir folder;
            QFile notADatabase(folder.filePath(QStringLiteral("notes.hookbench")));
            if (!notADatabase.open(QIODevice::WriteOnly) || notADatabase.write(QByteArray(4096, 'x')) != 4096)
                return QString();
            notADatabase.close();
            QString error;
            Storage::Workspace::open(notADatabase.fileName(), &error);
            // The folder's name changes from call to call; the sentence around it is what is compared.
            return error.replace(notADatabase.fileName(), QLatin1String("%1"));
        });
        QTest::newRow("validation") << std::function<QString()>(
            [] { return Validation::checkSignaturePrefix(QStringLiteral("a b")); });
        QTest::newRow("signing: verifier") << std::function<QString()>([] {
            const VerificationSecret secret {
                SigningScheme::StandardWebhooks, QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), {}};
            const HeaderList headers {Header {"webhook-id", "msg_1"}, Header {"webhook-timestamp", "soon"},
                                      Header {"webhook-signature", "v1,x"}};
            return Signing::verify(secret, headers, "{}", 1'800'000'000).detail;
        });
        QTest::newRow("signing: explanation") << std::function<QString()>([] {
            return Signing::explainSignatureHeaders({Header {"webhook-id", "msg_1"}}).join(QLatin1Char('\n'));
        });
        QTest::newRow("template") << std::function<QString()>([] { return renderTemplate("{{", {}).error; });
        QTest::newRow("engine: outcome") << std::function<QString()>([] {
            Engine::Response gone;
            gone.status = 410;
            return Engine::classify(gone, Endpoint {}, QDateTime::currentDateTimeUtc()).reason;
        });
        QTest::newRow("ui: format") << std::function<QString()>([] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return Ui::Format::relative(now, now);
        });
    }

    void coreMessagesFollowTheLanguage()
    {
        QFETCH(std::function<QString()>, message);
        QSettings().setValue(Ui::languageSettingKey(), QStringLiteral("en"));
        Ui::installTranslations(*qApp);
        const QString english = message();
        QSettings().setValue(Ui::languageSettingKey(), QString());
        Ui::installTranslations(*qApp);
        const QString german = message();
        QVERIFY2(!english.isEmpty(), "the probe made no message");
        QVERIFY2(german != english, qPrintable(QStringLiteral("not translated: ") + english));
    }

    // The log's State column holds every state's name in full, with its icon, in each language ("Wird wiederholt",
    // "重试中"), not only the English width of "Succeeded".
    void deliveryStateColumnFitsEveryState_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = Ui::availableLanguages();
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void deliveryStateColumnFitsEveryState()
    {
        QFETCH(QString, language);
        QSettings().setValue(Ui::languageSettingKey(), language);
        QSettings().remove(QStringLiteral("deliveries/header"));
        Ui::installTranslations(*qApp);
        Test::TempWorkspace tmp;
        QString error;
        auto workspace = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        Engine::DeliveryEngine engine(*workspace);
        Ui::MainWindow window(workspace.get(), &engine);
        const QTableView *view = window.deliveriesPage()->view();
        const int width = view->horizontalHeader()->sectionSize(Ui::DeliveryLogModel::State);
        for (DeliveryState state : {DeliveryState::Pending, DeliveryState::InFlight, DeliveryState::Succeeded,
                                    DeliveryState::Retrying, DeliveryState::Failed, DeliveryState::Cancelled}) {
            const QString name = deliveryStateDisplayName(state);
            const int needed = view->fontMetrics().horizontalAdvance(name) + view->iconSize().width() + 12;
            QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1: %2 px of %3").arg(name).arg(width).arg(needed)));
        }
    }

    // At the default window size (1280×800, a fresh configuration) the endpoint editor fits its pane in every
    // language: no tab needs a horizontal scroll bar, so no field or label runs past the window's edge.
    void endpointEditorFitsTheDefaultWindow_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = Ui::availableLanguages();
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void endpointEditorFitsTheDefaultWindow()
    {
        QFETCH(QString, language);
        QSettings().clear();
        QSettings().setValue(Ui::languageSettingKey(), language);
        QSettings().setValue(QStringLiteral("window/section"), QStringLiteral("endpoints"));
        Ui::installTranslations(*qApp);
        Test::TempWorkspace tmp;
        QString error;
        auto workspace = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        Endpoint e;
        e.name = QStringLiteral("billing");
        e.url = QUrl(QStringLiteral("https://billing.example.com/webhooks/hookbench"));
        QVERIFY(workspace->endpoints().add(e));
        Engine::DeliveryEngine engine(*workspace);
        Ui::MainWindow window(workspace.get(), &engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        Ui::EndpointsPage *page = window.endpointsPage();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        Ui::EndpointEditor *editor = page->editor();
        QTRY_VERIFY(editor->isVisible());
        auto *scheme = editor->findChild<QComboBox *>(QStringLiteral("signingScheme"));
        QVERIFY(scheme);
        // Each signing scheme shows other fields: GitHub its legacy header, custom HMAC a form of its own.
        for (SigningScheme signing : {SigningScheme::GitHub, SigningScheme::CustomHmac}) {
            scheme->setCurrentIndex(scheme->findData(int(signing)));
            for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
                editor->tabs()->setCurrentIndex(tab);
                QWidget *content = editor->tabs()->widget(tab);
                QTRY_VERIFY(content->isVisible());
                QCoreApplication::processEvents();
                const auto *area = qobject_cast<QScrollArea *>(content);
                const QString where
                    = QStringLiteral("%1, tab “%2”: the editor is %3 px wide, its content needs %4")
                          .arg(language, editor->tabs()->tabText(tab))
                          .arg(editor->width())
                          .arg(area ? area->widget()->minimumSizeHint().width() : content->minimumSizeHint().width());
                if (area)
                    QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(where));
                else
                    QVERIFY2(content->minimumSizeHint().width() <= content->width(), qPrintable(where));
            }
        }
    }

    void everyMenuHasDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = Ui::availableLanguages();
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyMenuHasDistinctMnemonics()
    {
        QFETCH(QString, language);
        const QString clashes = mnemonicClashes(language);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
    }
};

int main(int argc, char **argv)
{
    // The system locale is read from the environment when the application starts: pin it to German first.
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LC_ALL", "de_DE.UTF-8");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    TestTranslation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translation.moc"
