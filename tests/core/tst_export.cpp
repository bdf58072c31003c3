// Import and export: workspace definitions (golden file, round trip, conflicts), OpenAPI 3.1 webhooks, and the
// delivery log as HAR 1.2 and JSON Lines (golden files, and a real log produced against a local peer).
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "export/definitions.h"
#include "export/deliveriesexport.h"
#include "export/har.h"
#include "export/openapi.h"
#include "scheduling/templaterenderer.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Hookbench;
using namespace Hookbench::Export;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("HOOKBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/export/") + name;
}

// Compares with the golden file byte for byte; HOOKBENCH_UPDATE_GOLDEN=1 rewrites it instead.
bool matchesGolden(const QByteArray &actual, const QString &name)
{
    QFile file(dataPath(name));
    if (qEnvironmentVariableIntValue("HOOKBENCH_UPDATE_GOLDEN")) {
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(actual);
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected != actual) {
        qWarning("%s differs; actual output:\n%s", qPrintable(name), actual.constData());
        return false;
    }
    return true;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

Definitions sampleDefinitions()
{
    Definitions d;
    EventType opened;
    opened.name = QStringLiteral("issues.opened");
    opened.description = QStringLiteral("An issue was opened.");
    opened.payloadTemplate = R"({"action": "opened", "number": {{seq}}})";
    d.eventTypes.append(opened);
    EventType ping;
    ping.name = QStringLiteral("ping");
    d.eventTypes.append(ping);

    Endpoint ci;
    ci.name = QStringLiteral("ci");
    ci.url = QUrl(QStringLiteral("https://ci.example.com/hooks/github"));
    ci.subscriptions = {QStringLiteral("issues.opened"), QStringLiteral("ping")};
    ci.scheme = SigningScheme::GitHub;
    ci.secrets = {QStringLiteral("It's a Secret to Everybody")};
    ci.headers = {{"X-Team", "platform"}};
    ci.retry = RetryPolicy::fromSchedule({0, 5000});
    d.endpoints.append(ci);

    Receiver inbox;
    inbox.name = QStringLiteral("inbox");
    inbox.port = 8421;
    inbox.secrets = {{SigningScheme::StandardWebhooks, QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), {}}};
    d.receivers.append(inbox);

    Schedule nightly;
    nightly.eventType = QStringLiteral("issues.opened");
    nightly.kind = Schedule::Kind::Cron;
    nightly.cron = QStringLiteral("0 3 * * 1-5");
    nightly.utc = true;
    nightly.jitterMs = 30'000;
    nightly.limit = 10;
    nightly.catchUp = true;
    nightly.firedCount = 4; // run state: not exported
    nightly.lastFiredAt = utc("2026-11-27T03:00:00.000Z");
    d.schedules.append(nightly);
    return d;
}

QList<DeliveryRecord> sampleDeliveries()
{
    Delivery d;
    d.id = 10;
    d.uid = QStringLiteral("msg_2Jc9xQ7vN1bL0aZ3kP5sT8wR");
    d.eventId = 9;
    d.endpointId = 1;
    d.eventType = QStringLiteral("invoice.paid");
    d.endpointName = QStringLiteral("billing");
    d.url = QStringLiteral("http://127.0.0.1:9000/hooks?source=stripe");
    d.state = DeliveryState::Succeeded;
    d.attemptCount = 2;
    d.createdAt = utc("2026-11-28T10:00:00.000Z");
    d.updatedAt = utc("2026-11-28T10:00:05.120Z");
    d.lastStatus = 200;

    Attempt first;
    first.id = 11;
    first.deliveryId = 10;
    first.number = 1;
    first.method = "POST";
    first.url = d.url;
    first.requestHeaders = {{"Content-Type", "application/json"}, {"Stripe-Signature", "t=1795860000,v1=abc"}};
    first.requestBody = R"({"id":"evt_1","type":"invoice.paid"})";
    first.status = 503;
    first.responseHeaders = {{"Retry-After", "5"}, {"Content-Type", "text/plain"}};
    first.responseBody = "busy";
    first.durationUs = 12'500;
    first.error = QStringLiteral("HTTP 503");
    first.startedAt = utc("2026-11-28T10:00:00.010Z");
    first.finishedAt = utc("2026-11-28T10:00:00.022Z");

    Attempt second = first;
    second.id = 12;
    second.number = 2;
    second.status = 200;
    second.responseHeaders = {{"Content-Type", "application/octet-stream"}};
    second.responseBody = QByteArray("\xff\x00\x01", 3);
    second.responseTruncated = true;
    second.durationUs = 3'250;
    second.error.clear();
    second.startedAt = utc("2026-11-28T10:00:05.100Z");
    second.finishedAt = utc("2026-11-28T10:00:05.103Z");

    Delivery failed = d;
    failed.id = 20;
    failed.uid = QStringLiteral("msg_7Yh2Lm4Qw9Xc1Vb6Nz3Kp8Rt");
    failed.state = DeliveryState::Failed;
    failed.attemptCount = 1;
    failed.lastStatus = 0;
    failed.lastError = QStringLiteral("Connection refused");
    Attempt refused;
    refused.id = 21;
    refused.deliveryId = 20;
    refused.number = 1;
    refused.method = "POST";
    refused.url = d.url;
    refused.requestHeaders = {{"Content-Type", "application/json"}};
    refused.requestBody = "{}";
    refused.error = QStringLiteral("Connection refused");
    refused.startedAt = utc("2026-11-28T10:01:00.000Z");
    refused.finishedAt = utc("2026-11-28T10:01:00.001Z");
    refused.durationUs = 800;

    return {{d, QStringLiteral("evt_1"), {first, second}}, {failed, QStringLiteral("evt_2"), {refused}}};
}

struct Opened
{
    Test::TempWorkspace tmp;
    std::unique_ptr<Storage::Workspace> ws;
    bool open()
    {
        QString error;
        ws = Storage::Workspace::open(tmp.path(), &error);
        return ws != nullptr;
    }
};

bool store(Storage::Workspace &ws, const Definitions &d)
{
    const ImportReport report = importDefinitions(ws, d, ConflictPolicy::Skip);
    for (const ImportItem &item : report.items) {
        if (item.action != ImportItem::Action::Added) {
            qWarning("%s", qPrintable(describe(item)));
            return false;
        }
    }
    return true;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void definitionsGoldenFile()
    {
        const QJsonObject o
            = definitionsToJson(sampleDefinitions(), Json::Secrets::Omit, utc("2026-11-28T12:00:00.000Z"));
        QVERIFY(matchesGolden(QJsonDocument(o).toJson(QJsonDocument::Indented), QStringLiteral("definitions.json")));
        const QByteArray withoutSecrets = QJsonDocument(o).toJson();
        QVERIFY(!withoutSecrets.contains("It's a Secret"));
        QVERIFY(!withoutSecrets.contains("whsec_"));
        const QByteArray withSecrets = QJsonDocument(definitionsToJson(sampleDefinitions(), Json::Secrets::Include,
                                                                       utc("2026-11-28T12:00:00.000Z")))
                                           .toJson();
        QVERIFY(withSecrets.contains("It's a Secret to Everybody"));
        QVERIFY(withSecrets.contains("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    void roundTripIntoAnotherWorkspace()
    {
        Opened a, b;
        QVERIFY(a.open() && b.open());
        QVERIFY(store(*a.ws, sampleDefinitions()));
        const QJsonObject exported
            = definitionsToJson(loadDefinitions(*a.ws), Json::Secrets::Include, QDateTime::currentDateTimeUtc());
        const QByteArray file = QJsonDocument(exported).toJson();

        QString error;
        const Definitions parsed = definitionsFromJson(QJsonDocument::fromJson(file).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ImportReport first = importDefinitions(*b.ws, parsed, ConflictPolicy::Skip);
        QCOMPARE(first.count(ImportItem::Action::Added), 5);
        QCOMPARE(first.items.size(), 5);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        QCOMPARE(definitionsToJson(loadDefinitions(*b.ws), Json::Secrets::Include, t),
                 definitionsToJson(loadDefinitions(*a.ws), Json::Secrets::Include, t));

        // Importing the same file again changes nothing.
        const ImportReport again = importDefinitions(*b.ws, parsed, ConflictPolicy::Rename);
        QCOMPARE(again.count(ImportItem::Action::Unchanged), 5);
        QCOMPARE(b.ws->eventTypes().list().size(), 2);
        QCOMPARE(b.ws->schedules().list().size(), 1);
    }

    void conflictsAreSkippedOrRenamedNeverOverwritten()
    {
        Opened w;
        QVERIFY(w.open());
        EventType mine;
        mine.name = QStringLiteral("issues.opened");
        mine.payloadTemplate = R"({"mine": true})";
        QVERIFY(w.ws->eventTypes().add(mine));
        Endpoint other;
        other.name = QStringLiteral("ci");
        other.url = QUrl(QStringLiteral("https://other.example.com/"));
        QVERIFY(w.ws->endpoints().add(other));

        const ImportReport skipped = importDefinitions(*w.ws, sampleDefinitions(), ConflictPolicy::Skip);
        QCOMPARE(skipped.count(ImportItem::Action::Skipped), 2);
        QCOMPARE(w.ws->eventTypes().find(QStringLiteral("issues.opened"))->payloadTemplate,
                 QByteArray(R"({"mine": true})"));
        QCOMPARE(w.ws->endpoints().findByName(QStringLiteral("ci"))->url.host(), QStringLiteral("other.example.com"));
        for (const ImportItem &item : skipped.items) {
            if (item.action == ImportItem::Action::Skipped)
                QVERIFY(describe(item).startsWith(QLatin1String("skipped ")));
        }

        Opened r;
        QVERIFY(r.open());
        QVERIFY(r.ws->eventTypes().add(mine));
        QVERIFY(r.ws->endpoints().add(other));
        const ImportReport renamed = importDefinitions(*r.ws, sampleDefinitions(), ConflictPolicy::Rename);
        QCOMPARE(renamed.count(ImportItem::Action::Renamed), 2);
        QCOMPARE(r.ws->eventTypes().find(QStringLiteral("issues.opened"))->payloadTemplate,
                 QByteArray(R"({"mine": true})"));
        QVERIFY(r.ws->eventTypes().find(QStringLiteral("issues.opened_2")));
        const auto ci2 = r.ws->endpoints().findByName(QStringLiteral("ci-2"));
        QVERIFY(ci2);
        // The imported endpoint and schedule follow the renamed event type.
        QCOMPARE(ci2->subscriptions, (QStringList {QStringLiteral("issues.opened_2"), QStringLiteral("ping")}));
        QCOMPARE(r.ws->schedules().list().value(0).eventType, QStringLiteral("issues.opened_2"));
    }

    void missingSecretsAreGeneratedAndReported()
    {
        Opened w;
        QVERIFY(w.open());
        QString error;
        const Definitions d = definitionsFromJson(
            definitionsToJson(sampleDefinitions(), Json::Secrets::Omit, QDateTime::currentDateTimeUtc()), &error);
        QVERIFY(error.isEmpty());
        const ImportReport report = importDefinitions(*w.ws, d, ConflictPolicy::Skip);
        QVERIFY(!report.hasFailures());
        const auto ci = w.ws->endpoints().findByName(QStringLiteral("ci"));
        QVERIFY(ci);
        QCOMPARE(ci->secrets.size(), 1);
        QCOMPARE(ci->secrets.first().size(), 40);
        QVERIFY(w.ws->receivers().findByName(QStringLiteral("inbox"))->secrets.isEmpty());
        int noted = 0;
        for (const ImportItem &item : report.items)
            noted
                += item.detail.contains(QLatin1String("generated")) || item.detail.contains(QLatin1String("left out"));
        QCOMPARE(noted, 2);
    }

    void foreignAndNewerFilesAreRefused()
    {
        QString error;
        definitionsFromJson(QJsonObject {{QLatin1String("version"), 1}}, &error);
        QVERIFY(error.contains(QLatin1String("not a Hookbench definitions file")));
        error.clear();
        definitionsFromJson(QJsonObject {{QLatin1String("format"), QStringLiteral("hookbench-definitions")},
                                         {QLatin1String("version"), kDefinitionsVersion + 1}},
                            &error);
        QVERIFY(error.contains(QLatin1String("newer")));
    }

    // A file with a definition the workspace refuses (here a 1 ms interval that `run` would fire a thousand times a
    // second, a cron expression that does not parse, an endpoint without a URL) stores nothing at all, and names
    // each refused definition. Before, the rest of the file was stored, and schedules were not checked at all.
    void damagedFileStoresNothing()
    {
        Opened w;
        QVERIFY(w.open());
        Definitions d = sampleDefinitions();
        Schedule flood;
        flood.eventType = QStringLiteral("issues.opened");
        flood.kind = Schedule::Kind::Interval;
        flood.intervalMs = 1;
        d.schedules.append(flood);
        Schedule broken;
        broken.eventType = QStringLiteral("issues.opened");
        broken.kind = Schedule::Kind::Cron;
        broken.cron = QStringLiteral("99 * * * *");
        d.schedules.append(broken);
        Endpoint nowhere;
        nowhere.name = QStringLiteral("nowhere");
        d.endpoints.append(nowhere);

        const ImportReport report = importDefinitions(*w.ws, d, ConflictPolicy::Skip);
        QVERIFY(report.refused);
        QCOMPARE(report.count(ImportItem::Action::Failed), 3);
        QCOMPARE(report.count(ImportItem::Action::Added), 0);
        QStringList failed;
        for (const ImportItem &item : report.items)
            failed << describe(item);
        QVERIFY2(failed.filter(QStringLiteral("every 1ms")).size() == 1, qPrintable(failed.join(u'\n')));
        QVERIFY2(failed.filter(QStringLiteral("minute: 99 is out of range")).size() == 1,
                 qPrintable(failed.join(u'\n')));
        QVERIFY2(failed.filter(QStringLiteral("failed endpoint nowhere")).size() == 1, qPrintable(failed.join(u'\n')));
        QVERIFY(w.ws->eventTypes().list().isEmpty());
        QVERIFY(w.ws->endpoints().list().isEmpty());
        QVERIFY(w.ws->receivers().list().isEmpty());
        QVERIFY(w.ws->schedules().list().isEmpty());
    }

    // A schedule whose time has passed since the file was written (a one-shot that fired, an end time behind us) is
    // imported finished, as it was where it came from; only what could never be valid is refused.
    void finishedSchedulesAreImported()
    {
        Opened w;
        QVERIFY(w.open());
        Definitions d = sampleDefinitions();
        Schedule fired;
        fired.eventType = QStringLiteral("issues.opened");
        fired.kind = Schedule::Kind::Once;
        fired.at = utc("2026-01-01T00:00:00.000Z");
        d.schedules.append(fired);
        Schedule ended;
        ended.eventType = QStringLiteral("issues.opened");
        ended.intervalMs = 60'000;
        ended.until = utc("2026-01-01T00:00:00.000Z");
        d.schedules.append(ended);
        const ImportReport report = importDefinitions(*w.ws, d, ConflictPolicy::Skip);
        QVERIFY(!report.refused);
        QCOMPARE(report.count(ImportItem::Action::Added), 7);
        QCOMPARE(w.ws->schedules().list().size(), 3);
    }

    // Without --secrets, credentials beyond the signing secrets stay out too: the CloudEvents preset's bearer token
    // (an Authorization header) and a Google channel's token were written in clear into every export.
    void credentialsStayOutWithoutSecrets()
    {
        Opened a, b;
        QVERIFY(a.open() && b.open());
        Endpoint events;
        events.name = QStringLiteral("events");
        events.url = QUrl(QStringLiteral("https://events.example.com/"));
        events.headers = {{"Authorization", "Bearer t0k3n-value"}, {"X-Team", "platform"}};
        events.channelToken = QStringLiteral("channel-t0k3n");
        QVERIFY(a.ws->endpoints().add(events));

        const QByteArray plain = QJsonDocument(definitionsToJson(loadDefinitions(*a.ws), Json::Secrets::Omit,
                                                                 QDateTime::currentDateTimeUtc()))
                                     .toJson();
        QVERIFY2(!plain.contains("t0k3n"), plain.constData());
        QVERIFY(plain.contains("Authorization"));
        QVERIFY(plain.contains("platform"));
        const QByteArray full = QJsonDocument(definitionsToJson(loadDefinitions(*a.ws), Json::Secrets::Include,
                                                                QDateTime::currentDateTimeUtc()))
                                    .toJson();
        QVERIFY(full.contains("Bearer t0k3n-value"));
        QVERIFY(full.contains("channel-t0k3n"));

        QString error;
        const Definitions parsed = definitionsFromJson(QJsonDocument::fromJson(plain).object(), &error);
        QVERIFY(error.isEmpty());
        const ImportReport report = importDefinitions(*b.ws, parsed, ConflictPolicy::Skip);
        QCOMPARE(report.count(ImportItem::Action::Added), 1);
        QVERIFY2(report.items.first().detail.contains(QLatin1String("Authorization")),
                 qPrintable(describe(report.items.first())));
        const auto imported = b.ws->endpoints().findByName(QStringLiteral("events"));
        QVERIFY(imported);
        QCOMPARE(imported->headers, (HeaderList {{"X-Team", "platform"}}));
        QVERIFY(imported->channelToken.isEmpty());
        // The file still describes the endpoint it came from.
        QCOMPARE(importDefinitions(*a.ws, parsed, ConflictPolicy::Skip).count(ImportItem::Action::Unchanged), 1);
    }

    void openApiNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("camel") << "newPet"
                               << "new_pet";
        QTest::newRow("dotted") << "pet.created"
                                << "pet.created";
        QTest::newRow("hyphen") << "order-shipped"
                                << "order_shipped";
        QTest::newRow("slash") << "repository/created"
                               << "repository.created";
        QTest::newRow("spaces") << "Invoice Paid"
                                << "invoice_paid";
        QTest::newRow("acronym") << "userIDChanged"
                                 << "user_idchanged";
        QTest::newRow("digit") << "2fa.enabled"
                               << "x2fa.enabled";
        QTest::newRow("nothing") << "???"
                                 << "";
    }

    void openApiNames()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QCOMPARE(eventTypeNameFor(key), name);
    }

    void openApiWebhooksGoldenFile()
    {
        QFile file(dataPath(QStringLiteral("openapi-webhooks.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OpenApiImport imported = eventTypesFromOpenApi(file.readAll());
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QJsonArray types;
        for (const EventType &t : imported.eventTypes) {
            // Every template is a valid template that renders to JSON.
            TemplateContext context;
            context.eventType = t.name;
            const RenderResult rendered = renderTemplate(t.payloadTemplate, context);
            QVERIFY2(rendered.ok(), qPrintable(t.name + QStringLiteral(": ") + rendered.error));
            types.append(
                QJsonObject {{QLatin1String("name"), t.name},
                             {QLatin1String("description"), t.description},
                             {QLatin1String("template"), QJsonDocument::fromJson(t.payloadTemplate).object()}});
        }
        const QJsonObject result {{QLatin1String("event_types"), types},
                                  {QLatin1String("warnings"), QJsonArray::fromStringList(imported.warnings)}};
        QVERIFY(matchesGolden(QJsonDocument(result).toJson(QJsonDocument::Indented),
                              QStringLiteral("openapi-event-types.json")));
    }

    void openApiErrors()
    {
        QVERIFY(eventTypesFromOpenApi("openapi: 3.1.0\n").error.contains(QLatin1String("not JSON")));
        QVERIFY(eventTypesFromOpenApi(R"({"swagger": "2.0"})").error.contains(QLatin1String("openapi")));
        QVERIFY(eventTypesFromOpenApi(R"({"openapi": "3.0.3", "paths": {}})").error.contains(QLatin1String("3.1")));
        // A self-referencing schema ends.
        QFile cyclicFile(dataPath(QStringLiteral("openapi-cyclic.json")));
        QVERIFY(cyclicFile.open(QIODevice::ReadOnly));
        const OpenApiImport cyclic = eventTypesFromOpenApi(cyclicFile.readAll());
        QVERIFY2(cyclic.ok(), qPrintable(cyclic.error));
        QCOMPARE(cyclic.eventTypes.size(), 1);
        const QJsonObject tree = QJsonDocument::fromJson(cyclic.eventTypes.first().payloadTemplate).object();
        QCOMPARE(tree.value(QLatin1String("name")).toString(), QStringLiteral("string"));
        QCOMPARE(tree.value(QLatin1String("children")).toArray(), QJsonArray());
    }

    // A few kilobytes can describe millions of values: four properties that each refer to the next schema, level
    // after level. Before the cap, importing fourteen levels (3 KB) took over a minute and 1.5 GB and was stopped;
    // now the example stops growing at 5,000 values, and the import says so.
    void openApiWideSchemaIsCutShort()
    {
        QJsonObject schemas;
        constexpr int levels = 9; // 4^9 = 262,144 values in full: quick to see without the cap too
        for (int i = 0; i < levels; ++i) {
            QJsonObject properties;
            for (const char *name : {"a", "b", "c", "d"})
                properties.insert(
                    QLatin1String(name),
                    QJsonObject {{QLatin1String("$ref"), QStringLiteral("#/components/schemas/S%1").arg(i + 1)}});
            schemas.insert(QStringLiteral("S%1").arg(i),
                           QJsonObject {{QLatin1String("type"), QLatin1String("object")},
                                        {QLatin1String("properties"), properties}});
        }
        schemas.insert(QStringLiteral("S%1").arg(levels),
                       QJsonObject {{QLatin1String("type"), QLatin1String("string")}});
        const QJsonObject schemaRef {{QLatin1String("$ref"), QLatin1String("#/components/schemas/S0")}};
        const QJsonObject document {
            {QLatin1String("openapi"), QLatin1String("3.1.0")},
            {QLatin1String("webhooks"),
             QJsonObject {
                 {QLatin1String("wide"),
                  QJsonObject {{QLatin1String("post"),
                                QJsonObject {{QLatin1String("requestBody"),
                                              QJsonObject {{QLatin1String("content"),
                                                            QJsonObject {{QLatin1String("application/json"),
                                                                          QJsonObject {{QLatin1String("schema"),
                                                                                        schemaRef}}}}}}}}}}}}},
            {QLatin1String("components"), QJsonObject {{QLatin1String("schemas"), schemas}}}};
        const OpenApiImport imported = eventTypesFromOpenApi(QJsonDocument(document).toJson());
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.eventTypes.size(), 1);
        QCOMPARE(imported.warnings.size(), 1);
        QVERIFY2(imported.warnings.first().contains(QLatin1String("cut short")), qPrintable(imported.warnings.first()));
        // The payload is the beginning of the example: valid JSON, and no larger than the cap allows.
        const QByteArray payload = imported.eventTypes.first().payloadTemplate;
        QJsonParseError error;
        QJsonDocument::fromJson(payload, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(payload.count(':') <= 5000, qPrintable(QString::number(payload.count(':'))));
        QVERIFY(payload.count(':') > 1000);

        bool cutShort = true;
        exampleFromSchema(QJsonObject {{QLatin1String("type"), QLatin1String("string")}}, {}, &cutShort);
        QVERIFY(!cutShort);
    }

    // A payload template is an object or an array; an example that is a lone value gives {} and says why, instead
    // of an event type the workspace refuses with a message about JSON syntax (found by fuzz_openapi).
    void openApiScalarExample()
    {
        QFile file(QString::fromLocal8Bit(qgetenv("HOOKBENCH_SOURCE_DIR"))
                   + QStringLiteral("/tests/data/openapi/regressions/scalar-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OpenApiImport imported = eventTypesFromOpenApi(file.readAll());
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.eventTypes.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(imported.eventTypes.first().payloadTemplate).object(), QJsonObject());
        QVERIFY(Validation::validate(imported.eventTypes.first()).isEmpty());
        QCOMPARE(imported.warnings.size(), 1);
        QVERIFY2(imported.warnings.first().contains(QLatin1String("single value (\"integer\")")),
                 qPrintable(imported.warnings.first()));
    }

    // "{{…}}" in an example that is not a Hookbench placeholder (another tool's template syntax) would make a template
    // the workspace refuses: the example is not used, and the import says why.
    void openApiForeignPlaceholders()
    {
        const QByteArray document = R"({"openapi": "3.1.0", "webhooks": {"greeting": {"post": {"requestBody": {
            "content": {"application/json": {"example": {"text": "Hello {{user.name}}", "at": "{{now}}"}}}}}}}})";
        const OpenApiImport imported = eventTypesFromOpenApi(document);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.eventTypes.size(), 1);
        QVERIFY(Validation::validate(imported.eventTypes.first()).isEmpty());
        QCOMPARE(QJsonDocument::fromJson(imported.eventTypes.first().payloadTemplate).object(), QJsonObject());
        QCOMPARE(imported.warnings.size(), 1);
        QVERIFY2(imported.warnings.first().contains(QLatin1String("{{user.name}}")),
                 qPrintable(imported.warnings.first()));
    }

    void deliveriesGoldenFiles()
    {
        const QList<DeliveryRecord> records = sampleDeliveries();
        const QByteArray har = renderDeliveries(records, DeliveriesFormat::Har, QStringLiteral("1.0.0-test"));
        QVERIFY(matchesGolden(har, QStringLiteral("deliveries.har")));
        const QByteArray jsonl = renderDeliveries(records, DeliveriesFormat::JsonLines, {});
        QVERIFY(matchesGolden(jsonl, QStringLiteral("deliveries.jsonl")));

        const QJsonObject log = QJsonDocument::fromJson(har).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toObject()
                     .value(QLatin1String("encoding")),
                 QJsonValue(QStringLiteral("base64")));
        QCOMPARE(
            entries.at(0).toObject().value(QLatin1String("request")).toObject().value(QLatin1String("queryString")),
            QJsonValue(QJsonArray {QJsonObject {{QLatin1String("name"), QStringLiteral("source")},
                                                {QLatin1String("value"), QStringLiteral("stripe")}}}));
        QCOMPARE(jsonl.count('\n'), 2);
    }

    // A body or header value that starts with a byte order mark is text, and keeps the mark: the exported text
    // encodes back to exactly the bytes sent (QString::fromUtf8 would drop it). Checked in the bytes written:
    // QJsonDocument's reader itself drops a mark at the start of a string.
    void bomBodiesKeepTheirBytes()
    {
        QList<DeliveryRecord> records = sampleDeliveries();
        Attempt &a = records.first().attempts.first();
        a.requestBody = "\xef\xbb\xbf{\"a\":1}";
        a.responseBody = "\xef\xbb\xbfok";
        a.requestHeaders.append(Header {"X-V", "\xef\xbb\xbfv"});
        for (const DeliveriesFormat format : {DeliveriesFormat::Har, DeliveriesFormat::JsonLines}) {
            const QByteArray out = renderDeliveries(records, format, {});
            QVERIFY2(out.contains("\"\xef\xbb\xbf{\\\"a\\\":1}\""), out.constData());
            QVERIFY2(out.contains("\"\xef\xbb\xbfok\""), out.constData());
            QVERIFY2(out.contains("\"\xef\xbb\xbfv\""), out.constData());
        }
    }

    void exportsARealDeliveryLog()
    {
        Opened w;
        QVERIFY(w.open());
        Test::TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue({503, {{"Retry-After", "0"}}, "busy"});
        Endpoint e;
        e.name = QStringLiteral("peer");
        e.url = QUrl(server.url());
        e.retry = RetryPolicy::fromSchedule({0, 10, 10});
        QVERIFY(w.ws->endpoints().add(e));
        Engine::DeliveryEngine engine(*w.ws);
        QHash<qint64, Hookbench::Delivery> latest;
        connect(&engine, &Engine::DeliveryEngine::deliveryChanged, this,
                [&](const Hookbench::Delivery &d) { latest.insert(d.id, d); });
        engine.start();
        const auto t = engine.trigger(QStringLiteral("order.created"), R"({"order":1})", EventSource::Manual);
        QCOMPARE(t.deliveries.size(), 1);
        QTRY_VERIFY(latest.value(t.deliveries.first().id).isFinal());
        engine.stop();

        QBuffer har;
        har.open(QIODevice::WriteOnly);
        const DeliveriesExportResult r = exportDeliveries(*w.ws, {}, 0, DeliveriesFormat::Har, har);
        QVERIFY(r.ok());
        QCOMPARE(r.deliveries, 1);
        QCOMPARE(r.attempts, 2);
        const QJsonArray entries = QJsonDocument::fromJson(har.data())
                                       .object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(
            entries.at(0).toObject().value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(),
            503);
        QCOMPARE(
            entries.at(1).toObject().value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(),
            200);
        QCOMPARE(entries.at(1)
                     .toObject()
                     .value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("postData"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral(R"({"order":1})"));

        QBuffer lines;
        lines.open(QIODevice::WriteOnly);
        QVERIFY(exportDeliveries(*w.ws, {}, 0, DeliveriesFormat::JsonLines, lines).ok());
        const QList<QByteArray> rows = lines.data().trimmed().split('\n');
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = QJsonDocument::fromJson(rows.first()).object();
        QCOMPARE(row.value(QLatin1String("event_id")).toString(), t.event.uid);
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(row.value(QLatin1String("attempts")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
