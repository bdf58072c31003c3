<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Hookbench::Signing</name>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation>
            <numerusform>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature, one per active secret.</numerusform>
            <numerusform>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signatures, one per active secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::Activity</name>
    <message numerus="yes">
        <source>Published %1: the content went to %n subscriber(s)</source>
        <translation>
            <numerusform>Published %1: the content went to %n subscriber</numerusform>
            <numerusform>Published %1: the content went to %n subscribers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveriesPage</name>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n new — show</numerusform>
            <numerusform>%n new — show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln matching</numerusform>
            <numerusform>%Ln matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redelivery(s) queued</source>
        <translation>
            <numerusform>%n redelivery queued</numerusform>
            <numerusform>%n redeliveries queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event replayed as %1: %n delivery(s)</source>
        <translation>
            <numerusform>Event replayed as %1: %n delivery</numerusform>
            <numerusform>Event replayed as %1: %n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped retrying %n delivery(s)</source>
        <translation>
            <numerusform>Stopped retrying %n delivery</numerusform>
            <numerusform>Stopped retrying %n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1</source>
        <translation>
            <numerusform>Exported %n delivery to %1</numerusform>
            <numerusform>Exported %n deliveries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointModel</name>
    <message numerus="yes">
        <source>Last %n deliveries, average %1</source>
        <translation>
            <numerusform>Last delivery, average %1</numerusform>
            <numerusform>Last %n deliveries, average %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointsPage</name>
    <message numerus="yes">
        <source> and %n event type(s)</source>
        <translation>
            <numerusform> and %n event type</numerusform>
            <numerusform> and %n event types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypesPage</name>
    <message numerus="yes">
        <source>Delete “%1”? %n schedule(s) fire it and cannot fire without it: %2. Its past deliveries stay in the log.</source>
        <translation>
            <numerusform>Delete “%1”? %n schedule fires it and cannot fire without it: %2. Its past deliveries stay in the log.</numerusform>
            <numerusform>Delete “%1”? %n schedules fire it and cannot fire without it: %2. Its past deliveries stay in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::LatencyChart</name>
    <message numerus="yes">
        <source>last %n · p50 %1 · p95 %2</source>
        <translation>
            <numerusform>last · p50 %1 · p95 %2</numerusform>
            <numerusform>last %n · p50 %1 · p95 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln in flight · %1 retrying · %2 pending</source>
        <translation>
            <numerusform>%Ln in flight · %1 retrying · %2 pending</numerusform>
            <numerusform>%Ln in flight · %1 retrying · %2 pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::TriggerPage</name>
    <message numerus="yes">
        <source>Sent %1 · %n delivery(s) · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</source>
        <translation>
            <numerusform>Sent %1 · %n delivery · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</numerusform>
            <numerusform>Sent %1 · %n deliveries · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 → %n delivery(s)</source>
        <translation>
            <numerusform>%1  %2 → %n delivery</numerusform>
            <numerusform>%1  %2 → %n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n endpoint(s)</source>
        <translation>
            <numerusform>Sent %1 to %n endpoint</numerusform>
            <numerusform>Sent %1 to %n endpoints</numerusform>
        </translation>
    </message>
</context>
</TS>
