#pragma once

#include "domain/endpoint.h"

#include <QDateTime>
#include <QString>

namespace Hookbench::Storage {
class SettingsStore;
}

// Provider profiles: how an endpoint made from a provider preset (or registered through a provider-compatible
// API) is sent to, beyond what its signing scheme covers — per-delivery headers, envelopes, no body. The request
// builder calls shapeRequest() for every attempt, after the body and Hookbench's headers are in place and before
// signing, so signatures cover the shaped body.
namespace Hookbench::Presets {

enum class Profile
{
    Plain, // not a provider endpoint: sent as Hookbench sends
    Provider, // a preset endpoint whose provider needs nothing per request beyond its static headers
    GoogleChannel, // Google push channel: X-Goog-* headers, message numbers, no body
    CloudEventsBinary, // ce-* attributes in headers, the payload as the body
    CloudEventsStructured, // one application/cloudevents+json object with the payload as `data`
};

// What an endpoint's originData says about where it came from. Written by the presets (and by the subscription
// APIs for the channels they register), read by profileOf() on every request.
struct OriginInfo
{
    QString preset; // "github", "stripe", "google-calendar", "standard-webhooks", "cloudevents"; empty otherwise
    // Google push channels.
    QString channelId;
    QString resourceId;
    QString resourceUri;
    // CloudEvents.
    bool cloudEventsStructured = false;
    QString cloudEventsSource;

    friend bool operator==(const OriginInfo &, const OriginInfo &) = default;
};

QByteArray originDataToJson(const OriginInfo &info);
OriginInfo originInfoOf(const Endpoint &endpoint);
Profile profileOf(const Endpoint &endpoint);
// Whether deliveries to this endpoint carry GitHub's delivery headers, whose X-GitHub-Delivery is a GUID: every
// GitHub-signed endpoint, and unsigned ones made from the GitHub preset or registered through the GitHub API.
bool sendsGitHubDeliveries(const Endpoint &endpoint);

// Per-request facts a profile needs that neither the endpoint nor the payload holds.
struct RequestContext
{
    QString eventType;
    QString deliveryUid; // the same on every attempt of a delivery
    qint64 timestamp = 0; // Unix seconds of this attempt
    QDateTime eventTime; // when the event was created; the attempt time when invalid
    // Google channels: the message number of this request (see nextMessageNumber()).
    qint64 messageNumber = 0;
};

// Pure. Reshapes the headers and body Hookbench built for `endpoint` as its provider sends them. Provider
// endpoints lose Hookbench's own X-Hookbench-* headers, since the provider sends none.
void shapeRequest(const Endpoint &endpoint, const RequestContext &context, HeaderList &headers, QByteArray &body);

// The Google channel message number for the next request of this event type to this endpoint, persisted in the
// workspace settings so it keeps increasing across restarts: 1 for `sync` (as Google numbers it), then 2, 3, …
// for the other states. Every attempt gets its own number, as a new notification would. 0 for other profiles.
qint64 nextMessageNumber(const Endpoint &endpoint, const QString &eventType, Storage::SettingsStore &settings);

// Google's human-readable channel expiration: "Tue, 19 Nov 2013 01:13:52 GMT".
QByteArray httpDate(const QDateTime &time);

} // namespace Hookbench::Presets
