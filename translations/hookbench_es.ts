<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Engine</name>
    <message>
        <source>interrupted: Hookbench stopped while waiting for the answer</source>
        <translation>interrumpido: Hookbench se detuvo mientras esperaba la respuesta</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>tiempo agotado tras %1 ms</translation>
    </message>
</context>
<context>
    <name>Hookbench</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>duración vacía</translation>
    </message>
    <message>
        <source>“%1” is not a duration (use e.g. 500ms, 5s, 1m, 2h, 1d)</source>
        <translation>«%1» no es una duración (use p. ej. 500ms, 5s, 1m, 2h, 1d)</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>«%1» es demasiado grande</translation>
    </message>
    <message>
        <source>unknown unit “%1” in “%2” (use ms, s, m, h or d)</source>
        <translation>unidad desconocida «%1» en «%2» (use ms, s, m, h o d)</translation>
    </message>
    <message>
        <source>entry %1 of the retry schedule: %2</source>
        <translation>entrada %1 del plan de reintentos: %2</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sin firma</translation>
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
        <translation>HMAC personalizado</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>Unterminated placeholder at %1: “{{” without “}}”.</source>
        <translation>Marcador sin cerrar en %1: «{{» sin «}}».</translation>
    </message>
    <message>
        <source>{{random.int A B}} at %1 needs two whole numbers with A ≤ B.</source>
        <translation>{{random.int A B}} en %1 necesita dos números enteros con A ≤ B.</translation>
    </message>
    <message>
        <source>{{random.hex N}} at %1 needs a length from 1 to 4096.</source>
        <translation>{{random.hex N}} en %1 necesita una longitud de 1 a 4096.</translation>
    </message>
    <message>
        <source>Unknown placeholder “{{%1}}” at %2; use uuid, now, now.unix, seq, random.int A B, random.hex N, event.type or endpoint.name.</source>
        <translation>Marcador desconocido «{{%1}}» en %2; use uuid, now, now.unix, seq, random.int A B, random.hex N, event.type o endpoint.name.</translation>
    </message>
    <message>
        <source>The rendered payload is not valid JSON (%1).</source>
        <translation>La carga útil generada no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>firma no válida</translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation>marca de tiempo fuera de tolerancia</translation>
    </message>
    <message>
        <source>signature headers missing</source>
        <translation>faltan las cabeceras de firma</translation>
    </message>
    <message>
        <source>“%1” has a fraction: durations are whole numbers, e.g. 1500ms rather than 1.5s</source>
        <translation>«%1» tiene decimales: las duraciones son números enteros, p. ej. 1500ms en lugar de 1.5s</translation>
    </message>
</context>
<context>
    <name>Hookbench::Cli::Api</name>
    <message>
        <source>No subscription API activity yet.</source>
        <translation>Todavía no hay actividad de las API de suscripción.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO HTTP</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJETO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>Print the recent API activity (registrations, refusals with their reason, WebSub verifications), newest first, and exit.</source>
        <translation>Mostrar la actividad reciente de las API (registros, rechazos con su motivo, verificaciones de WebSub), primero la más reciente, y salir.</translation>
    </message>
    <message>
        <source>With --activity: how many records (default 20).</source>
        <translation>Con --activity: cuántos registros (20 por defecto).</translation>
    </message>
    <message>
        <source>With --activity: one JSON object per line.</source>
        <translation>Con --activity: un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a positive number</source>
        <translation>--limit: «%1» no es un número positivo</translation>
    </message>
    <message>
        <source>--activity only prints; use it without --enable, --disable or --new-token</source>
        <translation>--activity solo muestra; úselo sin --enable, --disable ni --new-token</translation>
    </message>
    <message>
        <source>--limit and --json only apply with --activity</source>
        <translation>--limit y --json solo se aplican con --activity</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation>tiempo agotado tras %1 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>HTTP %1: redirect not followed</source>
        <translation>HTTP %1: redirección no seguida</translation>
    </message>
    <message>
        <source>HTTP %1: redirect to %2 not followed</source>
        <translation>HTTP %1: redirección a %2 no seguida</translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked to stop sending</source>
        <translation>HTTP 410 Gone: el receptor pidió que no se envíe más</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (client errors are not retried)</source>
        <translation>HTTP %1 (los errores del cliente no se reintentan)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine::DeliveryEngine</name>
    <message>
        <source>%1: disabled%2</source>
        <translation>%1: desactivado%2</translation>
    </message>
    <message>
        <source>%1: expired at %2</source>
        <translation>%1: caducó el %2</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation>La carga útil no es JSON válido: %1</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>No hay ningún endpoint con el id %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>No hay ningún evento con el id %1.</translation>
    </message>
    <message>
        <source>This delivery is being sent right now.</source>
        <translation>Esta entrega se está enviando ahora mismo.</translation>
    </message>
    <message>
        <source>This delivery has not been written to the workspace yet; try again in a moment.</source>
        <translation>Esta entrega aún no se ha escrito en el espacio de trabajo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation>No hay ninguna entrega con el id %1.</translation>
    </message>
    <message>
        <source>This delivery is already final.</source>
        <translation>Esta entrega ya es definitiva.</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelada por el usuario</translation>
    </message>
    <message>
        <source>the endpoint was removed</source>
        <translation>se eliminó el endpoint</translation>
    </message>
    <message>
        <source>the endpoint is disabled%1</source>
        <translation>el endpoint está desactivado%1</translation>
    </message>
    <message>
        <source>the endpoint expired</source>
        <translation>el endpoint caducó</translation>
    </message>
    <message>
        <source>the event of this delivery is missing from the workspace</source>
        <translation>falta en el espacio de trabajo el evento de esta entrega</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1; abandonada tras %2 intentos</translation>
    </message>
    <message>
        <source>circuit breaker: %1 consecutive failed deliveries</source>
        <translation>cortacircuitos: %1 entregas fallidas seguidas</translation>
    </message>
    <message>
        <source>the endpoint was disabled: %1</source>
        <translation>se desactivó el endpoint: %1</translation>
    </message>
    <message>
        <source>Another Hookbench process is sending this delivery; redeliver it there, or once it is final.</source>
        <translation>Otro proceso de Hookbench está enviando esta entrega; reenvíela allí o cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1; gave up after one attempt</source>
        <translation>%1; se abandonó tras un intento</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export</name>
    <message>
        <source>This is not a Hookbench definitions file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>No es un archivo de definiciones de Hookbench (su «format» no es «%1»).</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot;.</source>
        <translation>El archivo no tiene una «version» válida.</translation>
    </message>
    <message>
        <source>The file was written by a newer Hookbench (definitions version %1; this one reads up to %2).</source>
        <translation>El archivo lo escribió un Hookbench más reciente (versión de definiciones %1; este lee hasta la %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>«%1» no es una lista.</translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation>%1 %2 añadido</translation>
    </message>
    <message>
        <source>added %1 %2 as %3 (the name was taken)</source>
        <translation>%1 %2 añadido como %3 (el nombre estaba ocupado)</translation>
    </message>
    <message>
        <source>unchanged %1 %2 (already there, identical)</source>
        <translation>%1 %2 sin cambios (ya existe, idéntico)</translation>
    </message>
    <message>
        <source>skipped %1 %2</source>
        <translation>%1 %2 omitido</translation>
    </message>
    <message>
        <source>failed %1 %2</source>
        <translation>%1 %2 falló</translation>
    </message>
    <message>
        <source>The document is not JSON (%1 at offset %2); convert YAML documents to JSON first.</source>
        <translation>El documento no es JSON (%1 en la posición %2); convierta primero los documentos YAML a JSON.</translation>
    </message>
    <message>
        <source>The document has no &quot;openapi&quot; field; it is not an OpenAPI document.</source>
        <translation>El documento no tiene campo «openapi»; no es un documento OpenAPI.</translation>
    </message>
    <message>
        <source>The document has no &quot;webhooks&quot; section.</source>
        <translation>El documento no tiene sección «webhooks».</translation>
    </message>
    <message>
        <source>The document is OpenAPI %1, which has no &quot;webhooks&quot; section; webhooks came with OpenAPI 3.1.</source>
        <translation>El documento es OpenAPI %1, que no tiene sección «webhooks»; los webhooks llegaron con OpenAPI 3.1.</translation>
    </message>
    <message>
        <source>The document says OpenAPI %1; read as 3.1.</source>
        <translation>El documento indica OpenAPI %1; se lee como 3.1.</translation>
    </message>
    <message>
        <source>%1: no event type name can be made from it; left out.</source>
        <translation>%1: no se puede obtener de él un nombre de tipo de evento; se omite.</translation>
    </message>
    <message>
        <source>%1: its event type name %2 is already taken by another webhook; left out.</source>
        <translation>%1: su nombre de tipo de evento %2 ya lo usa otro webhook; se omite.</translation>
    </message>
    <message>
        <source>%1: its path item cannot be resolved (only local $refs are); left out.</source>
        <translation>%1: no se puede resolver su path item (solo se admiten $ref locales); se omite.</translation>
    </message>
    <message>
        <source>%1: no operation; left out.</source>
        <translation>%1: sin operación; se omite.</translation>
    </message>
    <message>
        <source>OpenAPI webhook “%1”.</source>
        <translation>Webhook de OpenAPI «%1».</translation>
    </message>
    <message>
        <source>%1: no request body example or schema; its template is {}.</source>
        <translation>%1: sin ejemplo ni esquema del cuerpo de la petición; su plantilla es {}.</translation>
    </message>
    <message>
        <source>%1: its schema describes more than %2 values; the example was cut short there.</source>
        <translation>%1: su esquema describe más de %2 valores; el ejemplo se recortó ahí.</translation>
    </message>
    <message>
        <source>%1: its example is a single value (%2), not an object or array; its template is {}.</source>
        <translation>%1: su ejemplo es un valor único (%2), no un objeto ni un array; su plantilla es {}.</translation>
    </message>
    <message>
        <source>%1: its example is not a usable template (%2); its template is {}.</source>
        <translation>%1: su ejemplo no es una plantilla utilizable (%2); su plantilla es {}.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export::Importer</name>
    <message>
        <source>event type</source>
        <translation>tipo de evento</translation>
    </message>
    <message>
        <source>an event type of this name exists and differs</source>
        <translation>existe un tipo de evento con este nombre y es distinto</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <source>the file carries no secret; a new one was generated</source>
        <translation>el archivo no contiene ningún secreto; se generó uno nuevo</translation>
    </message>
    <message>
        <source>an endpoint of this name exists and differs</source>
        <translation>existe un endpoint con este nombre y es distinto</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>receptor</translation>
    </message>
    <message>
        <source>%n verification secret(s) not in the file were left out</source>
        <translation>se omitieron %n secreto(s) de verificación que no estaban en el archivo</translation>
    </message>
    <message>
        <source>the file carries no access token; a new one was generated</source>
        <translation>el archivo no contiene ningún token de acceso; se generó uno nuevo</translation>
    </message>
    <message>
        <source>a receiver of this name exists and differs</source>
        <translation>existe un receptor con este nombre y es distinto</translation>
    </message>
    <message>
        <source>port %1 is also used by receiver %2</source>
        <translation>el puerto %1 también lo usa el receptor %2</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>programación</translation>
    </message>
    <message>
        <source>there is no event type %1 yet</source>
        <translation>aún no existe el tipo de evento %1</translation>
    </message>
    <message>
        <source>the file carries no value for its %1 header; the header was left out</source>
        <translation>el archivo no trae valor para su cabecera %1; la cabecera se ha omitido</translation>
    </message>
</context>
<context>
    <name>Hookbench::Presets</name>
    <message>
        <source>Repository webhook: ping, push, issues and pull_request events signed with X-Hub-Signature-256.</source>
        <translation>Webhook de repositorio: eventos ping, push, issues y pull_request firmados con X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>Sent once when the hook is created; the template describes a sample hook.</source>
        <translation>Se envía una vez al crear el hook; la plantilla describe un hook de ejemplo.</translation>
    </message>
    <message>
        <source>Commits were pushed to a branch.</source>
        <translation>Se enviaron commits a una rama.</translation>
    </message>
    <message>
        <source>An issue was opened.</source>
        <translation>Se abrió una issue.</translation>
    </message>
    <message>
        <source>An issue was closed.</source>
        <translation>Se cerró una issue.</translation>
    </message>
    <message>
        <source>A pull request was opened.</source>
        <translation>Se abrió una pull request.</translation>
    </message>
    <message>
        <source>Stripe Event objects (evt_…) signed with Stripe-Signature.</source>
        <translation>Objetos Event de Stripe (evt_…) firmados con Stripe-Signature.</translation>
    </message>
    <message>
        <source>A payment intent succeeded.</source>
        <translation>Un payment intent se completó.</translation>
    </message>
    <message>
        <source>A customer was created.</source>
        <translation>Se creó un cliente.</translation>
    </message>
    <message>
        <source>An invoice was paid.</source>
        <translation>Se pagó una factura.</translation>
    </message>
    <message>
        <source>A charge was refunded.</source>
        <translation>Se reembolsó un cargo.</translation>
    </message>
    <message>
        <source>Push notification channel: a sync message, then exists / not_exists notifications with no body, until the channel expires.</source>
        <translation>Canal de notificaciones push: un mensaje sync y luego notificaciones exists / not_exists sin cuerpo, hasta que caduca el canal.</translation>
    </message>
    <message>
        <source>The watched resource changed (X-Goog-Resource-State: exists). No body is sent.</source>
        <translation>El recurso observado cambió (X-Goog-Resource-State: exists). No se envía cuerpo.</translation>
    </message>
    <message>
        <source>The watched resource was deleted (X-Goog-Resource-State: not_exists). No body is sent.</source>
        <translation>El recurso observado se eliminó (X-Goog-Resource-State: not_exists). No se envía cuerpo.</translation>
    </message>
    <message>
        <source>The Standard Webhooks envelope (type, timestamp, data) with webhook-id, webhook-timestamp and webhook-signature.</source>
        <translation>El sobre de Standard Webhooks (type, timestamp, data) con webhook-id, webhook-timestamp y webhook-signature.</translation>
    </message>
    <message>
        <source>A contact was created.</source>
        <translation>Se creó un contacto.</translation>
    </message>
    <message>
        <source>A contact was updated.</source>
        <translation>Se actualizó un contacto.</translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation>Se eliminó un contacto.</translation>
    </message>
    <message>
        <source>CloudEvents 1.0 over HTTP, in binary mode (ce-* headers) or structured mode (application/cloudevents+json).</source>
        <translation>CloudEvents 1.0 sobre HTTP, en modo binario (cabeceras ce-*) o en modo estructurado (application/cloudevents+json).</translation>
    </message>
    <message>
        <source>An object was created.</source>
        <translation>Se creó un objeto.</translation>
    </message>
    <message>
        <source>An object was deleted.</source>
        <translation>Se eliminó un objeto.</translation>
    </message>
    <message>
        <source>A Google channel token is at most 256 characters long.</source>
        <translation>Un token de canal de Google tiene como máximo 256 caracteres.</translation>
    </message>
    <message>
        <source>There is no preset named “%1”; choose one of %2.</source>
        <translation>No hay ninguna plantilla llamada «%1»; elija una de %2.</translation>
    </message>
    <message>
        <source>There is already an endpoint named “%1”.</source>
        <translation>Ya existe un endpoint llamado «%1».</translation>
    </message>
</context>
<context>
    <name>Hookbench::Receiving::HttpReceiver</name>
    <message>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>no se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER)</source>
        <translation>%1 no contiene ningún certificado (PEM o DER)</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation>no se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA, EC or DSA private key</source>
        <translation>%1 no contiene ninguna clave privada RSA, EC o DSA sin cifrar</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on</source>
        <translation>«%1» no es una dirección en la que escuchar</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and a private key</source>
        <translation>HTTPS necesita un certificado y una clave privada</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>cannot find a port free on both loopback addresses</source>
        <translation>no hay ningún puerto libre en ambas direcciones de loopback</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling</name>
    <message>
        <source>Enter a date and time such as 2026-12-31T18:00:00.</source>
        <translation>Introduzca una fecha y hora como 2026-12-31T18:00:00.</translation>
    </message>
    <message>
        <source>This time is in the past.</source>
        <translation>Esta hora ya pasó.</translation>
    </message>
    <message>
        <source>The interval must be at least %1.</source>
        <translation>El intervalo debe ser de al menos %1.</translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation>La variación aleatoria no puede ser negativa.</translation>
    </message>
    <message>
        <source>The limit cannot be negative (0 means no limit).</source>
        <translation>El límite no puede ser negativo (0 significa sin límite).</translation>
    </message>
    <message>
        <source>The end time is in the past.</source>
        <translation>La hora de fin ya pasó.</translation>
    </message>
    <message>
        <source>This schedule would never fire: nothing is due before its end time.</source>
        <translation>Esta programación nunca se dispararía: no hay nada pendiente antes de su fin.</translation>
    </message>
    <message>
        <source>The jitter must be shorter than the interval (%1), or firings would be skipped.</source>
        <translation>El jitter debe ser más corto que el intervalo (%1); si no, se saltarían disparos.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling::ScheduleRunner</name>
    <message>
        <source>There is no event type %1 and the schedule has no payload of its own.</source>
        <translation>No existe el tipo de evento %1 y la programación no tiene carga útil propia.</translation>
    </message>
    <message>
        <source>The payload template does not render: %1</source>
        <translation>La plantilla de carga útil no se puede generar: %1</translation>
    </message>
    <message>
        <source>Could not record which process runs the schedules: %1</source>
        <translation>No se pudo registrar qué proceso ejecuta las programaciones: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Signing</name>
    <message>
        <source>webhook-id: the message id (%1), the same on every retry, so the receiver can drop duplicates.</source>
        <translation>webhook-id: el id del mensaje (%1), el mismo en cada reintento, para que el receptor pueda descartar duplicados.</translation>
    </message>
    <message>
        <source>webhook-timestamp: Unix time of this attempt (%1); receivers reject it beyond 5 minutes either way.</source>
        <translation>webhook-timestamp: hora Unix de este intento (%1); los receptores la rechazan si se desvía más de 5 minutos.</translation>
    </message>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation>
            <numerusform>webhook-signature: v1 = base64(HMAC-SHA256(clave decodificada del secreto whsec_, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n firma, una por secreto activo.</numerusform>
            <numerusform>webhook-signature: v1 = base64(HMAC-SHA256(clave decodificada del secreto whsec_, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n firmas, una por secreto activo.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Hub-Signature-256: &quot;sha256=&quot; + lower-case hex HMAC-SHA256 of the raw body, keyed with the secret&apos;s UTF-8 bytes (GitHub).</source>
        <translation>X-Hub-Signature-256: &quot;sha256=&quot; + HMAC-SHA256 en hexadecimal en minúsculas del cuerpo sin procesar, con los bytes UTF-8 del secreto como clave (GitHub).</translation>
    </message>
    <message>
        <source>X-Hub-Signature: legacy &quot;sha1=&quot; + hex HMAC-SHA1 of the raw body (GitHub, WebSub).</source>
        <translation>X-Hub-Signature: el antiguo &quot;sha1=&quot; + HMAC-SHA1 en hexadecimal del cuerpo sin procesar (GitHub, WebSub).</translation>
    </message>
    <message>
        <source>X-GitHub-Delivery: the delivery GUID, unchanged on redelivery.</source>
        <translation>X-GitHub-Delivery: el GUID de la entrega, sin cambios al volver a entregar.</translation>
    </message>
    <message>
        <source>X-GitHub-Event: the event name (%1); the payload&apos;s &quot;action&quot; says what happened.</source>
        <translation>X-GitHub-Event: el nombre del evento (%1); el campo &quot;action&quot; de la carga útil dice qué ocurrió.</translation>
    </message>
    <message>
        <source>Stripe-Signature: t = Unix time, v1 = hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;body&gt;&quot; keyed with the whole whsec_ secret; one v1 per active secret.</source>
        <translation>Stripe-Signature: t = hora Unix, v1 = HMAC-SHA256 en hexadecimal de &quot;&lt;t&gt;.&lt;body&gt;&quot; con el secreto whsec_ completo como clave; un v1 por secreto activo.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a Unix time</source>
        <translation>webhook-timestamp no es una hora Unix</translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s from now (tolerance %2 s)</source>
        <translation>webhook-timestamp está a %1 s de ahora (tolerancia %2 s)</translation>
    </message>
    <message>
        <source>webhook-signature entry %1 matches</source>
        <translation>la entrada %1 de webhook-signature coincide</translation>
    </message>
    <message>
        <source>no v1 entry of webhook-signature matches this secret</source>
        <translation>ninguna entrada v1 de webhook-signature coincide con este secreto</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 matches</source>
        <translation>X-Hub-Signature-256 coincide</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match</source>
        <translation>X-Hub-Signature-256 no coincide</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) matches</source>
        <translation>X-Hub-Signature (SHA-1) coincide</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) does not match</source>
        <translation>X-Hub-Signature (SHA-1) no coincide</translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=)</source>
        <translation>Stripe-Signature no tiene marca de tiempo (t=)</translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature</source>
        <translation>Stripe-Signature no tiene firma v1</translation>
    </message>
    <message>
        <source>no v1 signature matches this secret</source>
        <translation>ninguna firma v1 coincide con este secreto</translation>
    </message>
    <message>
        <source>signed %1 s ago (tolerance %2 s)</source>
        <translation>firmado hace %1 s (tolerancia %2 s)</translation>
    </message>
    <message>
        <source>Stripe-Signature v1 matches</source>
        <translation>Stripe-Signature v1 coincide</translation>
    </message>
    <message>
        <source>%1 is not a Unix time</source>
        <translation>%1 no es una hora Unix</translation>
    </message>
    <message>
        <source>%1 is %2 s from now (tolerance %3 s)</source>
        <translation>%1 está a %2 s de ahora (tolerancia %3 s)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincide</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 no coincide</translation>
    </message>
    <message>
        <source>no signature expected</source>
        <translation>no se espera firma</translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>«%1» es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot read the workspace “%1”: %2</source>
        <translation>No se puede leer el espacio de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Hookbench workspace: it is not an SQLite database, or it is damaged. The file was left as it is.</source>
        <translation>«%1» no es un espacio de trabajo de Hookbench: no es una base de datos SQLite o está dañada. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (its size does not match its page size). The file was left as it is; restore it from a backup or choose another workspace.</source>
        <translation>El espacio de trabajo «%1» está dañado (su tamaño no cuadra con su tamaño de página). El archivo no se ha modificado; restáurelo desde una copia de seguridad o elija otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Hookbench workspace. The file was left as it is.</source>
        <translation>«%1» es una base de datos SQLite de otra aplicación, no un espacio de trabajo de Hookbench. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer version of Hookbench (schema %2; this version reads up to %3). Update Hookbench to open it. The file was left as it is.</source>
        <translation>El espacio de trabajo «%1» lo escribió una versión más reciente de Hookbench (esquema %2; esta versión lee hasta el %3). Actualice Hookbench para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>No se puede abrir el espacio de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read (%2). The file was left as it is.</source>
        <translation>El espacio de trabajo «%1» está dañado y no se puede leer (%2). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Hookbench (schema %1; this version reads up to %2).</source>
        <translation>El espacio de trabajo lo escribió una versión más reciente de Hookbench (esquema %1; esta versión lee hasta el %2).</translation>
    </message>
    <message>
        <source>The file holds tables but is not a Hookbench workspace; it was left as it is.</source>
        <translation>El archivo contiene tablas pero no es un espacio de trabajo de Hookbench; no se ha modificado.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>Falló la actualización del espacio de trabajo al esquema %1: %2</translation>
    </message>
    <message>
        <source>Could not save the event type: %1</source>
        <translation>No se pudo guardar el tipo de evento: %1</translation>
    </message>
    <message>
        <source>Could not save the endpoint: %1</source>
        <translation>No se pudo guardar el endpoint: %1</translation>
    </message>
    <message>
        <source>Could not save the receiver: %1</source>
        <translation>No se pudo guardar el receptor: %1</translation>
    </message>
    <message>
        <source>Could not save the schedule: %1</source>
        <translation>No se pudo guardar la programación: %1</translation>
    </message>
    <message>
        <source>Could not save the setting: %1</source>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
    <message>
        <source>An event type named “%1” already exists; choose another name.</source>
        <translation>Ya existe un tipo de evento llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists; choose another name.</source>
        <translation>Ya existe un endpoint llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>A receiver named “%1” already exists; choose another name.</source>
        <translation>Ya existe un receptor llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no event type with id %1.</source>
        <translation>No hay ningún tipo de evento con el id %1.</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>No hay ningún endpoint con el id %1.</translation>
    </message>
    <message>
        <source>There is no receiver with id %1.</source>
        <translation>No hay ningún receptor con el id %1.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>No hay ninguna programación con el id %1.</translation>
    </message>
    <message>
        <source>Schedule %1 fires “%2”; remove or change it first.</source>
        <translation>La programación %1 dispara «%2»; elimínela o cámbiela primero.</translation>
    </message>
    <message>
        <source>Schedules %1 fire “%2”; remove or change them first.</source>
        <translation>Las programaciones %1 disparan «%2»; elimínelas o cámbielas primero.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::Activity</name>
    <message>
        <source>hook %1</source>
        <translation>hook %1</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 falló con HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 refused with HTTP %2: %3</source>
        <translation>%1 rechazado con HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondido con HTTP %2</translation>
    </message>
    <message>
        <source>Test of hook %1: not subscribed to push, so nothing was sent</source>
        <translation>Prueba del hook %1: no está suscrito a push, así que no se envió nada</translation>
    </message>
    <message>
        <source>Test of hook %1: sent the latest push</source>
        <translation>Prueba del hook %1: se envió el último push</translation>
    </message>
    <message numerus="yes">
        <source>Published %1: the content went to %n subscriber(s)</source>
        <translation>
            <numerusform>%1 publicado: el contenido se envió a %n suscriptor</numerusform>
            <numerusform>%1 publicado: el contenido se envió a %n suscriptores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::ManagementServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>Intent verification failed: %1 could not be reached (%2)</source>
        <translation>Falló la verificación de intención: no se pudo contactar con %1 (%2)</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 instead of echoing hub.challenge</source>
        <translation>Verificación de intención rechazada: %1 respondió %2 en lugar de devolver hub.challenge</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 without echoing hub.challenge</source>
        <translation>Verificación de intención rechazada: %1 respondió %2 sin devolver hub.challenge</translation>
    </message>
    <message>
        <source>Intent verification confirmed by %1, but the subscription could not be saved: %2</source>
        <translation>Verificación de intención confirmada por %1, pero no se pudo guardar la suscripción: %2</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 subscribed to %2 for %3 s</source>
        <translation>Verificación de intención confirmada: %1 suscrito a %2 durante %3 s</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 unsubscribed from %2</source>
        <translation>Verificación de intención confirmada: %1 canceló la suscripción a %2</translation>
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
        <translation>Genérica</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>URL or hook</source>
        <translation>URL o hook</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ApiPage</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Serve the subscription APIs on this computer (loopback only)</source>
        <translation>&amp;Servir las API de suscripción en este equipo (solo loopback)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point your application here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Apunte su aplicación aquí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>WebSub %1 confirmed by %2</source>
        <translation>WebSub %1 confirmada por %2</translation>
    </message>
    <message>
        <source>WebSub %1 refused by %2: %3</source>
        <translation>WebSub %1 rechazada por %2: %3</translation>
    </message>
    <message>
        <source>Cannot serve the APIs: %1</source>
        <translation>No se pueden servir las API: %1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Sin servir</translation>
    </message>
    <message>
        <source>Subscription APIs</source>
        <translation>API de suscripción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (registrations, refusals and WebSub verifications)</source>
        <translation>&lt;b&gt;Actividad reciente&lt;/b&gt; (registros, rechazos y verificaciones de WebSub)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Applications register their webhooks here as they would with the provider; Hookbench then delivers to them as the provider does, and every delivery appears in the Deliveries section. Every request needs the token, as &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the API base URL (Octokit: &lt;code&gt;baseUrl&lt;/code&gt;; Enterprise clients: the server URL). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; creates a hook and sends &lt;code&gt;ping&lt;/code&gt;; list, edit, delete, ping, test (the latest push) and redeliver work as on GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the root URL (google-api clients: &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; opens a channel and sends &lt;code&gt;sync&lt;/code&gt;; &lt;code&gt;channels.stop&lt;/code&gt; ends it. Channels expire.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; — advertise the hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;. Subscriptions take effect once the callback echoes &lt;code&gt;hub.challenge&lt;/code&gt;; topics ending in &lt;code&gt;/topics/EVENT&lt;/code&gt; receive that event type, any other topic every event. Leases expire. Publishers ping it with &lt;code&gt;hub.mode=publish&lt;/code&gt; and &lt;code&gt;hub.url&lt;/code&gt;; the topic&apos;s newest event goes to its subscribers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anything else&lt;/b&gt; — &lt;code&gt;POST %1/hooks&lt;/code&gt; with &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;When a registration fails, &lt;b&gt;Recent activity&lt;/b&gt; below says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las aplicaciones registran aquí sus webhooks como lo harían con el proveedor; Hookbench les entrega después como lo hace el proveedor, y cada entrega aparece en la sección Entregas. Cada petición necesita el token, como &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt;: use &lt;code&gt;%1&lt;/code&gt; como URL base de la API (Octokit: &lt;code&gt;baseUrl&lt;/code&gt;; clientes Enterprise: la URL del servidor). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; crea un hook y envía &lt;code&gt;ping&lt;/code&gt;; listar, editar, eliminar, ping, probar (el último push) y volver a entregar funcionan como en GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt;: use &lt;code&gt;%1&lt;/code&gt; como URL raíz (clientes google-api: &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; abre un canal y envía &lt;code&gt;sync&lt;/code&gt;; &lt;code&gt;channels.stop&lt;/code&gt; lo cierra. Los canales caducan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt;: anuncie el hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;. Las suscripciones se activan en cuanto el callback devuelve &lt;code&gt;hub.challenge&lt;/code&gt;; los topics que terminan en &lt;code&gt;/topics/EVENT&lt;/code&gt; reciben ese tipo de evento, cualquier otro topic recibe todos los eventos. Las concesiones caducan. Los publicadores le hacen ping con &lt;code&gt;hub.mode=publish&lt;/code&gt; y &lt;code&gt;hub.url&lt;/code&gt;; el evento más reciente del topic va a sus suscriptores.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cualquier otra cosa&lt;/b&gt;: &lt;code&gt;POST %1/hooks&lt;/code&gt; con &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Cuando un registro falla, &lt;b&gt;Actividad reciente&lt;/b&gt;, más abajo, indica el motivo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::AttemptModel</name>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3</source>
        <translation>Intento %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::BodyView</name>
    <message>
        <source>Pretty</source>
        <translation>Formateado</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>JSON sangrado con colores</translation>
    </message>
    <message>
        <source>The body as it was sent</source>
        <translation>El cuerpo tal como se envió</translation>
    </message>
    <message>
        <source>Bytes in hexadecimal</source>
        <translation>Bytes en hexadecimal</translation>
    </message>
    <message>
        <source>Copy the body</source>
        <translation>Copiar el cuerpo</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Sin cuerpo</translation>
    </message>
    <message>
        <source> · JSON</source>
        <translation> · JSON</translation>
    </message>
    <message>
        <source> · binary</source>
        <translation> · binario</translation>
    </message>
    <message>
        <source>Shown as raw text: JSON bodies over 2 MB are not pretty-printed.</source>
        <translation>Se muestra como texto sin formato: los cuerpos JSON de más de 2 MB no se formatean.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureDetails</name>
    <message>
        <source>Select a captured request to see it whole.</source>
        <translation>Seleccione una petición capturada para verla completa.</translation>
    </message>
    <message>
        <source>answered %1 %2</source>
        <translation>respondida con %1 %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · from %4 · %5</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · desde %4 · %5</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;No verification secret configured: signatures were not checked. Add the sender&apos;s secret in the receiver&apos;s settings.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;No hay secreto de verificación configurado: las firmas no se comprobaron. Añada el secreto del remitente en los ajustes del receptor.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ válida</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <source>&lt;div&gt;Forwarded to %1: &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;Reenviada a %1: &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;A provider handshake: answered automatically and not verified, since handshakes are not signed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Un handshake de proveedor: respondido automáticamente y sin verificar, porque los handshakes no van firmados.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Not verified when captured: the receiver had no verification secret when this request arrived. Requests received since then are checked.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;No verificada al capturarla: el receptor no tenía secreto de verificación cuando llegó esta solicitud. Las solicitudes recibidas desde entonces se verifican.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureModel</name>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>válida (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveriesPage</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Aún no hay entregas</translation>
    </message>
    <message>
        <source>Every event you trigger is delivered to the endpoints that subscribe to it, and each delivery shows up here live: its state, every attempt, the request sent and the response received.</source>
        <translation>Cada evento que dispara se entrega a los endpoints suscritos a él, y cada entrega aparece aquí en directo: su estado, cada intento, la petición enviada y la respuesta recibida.</translation>
    </message>
    <message>
        <source>No deliveries match</source>
        <translation>Ninguna entrega coincide</translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters.</source>
        <translation>Nada en el registro coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Search id, URL, headers, body…</source>
        <translation>Buscar id, URL, cabeceras, cuerpo…</translation>
    </message>
    <message>
        <source>Words are matched in the delivery id, event type, URLs, headers and bodies, also as word beginnings (Ctrl+F)</source>
        <translation>Las palabras se buscan en el id de entrega, el tipo de evento, las URL, las cabeceras y los cuerpos, también como comienzos de palabra (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show only deliveries in these states</source>
        <translation>Mostrar solo las entregas en estos estados</translation>
    </message>
    <message>
        <source>Show only deliveries of this event type</source>
        <translation>Mostrar solo las entregas de este tipo de evento</translation>
    </message>
    <message>
        <source>Show only deliveries to this endpoint</source>
        <translation>Mostrar solo las entregas a este endpoint</translation>
    </message>
    <message>
        <source>Show only deliveries created in this period</source>
        <translation>Mostrar solo las entregas creadas en este periodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Show only deliveries whose last response had this HTTP status</source>
        <translation>Mostrar solo las entregas cuya última respuesta tuvo este estado HTTP</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nueva — mostrar</numerusform>
            <numerusform>%n nuevas — mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Trigger an event</source>
        <translation>Disparar un evento</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Volver a entregar</translation>
    </message>
    <message>
        <source>Send the selected deliveries once more, with the same delivery id (Ctrl+R)</source>
        <translation>Enviar otra vez las entregas seleccionadas, con el mismo id de entrega (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;play event</source>
        <translation>&amp;Repetir evento</translation>
    </message>
    <message>
        <source>Trigger the selected delivery&apos;s event again: new deliveries to today&apos;s subscribers (Ctrl+Shift+R)</source>
        <translation>Disparar de nuevo el evento de la entrega seleccionada: nuevas entregas a los suscriptores actuales (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>&amp;Stop retrying</source>
        <translation>&amp;Dejar de reintentar</translation>
    </message>
    <message>
        <source>Cancel the waiting retries of the selected deliveries</source>
        <translation>Cancelar los reintentos pendientes de las entregas seleccionadas</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request as a curl command (Ctrl+Shift+C)</source>
        <translation>Copiar la petición del intento seleccionado como comando curl (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Copy delivery &amp;id</source>
        <translation>Copiar el &amp;id de entrega</translation>
    </message>
    <message>
        <source>Export selected as &amp;HAR…</source>
        <translation>Exportar selección como &amp;HAR…</translation>
    </message>
    <message>
        <source>Save the selected deliveries as an HTTP Archive (HAR 1.2) for browser tools</source>
        <translation>Guardar las entregas seleccionadas como archivo HTTP (HAR 1.2) para herramientas del navegador</translation>
    </message>
    <message>
        <source>Export selected as &amp;JSON…</source>
        <translation>Exportar selección como &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the selected deliveries with all their attempts as JSON</source>
        <translation>Guardar las entregas seleccionadas con todos sus intentos como JSON</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>Mostrar panel de de&amp;talles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln entrega</numerusform>
            <numerusform>%Ln entregas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln coincide</numerusform>
            <numerusform>%Ln coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Todos los tipos de evento</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Todos los endpoints</translation>
    </message>
    <message numerus="yes">
        <source>%n redelivery(s) queued</source>
        <translation>
            <numerusform>%n reentrega en cola</numerusform>
            <numerusform>%n reentregas en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event replayed as %1: %n delivery(s)</source>
        <translation>
            <numerusform>Evento repetido como %1: %n entrega</numerusform>
            <numerusform>Evento repetido como %1: %n entregas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped retrying %n delivery(s)</source>
        <translation>
            <numerusform>Se dejó de reintentar %n entrega</numerusform>
            <numerusform>Se dejó de reintentar %n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied attempt %1 as a curl command</source>
        <translation>Intento %1 copiado como comando curl</translation>
    </message>
    <message>
        <source>Export deliveries as HAR</source>
        <translation>Exportar entregas como HAR</translation>
    </message>
    <message>
        <source>Export deliveries as JSON</source>
        <translation>Exportar entregas como JSON</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Archivo HTTP (*.har)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1</source>
        <translation>
            <numerusform>%n entrega exportada a %1</numerusform>
            <numerusform>%n entregas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this event type</source>
        <translation>Solo este tipo de evento</translation>
    </message>
    <message>
        <source>Only this endpoint</source>
        <translation>Solo este endpoint</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>E&amp;ntrega</translation>
    </message>
    <message>
        <source>Showing the deliveries of one event; click to see them all</source>
        <translation>Se muestran las entregas de un evento; haga clic para verlas todas</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryDetails</name>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>#%1  %2  ·  %3</source>
        <translation>#%1  %2  ·  %3</translation>
    </message>
    <message>
        <source>  ·  +%1 after #%2</source>
        <translation>  ·  +%1 tras #%2</translation>
    </message>
    <message>
        <source>Select a delivery to see its attempts, the request sent and the response received.</source>
        <translation>Seleccione una entrega para ver sus intentos, la petición enviada y la respuesta recibida.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>, next %1</source>
        <translation>, siguiente %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3</source>
        <translation>%1 · %2 · creada %3</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>Esperando para enviarse.</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No attempts.</source>
        <translation>Sin intentos.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d3373c&quot;&gt;No response&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#d3373c&quot;&gt;Sin respuesta&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>&lt;p&gt;This request carries no signature headers: the endpoint does not sign.&lt;/p&gt;&lt;p&gt;Choose a signing scheme in the endpoint&apos;s &lt;i&gt;Signing&lt;/i&gt; tab so receivers can check that requests come from you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta petición no lleva cabeceras de firma: el endpoint no firma.&lt;/p&gt;&lt;p&gt;Elija un esquema de firma en la pestaña &lt;i&gt;Firma&lt;/i&gt; del endpoint para que los receptores puedan comprobar que las peticiones vienen de usted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What each signature header of this attempt means:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Qué significa cada cabecera de firma de este intento:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tal como se envió</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Siguiente reintento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When the event was triggered</source>
        <translation>Cuándo se disparó el evento</translation>
    </message>
    <message>
        <source>HTTP status of the last attempt</source>
        <translation>Estado HTTP del último intento</translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation>Duración del último intento</translation>
    </message>
    <message>
        <source>When the next attempt is due</source>
        <translation>Cuándo toca el siguiente intento</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointEditor</name>
    <message>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>e.g. billing service</source>
        <translation>p. ej. servicio de facturación</translation>
    </message>
    <message>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <source>Enabled — deliver events to this endpoint</source>
        <translation>Activado: entregar eventos a este endpoint</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>Todos los tipos de evento (*)</translation>
    </message>
    <message>
        <source>The event types this endpoint receives</source>
        <translation>Los tipos de evento que recibe este endpoint</translation>
    </message>
    <message>
        <source>More patterns, e.g. issues.*, pull_request.*</source>
        <translation>Más patrones, p. ej. issues.*, pull_request.*</translation>
    </message>
    <message>
        <source>Wildcards: issues.* matches every type that starts with issues.</source>
        <translation>Comodines: issues.* coincide con todo tipo que empiece por issues.</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (payload=…, as GitHub&apos;s form content type)</source>
        <translation>Formulario (payload=…, como el tipo de contenido de formulario de GitHub)</translation>
    </message>
    <message>
        <source>Stop delivering at</source>
        <translation>Dejar de entregar el</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Cuerpo</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>Ca&amp;duca</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Sent with every delivery, before the signature headers. Hookbench sets Content-Type, User-Agent and the signing headers itself.</source>
        <translation>Se envían con cada entrega, antes de las cabeceras de firma. Hookbench pone por sí mismo Content-Type, User-Agent y las cabeceras de firma.</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>No firmar</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Add a secret for rotation</source>
        <translation>Añadir un secreto para la rotación</translation>
    </message>
    <message>
        <source>Generate another secret: while both are active every request carries both signatures, so receivers can switch without missing one</source>
        <translation>Generar otro secreto: mientras ambos estén activos cada petición lleva las dos firmas, así los receptores pueden cambiar sin perder ninguna</translation>
    </message>
    <message>
        <source>Every secret signs each request. To rotate, add a new one, update the receiver, then remove the old one.</source>
        <translation>Cada secreto firma cada petición. Para rotar, añada uno nuevo, actualice el receptor y luego quite el antiguo.</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>HMAC personalizado</translation>
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
        <translation>p. ej. sha256=</translation>
    </message>
    <message>
        <source>Sign &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; and send the timestamp in</source>
        <translation>Firmar &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; y enviar la marca de tiempo en</translation>
    </message>
    <message>
        <source>Signature header</source>
        <translation>Cabecera de firma</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Also send the legacy X-Hub-Signature (SHA-1)</source>
        <translation>Enviar también el antiguo X-Hub-Signature (SHA-1)</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Copiar el secreto</translation>
    </message>
    <message>
        <source>Replace with a newly generated secret</source>
        <translation>Sustituir por un secreto recién generado</translation>
    </message>
    <message>
        <source>Remove this secret (the end of a rotation)</source>
        <translation>Quitar este secreto (el final de una rotación)</translation>
    </message>
    <message>
        <source>e.g. 15s</source>
        <translation>p. ej. 15s</translation>
    </message>
    <message>
        <source>How long to wait for a response: 500ms, 15s, 1m…</source>
        <translation>Cuánto esperar una respuesta: 500ms, 15s, 1m…</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Plan fijo</translation>
    </message>
    <message>
        <source>Exponential backoff with jitter</source>
        <translation>Espera exponencial con variación aleatoria</translation>
    </message>
    <message>
        <source>Delay before each attempt, from the previous one: the first is normally 0</source>
        <translation>Espera antes de cada intento, desde el anterior: la primera suele ser 0</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Primera espera</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Retry 4xx answers too (normally final, except 408 and 429)</source>
        <translation>Reintentar también las respuestas 4xx (normalmente definitivas, salvo 408 y 429)</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Seguir redirecciones</translation>
    </message>
    <message>
        <source>Requests to this endpoint in flight at once</source>
        <translation>Peticiones simultáneas a este endpoint</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Disable the endpoint after this many failed deliveries in a row</source>
        <translation>Desactivar el endpoint tras este número de entregas fallidas seguidas</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>Verificar certificados TLS</translation>
    </message>
    <message>
        <source>HTTP/2 without TLS (prior knowledge)</source>
        <translation>HTTP/2 sin TLS (prior knowledge)</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Tiempo de espera</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>&amp;Reintentos</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>&amp;Concurrencia</translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation>&amp;Límite de tasa</translation>
    </message>
    <message>
        <source>Circuit &amp;breaker</source>
        <translation>Cortacirc&amp;uitos</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Disabled by Hookbench: %1</source>
        <translation>Desactivado por Hookbench: %1</translation>
    </message>
    <message>
        <source>Write a duration such as 15s or 500ms.</source>
        <translation>Escriba una duración como 15s o 500ms.</translation>
    </message>
    <message>
        <source>Write delays such as 0s, 5s, 5m, 30m.</source>
        <translation>Escriba esperas como 0s, 5s, 5m, 30m.</translation>
    </message>
    <message>
        <source>First delay: %1</source>
        <translation>Primera espera: %1</translation>
    </message>
    <message>
        <source>Longest delay: %1</source>
        <translation>Espera más larga: %1</translation>
    </message>
    <message>
        <source>Save the endpoint (Ctrl+S)</source>
        <translation>Guardar el endpoint (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Corrija los campos marcados para guardar</translation>
    </message>
    <message>
        <source>Deliver a test event to this endpoint now</source>
        <translation>Entregar ahora un evento de prueba a este endpoint</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>Guarde primero el endpoint</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointModel</name>
    <message>
        <source>No finished deliveries yet</source>
        <translation>Aún no hay entregas terminadas</translation>
    </message>
    <message numerus="yes">
        <source>Last %n deliveries, average %1</source>
        <translation>
            <numerusform>Última entrega, media %1</numerusform>
            <numerusform>Últimas %n entregas, media %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Desactivado: %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Latency of the recent deliveries; red marks failures</source>
        <translation>Latencia de las entregas recientes; el rojo marca fallos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointsPage</name>
    <message>
        <source>No endpoints yet</source>
        <translation>Aún no hay endpoints</translation>
    </message>
    <message>
        <source>An endpoint is a URL that receives the event types it subscribes to, signed and retried the way you choose. Point one at your handler, or at one of Hookbench&apos;s receivers to see exactly what gets sent.</source>
        <translation>Un endpoint es una URL que recibe los tipos de evento a los que se suscribe, firmados y reintentados como usted elija. Apunte uno a su manejador, o a uno de los receptores de Hookbench para ver exactamente qué se envía.</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrar endpoints</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>New from &amp;preset…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: event types and an endpoint sent to the way the provider sends</source>
        <translation>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: tipos de evento y un endpoint al que se envía como lo hace el proveedor</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Enviar p&amp;rueba</translation>
    </message>
    <message>
        <source>Deliver a test event to the selected endpoint (Ctrl+Enter)</source>
        <translation>Entregar un evento de prueba al endpoint seleccionado (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Show &amp;deliveries</source>
        <translation>Mostrar &amp;entregas</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this endpoint</source>
        <translation>Abrir el registro de entregas filtrado por este endpoint</translation>
    </message>
    <message>
        <source>New endpoint (Ctrl+N)</source>
        <translation>Nuevo endpoint (Ctrl+N)</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nuevo endpoint</translation>
    </message>
    <message>
        <source>From a provider preset…</source>
        <translation>Desde una plantilla de proveedor…</translation>
    </message>
    <message>
        <source>Select an endpoint to see its activity and edit it, or press Ctrl+N to add one.</source>
        <translation>Seleccione un endpoint para ver su actividad y editarlo, o pulse Ctrl+N para añadir uno.</translation>
    </message>
    <message>
        <source>Unsaved endpoint</source>
        <translation>Endpoint sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>Preset not applied</source>
        <translation>Plantilla no aplicada</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>Endpoint %1 creado</translation>
    </message>
    <message numerus="yes">
        <source> and %n event type(s)</source>
        <translation>
            <numerusform> y %n tipo de evento</numerusform>
            <numerusform> y %n tipos de evento</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved endpoint %1</source>
        <translation>Endpoint %1 guardado</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Eliminar endpoint</translation>
    </message>
    <message>
        <source>Delete “%1”? Deliveries waiting for it are not sent; past deliveries stay in the log.</source>
        <translation>¿Eliminar «%1»? Las entregas que lo esperan no se envían; las entregas pasadas siguen en el registro.</translation>
    </message>
    <message>
        <source>Deleted endpoint %1</source>
        <translation>Endpoint %1 eliminado</translation>
    </message>
    <message>
        <source>Test delivery from Hookbench</source>
        <translation>Entrega de prueba desde Hookbench</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source> (not retried)</source>
        <translation> (sin reintentar)</translation>
    </message>
    <message>
        <source>E&amp;ndpoint</source>
        <translation>End&amp;point</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeEditor</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Trigger…</source>
        <translation>Disparar…</translation>
    </message>
    <message>
        <source>e.g. invoice.paid</source>
        <translation>p. ej. invoice.paid</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores; dots group types (issues.opened)</source>
        <translation>Letras, dígitos, puntos, guiones y guiones bajos; los puntos agrupan tipos (issues.opened)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Qué ocurrió, en pocas palabras</translation>
    </message>
    <message>
        <source>JSON sent as the payload. Placeholders: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</source>
        <translation>JSON enviado como carga útil. Marcadores: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</translation>
    </message>
    <message>
        <source>Indent the template (when it is plain JSON)</source>
        <translation>Sangrar la plantilla (si es JSON simple)</translation>
    </message>
    <message>
        <source>Save the event type (Ctrl+S)</source>
        <translation>Guardar el tipo de evento (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open the trigger section with this event type</source>
        <translation>Abrir la sección de disparo con este tipo de evento</translation>
    </message>
    <message>
        <source>Placeholders: &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</source>
        <translation>Marcadores: &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Payload &amp;template</source>
        <translation>&amp;Plantilla de carga útil</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>Corrija los mensajes de arriba para guardar</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>Plantilla de carga útil</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypesPage</name>
    <message>
        <source>No event types yet</source>
        <translation>Aún no hay tipos de evento</translation>
    </message>
    <message>
        <source>An event type names something that happens in your application, like &lt;b&gt;invoice.paid&lt;/b&gt;, with the JSON payload its webhooks carry. Define one, then add an endpoint that subscribes to it.</source>
        <translation>Un tipo de evento nombra algo que ocurre en su aplicación, como &lt;b&gt;invoice.paid&lt;/b&gt;, con la carga útil JSON que llevan sus webhooks. Defina uno y luego añada un endpoint que se suscriba a él.</translation>
    </message>
    <message>
        <source>Filter event types</source>
        <translation>Filtrar tipos de evento</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Nuevo tipo de evento</translation>
    </message>
    <message>
        <source>Select an event type to edit it, or press Ctrl+N to define a new one.</source>
        <translation>Seleccione un tipo de evento para editarlo, o pulse Ctrl+N para definir uno nuevo.</translation>
    </message>
    <message>
        <source>Unsaved event type</source>
        <translation>Tipo de evento sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>Corrija primero los mensajes de arriba.</translation>
    </message>
    <message>
        <source>Saved event type %1</source>
        <translation>Tipo de evento %1 guardado</translation>
    </message>
    <message>
        <source>Delete event type</source>
        <translation>Eliminar tipo de evento</translation>
    </message>
    <message>
        <source>Delete “%1”? Its past deliveries stay in the log.</source>
        <translation>¿Eliminar «%1»? Sus entregas pasadas siguen en el registro.</translation>
    </message>
    <message>
        <source>Deleted event type %1</source>
        <translation>Tipo de evento %1 eliminado</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? %n schedule(s) fire it and cannot fire without it: %2. Its past deliveries stay in the log.</source>
        <translation>
            <numerusform>¿Eliminar «%1»? %n programación lo dispara y no podrá dispararse sin él: %2. Sus entregas pasadas se quedan en el registro.</numerusform>
            <numerusform>¿Eliminar «%1»? %n programaciones lo disparan y no podrán dispararse sin él: %2. Sus entregas pasadas se quedan en el registro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::Format</name>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 bytes más sin mostrar</translation>
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
        <translation>ahora</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>al instante</translation>
    </message>
    <message>
        <source>right away</source>
        <translation>enseguida</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>en menos de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>tras %1</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>  (by %1 after the event)</source>
        <translation>  (antes de %1 tras el evento)</translation>
    </message>
    <message>
        <source>  (%1 after the event)</source>
        <translation>  (%1 tras el evento)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HeaderModel</name>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>Cabecera %1: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HttpMessageView</name>
    <message>
        <source>Right-click to copy a header or its value</source>
        <translation>Clic derecho para copiar una cabecera o su valor</translation>
    </message>
    <message>
        <source>Copy “%1: …”</source>
        <translation>Copiar «%1: …»</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy all headers</source>
        <translation>Copiar todas las cabeceras</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::LatencyChart</name>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message numerus="yes">
        <source>last %n · p50 %1 · p95 %2</source>
        <translation>
            <numerusform>última · p50 %1 · p95 %2</numerusform>
            <numerusform>últimas %n · p50 %1 · p95 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>aún no hay entregas terminadas</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>&amp;Acerca de Hookbench</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>Acerca de Hookbench</translation>
    </message>
    <message>
        <source>%1 — Hookbench</source>
        <translation>%1 — Hookbench</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Receivers not started: %1</source>
        <translation>Receptores no iniciados: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Create an item in the current section (Ctrl+N)</source>
        <translation>Crear un elemento en la sección actual (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the event in Trigger, or a test to the endpoint in Endpoints (Ctrl+Enter)</source>
        <translation>Enviar el evento de Disparar, o una prueba al endpoint de Endpoints (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the current section again from the workspace (F5)</source>
        <translation>Volver a leer la sección actual del espacio de trabajo (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Filter the current list (Ctrl+F)</source>
        <translation>Filtrar la lista actual (Ctrl+F)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Horas en &amp;UTC</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;A native workbench for building and testing webhook integrations.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;Un banco de trabajo nativo para crear y probar integraciones de webhooks.&lt;/p&gt;&lt;p&gt;Espacio de trabajo: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Click a URL to copy it</source>
        <translation>Haga clic en una URL para copiarla</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiada</translation>
    </message>
    <message>
        <source>Deliveries that succeeded among those that finished in the last minute</source>
        <translation>Entregas completadas entre las que terminaron en el último minuto</translation>
    </message>
    <message>
        <source>No receiver running</source>
        <translation>Ningún receptor en marcha</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in flight · %1 retrying · %2 pending</source>
        <translation>
            <numerusform>%Ln en curso · %1 reintentando · %2 pendientes</numerusform>
            <numerusform>%Ln en curso · %1 reintentando · %2 pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% succeeded (last minute)</source>
        <translation>%1 % completadas (último minuto)</translation>
    </message>
    <message>
        <source>— succeeded (last minute)</source>
        <translation>— completadas (último minuto)</translation>
    </message>
    <message>
        <source>Not saved to the workspace (%1): %2</source>
        <translation>No guardado en el espacio de trabajo (%1): %2</translation>
    </message>
    <message>
        <source>Schedule %1 (%2) could not fire: %3</source>
        <translation>La programación %1 (%2) no pudo dispararse: %3</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>Ninguna programación se dispara desde esta ventana: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::PresetDialog</name>
    <message>
        <source>New endpoint from a provider preset</source>
        <translation>Nuevo endpoint desde una plantilla de proveedor</translation>
    </message>
    <message>
        <source>Where your handler listens, e.g. http://localhost:3000/webhooks</source>
        <translation>Dónde escucha su manejador, p. ej. http://localhost:3000/webhooks</translation>
    </message>
    <message>
        <source>The preset&apos;s name</source>
        <translation>El nombre de la plantilla</translation>
    </message>
    <message>
        <source>Generated in the provider&apos;s format when empty</source>
        <translation>Se genera en el formato del proveedor si está vacío</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secreto</translation>
    </message>
    <message>
        <source>Event types: %1</source>
        <translation>Tipos de evento: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverEditor</name>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Fail the first N requests</source>
        <translation>Hacer fallar las N primeras peticiones</translation>
    </message>
    <message>
        <source>Fail a share of requests</source>
        <translation>Hacer fallar una parte de las peticiones</translation>
    </message>
    <message>
        <source>Rate limit (429)</source>
        <translation>Límite de tasa (429)</translation>
    </message>
    <message>
        <source>Never answer (timeout)</source>
        <translation>No responder nunca (tiempo agotado)</translation>
    </message>
    <message>
        <source>Close mid-response</source>
        <translation>Cerrar a mitad de la respuesta</translation>
    </message>
    <message>
        <source>Start when Hookbench starts</source>
        <translation>Iniciar al arrancar Hookbench</translation>
    </message>
    <message>
        <source>Answer provider handshakes (WebSub, CloudEvents, Slack)</source>
        <translation>Responder a los handshakes de proveedores (WebSub, CloudEvents, Slack)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1 keep the receiver on this machine; 0.0.0.0 opens it to the network and then needs an access token</source>
        <translation>127.0.0.1 o ::1 mantienen el receptor en esta máquina; 0.0.0.0 lo abre a la red y entonces necesita un token de acceso</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Needed when listening beyond this machine</source>
        <translation>Necesario al escuchar más allá de esta máquina</translation>
    </message>
    <message>
        <source>Generate a token</source>
        <translation>Generar un token</translation>
    </message>
    <message>
        <source>Optional: also send every request on to this URL</source>
        <translation>Opcional: reenviar también cada petición a esta URL</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Token de acceso</translation>
    </message>
    <message>
        <source>&amp;Forward to</source>
        <translation>&amp;Reenviar a</translation>
    </message>
    <message>
        <source>Largest &amp;body</source>
        <translation>Cuerpo &amp;máximo</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Reglas de respuesta</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Añadir una regla</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Quitar la regla</translation>
    </message>
    <message>
        <source>Match earlier</source>
        <translation>Comprobar antes</translation>
    </message>
    <message>
        <source>Match later</source>
        <translation>Comprobar después</translation>
    </message>
    <message>
        <source>The first rule that matches a request answers it; without a match the answer is 200 {&quot;ok&quot;:true}.</source>
        <translation>La primera regla que coincide con una petición la responde; sin coincidencia la respuesta es 200 {&quot;ok&quot;:true}.</translation>
    </message>
    <message>
        <source>* matches within a path segment, ** across segments: /hooks/**</source>
        <translation>* coincide dentro de un segmento de ruta, ** a través de segmentos: /hooks/**</translation>
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
        <translation>Añadir una cabecera de respuesta</translation>
    </message>
    <message>
        <source>Placeholders: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</source>
        <translation>Marcadores: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>after</source>
        <translation>tras</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primeras</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>Verificación de firmas</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Añadir un secreto</translation>
    </message>
    <message>
        <source>How far a signed timestamp may be from now</source>
        <translation>Cuánto puede alejarse de ahora una marca de tiempo firmada</translation>
    </message>
    <message>
        <source>Answer 401 when no secret verifies the request</source>
        <translation>Responder 401 cuando ningún secreto verifica la petición</translation>
    </message>
    <message>
        <source>Each request is checked against every secret; the verdicts show in the captured list.</source>
        <translation>Cada petición se comprueba con cada secreto; los veredictos aparecen en la lista de capturas.</translation>
    </message>
    <message>
        <source>Timestamp tolerance</source>
        <translation>Tolerancia de marca de tiempo</translation>
    </message>
    <message>
        <source>The sender&apos;s signing secret</source>
        <translation>El secreto de firma del remitente</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>Quitar este secreto</translation>
    </message>
    <message>
        <source>Save the receiver (Ctrl+S)</source>
        <translation>Guardar el receptor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>Corrija los mensajes de arriba para guardar</translation>
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
        <translation>Envíe los webhooks a esta URL</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Inicie el receptor para obtener su URL</translation>
    </message>
    <message>
        <source>%1, any free port</source>
        <translation>%1, cualquier puerto libre</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiversPage</name>
    <message>
        <source>No receivers yet</source>
        <translation>Aún no hay receptores</translation>
    </message>
    <message>
        <source>A receiver is a local HTTP endpoint that captures every request sent to it, checks its signature and answers the way you tell it to — healthy, slow, or failing on purpose. Point an endpoint, a provider&apos;s CLI or your own sender at it.</source>
        <translation>Un receptor es un endpoint HTTP local que captura cada petición que se le envía, comprueba su firma y responde como usted le indique: sano, lento o fallando a propósito. Apunte a él un endpoint, la CLI de un proveedor o su propio emisor.</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Captured requests</source>
        <translation>Peticiones capturadas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start or stop the selected receiver (Ctrl+Shift+L)</source>
        <translation>Iniciar o detener el receptor seleccionado (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>Copy the URL to send webhooks to</source>
        <translation>Copiar la URL a la que enviar webhooks</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Copiar la petición seleccionada como comando curl</translation>
    </message>
    <message>
        <source>&amp;Forward to…</source>
        <translation>&amp;Reenviar a…</translation>
    </message>
    <message>
        <source>Send the selected request, as captured, to another URL</source>
        <translation>Enviar la petición seleccionada, tal como se capturó, a otra URL</translation>
    </message>
    <message>
        <source>Replay to &amp;endpoint…</source>
        <translation>Repetir hacia un &amp;endpoint…</translation>
    </message>
    <message>
        <source>Trigger the selected request&apos;s body as an event to one of your endpoints</source>
        <translation>Disparar el cuerpo de la petición seleccionada como evento hacia uno de sus endpoints</translation>
    </message>
    <message>
        <source>C&amp;lear captured requests</source>
        <translation>&amp;Vaciar peticiones capturadas</translation>
    </message>
    <message>
        <source>New receiver (Ctrl+N)</source>
        <translation>Nuevo receptor (Ctrl+N)</translation>
    </message>
    <message>
        <source>Requests appear here as they arrive.</source>
        <translation>Las peticiones aparecen aquí a medida que llegan.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Select a receiver, or press Ctrl+N to add one.</source>
        <translation>Seleccione un receptor, o pulse Ctrl+N para añadir uno.</translation>
    </message>
    <message>
        <source>Create and start a receiver</source>
        <translation>Crear e iniciar un receptor</translation>
    </message>
    <message>
        <source>New receiver…</source>
        <translation>Nuevo receptor…</translation>
    </message>
    <message>
        <source>the forward target</source>
        <translation>el destino del reenvío</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Unsaved receiver</source>
        <translation>Receptor sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>Corrija primero los mensajes de arriba.</translation>
    </message>
    <message>
        <source>Local receiver</source>
        <translation>Receptor local</translation>
    </message>
    <message>
        <source>Local receiver %1</source>
        <translation>Receptor local %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 no pudo iniciarse: %2</translation>
    </message>
    <message>
        <source>%1 listening on %2</source>
        <translation>%1 escuchando en %2</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 detenido: %2</translation>
    </message>
    <message>
        <source>Saved receiver %1</source>
        <translation>Receptor %1 guardado</translation>
    </message>
    <message>
        <source>Delete receiver</source>
        <translation>Eliminar receptor</translation>
    </message>
    <message>
        <source>Delete “%1” and stop it? Its captured requests are deleted too.</source>
        <translation>¿Eliminar «%1» y detenerlo? Sus peticiones capturadas también se eliminan.</translation>
    </message>
    <message>
        <source>Deleted receiver %1</source>
        <translation>Receptor %1 eliminado</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Receptor detenido</translation>
    </message>
    <message>
        <source>Receiver not started</source>
        <translation>Receptor no iniciado</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiada</translation>
    </message>
    <message>
        <source>Copied the request as a curl command</source>
        <translation>Petición copiada como comando curl</translation>
    </message>
    <message>
        <source>Forward request</source>
        <translation>Reenviar petición</translation>
    </message>
    <message>
        <source>Send the request, as captured, to:</source>
        <translation>Enviar la petición, tal como se capturó, a:</translation>
    </message>
    <message>
        <source>Forwarding to %1…</source>
        <translation>Reenviando a %1…</translation>
    </message>
    <message>
        <source>Replay to endpoint</source>
        <translation>Repetir hacia un endpoint</translation>
    </message>
    <message>
        <source>Only JSON bodies can be replayed as an event. %1</source>
        <translation>Solo los cuerpos JSON pueden repetirse como evento. %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>As event type</source>
        <translation>Como tipo de evento</translation>
    </message>
    <message>
        <source>Add an endpoint first.</source>
        <translation>Añada primero un endpoint.</translation>
    </message>
    <message>
        <source>Replayed as %1 to %2</source>
        <translation>Repetida como %1 hacia %2</translation>
    </message>
    <message>
        <source>Clear captured requests</source>
        <translation>Vaciar peticiones capturadas</translation>
    </message>
    <message>
        <source>Delete every request this receiver captured?</source>
        <translation>¿Eliminar todas las peticiones que capturó este receptor?</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Receptor</translation>
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
        <translation>%1 para las %2 primeras, luego %3</translation>
    </message>
    <message>
        <source>%1 for %2% of requests, else %3</source>
        <translation>%1 para el %2 % de las peticiones, si no %3</translation>
    </message>
    <message>
        <source>429 with Retry-After %1 s</source>
        <translation>429 con Retry-After %1 s</translation>
    </message>
    <message>
        <source>never answers</source>
        <translation>nunca responde</translation>
    </message>
    <message>
        <source>closes mid-response</source>
        <translation>cierra a mitad de la respuesta</translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation> tras %1 ms</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleEditor</name>
    <message>
        <source>Read times and the cron expression in &amp;UTC (otherwise local time)</source>
        <translation>Leer las horas y la expresión cron en &amp;UTC (si no, hora local)</translation>
    </message>
    <message>
        <source>After a restart, fire &amp;once for firings missed meanwhile (otherwise skip them)</source>
        <translation>Tras un reinicio, disparar una ve&amp;z por los disparos perdidos (si no, omitirlos)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>The event type to fire; its payload template is used unless a payload is given below</source>
        <translation>El tipo de evento a disparar; se usa su plantilla de carga útil salvo que abajo se indique una carga útil</translation>
    </message>
    <message>
        <source>Once, at a time</source>
        <translation>Una vez, a una hora</translation>
    </message>
    <message>
        <source>Every interval</source>
        <translation>Cada intervalo</translation>
    </message>
    <message>
        <source>By a cron expression</source>
        <translation>Según una expresión cron</translation>
    </message>
    <message>
        <source>e.g. 30s, 5m, 1h30m</source>
        <translation>p. ej. 30s, 5m, 1h30m</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. */15 9-17 * * MON-FRI</source>
        <translation>minuto hora día-del-mes mes día-de-la-semana, p. ej. */15 9-17 * * MON-FRI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Delay each firing by a random time up to this long</source>
        <translation>Retrasar cada disparo un tiempo aleatorio de hasta esta duración</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Empty: the event type&apos;s payload template</source>
        <translation>Vacío: la plantilla de carga útil del tipo de evento</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>&amp;Tipo de evento</translation>
    </message>
    <message>
        <source>&amp;Fires</source>
        <translation>&amp;Se dispara</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;A las</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Cada</translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation>C&amp;ron</translation>
    </message>
    <message>
        <source>&amp;Jitter</source>
        <translation>&amp;Variación aleatoria</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Límite</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>Ter&amp;mina</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>Car&amp;ga útil</translation>
    </message>
    <message>
        <source>Next firings</source>
        <translation>Próximos disparos</translation>
    </message>
    <message>
        <source>Fix the fields above to see when it fires.</source>
        <translation>Corrija los campos de arriba para ver cuándo se dispara.</translation>
    </message>
    <message>
        <source>Stop firing at</source>
        <translation>Dejar de disparar después de</translation>
    </message>
    <message>
        <source>When it fires; click the arrow for a calendar</source>
        <translation>Cuándo se dispara; haga clic en la flecha para ver un calendario</translation>
    </message>
    <message>
        <source>Without an end time the schedule fires until its limit, or for ever</source>
        <translation>Sin hora de fin, la programación se dispara hasta su límite, o para siempre</translation>
    </message>
    <message>
        <source>No firing after this time; click the arrow for a calendar</source>
        <translation>Ningún disparo después de esta hora; haga clic en la flecha para ver un calendario</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>hora local (%1)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleModel</name>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <source>cron %1 (UTC)</source>
        <translation>cron %1 (UTC)</translation>
    </message>
    <message>
        <source>cron %1 (local time)</source>
        <translation>cron %1 (hora local)</translation>
    </message>
    <message>
        <source>, up to %1 late</source>
        <translation>, hasta %1 de retraso</translation>
    </message>
    <message>
        <source>, at most once</source>
        <translation>, como máximo una vez</translation>
    </message>
    <message>
        <source>, at most %1 times</source>
        <translation>, como máximo %1 veces</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta %1</translation>
    </message>
    <message>
        <source>Sends its own payload instead of the event type&apos;s template</source>
        <translation>Envía su propia carga útil en lugar de la plantilla del tipo de evento</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>Último disparo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Next firing</source>
        <translation>Próximo disparo</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Disparos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The last firing failed: %1</source>
        <translation>El último disparo falló: %1</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Falla</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SchedulesPanel</name>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Nueva programación…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Programaciones</translation>
    </message>
    <message>
        <source>Double-click a schedule to edit it</source>
        <translation>Haga doble clic en una programación para editarla</translation>
    </message>
    <message>
        <source>Fire an event type at a time, every interval or by cron, while this window or &lt;tt&gt;hookbench run&lt;/tt&gt; is running.</source>
        <translation>Dispara un tipo de evento a una hora, cada intervalo o según cron, mientras esta ventana o &lt;tt&gt;hookbench run&lt;/tt&gt; estén en marcha.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Quitar programación</translation>
    </message>
    <message>
        <source>Remove this schedule? It will not fire again.</source>
        <translation>¿Quitar esta programación? No volverá a dispararse.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Schedule for %1 added</source>
        <translation>Programación para %1 añadida</translation>
    </message>
    <message>
        <source>The schedule no longer exists.</source>
        <translation>La programación ya no existe.</translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation>Programación no guardada</translation>
    </message>
    <message>
        <source>A schedule fires one of your event types, and this workspace has none yet. Define an event type first, then add schedules here.</source>
        <translation>Una programación dispara uno de sus tipos de evento, y este espacio de trabajo aún no tiene ninguno. Defina primero un tipo de evento y luego añada programaciones aquí.</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>Definir un tipo de evento</translation>
    </message>
    <message>
        <source>Add a schedule that fires an event type later or repeatedly</source>
        <translation>Añadir una programación que dispare un tipo de evento más tarde o de forma repetida</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first</source>
        <translation>Una programación necesita un tipo de evento: defina uno primero</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first.</source>
        <translation>Una programación necesita un tipo de evento: defina uno primero.</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>Ninguna programación se dispara desde esta ventana: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SettingsDialog</name>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time Hookbench starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Hookbench.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Mostrar las horas en</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SuccessRateChart</name>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>%1% succeeded</source>
        <translation>%1 % completadas</translation>
    </message>
    <message>
        <source>%1 ok · %2 failed · last %3</source>
        <translation>%1 correctas · %2 fallidas · última %3</translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>aún no hay entregas terminadas</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::TriggerPage</name>
    <message>
        <source>Nothing to trigger yet</source>
        <translation>Aún no hay nada que disparar</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Restablecer plantilla</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>The event type to send</source>
        <translation>El tipo de evento que se enviará</translation>
    </message>
    <message>
        <source>Send to every subscribed endpoint, or to one endpoint only</source>
        <translation>Enviar a cada endpoint suscrito, o solo a uno</translation>
    </message>
    <message>
        <source>The payload; placeholders such as {{uuid}} and {{now}} are filled in when it is sent</source>
        <translation>La carga útil; los marcadores como {{uuid}} y {{now}} se rellenan al enviar</translation>
    </message>
    <message>
        <source>What the next send would carry (placeholders filled in)</source>
        <translation>Lo que llevaría el próximo envío (marcadores rellenados)</translation>
    </message>
    <message>
        <source>Send the event now (Ctrl+Enter)</source>
        <translation>Enviar el evento ahora (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Double-click to see the deliveries of an event</source>
        <translation>Doble clic para ver las entregas de un evento</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>&amp;Tipo de evento</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Enviar &amp;a</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>Car&amp;ga útil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Sent from this window</source>
        <translation>Enviados desde esta ventana</translation>
    </message>
    <message>
        <source>Double-click an event to see its deliveries.</source>
        <translation>Haga doble clic en un evento para ver sus entregas.</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Programaciones</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>Definir un tipo de evento</translation>
    </message>
    <message>
        <source>All subscribed endpoints</source>
        <translation>Todos los endpoints suscritos</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>No endpoint receives %1 yet.</source>
        <translation>Ningún endpoint recibe todavía %1.</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>Va a %1.</translation>
    </message>
    <message>
        <source>Skipped (disabled or expired): %1.</source>
        <translation>Omitidos (desactivados o caducados): %1.</translation>
    </message>
    <message>
        <source>Fix the payload first.</source>
        <translation>Corrija primero la carga útil.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n delivery(s) · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 enviado · %n entrega · &lt;a href=&quot;%2&quot;&gt;ver en el registro&lt;/a&gt;</numerusform>
            <numerusform>%1 enviado · %n entregas · &lt;a href=&quot;%2&quot;&gt;ver en el registro&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to: %1</source>
        <translation>No enviado a: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 → %n delivery(s)</source>
        <translation>
            <numerusform>%1  %2 → %n entrega</numerusform>
            <numerusform>%1  %2 → %n entregas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n endpoint(s)</source>
        <translation>
            <numerusform>%1 enviado a %n endpoint</numerusform>
            <numerusform>%1 enviado a %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger &amp; schedules</source>
        <translation>Disparo y programaciones</translation>
    </message>
    <message>
        <source>Triggering sends an event of one of your event types to every endpoint that subscribes to it. Define an event type first. Schedules fire event types too: their list is in the Schedules tab above.</source>
        <translation>Disparar envía un evento de uno de sus tipos de evento a cada endpoint suscrito a él. Defina primero un tipo de evento. Las programaciones también disparan tipos de evento: su lista está en la pestaña Programaciones, arriba.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Validation</name>
    <message>
        <source>The URL is empty; enter an absolute http:// or https:// URL.</source>
        <translation>La URL está vacía; introduzca una URL absoluta http:// o https://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>«%1» no es una URL válida: %2</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL; it must start with http:// or https://.</source>
        <translation>«%1» no es una URL absoluta; debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only http and https are supported.</source>
        <translation>«%1» usa el esquema «%2»; solo se admiten http y https.</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>«%1» no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation>El nombre de la cabecera está vacío.</translation>
    </message>
    <message>
        <source>The header name “%1” contains “%2” at position %3; header names may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation>El nombre de cabecera «%1» contiene «%2» en la posición %3; los nombres de cabecera solo pueden contener letras, dígitos y !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
    <message>
        <source>The header value contains a line break at position %1; header values must be on one line.</source>
        <translation>El valor de la cabecera contiene un salto de línea en la posición %1; los valores de cabecera deben ir en una línea.</translation>
    </message>
    <message>
        <source>The header value contains a NUL byte at position %1.</source>
        <translation>El valor de la cabecera contiene un byte NUL en la posición %1.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as “Name: value”.</source>
        <translation>«%1» no es una cabecera; escríbala como «Nombre: valor».</translation>
    </message>
    <message>
        <source>The event type name is empty.</source>
        <translation>El nombre del tipo de evento está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a valid event type name; use lowercase words separated by dots, such as “issues.opened” or “payment_intent.succeeded”.</source>
        <translation>«%1» no es un nombre de tipo de evento válido; use palabras en minúsculas separadas por puntos, como «issues.opened» o «payment_intent.succeeded».</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; a wildcard is a dotted prefix followed by “.*”, such as “issues.*”.</source>
        <translation>«%1» no es una suscripción válida; un comodín es un prefijo con puntos seguido de «.*», como «issues.*».</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; use an event type name (“issues.opened”), a prefix wildcard (“issues.*”) or “*”.</source>
        <translation>«%1» no es una suscripción válida; use un nombre de tipo de evento («issues.opened»), un comodín de prefijo («issues.*») o «*».</translation>
    </message>
    <message>
        <source>“%1” is not a supported method; use POST, PUT, PATCH, GET or DELETE.</source>
        <translation>«%1» no es un método admitido; use POST, PUT, PATCH, GET o DELETE.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>El nombre del endpoint está vacío.</translation>
    </message>
    <message>
        <source>The endpoint name is longer than 200 characters.</source>
        <translation>El nombre del endpoint supera los 200 caracteres.</translation>
    </message>
    <message>
        <source>The endpoint subscribes to no event types; add at least one, or “*”.</source>
        <translation>El endpoint no se suscribe a ningún tipo de evento; añada al menos uno, o «*».</translation>
    </message>
    <message>
        <source>The signing scheme %1 needs at least one secret.</source>
        <translation>El esquema de firma %1 necesita al menos un secreto.</translation>
    </message>
    <message>
        <source>A secret is empty.</source>
        <translation>Un secreto está vacío.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be “whsec_” followed by base64 (24 to 64 random bytes).</source>
        <translation>Un secreto de Standard Webhooks debe ser «whsec_» seguido de base64 (de 24 a 64 bytes aleatorios).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 ms and 10 minutes.</source>
        <translation>El tiempo de espera debe estar entre 1 ms y 10 minutos.</translation>
    </message>
    <message>
        <source>The concurrency limit must be between 1 and 256.</source>
        <translation>El límite de concurrencia debe estar entre 1 y 256.</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>El límite de tasa no puede ser negativo.</translation>
    </message>
    <message>
        <source>The circuit breaker threshold cannot be negative.</source>
        <translation>El umbral del cortacircuitos no puede ser negativo.</translation>
    </message>
    <message>
        <source>The retry schedule is empty; it needs at least one entry.</source>
        <translation>El plan de reintentos está vacío; necesita al menos una entrada.</translation>
    </message>
    <message>
        <source>A retry delay cannot be negative.</source>
        <translation>Una espera de reintento no puede ser negativa.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation>El número de intentos debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <source>The backoff cap must be at least the base delay.</source>
        <translation>El tope de la espera exponencial debe ser al menos la espera base.</translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1.</source>
        <translation>El factor de la espera exponencial debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The receiver name is empty.</source>
        <translation>El nombre del receptor está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (for example 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation>«%1» no es una dirección IP en la que escuchar (por ejemplo 127.0.0.1, ::1 o 0.0.0.0).</translation>
    </message>
    <message>
        <source>A receiver reachable from other machines needs an access token of at least 16 characters.</source>
        <translation>Un receptor accesible desde otras máquinas necesita un token de acceso de al menos 16 caracteres.</translation>
    </message>
    <message>
        <source>The maximum body size must be at least one byte.</source>
        <translation>El tamaño máximo del cuerpo debe ser de al menos un byte.</translation>
    </message>
    <message>
        <source>Status %1 is not an HTTP status (100–599).</source>
        <translation>El estado %1 no es un estado HTTP (100–599).</translation>
    </message>
    <message>
        <source>A rule&apos;s delay cannot be negative.</source>
        <translation>El retraso de una regla no puede ser negativo.</translation>
    </message>
    <message>
        <source>A failure percentage must be between 0 and 100.</source>
        <translation>Un porcentaje de fallos debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <source>A verification secret is empty.</source>
        <translation>Un secreto de verificación está vacío.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The signature prefix “%1” contains %2 at position %3; a prefix may only contain visible ASCII characters, and no spaces, which separate the signatures of several secrets.</source>
        <translation>El prefijo de firma «%1» contiene %2 en la posición %3; un prefijo solo puede contener caracteres ASCII visibles, y ningún espacio, que separa las firmas de varios secretos.</translation>
    </message>
    <message>
        <source>The URL contains a space at position %1; encode it as %2.</source>
        <translation>La URL contiene un espacio en la posición %1; codifíquelo como %2.</translation>
    </message>
    <message>
        <source>The URL contains “%1” at position %2; encode it as %3.</source>
        <translation>La URL contiene «%1» en la posición %2; codifíquelo como %3.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>El puerto «%1» no es un número.</translation>
    </message>
    <message>
        <source>The port %1 is out of range (1–65535).</source>
        <translation>El puerto %1 está fuera de rango (1–65535).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the workspace “%1”.</source>
        <translation>No se puede crear la carpeta del espacio de trabajo «%1».</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>No se puede abrir el espacio de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save the API activity: %1</source>
        <translation>No se pudo guardar la actividad de las API: %1</translation>
    </message>
</context>
</TS>
