#include "presets.h"

#include "domain/validation.h"
#include "providerprofile.h"
#include "signing/signer.h"
#include "storage/workspace.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Hookbench::Presets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Presets", text);
}

QStringList typeNames(const Preset &preset)
{
    QStringList names;
    for (const EventType &t : preset.eventTypes)
        names.append(t.name);
    return names;
}

QString freeEndpointName(const QString &base, Storage::EndpointStore &endpoints)
{
    QString name = base;
    for (int n = 2; endpoints.findByName(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

// Google's resource ids are opaque lower-case alphanumerics.
QString googleResourceId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 27; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return id;
}

void useSecret(Endpoint &e, SigningScheme scheme, const QString &secret, bool *generated)
{
    e.scheme = scheme;
    e.secrets = {secret.isEmpty() ? Signing::generateSecret(scheme) : secret};
    *generated = secret.isEmpty();
}

} // namespace

Endpoint presetEndpoint(const Preset &preset, const ApplyOptions &options, bool *generatedSecret, QString *error)
{
    Endpoint e;
    e.name = options.endpointName.isEmpty() ? preset.name : options.endpointName;
    e.url = options.url;
    *generatedSecret = false;
    OriginInfo info;
    info.preset = preset.name;

    if (preset.name == QLatin1String("github")) {
        e.subscriptions = {QStringLiteral("ping"), QStringLiteral("push"), QStringLiteral("issues.*"),
                           QStringLiteral("pull_request.*")};
        useSecret(e, SigningScheme::GitHub, options.secret, generatedSecret);
        // GitHub waits 10 s and does not retry on its own (redelivery is by hand).
        e.timeoutMs = 10'000;
        e.retry = RetryPolicy::fromSchedule({0});
        const QByteArray hookshot = QByteArray::number(QRandomGenerator::global()->bounded(0x1000000u), 16);
        e.headers = {{QByteArrayLiteral("User-Agent"), "GitHub-Hookshot/" + hookshot.rightJustified(7, '0')},
                     {QByteArrayLiteral("X-GitHub-Hook-Installation-Target-Type"), QByteArrayLiteral("repository")},
                     {QByteArrayLiteral("X-GitHub-Hook-Installation-Target-ID"), QByteArrayLiteral("1296269")}};
    } else if (preset.name == QLatin1String("stripe")) {
        e.subscriptions = typeNames(preset);
        useSecret(e, SigningScheme::Stripe, options.secret, generatedSecret);
        e.headers
            = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
               {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)")},
               {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
    } else if (preset.name == QLatin1String("google-calendar")) {
        e.subscriptions = typeNames(preset);
        e.origin = EndpointOrigin::GoogleChannel;
        e.channelToken = options.secret;
        e.expiresAt
            = options.expiresAt.isValid() ? options.expiresAt.toUTC() : QDateTime::currentDateTimeUtc().addDays(7);
        info.channelId = Ids::uuid();
        info.resourceId = googleResourceId();
        info.resourceUri = QStringLiteral("https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json");
        if (e.channelToken.size() > 256) {
            *error = tr("A Google channel token is at most 256 characters long.");
            return e;
        }
    } else if (preset.name == QLatin1String("standard-webhooks")) {
        e.subscriptions = {QStringLiteral("contact.*")};
        useSecret(e, SigningScheme::StandardWebhooks, options.secret, generatedSecret);
    } else if (preset.name == QLatin1String("cloudevents")) {
        e.subscriptions = {QStringLiteral("com.example.object.*")};
        info.cloudEventsStructured = options.cloudEventsStructured;
        info.cloudEventsSource = QStringLiteral("/hookbench");
        // The CloudEvents webhook spec authorises deliveries with a bearer token rather than a signature.
        if (!options.secret.isEmpty())
            e.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + options.secret.toUtf8()}};
    }
    e.originData = originDataToJson(info);
    return e;
}

ApplyResult applyPreset(const ApplyOptions &options, Storage::Workspace &workspace, Engine::DeliveryEngine &engine)
{
    ApplyResult result;
    const Preset *preset = findPreset(options.preset);
    if (!preset) {
        QStringList names;
        for (const Preset &p : presets())
            names.append(p.name);
        result.error = tr("There is no preset named “%1”; choose one of %2.")
                           .arg(options.preset, names.join(QStringLiteral(", ")));
        return result;
    }
    if (QString why = Validation::checkUrl(options.url.toString(QUrl::FullyEncoded)); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    if (!options.endpointName.isEmpty() && workspace.endpoints().findByName(options.endpointName)) {
        result.error = tr("There is already an endpoint named “%1”.").arg(options.endpointName);
        return result;
    }
    ApplyOptions named = options;
    if (named.endpointName.isEmpty())
        named.endpointName = freeEndpointName(preset->name, workspace.endpoints());
    Endpoint e = presetEndpoint(*preset, named, &result.generatedSecret, &result.error);
    if (!result.ok())
        return result;
    if (const ValidationErrors errors = Validation::validate(e); !errors.isEmpty()) {
        result.error = Validation::describe(errors);
        return result;
    }

    for (const EventType &t : preset->eventTypes) {
        if (workspace.eventTypes().find(t.name)) {
            result.keptEventTypes.append(t.name);
            continue;
        }
        EventType copy = t;
        if (const auto r = workspace.eventTypes().add(copy); !r) {
            result.error = r.error;
            return result;
        }
        result.createdEventTypes.append(t.name);
    }
    if (const auto r = workspace.endpoints().add(e); !r) {
        result.error = r.error;
        return result;
    }
    result.endpoint = e;
    engine.endpointsChanged();

    // What the provider sends the moment a subscription exists, to this endpoint only.
    if (preset->name == QLatin1String("github"))
        result.initialMessages.append(
            engine.trigger(QStringLiteral("ping"), gitHubPingPayload(e), options.source, e.id));
    else if (preset->name == QLatin1String("google-calendar"))
        result.initialMessages.append(
            engine.trigger(QStringLiteral("sync"), QByteArrayLiteral("{}"), options.source, e.id));
    for (const Engine::TriggerResult &t : std::as_const(result.initialMessages)) {
        if (!t.ok())
            result.error = t.error;
    }
    return result;
}

} // namespace Hookbench::Presets
