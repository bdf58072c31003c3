<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Engine</name>
    <message>
        <source>interrupted: Hookbench stopped while waiting for the answer</source>
        <translation>unterbrochen: Hookbench wurde beendet, während es auf die Antwort wartete</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
</context>
<context>
    <name>Hookbench</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>leere Dauer</translation>
    </message>
    <message>
        <source>“%1” is not a duration (use e.g. 500ms, 5s, 1m, 2h, 1d)</source>
        <translation>„%1“ ist keine Dauer (z. B. 500ms, 5s, 1m, 2h, 1d)</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>unknown unit “%1” in “%2” (use ms, s, m, h or d)</source>
        <translation>unbekannte Einheit „%1“ in „%2“ (ms, s, m, h oder d verwenden)</translation>
    </message>
    <message>
        <source>entry %1 of the retry schedule: %2</source>
        <translation>Eintrag %1 des Wiederholungsplans: %2</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Signatur</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>Eigenes HMAC</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unterminated placeholder at %1: “{{” without “}}”.</source>
        <translation>Nicht abgeschlossener Platzhalter bei %1: „{{“ ohne „}}“.</translation>
    </message>
    <message>
        <source>{{random.int A B}} at %1 needs two whole numbers with A ≤ B.</source>
        <translation>{{random.int A B}} bei %1 braucht zwei ganze Zahlen mit A ≤ B.</translation>
    </message>
    <message>
        <source>{{random.hex N}} at %1 needs a length from 1 to 4096.</source>
        <translation>{{random.hex N}} bei %1 braucht eine Länge von 1 bis 4096.</translation>
    </message>
    <message>
        <source>Unknown placeholder “{{%1}}” at %2; use uuid, now, now.unix, seq, random.int A B, random.hex N, event.type or endpoint.name.</source>
        <translation>Unbekannter Platzhalter „{{%1}}“ bei %2; verwenden Sie uuid, now, now.unix, seq, random.int A B, random.hex N, event.type oder endpoint.name.</translation>
    </message>
    <message>
        <source>The rendered payload is not valid JSON (%1).</source>
        <translation>Die erzeugten Nutzdaten sind kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation>Zeitstempel außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>signature headers missing</source>
        <translation>Signatur-Header fehlen</translation>
    </message>
    <message>
        <source>“%1” has a fraction: durations are whole numbers, e.g. 1500ms rather than 1.5s</source>
        <translation>„%1“ hat Nachkommastellen: Dauern sind ganze Zahlen, z. B. 1500ms statt 1.5s</translation>
    </message>
</context>
<context>
    <name>Hookbench::Cli::Api</name>
    <message>
        <source>No subscription API activity yet.</source>
        <translation>Noch keine Aktivität der Abonnement-APIs.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Print the recent API activity (registrations, refusals with their reason, WebSub verifications), newest first, and exit.</source>
        <translation>Die jüngste API-Aktivität ausgeben (Registrierungen, Ablehnungen mit ihrem Grund, WebSub-Prüfungen), neueste zuerst, und beenden.</translation>
    </message>
    <message>
        <source>With --activity: how many records (default 20).</source>
        <translation>Mit --activity: wie viele Einträge (Standard: 20).</translation>
    </message>
    <message>
        <source>With --activity: one JSON object per line.</source>
        <translation>Mit --activity: ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a positive number</source>
        <translation>--limit: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>--activity only prints; use it without --enable, --disable or --new-token</source>
        <translation>--activity gibt nur aus; verwenden Sie es ohne --enable, --disable oder --new-token</translation>
    </message>
    <message>
        <source>--limit and --json only apply with --activity</source>
        <translation>--limit und --json gelten nur mit --activity</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>HTTP %1: redirect not followed</source>
        <translation>HTTP %1: Weiterleitung nicht gefolgt</translation>
    </message>
    <message>
        <source>HTTP %1: redirect to %2 not followed</source>
        <translation>HTTP %1: Weiterleitung nach %2 nicht gefolgt</translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked to stop sending</source>
        <translation>HTTP 410 Gone: Der Empfänger hat darum gebeten, nichts mehr zu senden</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (client errors are not retried)</source>
        <translation>HTTP %1 (Client-Fehler werden nicht wiederholt)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine::DeliveryEngine</name>
    <message>
        <source>%1: disabled%2</source>
        <translation>%1: deaktiviert%2</translation>
    </message>
    <message>
        <source>%1: expired at %2</source>
        <translation>%1: abgelaufen am %2</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation>Die Nutzdaten sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>Es gibt keinen Endpunkt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Es gibt kein Ereignis mit der ID %1.</translation>
    </message>
    <message>
        <source>This delivery is being sent right now.</source>
        <translation>Diese Zustellung wird gerade gesendet.</translation>
    </message>
    <message>
        <source>This delivery has not been written to the workspace yet; try again in a moment.</source>
        <translation>Diese Zustellung wurde noch nicht in den Arbeitsbereich geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation>Es gibt keine Zustellung mit der ID %1.</translation>
    </message>
    <message>
        <source>This delivery is already final.</source>
        <translation>Diese Zustellung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>the endpoint was removed</source>
        <translation>der Endpunkt wurde entfernt</translation>
    </message>
    <message>
        <source>the endpoint is disabled%1</source>
        <translation>der Endpunkt ist deaktiviert%1</translation>
    </message>
    <message>
        <source>the endpoint expired</source>
        <translation>der Endpunkt ist abgelaufen</translation>
    </message>
    <message>
        <source>the event of this delivery is missing from the workspace</source>
        <translation>das Ereignis dieser Zustellung fehlt im Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1; nach %2 Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>circuit breaker: %1 consecutive failed deliveries</source>
        <translation>Schutzschalter: %1 fehlgeschlagene Zustellungen in Folge</translation>
    </message>
    <message>
        <source>the endpoint was disabled: %1</source>
        <translation>der Endpunkt wurde deaktiviert: %1</translation>
    </message>
    <message>
        <source>Another Hookbench process is sending this delivery; redeliver it there, or once it is final.</source>
        <translation>Ein anderer Hookbench-Prozess sendet diese Zustellung; stellen Sie sie dort erneut zu oder wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1; gave up after one attempt</source>
        <translation>%1; nach einem Versuch aufgegeben</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export</name>
    <message>
        <source>This is not a Hookbench definitions file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Dies ist keine Hookbench-Definitionsdatei (ihr „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot;.</source>
        <translation>Die Datei hat keine gültige „version“.</translation>
    </message>
    <message>
        <source>The file was written by a newer Hookbench (definitions version %1; this one reads up to %2).</source>
        <translation>Die Datei stammt von einem neueren Hookbench (Definitionsversion %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>„%1“ ist keine Liste.</translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 %2 as %3 (the name was taken)</source>
        <translation>%1 %2 als %3 hinzugefügt (der Name war vergeben)</translation>
    </message>
    <message>
        <source>unchanged %1 %2 (already there, identical)</source>
        <translation>%1 %2 unverändert (bereits vorhanden, identisch)</translation>
    </message>
    <message>
        <source>skipped %1 %2</source>
        <translation>%1 %2 übersprungen</translation>
    </message>
    <message>
        <source>failed %1 %2</source>
        <translation>%1 %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The document is not JSON (%1 at offset %2); convert YAML documents to JSON first.</source>
        <translation>Das Dokument ist kein JSON (%1 bei Offset %2); wandeln Sie YAML-Dokumente zuerst in JSON um.</translation>
    </message>
    <message>
        <source>The document has no &quot;openapi&quot; field; it is not an OpenAPI document.</source>
        <translation>Das Dokument hat kein „openapi“-Feld; es ist kein OpenAPI-Dokument.</translation>
    </message>
    <message>
        <source>The document has no &quot;webhooks&quot; section.</source>
        <translation>Das Dokument hat keinen Abschnitt „webhooks“.</translation>
    </message>
    <message>
        <source>The document is OpenAPI %1, which has no &quot;webhooks&quot; section; webhooks came with OpenAPI 3.1.</source>
        <translation>Das Dokument ist OpenAPI %1, das keinen Abschnitt „webhooks“ kennt; Webhooks gibt es seit OpenAPI 3.1.</translation>
    </message>
    <message>
        <source>The document says OpenAPI %1; read as 3.1.</source>
        <translation>Das Dokument gibt OpenAPI %1 an; es wird als 3.1 gelesen.</translation>
    </message>
    <message>
        <source>%1: no event type name can be made from it; left out.</source>
        <translation>%1: Daraus lässt sich kein Ereignistypname bilden; ausgelassen.</translation>
    </message>
    <message>
        <source>%1: its event type name %2 is already taken by another webhook; left out.</source>
        <translation>%1: Sein Ereignistypname %2 ist bereits von einem anderen Webhook belegt; ausgelassen.</translation>
    </message>
    <message>
        <source>%1: its path item cannot be resolved (only local $refs are); left out.</source>
        <translation>%1: Sein Path Item lässt sich nicht auflösen (nur lokale $refs werden unterstützt); ausgelassen.</translation>
    </message>
    <message>
        <source>%1: no operation; left out.</source>
        <translation>%1: keine Operation; ausgelassen.</translation>
    </message>
    <message>
        <source>OpenAPI webhook “%1”.</source>
        <translation>OpenAPI-Webhook „%1“.</translation>
    </message>
    <message>
        <source>%1: no request body example or schema; its template is {}.</source>
        <translation>%1: kein Beispiel und kein Schema für den Request-Body; seine Vorlage ist {}.</translation>
    </message>
    <message>
        <source>%1: its schema describes more than %2 values; the example was cut short there.</source>
        <translation>%1: Sein Schema beschreibt mehr als %2 Werte; das Beispiel wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>%1: its example is a single value (%2), not an object or array; its template is {}.</source>
        <translation>%1: Sein Beispiel ist ein einzelner Wert (%2), kein Objekt und kein Array; seine Vorlage ist {}.</translation>
    </message>
    <message>
        <source>%1: its example is not a usable template (%2); its template is {}.</source>
        <translation>%1: Sein Beispiel ist keine verwendbare Vorlage (%2); seine Vorlage ist {}.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export::Importer</name>
    <message>
        <source>event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>an event type of this name exists and differs</source>
        <translation>ein Ereignistyp mit diesem Namen existiert und unterscheidet sich</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>the file carries no secret; a new one was generated</source>
        <translation>die Datei enthält kein Geheimnis; ein neues wurde erzeugt</translation>
    </message>
    <message>
        <source>an endpoint of this name exists and differs</source>
        <translation>ein Endpunkt mit diesem Namen existiert und unterscheidet sich</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>%n verification secret(s) not in the file were left out</source>
        <translation>%n Prüfgeheimnis(se), die nicht in der Datei standen, wurden ausgelassen</translation>
    </message>
    <message>
        <source>the file carries no access token; a new one was generated</source>
        <translation>die Datei enthält kein Zugriffstoken; ein neues wurde erzeugt</translation>
    </message>
    <message>
        <source>a receiver of this name exists and differs</source>
        <translation>ein Empfänger mit diesem Namen existiert und unterscheidet sich</translation>
    </message>
    <message>
        <source>port %1 is also used by receiver %2</source>
        <translation>Port %1 wird auch von Empfänger %2 verwendet</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>there is no event type %1 yet</source>
        <translation>es gibt noch keinen Ereignistyp %1</translation>
    </message>
    <message>
        <source>the file carries no value for its %1 header; the header was left out</source>
        <translation>die Datei enthält keinen Wert für ihren Header %1; der Header wurde weggelassen</translation>
    </message>
</context>
<context>
    <name>Hookbench::Presets</name>
    <message>
        <source>Repository webhook: ping, push, issues and pull_request events signed with X-Hub-Signature-256.</source>
        <translation>Repository-Webhook: Ereignisse ping, push, issues und pull_request, signiert mit X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>Sent once when the hook is created; the template describes a sample hook.</source>
        <translation>Wird einmal beim Anlegen des Hooks gesendet; die Vorlage beschreibt einen Beispiel-Hook.</translation>
    </message>
    <message>
        <source>Commits were pushed to a branch.</source>
        <translation>Commits wurden in einen Branch gepusht.</translation>
    </message>
    <message>
        <source>An issue was opened.</source>
        <translation>Ein Issue wurde eröffnet.</translation>
    </message>
    <message>
        <source>An issue was closed.</source>
        <translation>Ein Issue wurde geschlossen.</translation>
    </message>
    <message>
        <source>A pull request was opened.</source>
        <translation>Ein Pull Request wurde eröffnet.</translation>
    </message>
    <message>
        <source>Stripe Event objects (evt_…) signed with Stripe-Signature.</source>
        <translation>Stripe-Event-Objekte (evt_…), signiert mit Stripe-Signature.</translation>
    </message>
    <message>
        <source>A payment intent succeeded.</source>
        <translation>Ein Payment Intent war erfolgreich.</translation>
    </message>
    <message>
        <source>A customer was created.</source>
        <translation>Ein Kunde wurde angelegt.</translation>
    </message>
    <message>
        <source>An invoice was paid.</source>
        <translation>Eine Rechnung wurde bezahlt.</translation>
    </message>
    <message>
        <source>A charge was refunded.</source>
        <translation>Eine Zahlung wurde erstattet.</translation>
    </message>
    <message>
        <source>Push notification channel: a sync message, then exists / not_exists notifications with no body, until the channel expires.</source>
        <translation>Push-Benachrichtigungskanal: eine sync-Nachricht, dann exists-/not_exists-Benachrichtigungen ohne Inhalt, bis der Kanal abläuft.</translation>
    </message>
    <message>
        <source>The watched resource changed (X-Goog-Resource-State: exists). No body is sent.</source>
        <translation>Die beobachtete Ressource hat sich geändert (X-Goog-Resource-State: exists). Es wird kein Inhalt gesendet.</translation>
    </message>
    <message>
        <source>The watched resource was deleted (X-Goog-Resource-State: not_exists). No body is sent.</source>
        <translation>Die beobachtete Ressource wurde gelöscht (X-Goog-Resource-State: not_exists). Es wird kein Inhalt gesendet.</translation>
    </message>
    <message>
        <source>The Standard Webhooks envelope (type, timestamp, data) with webhook-id, webhook-timestamp and webhook-signature.</source>
        <translation>Der Standard-Webhooks-Umschlag (type, timestamp, data) mit webhook-id, webhook-timestamp und webhook-signature.</translation>
    </message>
    <message>
        <source>A contact was created.</source>
        <translation>Ein Kontakt wurde angelegt.</translation>
    </message>
    <message>
        <source>A contact was updated.</source>
        <translation>Ein Kontakt wurde aktualisiert.</translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation>Ein Kontakt wurde gelöscht.</translation>
    </message>
    <message>
        <source>CloudEvents 1.0 over HTTP, in binary mode (ce-* headers) or structured mode (application/cloudevents+json).</source>
        <translation>CloudEvents 1.0 über HTTP, im Binärmodus (ce-*-Header) oder im strukturierten Modus (application/cloudevents+json).</translation>
    </message>
    <message>
        <source>An object was created.</source>
        <translation>Ein Objekt wurde angelegt.</translation>
    </message>
    <message>
        <source>An object was deleted.</source>
        <translation>Ein Objekt wurde gelöscht.</translation>
    </message>
    <message>
        <source>A Google channel token is at most 256 characters long.</source>
        <translation>Ein Google-Kanal-Token ist höchstens 256 Zeichen lang.</translation>
    </message>
    <message>
        <source>There is no preset named “%1”; choose one of %2.</source>
        <translation>Es gibt keine Vorlage namens „%1“; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>There is already an endpoint named “%1”.</source>
        <translation>Es gibt bereits einen Endpunkt namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Receiving::HttpReceiver</name>
    <message>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>TLS-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER)</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER)</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation>TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA, EC or DSA private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten RSA-, EC- oder DSA-Schlüssel</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on</source>
        <translation>„%1“ ist keine Adresse, auf der gelauscht werden kann</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and a private key</source>
        <translation>HTTPS braucht sowohl ein Zertifikat als auch einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>cannot find a port free on both loopback addresses</source>
        <translation>Es gibt keinen Port, der auf beiden Loopback-Adressen frei ist</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling</name>
    <message>
        <source>Enter a date and time such as 2026-12-31T18:00:00.</source>
        <translation>Geben Sie Datum und Uhrzeit ein, etwa 2026-12-31T18:00:00.</translation>
    </message>
    <message>
        <source>This time is in the past.</source>
        <translation>Dieser Zeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The interval must be at least %1.</source>
        <translation>Das Intervall muss mindestens %1 betragen.</translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation>Der Jitter darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The limit cannot be negative (0 means no limit).</source>
        <translation>Das Limit darf nicht negativ sein (0 bedeutet kein Limit).</translation>
    </message>
    <message>
        <source>The end time is in the past.</source>
        <translation>Das Ende liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>This schedule would never fire: nothing is due before its end time.</source>
        <translation>Dieser Zeitplan würde nie auslösen: Vor seinem Ende ist nichts fällig.</translation>
    </message>
    <message>
        <source>The jitter must be shorter than the interval (%1), or firings would be skipped.</source>
        <translation>Der Jitter muss kürzer als das Intervall (%1) sein, sonst würden Auslösungen übersprungen.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling::ScheduleRunner</name>
    <message>
        <source>There is no event type %1 and the schedule has no payload of its own.</source>
        <translation>Es gibt keinen Ereignistyp %1, und der Zeitplan hat keine eigenen Nutzdaten.</translation>
    </message>
    <message>
        <source>The payload template does not render: %1</source>
        <translation>Die Nutzdatenvorlage lässt sich nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>Could not record which process runs the schedules: %1</source>
        <translation>Konnte nicht speichern, welcher Prozess die Zeitpläne ausführt: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Signing</name>
    <message>
        <source>webhook-id: the message id (%1), the same on every retry, so the receiver can drop duplicates.</source>
        <translation>webhook-id: die Nachrichten-ID (%1), bei jeder Wiederholung gleich, damit der Empfänger Duplikate verwerfen kann.</translation>
    </message>
    <message>
        <source>webhook-timestamp: Unix time of this attempt (%1); receivers reject it beyond 5 minutes either way.</source>
        <translation>webhook-timestamp: Unix-Zeit dieses Versuchs (%1); Empfänger lehnen Abweichungen über 5 Minuten in beide Richtungen ab.</translation>
    </message>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation>
            <numerusform>webhook-signature: v1 = base64(HMAC-SHA256(Schlüssel aus dem dekodierten whsec_-Geheimnis, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n Signatur, eine je aktivem Geheimnis.</numerusform>
            <numerusform>webhook-signature: v1 = base64(HMAC-SHA256(Schlüssel aus dem dekodierten whsec_-Geheimnis, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n Signaturen, eine je aktivem Geheimnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Hub-Signature-256: &quot;sha256=&quot; + lower-case hex HMAC-SHA256 of the raw body, keyed with the secret&apos;s UTF-8 bytes (GitHub).</source>
        <translation>X-Hub-Signature-256: &quot;sha256=&quot; + HMAC-SHA256 des unveränderten Inhalts in Kleinbuchstaben-Hex, mit den UTF-8-Bytes des Geheimnisses als Schlüssel (GitHub).</translation>
    </message>
    <message>
        <source>X-Hub-Signature: legacy &quot;sha1=&quot; + hex HMAC-SHA1 of the raw body (GitHub, WebSub).</source>
        <translation>X-Hub-Signature: veraltetes &quot;sha1=&quot; + HMAC-SHA1 des unveränderten Inhalts in Hex (GitHub, WebSub).</translation>
    </message>
    <message>
        <source>X-GitHub-Delivery: the delivery GUID, unchanged on redelivery.</source>
        <translation>X-GitHub-Delivery: die GUID der Zustellung, bei erneuter Zustellung unverändert.</translation>
    </message>
    <message>
        <source>X-GitHub-Event: the event name (%1); the payload&apos;s &quot;action&quot; says what happened.</source>
        <translation>X-GitHub-Event: der Ereignisname (%1); das Feld &quot;action&quot; der Nutzdaten sagt, was passiert ist.</translation>
    </message>
    <message>
        <source>Stripe-Signature: t = Unix time, v1 = hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;body&gt;&quot; keyed with the whole whsec_ secret; one v1 per active secret.</source>
        <translation>Stripe-Signature: t = Unix-Zeit, v1 = HMAC-SHA256 von &quot;&lt;t&gt;.&lt;body&gt;&quot; in Hex, mit dem ganzen whsec_-Geheimnis als Schlüssel; ein v1 je aktivem Geheimnis.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a Unix time</source>
        <translation>webhook-timestamp ist keine Unix-Zeit</translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s from now (tolerance %2 s)</source>
        <translation>webhook-timestamp liegt %1 s von jetzt entfernt (Toleranz %2 s)</translation>
    </message>
    <message>
        <source>webhook-signature entry %1 matches</source>
        <translation>Eintrag %1 von webhook-signature stimmt überein</translation>
    </message>
    <message>
        <source>no v1 entry of webhook-signature matches this secret</source>
        <translation>kein v1-Eintrag von webhook-signature passt zu diesem Geheimnis</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 matches</source>
        <translation>X-Hub-Signature-256 stimmt überein</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match</source>
        <translation>X-Hub-Signature-256 stimmt nicht überein</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) matches</source>
        <translation>X-Hub-Signature (SHA-1) stimmt überein</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) does not match</source>
        <translation>X-Hub-Signature (SHA-1) stimmt nicht überein</translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=)</source>
        <translation>Stripe-Signature hat keinen Zeitstempel (t=)</translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature</source>
        <translation>Stripe-Signature hat keine v1-Signatur</translation>
    </message>
    <message>
        <source>no v1 signature matches this secret</source>
        <translation>keine v1-Signatur passt zu diesem Geheimnis</translation>
    </message>
    <message>
        <source>signed %1 s ago (tolerance %2 s)</source>
        <translation>vor %1 s signiert (Toleranz %2 s)</translation>
    </message>
    <message>
        <source>Stripe-Signature v1 matches</source>
        <translation>Stripe-Signature v1 stimmt überein</translation>
    </message>
    <message>
        <source>%1 is not a Unix time</source>
        <translation>%1 ist keine Unix-Zeit</translation>
    </message>
    <message>
        <source>%1 is %2 s from now (tolerance %3 s)</source>
        <translation>%1 liegt %2 s von jetzt entfernt (Toleranz %3 s)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 stimmt überein</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 stimmt nicht überein</translation>
    </message>
    <message>
        <source>no signature expected</source>
        <translation>keine Signatur erwartet</translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>„%1“ ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Cannot read the workspace “%1”: %2</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Hookbench workspace: it is not an SQLite database, or it is damaged. The file was left as it is.</source>
        <translation>„%1“ ist kein Hookbench-Arbeitsbereich: Es ist keine SQLite-Datenbank oder sie ist beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (its size does not match its page size). The file was left as it is; restore it from a backup or choose another workspace.</source>
        <translation>Der Arbeitsbereich „%1“ ist beschädigt (seine Größe passt nicht zu seiner Seitengröße). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Hookbench workspace. The file was left as it is.</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung, kein Hookbench-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer version of Hookbench (schema %2; this version reads up to %3). Update Hookbench to open it. The file was left as it is.</source>
        <translation>Der Arbeitsbereich „%1“ wurde von einer neueren Hookbench-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie Hookbench, um ihn zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read (%2). The file was left as it is.</source>
        <translation>Der Arbeitsbereich „%1“ ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Hookbench (schema %1; this version reads up to %2).</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Hookbench-Version geschrieben (Schema %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The file holds tables but is not a Hookbench workspace; it was left as it is.</source>
        <translation>Die Datei enthält Tabellen, ist aber kein Hookbench-Arbeitsbereich; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>Die Aktualisierung des Arbeitsbereichs auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not save the event type: %1</source>
        <translation>Der Ereignistyp konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the endpoint: %1</source>
        <translation>Der Endpunkt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the receiver: %1</source>
        <translation>Der Empfänger konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the schedule: %1</source>
        <translation>Der Zeitplan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the setting: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>An event type named “%1” already exists; choose another name.</source>
        <translation>Ein Ereignistyp namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists; choose another name.</source>
        <translation>Ein Endpunkt namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A receiver named “%1” already exists; choose another name.</source>
        <translation>Ein Empfänger namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no event type with id %1.</source>
        <translation>Es gibt keinen Ereignistyp mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>Es gibt keinen Endpunkt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no receiver with id %1.</source>
        <translation>Es gibt keinen Empfänger mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>Es gibt keinen Zeitplan mit der ID %1.</translation>
    </message>
    <message>
        <source>Schedule %1 fires “%2”; remove or change it first.</source>
        <translation>Zeitplan %1 löst „%2“ aus; entfernen oder ändern Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Schedules %1 fire “%2”; remove or change them first.</source>
        <translation>Die Zeitpläne %1 lösen „%2“ aus; entfernen oder ändern Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::Activity</name>
    <message>
        <source>hook %1</source>
        <translation>Hook %1</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 refused with HTTP %2: %3</source>
        <translation>%1 mit HTTP %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 mit HTTP %2 beantwortet</translation>
    </message>
    <message>
        <source>Test of hook %1: not subscribed to push, so nothing was sent</source>
        <translation>Test von Hook %1: push nicht abonniert, daher wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Test of hook %1: sent the latest push</source>
        <translation>Test von Hook %1: das neueste push-Ereignis gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Published %1: the content went to %n subscriber(s)</source>
        <translation>
            <numerusform>%1 veröffentlicht: Der Inhalt ging an %n Abonnenten</numerusform>
            <numerusform>%1 veröffentlicht: Der Inhalt ging an %n Abonnenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::ManagementServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Intent verification failed: %1 could not be reached (%2)</source>
        <translation>Absichtsprüfung fehlgeschlagen: %1 war nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 instead of echoing hub.challenge</source>
        <translation>Absichtsprüfung abgelehnt: %1 hat %2 geantwortet, statt hub.challenge zurückzugeben</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 without echoing hub.challenge</source>
        <translation>Absichtsprüfung abgelehnt: %1 hat %2 geantwortet, ohne hub.challenge zurückzugeben</translation>
    </message>
    <message>
        <source>Intent verification confirmed by %1, but the subscription could not be saved: %2</source>
        <translation>Absichtsprüfung von %1 bestätigt, aber das Abonnement konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 subscribed to %2 for %3 s</source>
        <translation>Absichtsprüfung bestätigt: %1 hat %2 für %3 s abonniert</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 unsubscribed from %2</source>
        <translation>Absichtsprüfung bestätigt: %1 hat %2 abbestellt</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ApiActivityModel</name>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>WebSub</source>
        <translation>WebSub</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generisch</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>URL or hook</source>
        <translation>URL oder Hook</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ApiPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Serve the subscription APIs on this computer (loopback only)</source>
        <translation>Die Abonnement-APIs auf diesem Rechner &amp;bereitstellen (nur Loopback)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point your application here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Richten Sie Ihre Anwendung hierauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>WebSub %1 confirmed by %2</source>
        <translation>WebSub %1 von %2 bestätigt</translation>
    </message>
    <message>
        <source>WebSub %1 refused by %2: %3</source>
        <translation>WebSub %1 von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Cannot serve the APIs: %1</source>
        <translation>Die APIs können nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Subscription APIs</source>
        <translation>Abonnement-APIs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (registrations, refusals and WebSub verifications)</source>
        <translation>&lt;b&gt;Letzte Aktivität&lt;/b&gt; (Registrierungen, Ablehnungen und WebSub-Prüfungen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Applications register their webhooks here as they would with the provider; Hookbench then delivers to them as the provider does, and every delivery appears in the Deliveries section. Every request needs the token, as &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the API base URL (Octokit: &lt;code&gt;baseUrl&lt;/code&gt;; Enterprise clients: the server URL). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; creates a hook and sends &lt;code&gt;ping&lt;/code&gt;; list, edit, delete, ping, test (the latest push) and redeliver work as on GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the root URL (google-api clients: &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; opens a channel and sends &lt;code&gt;sync&lt;/code&gt;; &lt;code&gt;channels.stop&lt;/code&gt; ends it. Channels expire.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; — advertise the hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;. Subscriptions take effect once the callback echoes &lt;code&gt;hub.challenge&lt;/code&gt;; topics ending in &lt;code&gt;/topics/EVENT&lt;/code&gt; receive that event type, any other topic every event. Leases expire. Publishers ping it with &lt;code&gt;hub.mode=publish&lt;/code&gt; and &lt;code&gt;hub.url&lt;/code&gt;; the topic&apos;s newest event goes to its subscribers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anything else&lt;/b&gt; — &lt;code&gt;POST %1/hooks&lt;/code&gt; with &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;When a registration fails, &lt;b&gt;Recent activity&lt;/b&gt; below says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anwendungen registrieren ihre Webhooks hier so, wie sie es beim Anbieter tun würden; Hookbench stellt ihnen dann so zu wie der Anbieter, und jede Zustellung erscheint im Bereich „Zustellungen“. Jede Anfrage braucht das Token, als &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; – verwenden Sie &lt;code&gt;%1&lt;/code&gt; als Basis-URL der API (Octokit: &lt;code&gt;baseUrl&lt;/code&gt;; Enterprise-Clients: die Server-URL). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; legt einen Hook an und sendet &lt;code&gt;ping&lt;/code&gt;; Auflisten, Bearbeiten, Löschen, Ping, Test (das neueste push-Ereignis) und erneute Zustellung funktionieren wie bei GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; – verwenden Sie &lt;code&gt;%1&lt;/code&gt; als Root-URL (google-api-Clients: &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; öffnet einen Kanal und sendet &lt;code&gt;sync&lt;/code&gt;; &lt;code&gt;channels.stop&lt;/code&gt; beendet ihn. Kanäle laufen ab.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; – geben Sie den Hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt; an. Abonnements gelten, sobald der Callback &lt;code&gt;hub.challenge&lt;/code&gt; zurückgibt; Topics, die auf &lt;code&gt;/topics/EVENT&lt;/code&gt; enden, erhalten diesen Ereignistyp, jedes andere Topic alle Ereignisse. Leases laufen ab. Publisher pingen ihn mit &lt;code&gt;hub.mode=publish&lt;/code&gt; und &lt;code&gt;hub.url&lt;/code&gt;; das neueste Ereignis des Topics geht an seine Abonnenten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alles andere&lt;/b&gt; – &lt;code&gt;POST %1/hooks&lt;/code&gt; mit &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Wenn eine Registrierung fehlschlägt, nennt &lt;b&gt;Letzte Aktivität&lt;/b&gt; unten den Grund.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::AttemptModel</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3</source>
        <translation>Versuch %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::BodyView</name>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>Eingerücktes JSON mit Farben</translation>
    </message>
    <message>
        <source>The body as it was sent</source>
        <translation>Der Inhalt, wie er gesendet wurde</translation>
    </message>
    <message>
        <source>Bytes in hexadecimal</source>
        <translation>Bytes in Hexadezimal</translation>
    </message>
    <message>
        <source>Copy the body</source>
        <translation>Inhalt kopieren</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source> · JSON</source>
        <translation> · JSON</translation>
    </message>
    <message>
        <source> · binary</source>
        <translation> · binär</translation>
    </message>
    <message>
        <source>Shown as raw text: JSON bodies over 2 MB are not pretty-printed.</source>
        <translation>Als Rohtext angezeigt: JSON-Bodys über 2 MB werden nicht formatiert.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureDetails</name>
    <message>
        <source>Select a captured request to see it whole.</source>
        <translation>Wählen Sie eine erfasste Anfrage aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>answered %1 %2</source>
        <translation>mit %1 %2 beantwortet</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · from %4 · %5</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · von %4 · %5</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;No verification secret configured: signatures were not checked. Add the sender&apos;s secret in the receiver&apos;s settings.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Kein Prüfgeheimnis eingerichtet: Signaturen wurden nicht geprüft. Tragen Sie das Geheimnis des Absenders in den Einstellungen des Empfängers ein.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>&lt;div&gt;Forwarded to %1: &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;Weitergeleitet an %1: &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;A provider handshake: answered automatically and not verified, since handshakes are not signed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Ein Anbieter-Handshake: automatisch beantwortet und nicht geprüft, da Handshakes nicht signiert sind.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Not verified when captured: the receiver had no verification secret when this request arrived. Requests received since then are checked.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Beim Erfassen nicht geprüft: Der Empfänger hatte beim Eintreffen dieser Anfrage kein Prüfgeheimnis. Seitdem eingegangene Anfragen werden geprüft.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureModel</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>gültig (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveriesPage</name>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Noch keine Zustellungen</translation>
    </message>
    <message>
        <source>Every event you trigger is delivered to the endpoints that subscribe to it, and each delivery shows up here live: its state, every attempt, the request sent and the response received.</source>
        <translation>Jedes ausgelöste Ereignis wird an die Endpunkte zugestellt, die es abonniert haben, und jede Zustellung erscheint hier live: ihr Zustand, jeder Versuch, die gesendete Anfrage und die erhaltene Antwort.</translation>
    </message>
    <message>
        <source>No deliveries match</source>
        <translation>Keine passenden Zustellungen</translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters.</source>
        <translation>Nichts im Protokoll passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Search id, URL, headers, body…</source>
        <translation>ID, URL, Header, Inhalt durchsuchen…</translation>
    </message>
    <message>
        <source>Words are matched in the delivery id, event type, URLs, headers and bodies, also as word beginnings (Ctrl+F)</source>
        <translation>Wörter werden in Zustellungs-ID, Ereignistyp, URLs, Headern und Inhalten gesucht, auch als Wortanfänge (Strg+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Show only deliveries in these states</source>
        <translation>Nur Zustellungen in diesen Zuständen anzeigen</translation>
    </message>
    <message>
        <source>Show only deliveries of this event type</source>
        <translation>Nur Zustellungen dieses Ereignistyps anzeigen</translation>
    </message>
    <message>
        <source>Show only deliveries to this endpoint</source>
        <translation>Nur Zustellungen an diesen Endpunkt anzeigen</translation>
    </message>
    <message>
        <source>Show only deliveries created in this period</source>
        <translation>Nur Zustellungen aus diesem Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only deliveries whose last response had this HTTP status</source>
        <translation>Nur Zustellungen anzeigen, deren letzte Antwort diesen HTTP-Status hatte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n neue – anzeigen</numerusform>
            <numerusform>%n neue – anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Trigger an event</source>
        <translation>Ereignis auslösen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Erneut zustellen</translation>
    </message>
    <message>
        <source>Send the selected deliveries once more, with the same delivery id (Ctrl+R)</source>
        <translation>Die ausgewählten Zustellungen noch einmal senden, mit derselben Zustellungs-ID (Strg+R)</translation>
    </message>
    <message>
        <source>Re&amp;play event</source>
        <translation>Ereignis erneut &amp;auslösen</translation>
    </message>
    <message>
        <source>Trigger the selected delivery&apos;s event again: new deliveries to today&apos;s subscribers (Ctrl+Shift+R)</source>
        <translation>Das Ereignis der ausgewählten Zustellung erneut auslösen: neue Zustellungen an die heutigen Abonnenten (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Stop retrying</source>
        <translation>Wiederholungen &amp;stoppen</translation>
    </message>
    <message>
        <source>Cancel the waiting retries of the selected deliveries</source>
        <translation>Die wartenden Wiederholungen der ausgewählten Zustellungen abbrechen</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request as a curl command (Ctrl+Shift+C)</source>
        <translation>Die Anfrage des ausgewählten Versuchs als curl-Befehl kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy delivery &amp;id</source>
        <translation>Zustellungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Export selected as &amp;HAR…</source>
        <translation>Auswahl als &amp;HAR exportieren…</translation>
    </message>
    <message>
        <source>Save the selected deliveries as an HTTP Archive (HAR 1.2) for browser tools</source>
        <translation>Die ausgewählten Zustellungen als HTTP-Archiv (HAR 1.2) für Browser-Werkzeuge speichern</translation>
    </message>
    <message>
        <source>Export selected as &amp;JSON…</source>
        <translation>Auswahl als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the selected deliveries with all their attempts as JSON</source>
        <translation>Die ausgewählten Zustellungen mit allen Versuchen als JSON speichern</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>&amp;Detailbereich anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln Zustellung</numerusform>
            <numerusform>%Ln Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln passend</numerusform>
            <numerusform>%Ln passend</numerusform>
        </translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%n redelivery(s) queued</source>
        <translation>
            <numerusform>%n erneute Zustellung eingereiht</numerusform>
            <numerusform>%n erneute Zustellungen eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event replayed as %1: %n delivery(s)</source>
        <translation>
            <numerusform>Ereignis erneut ausgelöst als %1: %n Zustellung</numerusform>
            <numerusform>Ereignis erneut ausgelöst als %1: %n Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped retrying %n delivery(s)</source>
        <translation>
            <numerusform>Wiederholungen für %n Zustellung gestoppt</numerusform>
            <numerusform>Wiederholungen für %n Zustellungen gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied attempt %1 as a curl command</source>
        <translation>Versuch %1 als curl-Befehl kopiert</translation>
    </message>
    <message>
        <source>Export deliveries as HAR</source>
        <translation>Zustellungen als HAR exportieren</translation>
    </message>
    <message>
        <source>Export deliveries as JSON</source>
        <translation>Zustellungen als JSON exportieren</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1</source>
        <translation>
            <numerusform>%n Zustellung nach %1 exportiert</numerusform>
            <numerusform>%n Zustellungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this event type</source>
        <translation>Nur dieser Ereignistyp</translation>
    </message>
    <message>
        <source>Only this endpoint</source>
        <translation>Nur dieser Endpunkt</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>Showing the deliveries of one event; click to see them all</source>
        <translation>Zeigt die Zustellungen eines Ereignisses; klicken, um alle zu sehen</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryDetails</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>#%1  %2  ·  %3</source>
        <translation>#%1  %2  ·  %3</translation>
    </message>
    <message>
        <source>  ·  +%1 after #%2</source>
        <translation>  ·  +%1 nach #%2</translation>
    </message>
    <message>
        <source>Select a delivery to see its attempts, the request sent and the response received.</source>
        <translation>Wählen Sie eine Zustellung aus, um ihre Versuche, die gesendete Anfrage und die erhaltene Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>, next %1</source>
        <translation>, nächster %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3</source>
        <translation>%1 · %2 · erstellt %3</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>Wartet auf den Versand.</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No attempts.</source>
        <translation>Keine Versuche.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d3373c&quot;&gt;No response&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#d3373c&quot;&gt;Keine Antwort&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>&lt;p&gt;This request carries no signature headers: the endpoint does not sign.&lt;/p&gt;&lt;p&gt;Choose a signing scheme in the endpoint&apos;s &lt;i&gt;Signing&lt;/i&gt; tab so receivers can check that requests come from you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Anfrage trägt keine Signatur-Header: Der Endpunkt signiert nicht.&lt;/p&gt;&lt;p&gt;Wählen Sie im Reiter &lt;i&gt;Signierung&lt;/i&gt; des Endpunkts ein Signaturverfahren, damit Empfänger prüfen können, dass Anfragen von Ihnen stammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What each signature header of this attempt means:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Was jeder Signatur-Header dieses Versuchs bedeutet:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Wie gesendet</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächste Wiederholung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When the event was triggered</source>
        <translation>Wann das Ereignis ausgelöst wurde</translation>
    </message>
    <message>
        <source>HTTP status of the last attempt</source>
        <translation>HTTP-Status des letzten Versuchs</translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation>Dauer des letzten Versuchs</translation>
    </message>
    <message>
        <source>When the next attempt is due</source>
        <translation>Wann der nächste Versuch fällig ist</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointEditor</name>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>e.g. billing service</source>
        <translation>z. B. Abrechnungsdienst</translation>
    </message>
    <message>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <source>Enabled — deliver events to this endpoint</source>
        <translation>Aktiviert – Ereignisse an diesen Endpunkt zustellen</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>Alle Ereignistypen (*)</translation>
    </message>
    <message>
        <source>The event types this endpoint receives</source>
        <translation>Die Ereignistypen, die dieser Endpunkt empfängt</translation>
    </message>
    <message>
        <source>More patterns, e.g. issues.*, pull_request.*</source>
        <translation>Weitere Muster, z. B. issues.*, pull_request.*</translation>
    </message>
    <message>
        <source>Wildcards: issues.* matches every type that starts with issues.</source>
        <translation>Platzhalter: issues.* passt auf jeden Typ, der mit issues. beginnt</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (payload=…, as GitHub&apos;s form content type)</source>
        <translation>Formular (payload=…, wie GitHubs Formular-Content-Type)</translation>
    </message>
    <message>
        <source>Stop delivering at</source>
        <translation>Zustellung beenden am</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sent with every delivery, before the signature headers. Hookbench sets Content-Type, User-Agent and the signing headers itself.</source>
        <translation>Wird mit jeder Zustellung vor den Signatur-Headern gesendet. Content-Type, User-Agent und die Signatur-Header setzt Hookbench selbst.</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Nicht signieren</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Add a secret for rotation</source>
        <translation>Geheimnis für den Wechsel hinzufügen</translation>
    </message>
    <message>
        <source>Generate another secret: while both are active every request carries both signatures, so receivers can switch without missing one</source>
        <translation>Ein weiteres Geheimnis erzeugen: Solange beide aktiv sind, trägt jede Anfrage beide Signaturen, sodass Empfänger ohne Ausfall umstellen können</translation>
    </message>
    <message>
        <source>Every secret signs each request. To rotate, add a new one, update the receiver, then remove the old one.</source>
        <translation>Jedes Geheimnis signiert jede Anfrage. Zum Wechseln ein neues hinzufügen, den Empfänger anpassen und dann das alte entfernen.</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>Eigenes HMAC</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>e.g. sha256=</source>
        <translation>z. B. sha256=</translation>
    </message>
    <message>
        <source>Sign &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; and send the timestamp in</source>
        <translation>&quot;&lt;timestamp&gt;.&lt;body&gt;&quot; signieren und den Zeitstempel senden in</translation>
    </message>
    <message>
        <source>Signature header</source>
        <translation>Signatur-Header</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Also send the legacy X-Hub-Signature (SHA-1)</source>
        <translation>Zusätzlich das veraltete X-Hub-Signature (SHA-1) senden</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Verfahren</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Replace with a newly generated secret</source>
        <translation>Durch ein neu erzeugtes Geheimnis ersetzen</translation>
    </message>
    <message>
        <source>Remove this secret (the end of a rotation)</source>
        <translation>Dieses Geheimnis entfernen (Abschluss eines Wechsels)</translation>
    </message>
    <message>
        <source>e.g. 15s</source>
        <translation>z. B. 15s</translation>
    </message>
    <message>
        <source>How long to wait for a response: 500ms, 15s, 1m…</source>
        <translation>Wie lange auf eine Antwort gewartet wird: 500ms, 15s, 1m…</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Fester Plan</translation>
    </message>
    <message>
        <source>Exponential backoff with jitter</source>
        <translation>Exponentieller Backoff mit Jitter</translation>
    </message>
    <message>
        <source>Delay before each attempt, from the previous one: the first is normally 0</source>
        <translation>Wartezeit vor jedem Versuch, ab dem vorigen: die erste ist normalerweise 0</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Erste Wartezeit</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Retry 4xx answers too (normally final, except 408 and 429)</source>
        <translation>Auch 4xx-Antworten wiederholen (normalerweise endgültig, außer 408 und 429)</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Weiterleitungen folgen</translation>
    </message>
    <message>
        <source>Requests to this endpoint in flight at once</source>
        <translation>Gleichzeitige Anfragen an diesen Endpunkt</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Disable the endpoint after this many failed deliveries in a row</source>
        <translation>Den Endpunkt nach so vielen fehlgeschlagenen Zustellungen in Folge deaktivieren</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>HTTP/2 without TLS (prior knowledge)</source>
        <translation>HTTP/2 ohne TLS (Prior Knowledge)</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>&amp;Parallelität</translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation>Raten&amp;limit</translation>
    </message>
    <message>
        <source>Circuit &amp;breaker</source>
        <translation>&amp;Schutzschalter</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Disabled by Hookbench: %1</source>
        <translation>Von Hookbench deaktiviert: %1</translation>
    </message>
    <message>
        <source>Write a duration such as 15s or 500ms.</source>
        <translation>Geben Sie eine Dauer wie 15s oder 500ms ein.</translation>
    </message>
    <message>
        <source>Write delays such as 0s, 5s, 5m, 30m.</source>
        <translation>Geben Sie Wartezeiten wie 0s, 5s, 5m, 30m ein.</translation>
    </message>
    <message>
        <source>First delay: %1</source>
        <translation>Erste Wartezeit: %1</translation>
    </message>
    <message>
        <source>Longest delay: %1</source>
        <translation>Längste Wartezeit: %1</translation>
    </message>
    <message>
        <source>Save the endpoint (Ctrl+S)</source>
        <translation>Endpunkt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern</translation>
    </message>
    <message>
        <source>Deliver a test event to this endpoint now</source>
        <translation>Jetzt ein Testereignis an diesen Endpunkt zustellen</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>Speichern Sie zuerst den Endpunkt</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointModel</name>
    <message>
        <source>No finished deliveries yet</source>
        <translation>Noch keine abgeschlossenen Zustellungen</translation>
    </message>
    <message numerus="yes">
        <source>Last %n deliveries, average %1</source>
        <translation>
            <numerusform>Letzte Zustellung, Durchschnitt %1</numerusform>
            <numerusform>Letzte %n Zustellungen, Durchschnitt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Latency of the recent deliveries; red marks failures</source>
        <translation>Latenz der letzten Zustellungen; Rot markiert Fehlschläge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointsPage</name>
    <message>
        <source>No endpoints yet</source>
        <translation>Noch keine Endpunkte</translation>
    </message>
    <message>
        <source>An endpoint is a URL that receives the event types it subscribes to, signed and retried the way you choose. Point one at your handler, or at one of Hookbench&apos;s receivers to see exactly what gets sent.</source>
        <translation>Ein Endpunkt ist eine URL, die die abonnierten Ereignistypen empfängt, signiert und wiederholt, wie Sie es wählen. Richten Sie einen auf Ihren Handler oder auf einen der Empfänger von Hookbench, um genau zu sehen, was gesendet wird.</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Endpunkte filtern</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>New from &amp;preset…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: event types and an endpoint sent to the way the provider sends</source>
        <translation>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: Ereignistypen und ein Endpunkt, an den so gesendet wird wie vom Anbieter</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Deliver a test event to the selected endpoint (Ctrl+Enter)</source>
        <translation>Ein Testereignis an den ausgewählten Endpunkt zustellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Show &amp;deliveries</source>
        <translation>&amp;Zustellungen anzeigen</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this endpoint</source>
        <translation>Das Zustellprotokoll gefiltert auf diesen Endpunkt öffnen</translation>
    </message>
    <message>
        <source>New endpoint (Ctrl+N)</source>
        <translation>Neuer Endpunkt (Strg+N)</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>From a provider preset…</source>
        <translation>Aus einer Anbietervorlage…</translation>
    </message>
    <message>
        <source>Select an endpoint to see its activity and edit it, or press Ctrl+N to add one.</source>
        <translation>Wählen Sie einen Endpunkt aus, um seine Aktivität zu sehen und ihn zu bearbeiten, oder drücken Sie Strg+N, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Unsaved endpoint</source>
        <translation>Nicht gespeicherter Endpunkt</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Preset not applied</source>
        <translation>Vorlage nicht angewendet</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>Endpunkt %1 angelegt</translation>
    </message>
    <message numerus="yes">
        <source> and %n event type(s)</source>
        <translation>
            <numerusform> und %n Ereignistyp</numerusform>
            <numerusform> und %n Ereignistypen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved endpoint %1</source>
        <translation>Endpunkt %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Deliveries waiting for it are not sent; past deliveries stay in the log.</source>
        <translation>„%1“ löschen? Wartende Zustellungen an ihn werden nicht gesendet; vergangene Zustellungen bleiben im Protokoll.</translation>
    </message>
    <message>
        <source>Deleted endpoint %1</source>
        <translation>Endpunkt %1 gelöscht</translation>
    </message>
    <message>
        <source>Test delivery from Hookbench</source>
        <translation>Testzustellung von Hookbench</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source> (not retried)</source>
        <translation> (nicht wiederholt)</translation>
    </message>
    <message>
        <source>E&amp;ndpoint</source>
        <translation>E&amp;ndpunkt</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeEditor</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Trigger…</source>
        <translation>Auslösen…</translation>
    </message>
    <message>
        <source>e.g. invoice.paid</source>
        <translation>z. B. invoice.paid</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores; dots group types (issues.opened)</source>
        <translation>Buchstaben, Ziffern, Punkte, Binde- und Unterstriche; Punkte gruppieren Typen (issues.opened)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was passiert ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>JSON sent as the payload. Placeholders: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</source>
        <translation>JSON, das als Nutzdaten gesendet wird. Platzhalter: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</translation>
    </message>
    <message>
        <source>Indent the template (when it is plain JSON)</source>
        <translation>Vorlage einrücken (wenn sie reines JSON ist)</translation>
    </message>
    <message>
        <source>Save the event type (Ctrl+S)</source>
        <translation>Ereignistyp speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Open the trigger section with this event type</source>
        <translation>Den Auslösebereich mit diesem Ereignistyp öffnen</translation>
    </message>
    <message>
        <source>Placeholders: &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</source>
        <translation>Platzhalter: &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Payload &amp;template</source>
        <translation>Nutzdaten&amp;vorlage</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>Korrigieren Sie die Meldungen oben, um zu speichern</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>Nutzdatenvorlage</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypesPage</name>
    <message>
        <source>No event types yet</source>
        <translation>Noch keine Ereignistypen</translation>
    </message>
    <message>
        <source>An event type names something that happens in your application, like &lt;b&gt;invoice.paid&lt;/b&gt;, with the JSON payload its webhooks carry. Define one, then add an endpoint that subscribes to it.</source>
        <translation>Ein Ereignistyp benennt etwas, das in Ihrer Anwendung geschieht, etwa &lt;b&gt;invoice.paid&lt;/b&gt;, mit den JSON-Nutzdaten, die seine Webhooks tragen. Legen Sie einen an und fügen Sie dann einen Endpunkt hinzu, der ihn abonniert.</translation>
    </message>
    <message>
        <source>Filter event types</source>
        <translation>Ereignistypen filtern</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Neuer Ereignistyp</translation>
    </message>
    <message>
        <source>Select an event type to edit it, or press Ctrl+N to define a new one.</source>
        <translation>Wählen Sie einen Ereignistyp aus, um ihn zu bearbeiten, oder drücken Sie Strg+N, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Unsaved event type</source>
        <translation>Nicht gespeicherter Ereignistyp</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>Korrigieren Sie zuerst die Meldungen oben.</translation>
    </message>
    <message>
        <source>Saved event type %1</source>
        <translation>Ereignistyp %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete event type</source>
        <translation>Ereignistyp löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its past deliveries stay in the log.</source>
        <translation>„%1“ löschen? Seine vergangenen Zustellungen bleiben im Protokoll.</translation>
    </message>
    <message>
        <source>Deleted event type %1</source>
        <translation>Ereignistyp %1 gelöscht</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? %n schedule(s) fire it and cannot fire without it: %2. Its past deliveries stay in the log.</source>
        <translation>
            <numerusform>„%1“ löschen? %n Zeitplan löst es aus und kann ohne es nicht auslösen: %2. Die bisherigen Zustellungen bleiben im Protokoll.</numerusform>
            <numerusform>„%1“ löschen? %n Zeitpläne lösen es aus und können ohne es nicht auslösen: %2. Die bisherigen Zustellungen bleiben im Protokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::Format</name>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 weitere Bytes nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>right away</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>  (by %1 after the event)</source>
        <translation>  (bis %1 nach dem Ereignis)</translation>
    </message>
    <message>
        <source>  (%1 after the event)</source>
        <translation>  (%1 nach dem Ereignis)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HeaderModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HttpMessageView</name>
    <message>
        <source>Right-click to copy a header or its value</source>
        <translation>Rechtsklick, um einen Header oder seinen Wert zu kopieren</translation>
    </message>
    <message>
        <source>Copy “%1: …”</source>
        <translation>„%1: …“ kopieren</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy all headers</source>
        <translation>Alle Header kopieren</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::LatencyChart</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message numerus="yes">
        <source>last %n · p50 %1 · p95 %2</source>
        <translation>
            <numerusform>letzte · p50 %1 · p95 %2</numerusform>
            <numerusform>letzte %n · p50 %1 · p95 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>noch keine abgeschlossenen Zustellungen</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>Ü&amp;ber Hookbench</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <source>%1 — Hookbench</source>
        <translation>%1 – Hookbench</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Receivers not started: %1</source>
        <translation>Empfänger nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Create an item in the current section (Ctrl+N)</source>
        <translation>Ein Element im aktuellen Bereich anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the event in Trigger, or a test to the endpoint in Endpoints (Ctrl+Enter)</source>
        <translation>Das Ereignis unter „Auslösen“ senden oder unter „Endpunkte“ einen Test an den Endpunkt (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the current section again from the workspace (F5)</source>
        <translation>Den aktuellen Bereich neu aus dem Arbeitsbereich lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Filter the current list (Ctrl+F)</source>
        <translation>Die aktuelle Liste filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;A native workbench for building and testing webhook integrations.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;Eine native Werkbank zum Entwickeln und Testen von Webhook-Integrationen.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Click a URL to copy it</source>
        <translation>Klicken Sie auf eine URL, um sie zu kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Deliveries that succeeded among those that finished in the last minute</source>
        <translation>Erfolgreiche Zustellungen unter denen, die in der letzten Minute abgeschlossen wurden</translation>
    </message>
    <message>
        <source>No receiver running</source>
        <translation>Kein Empfänger aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in flight · %1 retrying · %2 pending</source>
        <translation>
            <numerusform>%Ln wird gesendet · %1 wiederholt · %2 ausstehend</numerusform>
            <numerusform>%Ln werden gesendet · %1 wiederholt · %2 ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% succeeded (last minute)</source>
        <translation>%1 % erfolgreich (letzte Minute)</translation>
    </message>
    <message>
        <source>— succeeded (last minute)</source>
        <translation>– erfolgreich (letzte Minute)</translation>
    </message>
    <message>
        <source>Not saved to the workspace (%1): %2</source>
        <translation>Nicht im Arbeitsbereich gespeichert (%1): %2</translation>
    </message>
    <message>
        <source>Schedule %1 (%2) could not fire: %3</source>
        <translation>Zeitplan %1 (%2) konnte nicht auslösen: %3</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>In diesem Fenster wird kein Zeitplan ausgelöst: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::PresetDialog</name>
    <message>
        <source>New endpoint from a provider preset</source>
        <translation>Neuer Endpunkt aus einer Anbietervorlage</translation>
    </message>
    <message>
        <source>Where your handler listens, e.g. http://localhost:3000/webhooks</source>
        <translation>Wo Ihr Handler lauscht, z. B. http://localhost:3000/webhooks</translation>
    </message>
    <message>
        <source>The preset&apos;s name</source>
        <translation>Der Name der Vorlage</translation>
    </message>
    <message>
        <source>Generated in the provider&apos;s format when empty</source>
        <translation>Im Format des Anbieters erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>Event types: %1</source>
        <translation>Ereignistypen: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverEditor</name>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Fail the first N requests</source>
        <translation>Die ersten N Anfragen scheitern lassen</translation>
    </message>
    <message>
        <source>Fail a share of requests</source>
        <translation>Einen Anteil der Anfragen scheitern lassen</translation>
    </message>
    <message>
        <source>Rate limit (429)</source>
        <translation>Ratenlimit (429)</translation>
    </message>
    <message>
        <source>Never answer (timeout)</source>
        <translation>Nie antworten (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Close mid-response</source>
        <translation>Mitten in der Antwort schließen</translation>
    </message>
    <message>
        <source>Start when Hookbench starts</source>
        <translation>Beim Start von Hookbench starten</translation>
    </message>
    <message>
        <source>Answer provider handshakes (WebSub, CloudEvents, Slack)</source>
        <translation>Handshakes von Anbietern beantworten (WebSub, CloudEvents, Slack)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1 keep the receiver on this machine; 0.0.0.0 opens it to the network and then needs an access token</source>
        <translation>127.0.0.1 oder ::1 halten den Empfänger auf diesem Rechner; 0.0.0.0 öffnet ihn für das Netzwerk und braucht dann ein Zugriffstoken</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Needed when listening beyond this machine</source>
        <translation>Nötig, wenn über diesen Rechner hinaus gelauscht wird</translation>
    </message>
    <message>
        <source>Generate a token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Optional: also send every request on to this URL</source>
        <translation>Optional: jede Anfrage zusätzlich an diese URL weitersenden</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffs&amp;token</translation>
    </message>
    <message>
        <source>&amp;Forward to</source>
        <translation>&amp;Weiterleiten an</translation>
    </message>
    <message>
        <source>Largest &amp;body</source>
        <translation>Größter &amp;Inhalt</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Antwortregeln</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Match earlier</source>
        <translation>Früher prüfen</translation>
    </message>
    <message>
        <source>Match later</source>
        <translation>Später prüfen</translation>
    </message>
    <message>
        <source>The first rule that matches a request answers it; without a match the answer is 200 {&quot;ok&quot;:true}.</source>
        <translation>Die erste Regel, die auf eine Anfrage passt, beantwortet sie; ohne Treffer lautet die Antwort 200 {&quot;ok&quot;:true}.</translation>
    </message>
    <message>
        <source>* matches within a path segment, ** across segments: /hooks/**</source>
        <translation>* passt innerhalb eines Pfadsegments, ** über Segmente hinweg: /hooks/**</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Add a response header</source>
        <translation>Antwort-Header hinzufügen</translation>
    </message>
    <message>
        <source>Placeholders: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</source>
        <translation>Platzhalter: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Scheitern</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>Signaturprüfung</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Geheimnis hinzufügen</translation>
    </message>
    <message>
        <source>How far a signed timestamp may be from now</source>
        <translation>Wie weit ein signierter Zeitstempel von jetzt abweichen darf</translation>
    </message>
    <message>
        <source>Answer 401 when no secret verifies the request</source>
        <translation>Mit 401 antworten, wenn kein Geheimnis die Anfrage bestätigt</translation>
    </message>
    <message>
        <source>Each request is checked against every secret; the verdicts show in the captured list.</source>
        <translation>Jede Anfrage wird gegen jedes Geheimnis geprüft; die Ergebnisse erscheinen in der Liste der erfassten Anfragen.</translation>
    </message>
    <message>
        <source>Timestamp tolerance</source>
        <translation>Zeitstempeltoleranz</translation>
    </message>
    <message>
        <source>The sender&apos;s signing secret</source>
        <translation>Das Signaturgeheimnis des Absenders</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>Dieses Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Save the receiver (Ctrl+S)</source>
        <translation>Empfänger speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>Korrigieren Sie die Meldungen oben, um zu speichern</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverHost</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverModel</name>
    <message>
        <source>Send webhooks to this URL</source>
        <translation>Webhooks an diese URL senden</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Starten Sie den Empfänger, um seine URL zu erhalten</translation>
    </message>
    <message>
        <source>%1, any free port</source>
        <translation>%1, beliebiger freier Port</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiversPage</name>
    <message>
        <source>No receivers yet</source>
        <translation>Noch keine Empfänger</translation>
    </message>
    <message>
        <source>A receiver is a local HTTP endpoint that captures every request sent to it, checks its signature and answers the way you tell it to — healthy, slow, or failing on purpose. Point an endpoint, a provider&apos;s CLI or your own sender at it.</source>
        <translation>Ein Empfänger ist ein lokaler HTTP-Endpunkt, der jede an ihn gesendete Anfrage erfasst, ihre Signatur prüft und so antwortet, wie Sie es festlegen – gesund, langsam oder absichtlich fehlerhaft. Richten Sie einen Endpunkt, die CLI eines Anbieters oder Ihren eigenen Absender darauf.</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Captured requests</source>
        <translation>Erfasste Anfragen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start or stop the selected receiver (Ctrl+Shift+L)</source>
        <translation>Den ausgewählten Empfänger starten oder stoppen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the URL to send webhooks to</source>
        <translation>Die URL kopieren, an die Webhooks gesendet werden</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Forward to…</source>
        <translation>&amp;Weiterleiten an…</translation>
    </message>
    <message>
        <source>Send the selected request, as captured, to another URL</source>
        <translation>Die ausgewählte Anfrage so, wie sie erfasst wurde, an eine andere URL senden</translation>
    </message>
    <message>
        <source>Replay to &amp;endpoint…</source>
        <translation>An &amp;Endpunkt wiederholen…</translation>
    </message>
    <message>
        <source>Trigger the selected request&apos;s body as an event to one of your endpoints</source>
        <translation>Den Inhalt der ausgewählten Anfrage als Ereignis an einen Ihrer Endpunkte auslösen</translation>
    </message>
    <message>
        <source>C&amp;lear captured requests</source>
        <translation>Erfasste Anfragen &amp;leeren</translation>
    </message>
    <message>
        <source>New receiver (Ctrl+N)</source>
        <translation>Neuer Empfänger (Strg+N)</translation>
    </message>
    <message>
        <source>Requests appear here as they arrive.</source>
        <translation>Anfragen erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Select a receiver, or press Ctrl+N to add one.</source>
        <translation>Wählen Sie einen Empfänger aus oder drücken Sie Strg+N, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Create and start a receiver</source>
        <translation>Einen Empfänger anlegen und starten</translation>
    </message>
    <message>
        <source>New receiver…</source>
        <translation>Neuer Empfänger…</translation>
    </message>
    <message>
        <source>the forward target</source>
        <translation>das Weiterleitungsziel</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Unsaved receiver</source>
        <translation>Nicht gespeicherter Empfänger</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>Korrigieren Sie zuerst die Meldungen oben.</translation>
    </message>
    <message>
        <source>Local receiver</source>
        <translation>Lokaler Empfänger</translation>
    </message>
    <message>
        <source>Local receiver %1</source>
        <translation>Lokaler Empfänger %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 listening on %2</source>
        <translation>%1 lauscht auf %2</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 gestoppt: %2</translation>
    </message>
    <message>
        <source>Saved receiver %1</source>
        <translation>Empfänger %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete receiver</source>
        <translation>Empfänger löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and stop it? Its captured requests are deleted too.</source>
        <translation>„%1“ löschen und stoppen? Seine erfassten Anfragen werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Deleted receiver %1</source>
        <translation>Empfänger %1 gelöscht</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Empfänger gestoppt</translation>
    </message>
    <message>
        <source>Receiver not started</source>
        <translation>Empfänger nicht gestartet</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copied the request as a curl command</source>
        <translation>Anfrage als curl-Befehl kopiert</translation>
    </message>
    <message>
        <source>Forward request</source>
        <translation>Anfrage weiterleiten</translation>
    </message>
    <message>
        <source>Send the request, as captured, to:</source>
        <translation>Die Anfrage so, wie sie erfasst wurde, senden an:</translation>
    </message>
    <message>
        <source>Forwarding to %1…</source>
        <translation>Wird an %1 weitergeleitet…</translation>
    </message>
    <message>
        <source>Replay to endpoint</source>
        <translation>An Endpunkt wiederholen</translation>
    </message>
    <message>
        <source>Only JSON bodies can be replayed as an event. %1</source>
        <translation>Nur JSON-Inhalte können als Ereignis wiederholt werden. %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>As event type</source>
        <translation>Als Ereignistyp</translation>
    </message>
    <message>
        <source>Add an endpoint first.</source>
        <translation>Fügen Sie zuerst einen Endpunkt hinzu.</translation>
    </message>
    <message>
        <source>Replayed as %1 to %2</source>
        <translation>Als %1 an %2 wiederholt</translation>
    </message>
    <message>
        <source>Clear captured requests</source>
        <translation>Erfasste Anfragen leeren</translation>
    </message>
    <message>
        <source>Delete every request this receiver captured?</source>
        <translation>Alle von diesem Empfänger erfassten Anfragen löschen?</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Empfänger</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::RuleModel</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 for the first %2, then %3</source>
        <translation>%1 für die ersten %2, danach %3</translation>
    </message>
    <message>
        <source>%1 for %2% of requests, else %3</source>
        <translation>%1 für %2 % der Anfragen, sonst %3</translation>
    </message>
    <message>
        <source>429 with Retry-After %1 s</source>
        <translation>429 mit Retry-After %1 s</translation>
    </message>
    <message>
        <source>never answers</source>
        <translation>antwortet nie</translation>
    </message>
    <message>
        <source>closes mid-response</source>
        <translation>schließt mitten in der Antwort</translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation> nach %1 ms</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleEditor</name>
    <message>
        <source>Read times and the cron expression in &amp;UTC (otherwise local time)</source>
        <translation>Zeiten und den Cron-Ausdruck in &amp;UTC lesen (sonst Ortszeit)</translation>
    </message>
    <message>
        <source>After a restart, fire &amp;once for firings missed meanwhile (otherwise skip them)</source>
        <translation>Nach einem Neustart verpasste Auslösungen einmal nach&amp;holen (sonst überspringen)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>The event type to fire; its payload template is used unless a payload is given below</source>
        <translation>Der auszulösende Ereignistyp; seine Nutzdatenvorlage wird verwendet, sofern unten keine Nutzdaten angegeben sind</translation>
    </message>
    <message>
        <source>Once, at a time</source>
        <translation>Einmal, zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Every interval</source>
        <translation>In festen Abständen</translation>
    </message>
    <message>
        <source>By a cron expression</source>
        <translation>Nach einem Cron-Ausdruck</translation>
    </message>
    <message>
        <source>e.g. 30s, 5m, 1h30m</source>
        <translation>z. B. 30s, 5m, 1h30m</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. */15 9-17 * * MON-FRI</source>
        <translation>Minute Stunde Tag-des-Monats Monat Wochentag, z. B. */15 9-17 * * MON-FRI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Delay each firing by a random time up to this long</source>
        <translation>Jede Auslösung um eine zufällige Zeit bis zu dieser Länge verzögern</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Empty: the event type&apos;s payload template</source>
        <translation>Leer: die Nutzdatenvorlage des Ereignistyps</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>&amp;Ereignistyp</translation>
    </message>
    <message>
        <source>&amp;Fires</source>
        <translation>&amp;Auslösung</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation>&amp;Cron</translation>
    </message>
    <message>
        <source>&amp;Jitter</source>
        <translation>&amp;Jitter</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Höchstzahl</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>En&amp;det</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Nutzdaten</translation>
    </message>
    <message>
        <source>Next firings</source>
        <translation>Nächste Auslösungen</translation>
    </message>
    <message>
        <source>Fix the fields above to see when it fires.</source>
        <translation>Korrigieren Sie die Felder oben, um zu sehen, wann er auslöst.</translation>
    </message>
    <message>
        <source>Stop firing at</source>
        <translation>Nicht mehr auslösen ab</translation>
    </message>
    <message>
        <source>When it fires; click the arrow for a calendar</source>
        <translation>Wann er auslöst; klicken Sie auf den Pfeil für einen Kalender</translation>
    </message>
    <message>
        <source>Without an end time the schedule fires until its limit, or for ever</source>
        <translation>Ohne Endzeit löst der Zeitplan bis zu seiner Höchstzahl aus, oder für immer</translation>
    </message>
    <message>
        <source>No firing after this time; click the arrow for a calendar</source>
        <translation>Nach diesem Zeitpunkt keine Auslösung mehr; klicken Sie auf den Pfeil für einen Kalender</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleModel</name>
    <message>
        <source>at %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>cron %1 (UTC)</source>
        <translation>Cron %1 (UTC)</translation>
    </message>
    <message>
        <source>cron %1 (local time)</source>
        <translation>Cron %1 (Ortszeit)</translation>
    </message>
    <message>
        <source>, up to %1 late</source>
        <translation>, bis zu %1 verspätet</translation>
    </message>
    <message>
        <source>, at most once</source>
        <translation>, höchstens einmal</translation>
    </message>
    <message>
        <source>, at most %1 times</source>
        <translation>, höchstens %1-mal</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>Sends its own payload instead of the event type&apos;s template</source>
        <translation>Sendet eigene Nutzdaten statt der Vorlage des Ereignistyps</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>Zuletzt ausgelöst %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next firing</source>
        <translation>Nächste Auslösung</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The last firing failed: %1</source>
        <translation>Die letzte Auslösung schlug fehl: %1</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Schlägt fehl</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SchedulesPanel</name>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Neuer Zeitplan…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Double-click a schedule to edit it</source>
        <translation>Doppelklicken Sie auf einen Zeitplan, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Fire an event type at a time, every interval or by cron, while this window or &lt;tt&gt;hookbench run&lt;/tt&gt; is running.</source>
        <translation>Löst einen Ereignistyp zu einem Zeitpunkt, in festen Abständen oder per Cron aus, solange dieses Fenster oder &lt;tt&gt;hookbench run&lt;/tt&gt; läuft.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Remove this schedule? It will not fire again.</source>
        <translation>Diesen Zeitplan entfernen? Er wird nicht mehr auslösen.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Schedule for %1 added</source>
        <translation>Zeitplan für %1 hinzugefügt</translation>
    </message>
    <message>
        <source>The schedule no longer exists.</source>
        <translation>Der Zeitplan existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation>Zeitplan nicht gespeichert</translation>
    </message>
    <message>
        <source>A schedule fires one of your event types, and this workspace has none yet. Define an event type first, then add schedules here.</source>
        <translation>Ein Zeitplan löst einen Ihrer Ereignistypen aus, und dieser Arbeitsbereich hat noch keinen. Legen Sie zuerst einen Ereignistyp an und fügen Sie dann hier Zeitpläne hinzu.</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>Ereignistyp anlegen</translation>
    </message>
    <message>
        <source>Add a schedule that fires an event type later or repeatedly</source>
        <translation>Einen Zeitplan hinzufügen, der einen Ereignistyp später oder wiederholt auslöst</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first</source>
        <translation>Ein Zeitplan braucht einen Ereignistyp: Legen Sie zuerst einen an</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first.</source>
        <translation>Ein Zeitplan braucht einen Ereignistyp: Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>In diesem Fenster wird kein Zeitplan ausgelöst: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SettingsDialog</name>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies the next time Hookbench starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Hookbench.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SuccessRateChart</name>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>%1% succeeded</source>
        <translation>%1 % erfolgreich</translation>
    </message>
    <message>
        <source>%1 ok · %2 failed · last %3</source>
        <translation>%1 ok · %2 fehlgeschlagen · zuletzt %3</translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>noch keine abgeschlossenen Zustellungen</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::TriggerPage</name>
    <message>
        <source>Nothing to trigger yet</source>
        <translation>Noch nichts auszulösen</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Auf Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>The event type to send</source>
        <translation>Der zu sendende Ereignistyp</translation>
    </message>
    <message>
        <source>Send to every subscribed endpoint, or to one endpoint only</source>
        <translation>An jeden abonnierten Endpunkt senden oder nur an einen Endpunkt</translation>
    </message>
    <message>
        <source>The payload; placeholders such as {{uuid}} and {{now}} are filled in when it is sent</source>
        <translation>Die Nutzdaten; Platzhalter wie {{uuid}} und {{now}} werden beim Senden ausgefüllt</translation>
    </message>
    <message>
        <source>What the next send would carry (placeholders filled in)</source>
        <translation>Was der nächste Versand enthalten würde (Platzhalter ausgefüllt)</translation>
    </message>
    <message>
        <source>Send the event now (Ctrl+Enter)</source>
        <translation>Das Ereignis jetzt senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Double-click to see the deliveries of an event</source>
        <translation>Doppelklicken, um die Zustellungen eines Ereignisses zu sehen</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>&amp;Ereignistyp</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Senden &amp;an</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Nutzdaten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Sent from this window</source>
        <translation>Aus diesem Fenster gesendet</translation>
    </message>
    <message>
        <source>Double-click an event to see its deliveries.</source>
        <translation>Doppelklicken Sie auf ein Ereignis, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>Ereignistyp anlegen</translation>
    </message>
    <message>
        <source>All subscribed endpoints</source>
        <translation>Alle abonnierten Endpunkte</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>No endpoint receives %1 yet.</source>
        <translation>Noch kein Endpunkt empfängt %1.</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>Geht an %1.</translation>
    </message>
    <message>
        <source>Skipped (disabled or expired): %1.</source>
        <translation>Übersprungen (deaktiviert oder abgelaufen): %1.</translation>
    </message>
    <message>
        <source>Fix the payload first.</source>
        <translation>Korrigieren Sie zuerst die Nutzdaten.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n delivery(s) · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 gesendet · %n Zustellung · &lt;a href=&quot;%2&quot;&gt;im Protokoll anzeigen&lt;/a&gt;</numerusform>
            <numerusform>%1 gesendet · %n Zustellungen · &lt;a href=&quot;%2&quot;&gt;im Protokoll anzeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to: %1</source>
        <translation>Nicht gesendet an: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 → %n delivery(s)</source>
        <translation>
            <numerusform>%1  %2 → %n Zustellung</numerusform>
            <numerusform>%1  %2 → %n Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n endpoint(s)</source>
        <translation>
            <numerusform>%1 an %n Endpunkt gesendet</numerusform>
            <numerusform>%1 an %n Endpunkte gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger &amp; schedules</source>
        <translation>Auslösen &amp; Zeitpläne</translation>
    </message>
    <message>
        <source>Triggering sends an event of one of your event types to every endpoint that subscribes to it. Define an event type first. Schedules fire event types too: their list is in the Schedules tab above.</source>
        <translation>Beim Auslösen wird ein Ereignis eines Ihrer Ereignistypen an jeden Endpunkt gesendet, der ihn abonniert. Legen Sie zuerst einen Ereignistyp an. Auch Zeitpläne lösen Ereignistypen aus: Ihre Liste steht oben im Reiter „Zeitpläne“.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Validation</name>
    <message>
        <source>The URL is empty; enter an absolute http:// or https:// URL.</source>
        <translation>Die URL ist leer; geben Sie eine absolute http://- oder https://-URL ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL; it must start with http:// or https://.</source>
        <translation>„%1“ ist keine absolute URL; sie muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only http and https are supported.</source>
        <translation>„%1“ verwendet das Schema „%2“; nur http und https werden unterstützt.</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>„%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation>Der Header-Name ist leer.</translation>
    </message>
    <message>
        <source>The header name “%1” contains “%2” at position %3; header names may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation>Der Header-Name „%1“ enthält „%2“ an Position %3; Header-Namen dürfen nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ enthalten.</translation>
    </message>
    <message>
        <source>The header value contains a line break at position %1; header values must be on one line.</source>
        <translation>Der Header-Wert enthält an Position %1 einen Zeilenumbruch; Header-Werte müssen in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The header value contains a NUL byte at position %1.</source>
        <translation>Der Header-Wert enthält an Position %1 ein NUL-Byte.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as “Name: value”.</source>
        <translation>„%1“ ist kein Header; schreiben Sie ihn als „Name: Wert“.</translation>
    </message>
    <message>
        <source>The event type name is empty.</source>
        <translation>Der Name des Ereignistyps ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid event type name; use lowercase words separated by dots, such as “issues.opened” or “payment_intent.succeeded”.</source>
        <translation>„%1“ ist kein gültiger Ereignistypname; verwenden Sie durch Punkte getrennte Wörter in Kleinbuchstaben, etwa „issues.opened“ oder „payment_intent.succeeded“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; a wildcard is a dotted prefix followed by “.*”, such as “issues.*”.</source>
        <translation>„%1“ ist kein gültiges Abonnement; ein Platzhalter ist ein Präfix mit Punkten, gefolgt von „.*“, etwa „issues.*“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; use an event type name (“issues.opened”), a prefix wildcard (“issues.*”) or “*”.</source>
        <translation>„%1“ ist kein gültiges Abonnement; verwenden Sie einen Ereignistypnamen („issues.opened“), einen Präfix-Platzhalter („issues.*“) oder „*“.</translation>
    </message>
    <message>
        <source>“%1” is not a supported method; use POST, PUT, PATCH, GET or DELETE.</source>
        <translation>„%1“ ist keine unterstützte Methode; verwenden Sie POST, PUT, PATCH, GET oder DELETE.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>Der Name des Endpunkts ist leer.</translation>
    </message>
    <message>
        <source>The endpoint name is longer than 200 characters.</source>
        <translation>Der Name des Endpunkts ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The endpoint subscribes to no event types; add at least one, or “*”.</source>
        <translation>Der Endpunkt abonniert keine Ereignistypen; fügen Sie mindestens einen hinzu oder „*“.</translation>
    </message>
    <message>
        <source>The signing scheme %1 needs at least one secret.</source>
        <translation>Das Signaturverfahren %1 braucht mindestens ein Geheimnis.</translation>
    </message>
    <message>
        <source>A secret is empty.</source>
        <translation>Ein Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be “whsec_” followed by base64 (24 to 64 random bytes).</source>
        <translation>Ein Standard-Webhooks-Geheimnis muss „whsec_“ gefolgt von Base64 sein (24 bis 64 zufällige Bytes).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 ms and 10 minutes.</source>
        <translation>Das Zeitlimit muss zwischen 1 ms und 10 Minuten liegen.</translation>
    </message>
    <message>
        <source>The concurrency limit must be between 1 and 256.</source>
        <translation>Das Parallelitätslimit muss zwischen 1 und 256 liegen.</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>Das Ratenlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The circuit breaker threshold cannot be negative.</source>
        <translation>Die Schwelle des Schutzschalters darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The retry schedule is empty; it needs at least one entry.</source>
        <translation>Der Wiederholungsplan ist leer; er braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>A retry delay cannot be negative.</source>
        <translation>Eine Wiederholungswartezeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation>Die Anzahl der Versuche muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>The backoff cap must be at least the base delay.</source>
        <translation>Die Obergrenze des Backoffs muss mindestens die Grundwartezeit sein.</translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1.</source>
        <translation>Der Backoff-Faktor muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The receiver name is empty.</source>
        <translation>Der Name des Empfängers ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (for example 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation>„%1“ ist keine IP-Adresse, auf der gelauscht werden kann (zum Beispiel 127.0.0.1, ::1 oder 0.0.0.0).</translation>
    </message>
    <message>
        <source>A receiver reachable from other machines needs an access token of at least 16 characters.</source>
        <translation>Ein von anderen Rechnern erreichbarer Empfänger braucht ein Zugriffstoken mit mindestens 16 Zeichen.</translation>
    </message>
    <message>
        <source>The maximum body size must be at least one byte.</source>
        <translation>Die maximale Inhaltsgröße muss mindestens ein Byte betragen.</translation>
    </message>
    <message>
        <source>Status %1 is not an HTTP status (100–599).</source>
        <translation>Status %1 ist kein HTTP-Status (100–599).</translation>
    </message>
    <message>
        <source>A rule&apos;s delay cannot be negative.</source>
        <translation>Die Verzögerung einer Regel darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A failure percentage must be between 0 and 100.</source>
        <translation>Ein Fehleranteil muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>A verification secret is empty.</source>
        <translation>Ein Prüfgeheimnis ist leer.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The signature prefix “%1” contains %2 at position %3; a prefix may only contain visible ASCII characters, and no spaces, which separate the signatures of several secrets.</source>
        <translation>Das Signaturpräfix „%1“ enthält %2 an Position %3; ein Präfix darf nur sichtbare ASCII-Zeichen enthalten und keine Leerzeichen, die die Signaturen mehrerer Geheimnisse trennen.</translation>
    </message>
    <message>
        <source>The URL contains a space at position %1; encode it as %2.</source>
        <translation>Die URL enthält an Position %1 ein Leerzeichen; kodieren Sie es als %2.</translation>
    </message>
    <message>
        <source>The URL contains “%1” at position %2; encode it as %3.</source>
        <translation>Die URL enthält an Position %2 „%1“; kodieren Sie es als %3.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is out of range (1–65535).</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs (1–65535).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the workspace “%1”.</source>
        <translation>Der Ordner für den Arbeitsbereich „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not save the API activity: %1</source>
        <translation>Die API-Aktivität konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
</TS>
