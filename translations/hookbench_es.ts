<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Engine</name>
    <message>
        <source>interrupted: Hookbench stopped while waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration (use e.g. 500ms, 5s, 1m, 2h, 1d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit “%1” in “%2” (use ms, s, m, h or d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of the retry schedule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated placeholder at %1: “{{” without “}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{random.int A B}} at %1 needs two whole numbers with A ≤ B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{random.hex N}} at %1 needs a length from 1 to 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder “{{%1}}” at %2; use uuid, now, now.unix, seq, random.int A B, random.hex N, event.type or endpoint.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rendered payload is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: redirect not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: redirect to %2 not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked to stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (client errors are not retried)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine::DeliveryEngine</name>
    <message>
        <source>%1: disabled%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery has not been written to the workspace yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery is already final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint is disabled%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event of this delivery is missing from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuit breaker: %1 consecutive failed deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint was disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Export</name>
    <message>
        <source>This is not a Hookbench definitions file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Hookbench (definitions version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 %2 as %3 (the name was taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged %1 %2 (already there, identical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not JSON (%1 at offset %2); convert YAML documents to JSON first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no &quot;openapi&quot; field; it is not an OpenAPI document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no &quot;webhooks&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is OpenAPI %1, which has no &quot;webhooks&quot; section; webhooks came with OpenAPI 3.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document says OpenAPI %1; read as 3.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no event type name can be made from it; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its event type name %2 is already taken by another webhook; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its path item cannot be resolved (only local $refs are); left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no operation; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI webhook “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no request body example or schema; its template is {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Export::Importer</name>
    <message>
        <source>event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event type of this name exists and differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file carries no secret; a new one was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint of this name exists and differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n verification secret(s) not in the file were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file carries no access token; a new one was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a receiver of this name exists and differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is also used by receiver %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event type %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Presets</name>
    <message>
        <source>Repository webhook: ping, push, issues and pull_request events signed with X-Hub-Signature-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent once when the hook is created; the template describes a sample hook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits were pushed to a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull request was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe Event objects (evt_…) signed with Stripe-Signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment intent succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notification channel: a sync message, then exists / not_exists notifications with no body, until the channel expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched resource changed (X-Goog-Resource-State: exists). No body is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched resource was deleted (X-Goog-Resource-State: not_exists). No body is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Standard Webhooks envelope (type, timestamp, data) with webhook-id, webhook-timestamp and webhook-signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudEvents 1.0 over HTTP, in binary mode (ce-* headers) or structured mode (application/cloudevents+json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Google channel token is at most 256 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset named “%1”; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an endpoint named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling::ScheduleRunner</name>
    <message>
        <source>There is no event type %1 and the schedule has no payload of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload template does not render: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Signing</name>
    <message>
        <source>webhook-id: the message id (%1), the same on every retry, so the receiver can drop duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-timestamp: Unix time of this attempt (%1); receivers reject it beyond 5 minutes either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>X-Hub-Signature-256: &quot;sha256=&quot; + lower-case hex HMAC-SHA256 of the raw body, keyed with the secret&apos;s UTF-8 bytes (GitHub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature: legacy &quot;sha1=&quot; + hex HMAC-SHA1 of the raw body (GitHub, WebSub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-GitHub-Delivery: the delivery GUID, unchanged on redelivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-GitHub-Event: the event name (%1); the payload&apos;s &quot;action&quot; says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe-Signature: t = Unix time, v1 = hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;body&gt;&quot; keyed with the whole whsec_ secret; one v1 per active secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-timestamp is not a Unix time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s from now (tolerance %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-signature entry %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no v1 entry of webhook-signature matches this secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no v1 signature matches this secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1 s ago (tolerance %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe-Signature v1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Unix time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 s from now (tolerance %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Hookbench workspace: it is not an SQLite database, or it is damaged. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (its size does not match its page size). The file was left as it is; restore it from a backup or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Hookbench workspace. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer version of Hookbench (schema %2; this version reads up to %3). Update Hookbench to open it. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read (%2). The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Hookbench (schema %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds tables but is not a Hookbench workspace; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 named “%2” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage::SqlEndpointStore</name>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage::SqlEventTypeStore</name>
    <message>
        <source>event type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage::SqlReceiverStore</name>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage::SqlScheduleStore</name>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage::SqlSettingsStore</name>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::Format</name>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message>
        <source>Hookbench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;A native workbench for building and testing webhook integrations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types name what happens (issues.opened, payment_intent.succeeded) and hold the JSON template each payload starts from. Start here: add one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints are the URLs events are delivered to, each with its subscriptions, signing scheme and secret. Aim one at a receiver from the Receivers section to see both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the event to every subscribed endpoint (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event type first, then send it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event type to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Event %1: %n delivery(s) queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by URL, endpoint or delivery id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to see each attempt&apos;s request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 — %2 → %3
State: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── Attempt %1 · %2 · %3 ms ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[truncated]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiver is a local URL that captures every request, answers 200 {&quot;ok&quot;:true} and verifies signatures. Start one and aim an endpoint at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in flight · %2 retrying · %3 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverHost</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookbench::Validation</name>
    <message>
        <source>The URL is empty; enter an absolute http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL; it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only http and https are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name “%1” contains “%2” at position %3; header names may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header value contains a line break at position %1; header values must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header value contains a NUL byte at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as “Name: value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid event type name; use lowercase words separated by dots, such as “issues.opened” or “payment_intent.succeeded”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; a wildcard is a dotted prefix followed by “.*”, such as “issues.*”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; use an event type name (“issues.opened”), a prefix wildcard (“issues.*”) or “*”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a supported method; use POST, PUT, PATCH, GET or DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint subscribes to no event types; add at least one, or “*”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing scheme %1 needs at least one secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be “whsec_” followed by base64 (24 to 64 random bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 ms and 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency limit must be between 1 and 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circuit breaker threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry schedule is empty; it needs at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry delay cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff cap must be at least the base delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (for example 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiver reachable from other machines needs an access token of at least 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum body size must be at least one byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 is not an HTTP status (100–599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule&apos;s delay cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failure percentage must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
