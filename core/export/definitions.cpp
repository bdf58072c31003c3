#include "definitions.h"

#include "scheduling/schedulechecks.h"
#include "signing/signer.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace Hookbench::Export {

namespace {

const QLatin1String kFormat("hookbench-definitions");

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Hookbench::Export", text, nullptr, n);
}

QString freeName(const QString &base, const QString &separator, const std::function<bool(const QString &)> &taken)
{
    QString name;
    for (int n = 2;; ++n) {
        name = base + separator + QString::number(n);
        if (!taken(name))
            return name;
    }
}

QString randomToken()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString token;
    for (int i = 0; i < 32; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]));
    return token;
}

// Headers whose value is a credential (the CloudEvents preset's bearer token, an API key sent as Authorization):
// secrets as much as the signing secrets are, so their values travel only when secrets are included.
bool isCredentialHeader(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
}

// An endpoint as a definitions file holds it. Without secrets, a credential header keeps its name with a null value,
// and so does a Google channel's token, like the signing secrets.
QJsonObject endpointDefinition(const Endpoint &e, Json::Secrets secrets)
{
    QJsonObject o = Json::endpointToJson(e, secrets);
    if (secrets == Json::Secrets::Include)
        return o;
    if (!e.channelToken.isEmpty())
        o[QLatin1String("channel_token")] = QJsonValue(QJsonValue::Null);
    QJsonArray headers;
    for (const Header &h : e.headers) {
        if (isCredentialHeader(h.name))
            headers.append(QJsonArray {QString::fromUtf8(h.name), QJsonValue(QJsonValue::Null)});
        else
            headers.append(Json::headersToJson({h}).first());
    }
    o[QLatin1String("headers")] = headers;
    return o;
}

QString describeSchedule(const Schedule &s)
{
    switch (s.kind) {
    case Schedule::Kind::Once:
        return QStringLiteral("%1 at %2").arg(s.eventType, s.at.toUTC().toString(Qt::ISODate));
    case Schedule::Kind::Interval:
        return QStringLiteral("%1 every %2").arg(s.eventType, formatDurationMs(s.intervalMs));
    case Schedule::Kind::Cron:
        return QStringLiteral("%1 cron \"%2\"").arg(s.eventType, s.cron);
    }
    return s.eventType;
}

// What the schedule editor and `schedule add` refuse, less the times that have passed since the file was written:
// a one-shot that fired, or an end time behind us, is imported finished, as it is in the workspace it came from.
// The rest must hold, or `hookbench run` would fire a 1 ms interval or carry a cron expression that never parses.
ValidationErrors scheduleErrors(const Schedule &s)
{
    ValidationErrors errors = Scheduling::validate(s, QDateTime::currentDateTimeUtc());
    errors.removeIf([&s](const ValidationError &e) {
        return e.field == QLatin1String("schedule") || e.field == QLatin1String("until")
            || (e.field == QLatin1String("at") && s.at.isValid());
    });
    return errors;
}

class Importer
{
public:
    Importer(Storage::Workspace &ws, ConflictPolicy policy)
        : m_ws(ws)
        , m_policy(policy)
    { }

    void eventType(EventType t)
    {
        ImportItem item {tr("event type"), t.name};
        if (const auto existing = m_ws.eventTypes().find(t.name)) {
            if (existing->description == t.description && existing->payloadTemplate == t.payloadTemplate)
                return done(item, ImportItem::Action::Unchanged);
            if (m_policy == ConflictPolicy::Skip)
                return done(item, ImportItem::Action::Skipped, tr("an event type of this name exists and differs"));
            t.name = freeName(t.name, QStringLiteral("_"),
                              [this](const QString &n) { return m_ws.eventTypes().find(n).has_value(); });
            m_renamedTypes.insert(item.name, t.name);
            item.newName = t.name;
        }
        t.id = 0;
        if (const auto r = m_ws.eventTypes().add(t); !r)
            return done(item, ImportItem::Action::Failed, r.error);
        done(item, item.newName.isEmpty() ? ImportItem::Action::Added : ImportItem::Action::Renamed);
    }

    // Refuses the whole file when any definition in it is one the workspace would not store, before anything is
    // stored: a damaged file must not leave half of itself behind. The checks are those of the stores, on each
    // definition as it would be stored (with its generated secret or token).
    bool check(const Definitions &d)
    {
        for (const EventType &t : d.eventTypes)
            refuseIfInvalid(tr("event type"), t.name, Validation::validate(t));
        for (Endpoint e : d.endpoints) {
            if (e.scheme != SigningScheme::None && e.secrets.isEmpty())
                e.secrets = {Signing::generateSecret(e.scheme)};
            e.headers.removeIf([](const Header &h) { return isCredentialHeader(h.name) && h.value.isEmpty(); });
            refuseIfInvalid(tr("endpoint"), e.name, Validation::validate(e));
        }
        for (Receiver r : d.receivers) {
            r.secrets.removeIf([](const VerificationSecret &s) { return s.secret.isEmpty(); });
            if (r.accessToken.isEmpty() && !r.isLoopbackOnly())
                r.accessToken = randomToken();
            refuseIfInvalid(tr("receiver"), r.name, Validation::validate(r));
        }
        for (const Schedule &s : d.schedules)
            refuseIfInvalid(tr("schedule"), describeSchedule(s), scheduleErrors(s));
        report.refused = report.hasFailures();
        return !report.refused;
    }

    void endpoint(Endpoint e)
    {
        ImportItem item {tr("endpoint"), e.name};
        for (QString &s : e.subscriptions)
            s = m_renamedTypes.value(s, s);
        e.id = 0;
        e.consecutiveFailures = 0;
        QStringList notes;
        if (e.scheme != SigningScheme::None && e.secrets.isEmpty()) {
            e.secrets = {Signing::generateSecret(e.scheme)};
            notes << tr("the file carries no secret; a new one was generated");
        }
        if (const auto existing = m_ws.endpoints().findByName(e.name)) {
            if (same(*existing, e))
                return done(item, ImportItem::Action::Unchanged);
            if (m_policy == ConflictPolicy::Skip)
                return done(item, ImportItem::Action::Skipped, tr("an endpoint of this name exists and differs"));
            e.name = freeName(e.name, QStringLiteral("-"),
                              [this](const QString &n) { return m_ws.endpoints().findByName(n).has_value(); });
            item.newName = e.name;
        }
        // A credential header exported without its value would go out empty: it is left out, and said so.
        for (const Header &h : std::as_const(e.headers)) {
            if (isCredentialHeader(h.name) && h.value.isEmpty())
                notes << tr("the file carries no value for its %1 header; the header was left out")
                             .arg(QString::fromUtf8(h.name));
        }
        e.headers.removeIf([](const Header &h) { return isCredentialHeader(h.name) && h.value.isEmpty(); });
        if (const auto r = m_ws.endpoints().add(e); !r)
            return done(item, ImportItem::Action::Failed, r.error);
        done(item, item.newName.isEmpty() ? ImportItem::Action::Added : ImportItem::Action::Renamed,
             notes.join(QStringLiteral("; ")));
    }

    void receiver(Receiver r)
    {
        ImportItem item {tr("receiver"), r.name};
        r.id = 0;
        QStringList notes;
        const qsizetype before = r.secrets.size();
        r.secrets.removeIf([](const VerificationSecret &s) { return s.secret.isEmpty(); });
        if (r.secrets.size() != before)
            notes << tr("%n verification secret(s) not in the file were left out", int(before - r.secrets.size()));
        if (r.accessToken.isEmpty() && !r.isLoopbackOnly()) {
            r.accessToken = randomToken();
            notes << tr("the file carries no access token; a new one was generated");
        }
        if (const auto existing = m_ws.receivers().findByName(r.name)) {
            if (Json::receiverToJson(*existing, Json::Secrets::Omit) == Json::receiverToJson(r, Json::Secrets::Omit))
                return done(item, ImportItem::Action::Unchanged);
            if (m_policy == ConflictPolicy::Skip)
                return done(item, ImportItem::Action::Skipped, tr("a receiver of this name exists and differs"));
            r.name = freeName(r.name, QStringLiteral("-"),
                              [this](const QString &n) { return m_ws.receivers().findByName(n).has_value(); });
            item.newName = r.name;
        }
        if (r.port != 0) {
            for (const Receiver &other : m_ws.receivers().list()) {
                if (other.port == r.port)
                    notes << tr("port %1 is also used by receiver %2").arg(r.port).arg(other.name);
            }
        }
        if (const auto result = m_ws.receivers().add(r); !result)
            return done(item, ImportItem::Action::Failed, result.error);
        done(item, item.newName.isEmpty() ? ImportItem::Action::Added : ImportItem::Action::Renamed,
             notes.join(QStringLiteral("; ")));
    }

    void schedule(Schedule s)
    {
        s.eventType = m_renamedTypes.value(s.eventType, s.eventType);
        ImportItem item {tr("schedule"), describeSchedule(s)};
        s.id = 0;
        s.firedCount = 0;
        s.lastFiredAt = {};
        s.nextFireAt = {};
        for (const Schedule &existing : m_ws.schedules().list()) {
            if (Json::scheduleToJson(existing) == Json::scheduleToJson(s))
                return done(item, ImportItem::Action::Unchanged);
        }
        QString note;
        if (!m_ws.eventTypes().find(s.eventType))
            note = tr("there is no event type %1 yet").arg(s.eventType);
        if (const auto r = m_ws.schedules().add(s); !r)
            return done(item, ImportItem::Action::Failed, r.error);
        done(item, ImportItem::Action::Added, note);
    }

    ImportReport report;

private:
    void refuseIfInvalid(const QString &kind, const QString &name, const ValidationErrors &errors)
    {
        if (errors.isEmpty())
            return;
        ImportItem item {kind, name};
        done(item, ImportItem::Action::Failed, Validation::describe(errors));
    }

    // Alike but for their secrets, which a file may not carry.
    static bool same(Endpoint a, Endpoint b)
    {
        a.channelToken.clear();
        b.channelToken.clear();
        return endpointDefinition(a, Json::Secrets::Omit) == endpointDefinition(b, Json::Secrets::Omit);
    }

    void done(ImportItem &item, ImportItem::Action action, const QString &detail = {})
    {
        item.action = action;
        item.detail = detail;
        report.items.append(item);
    }

    Storage::Workspace &m_ws;
    ConflictPolicy m_policy;
    QHash<QString, QString> m_renamedTypes;
};

} // namespace

Definitions loadDefinitions(Storage::Workspace &workspace)
{
    Definitions d;
    d.eventTypes = workspace.eventTypes().list();
    d.endpoints = workspace.endpoints().list();
    // Throw-away endpoints of `hookbench send` are not definitions anyone made.
    d.endpoints.removeIf([](const Endpoint &e) { return e.origin == EndpointOrigin::Cli; });
    d.receivers = workspace.receivers().list();
    d.schedules = workspace.schedules().list();
    return d;
}

QJsonObject definitionsToJson(const Definitions &d, Json::Secrets secrets, const QDateTime &exportedAt)
{
    QJsonArray types;
    for (const EventType &t : d.eventTypes)
        types.append(Json::eventTypeToJson(t));
    QJsonArray endpoints;
    for (const Endpoint &e : d.endpoints)
        endpoints.append(endpointDefinition(e, secrets));
    QJsonArray receivers;
    for (const Receiver &r : d.receivers)
        receivers.append(Json::receiverToJson(r, secrets));
    QJsonArray schedules;
    for (const Schedule &s : d.schedules)
        schedules.append(Json::scheduleToJson(s));
    return QJsonObject {
        {QLatin1String("format"), kFormat},
        {QLatin1String("version"), kDefinitionsVersion},
        {QLatin1String("exported_at"), Json::timeToJson(exportedAt)},
        {QLatin1String("secrets_included"), secrets == Json::Secrets::Include},
        {QLatin1String("event_types"), types},
        {QLatin1String("endpoints"), endpoints},
        {QLatin1String("receivers"), receivers},
        {QLatin1String("schedules"), schedules},
    };
}

Definitions definitionsFromJson(const QJsonObject &o, QString *error)
{
    Definitions d;
    if (o.value(QLatin1String("format")).toString() != kFormat) {
        *error = tr("This is not a Hookbench definitions file (its \"format\" is not \"%1\").").arg(kFormat);
        return d;
    }
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInt() < 1) {
        *error = tr("The file has no valid \"version\".");
        return d;
    }
    if (version.toInt() > kDefinitionsVersion) {
        *error = tr("The file was written by a newer Hookbench (definitions version %1; this one reads up to %2).")
                     .arg(version.toInt())
                     .arg(kDefinitionsVersion);
        return d;
    }
    for (const char *key : {"event_types", "endpoints", "receivers", "schedules"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray()) {
            *error = tr("\"%1\" is not a list.").arg(QLatin1String(key));
            return d;
        }
    }
    for (const QJsonValue &v : o.value(QLatin1String("event_types")).toArray())
        d.eventTypes.append(Json::eventTypeFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("endpoints")).toArray())
        d.endpoints.append(Json::endpointFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("receivers")).toArray())
        d.receivers.append(Json::receiverFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("schedules")).toArray())
        d.schedules.append(Json::scheduleFromJson(v.toObject()));
    return d;
}

int ImportReport::count(ImportItem::Action action) const
{
    return int(std::count_if(items.begin(), items.end(), [action](const ImportItem &i) { return i.action == action; }));
}

ImportReport importDefinitions(Storage::Workspace &workspace, const Definitions &d, ConflictPolicy policy)
{
    Importer importer(workspace, policy);
    if (!importer.check(d))
        return importer.report;
    // Event types first: endpoints and schedules refer to them, and follow their renames.
    for (const EventType &t : d.eventTypes)
        importer.eventType(t);
    for (const Endpoint &e : d.endpoints)
        importer.endpoint(e);
    for (const Receiver &r : d.receivers)
        importer.receiver(r);
    for (const Schedule &s : d.schedules)
        importer.schedule(s);
    return importer.report;
}

QString actionName(ImportItem::Action action)
{
    switch (action) {
    case ImportItem::Action::Added:
        return QStringLiteral("added");
    case ImportItem::Action::Renamed:
        return QStringLiteral("renamed");
    case ImportItem::Action::Unchanged:
        return QStringLiteral("unchanged");
    case ImportItem::Action::Skipped:
        return QStringLiteral("skipped");
    case ImportItem::Action::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString describe(const ImportItem &item)
{
    QString line;
    switch (item.action) {
    case ImportItem::Action::Added:
        line = tr("added %1 %2").arg(item.kind, item.name);
        break;
    case ImportItem::Action::Renamed:
        line = tr("added %1 %2 as %3 (the name was taken)").arg(item.kind, item.name, item.newName);
        break;
    case ImportItem::Action::Unchanged:
        line = tr("unchanged %1 %2 (already there, identical)").arg(item.kind, item.name);
        break;
    case ImportItem::Action::Skipped:
        line = tr("skipped %1 %2").arg(item.kind, item.name);
        break;
    case ImportItem::Action::Failed:
        line = tr("failed %1 %2").arg(item.kind, item.name);
        break;
    }
    if (!item.detail.isEmpty())
        line += QStringLiteral(": ") + item.detail;
    return line;
}

} // namespace Hookbench::Export
