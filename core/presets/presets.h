#pragma once

#include "delivery/deliveryengine.h"
#include "domain/endpoint.h"
#include "domain/eventtype.h"

#include <QList>
#include <QStringList>

namespace Hookbench::Storage {
class Workspace;
}

// Provider presets: event types with realistic payload templates and an endpoint set up the way the provider
// really sends (headers, envelope, signature), so a handler can be tested before the provider is connected.
namespace Hookbench::Presets {

struct Preset
{
    QString name; // what `hookbench preset apply NAME` takes: github, stripe, google-calendar, ...
    QString title;
    QString description;
    QList<EventType> eventTypes;
};

// Every preset, in the order they are listed to users.
const QList<Preset> &presets();
const Preset *findPreset(const QString &name);

struct ApplyOptions
{
    QString preset;
    QUrl url;
    // Signing secret (GitHub, Stripe, Standard Webhooks; generated in the scheme's format when empty), Google's
    // channel token, or a CloudEvents bearer token.
    QString secret;
    // Empty: the preset's name, numbered when taken.
    QString endpointName;
    // Google channels: when the channel expires (default: a week after it is created, Google's default TTL).
    QDateTime expiresAt;
    // CloudEvents: structured mode (application/cloudevents+json) instead of binary mode.
    bool cloudEventsStructured = false;
    // Recorded on the initial messages' events.
    EventSource source = EventSource::Manual;
};

struct ApplyResult
{
    Endpoint endpoint;
    QStringList createdEventTypes;
    // Event types of the preset that already existed: left as they were, never overwritten.
    QStringList keptEventTypes;
    bool generatedSecret = false;
    // What the provider sends as soon as the endpoint exists (GitHub's ping, Google's sync), through the engine.
    QList<Engine::TriggerResult> initialMessages;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Pure: the endpoint the preset creates for these options (before it is stored), or an error naming the option.
Endpoint presetEndpoint(const Preset &preset, const ApplyOptions &options, bool *generatedSecret, QString *error);

// Creates the preset's missing event types and its endpoint in the workspace, then sends the provider's initial
// message through the engine (which delivers it once started). Nothing is created when the options are wrong.
ApplyResult applyPreset(const ApplyOptions &options, Storage::Workspace &workspace, Engine::DeliveryEngine &engine);

// GitHub's ping payload for a hook: `zen`, `hook_id` and the `hook` object as GitHub describes the hook.
QByteArray gitHubPingPayload(const Endpoint &endpoint);

} // namespace Hookbench::Presets
