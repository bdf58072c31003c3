#include "templatefiring.h"

#include "storage/workspace.h"

namespace Hookbench::Scheduling {

TemplateFiring fireTemplate(Engine::DeliveryEngine &engine, Storage::Workspace &workspace, const QString &eventType,
                            const QByteArray &payloadTemplate, TemplateContext context, EventSource source,
                            qint64 onlyEndpointId)
{
    TemplateFiring firing;
    QList<Endpoint> targets;
    if (onlyEndpointId) {
        if (const auto e = workspace.endpoints().find(onlyEndpointId))
            targets.append(*e);
    } else if (usesPlaceholder(payloadTemplate, u"endpoint.name")) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Endpoint &e : workspace.endpoints().list()) {
            if (e.origin != EndpointOrigin::Cli && e.enabled && !e.isExpired(now) && e.subscribesTo(eventType))
                targets.append(e);
        }
    }
    auto fire = [&](const Endpoint *endpoint) {
        context.endpointName = endpoint ? endpoint->name : QString();
        const RenderResult rendered = renderTemplate(payloadTemplate, context);
        if (!rendered.ok()) {
            if (firing.renderError.isEmpty())
                firing.renderError = rendered.error;
            return;
        }
        // An endpoint that disappeared meanwhile is the engine's to report, as for any trigger.
        Engine::TriggerResult t
            = engine.trigger(eventType, rendered.output, source, endpoint ? endpoint->id : onlyEndpointId);
        if (!t.ok()) {
            if (firing.triggerError.isEmpty())
                firing.triggerError = t.error;
            return;
        }
        firing.triggered.append(std::move(t));
    };
    if (targets.isEmpty()) {
        fire(nullptr);
    } else {
        for (const Endpoint &e : std::as_const(targets))
            fire(&e);
    }
    return firing;
}

} // namespace Hookbench::Scheduling
