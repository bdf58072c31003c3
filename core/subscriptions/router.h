#pragma once

#include "receiver/http/connection.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace Hookbench::Storage {
class Workspace;
}
namespace Hookbench::Engine {
class DeliveryEngine;
}

// The subscription APIs: an application under test registers its own webhooks with Hookbench through the
// provider's real API shape (GitHub repository hooks, Google push channels, a WebSub hub, or Hookbench's generic
// /hooks), and Hookbench then delivers to it as the provider would. Handlers are plain functions over a request
// value and the workspace: they answer at once, and whatever needs the network (WebSub intent verification)
// comes back as a value for the server to carry out. A subscription is an ordinary endpoint with an origin.
namespace Hookbench::Subscriptions {

struct ApiRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    static ApiRequest fromHttp(const Http::Request &request);
};

// A WebSub (un)subscription waiting for the subscriber to confirm it: the hub GETs the callback with a challenge
// and acts only when the challenge comes back.
struct IntentVerification
{
    QString mode; // "subscribe" or "unsubscribe"
    QUrl callback;
    QString topic;
    int leaseSeconds = 0;
    QString secret;
    QString challenge;

    // The callback with hub.mode, hub.topic, hub.challenge (and hub.lease_seconds) added to its query.
    QUrl verificationUrl() const;
};

struct ApiResult
{
    Http::Response response;
    std::optional<IntentVerification> verification;
    // What was done, for the activity log, when the answer alone does not say it (a publish, a test delivery).
    QString note;
    // The provider API that answered: "github", "google", "websub" or "generic" (set by route()); empty when no
    // API serves the path.
    QString api;
};

struct Context
{
    Storage::Workspace &workspace;
    Engine::DeliveryEngine &engine;
    QString baseUrl; // "http://127.0.0.1:8090", no trailing slash
    QString token;
    QDateTime now; // UTC
};

// Authenticates the request and hands it to the provider its path belongs to; every error in the provider's shape.
ApiResult route(const ApiRequest &request, Context &context);

namespace WebSub {

// The subscriber confirmed: answered 2xx with exactly the challenge as its body.
bool challengeEchoed(const IntentVerification &intent, int status, const QByteArray &body);
// Carries out a confirmed intent: creates or renews (subscribe) or removes (unsubscribe) the subscription.
// Returns an error text, or empty.
QString applyConfirmed(const IntentVerification &intent, Context &context);

} // namespace WebSub

} // namespace Hookbench::Subscriptions
