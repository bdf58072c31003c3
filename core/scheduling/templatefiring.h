#pragma once

#include "delivery/deliveryengine.h"
#include "templaterenderer.h"

namespace Hookbench::Storage {
class Workspace;
}

namespace Hookbench::Scheduling {

struct TemplateFiring
{
    QList<Engine::TriggerResult> triggered; // one per event created
    QString renderError; // the template did not render (nothing of that rendering was sent)
    QString triggerError; // the engine refused an event
};

// Renders an event type's payload template and triggers it, the same way for schedules, `hookbench trigger` and
// the window's Trigger page. A template that names {{endpoint.name}} is rendered once per endpoint subscribed to
// the type (enabled, unexpired, not one `hookbench send` made) and each rendering goes to that endpoint only;
// otherwise, or when `onlyEndpointId` picks one endpoint, it is rendered once. `context` brings the event type,
// sequence number, time and random source; the endpoint name is filled in here.
TemplateFiring fireTemplate(Engine::DeliveryEngine &engine, Storage::Workspace &workspace, const QString &eventType,
                            const QByteArray &payloadTemplate, TemplateContext context, EventSource source,
                            qint64 onlyEndpointId = 0);

} // namespace Hookbench::Scheduling
