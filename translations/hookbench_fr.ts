<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Engine</name>
    <message>
        <source>interrupted: Hookbench stopped while waiting for the answer</source>
        <translation>interrompu : Hookbench s’est arrêté en attendant la réponse</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
</context>
<context>
    <name>Hookbench</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>durée vide</translation>
    </message>
    <message>
        <source>“%1” is not a duration (use e.g. 500ms, 5s, 1m, 2h, 1d)</source>
        <translation>« %1 » n’est pas une durée (par exemple 500ms, 5s, 1m, 2h, 1d)</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>« %1 » est trop grand</translation>
    </message>
    <message>
        <source>unknown unit “%1” in “%2” (use ms, s, m, h or d)</source>
        <translation>unité inconnue « %1 » dans « %2 » (utilisez ms, s, m, h ou d)</translation>
    </message>
    <message>
        <source>entry %1 of the retry schedule: %2</source>
        <translation>entrée %1 du calendrier de nouvelles tentatives : %2</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Aucune signature</translation>
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
        <translation>HMAC personnalisé</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Unterminated placeholder at %1: “{{” without “}}”.</source>
        <translation>Espace réservé non fermé à %1 : « {{ » sans « }} ».</translation>
    </message>
    <message>
        <source>{{random.int A B}} at %1 needs two whole numbers with A ≤ B.</source>
        <translation>{{random.int A B}} à %1 demande deux nombres entiers avec A ≤ B.</translation>
    </message>
    <message>
        <source>{{random.hex N}} at %1 needs a length from 1 to 4096.</source>
        <translation>{{random.hex N}} à %1 demande une longueur de 1 à 4096.</translation>
    </message>
    <message>
        <source>Unknown placeholder “{{%1}}” at %2; use uuid, now, now.unix, seq, random.int A B, random.hex N, event.type or endpoint.name.</source>
        <translation>Espace réservé inconnu « {{%1}} » à %2 ; utilisez uuid, now, now.unix, seq, random.int A B, random.hex N, event.type ou endpoint.name.</translation>
    </message>
    <message>
        <source>The rendered payload is not valid JSON (%1).</source>
        <translation>La charge utile produite n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>signature invalide</translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation>horodatage hors tolérance</translation>
    </message>
    <message>
        <source>signature headers missing</source>
        <translation>en-têtes de signature absents</translation>
    </message>
    <message>
        <source>“%1” has a fraction: durations are whole numbers, e.g. 1500ms rather than 1.5s</source>
        <translation>« %1 » a une partie décimale : les durées sont des nombres entiers, p. ex. 1500ms plutôt que 1.5s</translation>
    </message>
</context>
<context>
    <name>Hookbench::Cli::Api</name>
    <message>
        <source>No subscription API activity yet.</source>
        <translation>Aucune activité des API d’abonnement pour l’instant.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>Print the recent API activity (registrations, refusals with their reason, WebSub verifications), newest first, and exit.</source>
        <translation>Afficher l’activité récente des API (enregistrements, refus avec leur motif, vérifications WebSub), la plus récente en premier, puis quitter.</translation>
    </message>
    <message>
        <source>With --activity: how many records (default 20).</source>
        <translation>Avec --activity : nombre d’entrées (20 par défaut).</translation>
    </message>
    <message>
        <source>With --activity: one JSON object per line.</source>
        <translation>Avec --activity : un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a positive number</source>
        <translation>--limit : « %1 » n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>--activity only prints; use it without --enable, --disable or --new-token</source>
        <translation>--activity ne fait qu’afficher ; utilisez-le sans --enable, --disable ni --new-token</translation>
    </message>
    <message>
        <source>--limit and --json only apply with --activity</source>
        <translation>--limit et --json ne s’appliquent qu’avec --activity</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>HTTP %1: redirect not followed</source>
        <translation>HTTP %1 : redirection non suivie</translation>
    </message>
    <message>
        <source>HTTP %1: redirect to %2 not followed</source>
        <translation>HTTP %1 : redirection vers %2 non suivie</translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked to stop sending</source>
        <translation>HTTP 410 Gone : le destinataire a demandé l’arrêt des envois</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (client errors are not retried)</source>
        <translation>HTTP %1 (les erreurs client ne sont pas retentées)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine::DeliveryEngine</name>
    <message>
        <source>%1: disabled%2</source>
        <translation>%1 : désactivé%2</translation>
    </message>
    <message>
        <source>%1: expired at %2</source>
        <translation>%1 : expiré le %2</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation>La charge utile n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>Aucun endpoint n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Aucun événement n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>This delivery is being sent right now.</source>
        <translation>Cette livraison est en cours d’envoi.</translation>
    </message>
    <message>
        <source>This delivery has not been written to the workspace yet; try again in a moment.</source>
        <translation>Cette livraison n’est pas encore écrite dans l’espace de travail ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation>Aucune livraison n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>This delivery is already final.</source>
        <translation>Cette livraison est déjà terminée.</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulée par l’utilisateur</translation>
    </message>
    <message>
        <source>the endpoint was removed</source>
        <translation>l’endpoint a été supprimé</translation>
    </message>
    <message>
        <source>the endpoint is disabled%1</source>
        <translation>l’endpoint est désactivé%1</translation>
    </message>
    <message>
        <source>the endpoint expired</source>
        <translation>l’endpoint a expiré</translation>
    </message>
    <message>
        <source>the event of this delivery is missing from the workspace</source>
        <translation>l’événement de cette livraison manque dans l’espace de travail</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1 ; abandon après %2 tentatives</translation>
    </message>
    <message>
        <source>circuit breaker: %1 consecutive failed deliveries</source>
        <translation>disjoncteur : %1 livraisons échouées consécutives</translation>
    </message>
    <message>
        <source>the endpoint was disabled: %1</source>
        <translation>l’endpoint a été désactivé : %1</translation>
    </message>
    <message>
        <source>Another Hookbench process is sending this delivery; redeliver it there, or once it is final.</source>
        <translation>Un autre processus Hookbench envoie cette livraison ; relancez-la depuis celui-ci, ou une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>%1; gave up after one attempt</source>
        <translation>%1 ; abandon après une tentative</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export</name>
    <message>
        <source>This is not a Hookbench definitions file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Ce n’est pas un fichier de définitions Hookbench (son « format » n’est pas « %1 »).</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot;.</source>
        <translation>Le fichier n’a pas de « version » valide.</translation>
    </message>
    <message>
        <source>The file was written by a newer Hookbench (definitions version %1; this one reads up to %2).</source>
        <translation>Le fichier a été écrit par un Hookbench plus récent (définitions version %1 ; celui-ci lit jusqu’à %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>« %1 » n’est pas une liste.</translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation>%1 %2 ajouté</translation>
    </message>
    <message>
        <source>added %1 %2 as %3 (the name was taken)</source>
        <translation>%1 %2 ajouté sous le nom %3 (le nom était pris)</translation>
    </message>
    <message>
        <source>unchanged %1 %2 (already there, identical)</source>
        <translation>%1 %2 inchangé (déjà présent, identique)</translation>
    </message>
    <message>
        <source>skipped %1 %2</source>
        <translation>%1 %2 ignoré</translation>
    </message>
    <message>
        <source>failed %1 %2</source>
        <translation>%1 %2 en échec</translation>
    </message>
    <message>
        <source>The document is not JSON (%1 at offset %2); convert YAML documents to JSON first.</source>
        <translation>Le document n’est pas du JSON (%1 à la position %2) ; convertissez d’abord les documents YAML en JSON.</translation>
    </message>
    <message>
        <source>The document has no &quot;openapi&quot; field; it is not an OpenAPI document.</source>
        <translation>Le document n’a pas de champ « openapi » ; ce n’est pas un document OpenAPI.</translation>
    </message>
    <message>
        <source>The document has no &quot;webhooks&quot; section.</source>
        <translation>Le document n’a pas de section « webhooks ».</translation>
    </message>
    <message>
        <source>The document is OpenAPI %1, which has no &quot;webhooks&quot; section; webhooks came with OpenAPI 3.1.</source>
        <translation>Le document est en OpenAPI %1, qui n’a pas de section « webhooks » ; les webhooks sont arrivés avec OpenAPI 3.1.</translation>
    </message>
    <message>
        <source>The document says OpenAPI %1; read as 3.1.</source>
        <translation>Le document indique OpenAPI %1 ; lu comme 3.1.</translation>
    </message>
    <message>
        <source>%1: no event type name can be made from it; left out.</source>
        <translation>%1 : aucun nom de type d’événement ne peut en être tiré ; ignoré.</translation>
    </message>
    <message>
        <source>%1: its event type name %2 is already taken by another webhook; left out.</source>
        <translation>%1 : son nom de type d’événement %2 est déjà pris par un autre webhook ; ignoré.</translation>
    </message>
    <message>
        <source>%1: its path item cannot be resolved (only local $refs are); left out.</source>
        <translation>%1 : son path item ne peut pas être résolu (seules les $ref locales le sont) ; ignoré.</translation>
    </message>
    <message>
        <source>%1: no operation; left out.</source>
        <translation>%1 : aucune opération ; ignoré.</translation>
    </message>
    <message>
        <source>OpenAPI webhook “%1”.</source>
        <translation>Webhook OpenAPI « %1 ».</translation>
    </message>
    <message>
        <source>%1: no request body example or schema; its template is {}.</source>
        <translation>%1 : ni exemple ni schéma de corps de requête ; son modèle est {}.</translation>
    </message>
    <message>
        <source>%1: its schema describes more than %2 values; the example was cut short there.</source>
        <translation>%1 : son schéma décrit plus de %2 valeurs ; l’exemple a été coupé là.</translation>
    </message>
    <message>
        <source>%1: its example is a single value (%2), not an object or array; its template is {}.</source>
        <translation>%1 : son exemple est une valeur isolée (%2), ni un objet ni un tableau ; son modèle est {}.</translation>
    </message>
    <message>
        <source>%1: its example is not a usable template (%2); its template is {}.</source>
        <translation>%1 : son exemple n’est pas un modèle utilisable (%2) ; son modèle est {}.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export::Importer</name>
    <message>
        <source>event type</source>
        <translation>type d’événement</translation>
    </message>
    <message>
        <source>an event type of this name exists and differs</source>
        <translation>un type d’événement de ce nom existe et diffère</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <source>the file carries no secret; a new one was generated</source>
        <translation>le fichier ne contient pas de secret ; un nouveau a été généré</translation>
    </message>
    <message>
        <source>an endpoint of this name exists and differs</source>
        <translation>un endpoint de ce nom existe et diffère</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>récepteur</translation>
    </message>
    <message>
        <source>%n verification secret(s) not in the file were left out</source>
        <translation>%n secret(s) de vérification absent(s) du fichier ont été ignorés</translation>
    </message>
    <message>
        <source>the file carries no access token; a new one was generated</source>
        <translation>le fichier ne contient pas de jeton d’accès ; un nouveau a été généré</translation>
    </message>
    <message>
        <source>a receiver of this name exists and differs</source>
        <translation>un récepteur de ce nom existe et diffère</translation>
    </message>
    <message>
        <source>port %1 is also used by receiver %2</source>
        <translation>le port %1 est aussi utilisé par le récepteur %2</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planification</translation>
    </message>
    <message>
        <source>there is no event type %1 yet</source>
        <translation>il n’y a pas encore de type d’événement %1</translation>
    </message>
    <message>
        <source>the file carries no value for its %1 header; the header was left out</source>
        <translation>le fichier ne contient aucune valeur pour son en-tête %1 ; l’en-tête a été omis</translation>
    </message>
</context>
<context>
    <name>Hookbench::Presets</name>
    <message>
        <source>Repository webhook: ping, push, issues and pull_request events signed with X-Hub-Signature-256.</source>
        <translation>Webhook de dépôt : événements ping, push, issues et pull_request signés avec X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>Sent once when the hook is created; the template describes a sample hook.</source>
        <translation>Envoyé une fois à la création du hook ; le modèle décrit un hook d’exemple.</translation>
    </message>
    <message>
        <source>Commits were pushed to a branch.</source>
        <translation>Des commits ont été poussés sur une branche.</translation>
    </message>
    <message>
        <source>An issue was opened.</source>
        <translation>Une issue a été ouverte.</translation>
    </message>
    <message>
        <source>An issue was closed.</source>
        <translation>Une issue a été fermée.</translation>
    </message>
    <message>
        <source>A pull request was opened.</source>
        <translation>Une pull request a été ouverte.</translation>
    </message>
    <message>
        <source>Stripe Event objects (evt_…) signed with Stripe-Signature.</source>
        <translation>Objets Event de Stripe (evt_…) signés avec Stripe-Signature.</translation>
    </message>
    <message>
        <source>A payment intent succeeded.</source>
        <translation>Un payment intent a réussi.</translation>
    </message>
    <message>
        <source>A customer was created.</source>
        <translation>Un client a été créé.</translation>
    </message>
    <message>
        <source>An invoice was paid.</source>
        <translation>Une facture a été payée.</translation>
    </message>
    <message>
        <source>A charge was refunded.</source>
        <translation>Un paiement a été remboursé.</translation>
    </message>
    <message>
        <source>Push notification channel: a sync message, then exists / not_exists notifications with no body, until the channel expires.</source>
        <translation>Canal de notifications push : un message sync, puis des notifications exists / not_exists sans corps, jusqu’à l’expiration du canal.</translation>
    </message>
    <message>
        <source>The watched resource changed (X-Goog-Resource-State: exists). No body is sent.</source>
        <translation>La ressource surveillée a changé (X-Goog-Resource-State: exists). Aucun corps n’est envoyé.</translation>
    </message>
    <message>
        <source>The watched resource was deleted (X-Goog-Resource-State: not_exists). No body is sent.</source>
        <translation>La ressource surveillée a été supprimée (X-Goog-Resource-State: not_exists). Aucun corps n’est envoyé.</translation>
    </message>
    <message>
        <source>The Standard Webhooks envelope (type, timestamp, data) with webhook-id, webhook-timestamp and webhook-signature.</source>
        <translation>L’enveloppe Standard Webhooks (type, timestamp, data) avec webhook-id, webhook-timestamp et webhook-signature.</translation>
    </message>
    <message>
        <source>A contact was created.</source>
        <translation>Un contact a été créé.</translation>
    </message>
    <message>
        <source>A contact was updated.</source>
        <translation>Un contact a été mis à jour.</translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation>Un contact a été supprimé.</translation>
    </message>
    <message>
        <source>CloudEvents 1.0 over HTTP, in binary mode (ce-* headers) or structured mode (application/cloudevents+json).</source>
        <translation>CloudEvents 1.0 sur HTTP, en mode binaire (en-têtes ce-*) ou en mode structuré (application/cloudevents+json).</translation>
    </message>
    <message>
        <source>An object was created.</source>
        <translation>Un objet a été créé.</translation>
    </message>
    <message>
        <source>An object was deleted.</source>
        <translation>Un objet a été supprimé.</translation>
    </message>
    <message>
        <source>A Google channel token is at most 256 characters long.</source>
        <translation>Un jeton de canal Google fait au plus 256 caractères.</translation>
    </message>
    <message>
        <source>There is no preset named “%1”; choose one of %2.</source>
        <translation>Il n’y a pas de modèle nommé « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>There is already an endpoint named “%1”.</source>
        <translation>Il existe déjà un endpoint nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>Hookbench::Receiving::HttpReceiver</name>
    <message>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>impossible de lire le certificat TLS %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER)</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER)</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation>impossible de lire la clé TLS %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA, EC or DSA private key</source>
        <translation>%1 ne contient aucune clé privée RSA, EC ou DSA non chiffrée</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on</source>
        <translation>« %1 » n’est pas une adresse d’écoute</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and a private key</source>
        <translation>HTTPS demande à la fois un certificat et une clé privée</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>cannot find a port free on both loopback addresses</source>
        <translation>aucun port n’est libre sur les deux adresses de bouclage</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling</name>
    <message>
        <source>Enter a date and time such as 2026-12-31T18:00:00.</source>
        <translation>Saisissez une date et une heure comme 2026-12-31T18:00:00.</translation>
    </message>
    <message>
        <source>This time is in the past.</source>
        <translation>Ce moment est passé.</translation>
    </message>
    <message>
        <source>The interval must be at least %1.</source>
        <translation>L’intervalle doit être d’au moins %1.</translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation>La gigue ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The limit cannot be negative (0 means no limit).</source>
        <translation>La limite ne peut pas être négative (0 signifie sans limite).</translation>
    </message>
    <message>
        <source>The end time is in the past.</source>
        <translation>L’heure de fin est passée.</translation>
    </message>
    <message>
        <source>This schedule would never fire: nothing is due before its end time.</source>
        <translation>Cette planification ne se déclencherait jamais : rien n’est prévu avant sa fin.</translation>
    </message>
    <message>
        <source>The jitter must be shorter than the interval (%1), or firings would be skipped.</source>
        <translation>Le jitter doit être plus court que l’intervalle (%1), sinon des déclenchements seraient sautés.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling::ScheduleRunner</name>
    <message>
        <source>There is no event type %1 and the schedule has no payload of its own.</source>
        <translation>Il n’y a pas de type d’événement %1 et la planification n’a pas de charge utile propre.</translation>
    </message>
    <message>
        <source>The payload template does not render: %1</source>
        <translation>Le modèle de charge utile ne peut pas être produit : %1</translation>
    </message>
    <message>
        <source>Could not record which process runs the schedules: %1</source>
        <translation>Impossible d’enregistrer quel processus exécute les planifications : %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Signing</name>
    <message>
        <source>webhook-id: the message id (%1), the same on every retry, so the receiver can drop duplicates.</source>
        <translation>webhook-id : l’identifiant du message (%1), identique à chaque nouvelle tentative, pour que le destinataire puisse écarter les doublons.</translation>
    </message>
    <message>
        <source>webhook-timestamp: Unix time of this attempt (%1); receivers reject it beyond 5 minutes either way.</source>
        <translation>webhook-timestamp : heure Unix de cette tentative (%1) ; les destinataires la rejettent au-delà de 5 minutes d’écart.</translation>
    </message>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation>
            <numerusform>webhook-signature : v1 = base64(HMAC-SHA256(clé décodée du secret whsec_, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)) ; %n signature, une par secret actif.</numerusform>
            <numerusform>webhook-signature : v1 = base64(HMAC-SHA256(clé décodée du secret whsec_, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)) ; %n signatures, une par secret actif.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Hub-Signature-256: &quot;sha256=&quot; + lower-case hex HMAC-SHA256 of the raw body, keyed with the secret&apos;s UTF-8 bytes (GitHub).</source>
        <translation>X-Hub-Signature-256 : &quot;sha256=&quot; + HMAC-SHA256 en hexadécimal minuscule du corps brut, avec les octets UTF-8 du secret pour clé (GitHub).</translation>
    </message>
    <message>
        <source>X-Hub-Signature: legacy &quot;sha1=&quot; + hex HMAC-SHA1 of the raw body (GitHub, WebSub).</source>
        <translation>X-Hub-Signature : ancien &quot;sha1=&quot; + HMAC-SHA1 en hexadécimal du corps brut (GitHub, WebSub).</translation>
    </message>
    <message>
        <source>X-GitHub-Delivery: the delivery GUID, unchanged on redelivery.</source>
        <translation>X-GitHub-Delivery : le GUID de la livraison, inchangé lors d’une nouvelle livraison.</translation>
    </message>
    <message>
        <source>X-GitHub-Event: the event name (%1); the payload&apos;s &quot;action&quot; says what happened.</source>
        <translation>X-GitHub-Event : le nom de l’événement (%1) ; le champ &quot;action&quot; de la charge utile dit ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Stripe-Signature: t = Unix time, v1 = hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;body&gt;&quot; keyed with the whole whsec_ secret; one v1 per active secret.</source>
        <translation>Stripe-Signature : t = heure Unix, v1 = HMAC-SHA256 en hexadécimal de &quot;&lt;t&gt;.&lt;body&gt;&quot; avec tout le secret whsec_ pour clé ; un v1 par secret actif.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a Unix time</source>
        <translation>webhook-timestamp n’est pas une heure Unix</translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s from now (tolerance %2 s)</source>
        <translation>webhook-timestamp est à %1 s de maintenant (tolérance %2 s)</translation>
    </message>
    <message>
        <source>webhook-signature entry %1 matches</source>
        <translation>l’entrée %1 de webhook-signature correspond</translation>
    </message>
    <message>
        <source>no v1 entry of webhook-signature matches this secret</source>
        <translation>aucune entrée v1 de webhook-signature ne correspond à ce secret</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 matches</source>
        <translation>X-Hub-Signature-256 correspond</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match</source>
        <translation>X-Hub-Signature-256 ne correspond pas</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) matches</source>
        <translation>X-Hub-Signature (SHA-1) correspond</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) does not match</source>
        <translation>X-Hub-Signature (SHA-1) ne correspond pas</translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=)</source>
        <translation>Stripe-Signature n’a pas d’horodatage (t=)</translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature</source>
        <translation>Stripe-Signature n’a pas de signature v1</translation>
    </message>
    <message>
        <source>no v1 signature matches this secret</source>
        <translation>aucune signature v1 ne correspond à ce secret</translation>
    </message>
    <message>
        <source>signed %1 s ago (tolerance %2 s)</source>
        <translation>signé il y a %1 s (tolérance %2 s)</translation>
    </message>
    <message>
        <source>Stripe-Signature v1 matches</source>
        <translation>Stripe-Signature v1 correspond</translation>
    </message>
    <message>
        <source>%1 is not a Unix time</source>
        <translation>%1 n’est pas une heure Unix</translation>
    </message>
    <message>
        <source>%1 is %2 s from now (tolerance %3 s)</source>
        <translation>%1 est à %2 s de maintenant (tolérance %3 s)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 correspond</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 ne correspond pas</translation>
    </message>
    <message>
        <source>no signature expected</source>
        <translation>aucune signature attendue</translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>« %1 » est un dossier, pas un fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read the workspace “%1”: %2</source>
        <translation>Impossible de lire l’espace de travail « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is not a Hookbench workspace: it is not an SQLite database, or it is damaged. The file was left as it is.</source>
        <translation>« %1 » n’est pas un espace de travail Hookbench : ce n’est pas une base SQLite, ou elle est endommagée. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (its size does not match its page size). The file was left as it is; restore it from a backup or choose another workspace.</source>
        <translation>L’espace de travail « %1 » est endommagé (sa taille ne correspond pas à sa taille de page). Le fichier n’a pas été modifié ; restaurez-le depuis une sauvegarde ou choisissez un autre espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Hookbench workspace. The file was left as it is.</source>
        <translation>« %1 » est une base SQLite d’une autre application, pas un espace de travail Hookbench. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer version of Hookbench (schema %2; this version reads up to %3). Update Hookbench to open it. The file was left as it is.</source>
        <translation>L’espace de travail « %1 » a été écrit par une version plus récente de Hookbench (schéma %2 ; cette version lit jusqu’à %3). Mettez Hookbench à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Impossible d’ouvrir l’espace de travail « %1 » : %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read (%2). The file was left as it is.</source>
        <translation>L’espace de travail « %1 » est endommagé et illisible (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Hookbench (schema %1; this version reads up to %2).</source>
        <translation>L’espace de travail a été écrit par une version plus récente de Hookbench (schéma %1 ; cette version lit jusqu’à %2).</translation>
    </message>
    <message>
        <source>The file holds tables but is not a Hookbench workspace; it was left as it is.</source>
        <translation>Le fichier contient des tables mais n’est pas un espace de travail Hookbench ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>La mise à niveau de l’espace de travail vers le schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not save the event type: %1</source>
        <translation>Impossible d’enregistrer le type d’événement : %1</translation>
    </message>
    <message>
        <source>Could not save the endpoint: %1</source>
        <translation>Impossible d’enregistrer l’endpoint : %1</translation>
    </message>
    <message>
        <source>Could not save the receiver: %1</source>
        <translation>Impossible d’enregistrer le récepteur : %1</translation>
    </message>
    <message>
        <source>Could not save the schedule: %1</source>
        <translation>Impossible d’enregistrer la planification : %1</translation>
    </message>
    <message>
        <source>Could not save the setting: %1</source>
        <translation>Impossible d’enregistrer le paramètre : %1</translation>
    </message>
    <message>
        <source>An event type named “%1” already exists; choose another name.</source>
        <translation>Un type d’événement nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists; choose another name.</source>
        <translation>Un endpoint nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A receiver named “%1” already exists; choose another name.</source>
        <translation>Un récepteur nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no event type with id %1.</source>
        <translation>Il n’y a aucun type d’événement avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>Il n’y a aucun endpoint avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no receiver with id %1.</source>
        <translation>Il n’y a aucun récepteur avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>Il n’y a aucune planification avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>Schedule %1 fires “%2”; remove or change it first.</source>
        <translation>La planification %1 déclenche « %2 » ; supprimez-la ou modifiez-la d’abord.</translation>
    </message>
    <message>
        <source>Schedules %1 fire “%2”; remove or change them first.</source>
        <translation>Les planifications %1 déclenchent « %2 » ; supprimez-les ou modifiez-les d’abord.</translation>
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
        <translation>%1 a échoué avec HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 refused with HTTP %2: %3</source>
        <translation>%1 refusé avec HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 : réponse HTTP %2</translation>
    </message>
    <message>
        <source>Test of hook %1: not subscribed to push, so nothing was sent</source>
        <translation>Test du hook %1 : pas abonné à push, rien n’a donc été envoyé</translation>
    </message>
    <message>
        <source>Test of hook %1: sent the latest push</source>
        <translation>Test du hook %1 : dernier push envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Published %1: the content went to %n subscriber(s)</source>
        <translation>
            <numerusform>%1 publié : le contenu a été envoyé à %n abonné</numerusform>
            <numerusform>%1 publié : le contenu a été envoyé à %n abonnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::ManagementServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>Intent verification failed: %1 could not be reached (%2)</source>
        <translation>Échec de la vérification d’intention : %1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 instead of echoing hub.challenge</source>
        <translation>Vérification d’intention refusée : %1 a répondu %2 au lieu de renvoyer hub.challenge</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 without echoing hub.challenge</source>
        <translation>Vérification d’intention refusée : %1 a répondu %2 sans renvoyer hub.challenge</translation>
    </message>
    <message>
        <source>Intent verification confirmed by %1, but the subscription could not be saved: %2</source>
        <translation>Vérification d’intention confirmée par %1, mais l’abonnement n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 subscribed to %2 for %3 s</source>
        <translation>Vérification d’intention confirmée : %1 abonné à %2 pour %3 s</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 unsubscribed from %2</source>
        <translation>Vérification d’intention confirmée : %1 désabonné de %2</translation>
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
        <translation>Générique</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>URL or hook</source>
        <translation>URL ou hook</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ApiPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Serve the subscription APIs on this computer (loopback only)</source>
        <translation>&amp;Servir les API d’abonnement sur cet ordinateur (bouclage uniquement)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point your application here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pointez votre application ici&lt;/b&gt;</translation>
    </message>
    <message>
        <source>WebSub %1 confirmed by %2</source>
        <translation>WebSub %1 confirmé par %2</translation>
    </message>
    <message>
        <source>WebSub %1 refused by %2: %3</source>
        <translation>WebSub %1 refusé par %2 : %3</translation>
    </message>
    <message>
        <source>Cannot serve the APIs: %1</source>
        <translation>Impossible de servir les API : %1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Non servi</translation>
    </message>
    <message>
        <source>Subscription APIs</source>
        <translation>API d’abonnement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (registrations, refusals and WebSub verifications)</source>
        <translation>&lt;b&gt;Activité récente&lt;/b&gt; (enregistrements, refus et vérifications WebSub)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Applications register their webhooks here as they would with the provider; Hookbench then delivers to them as the provider does, and every delivery appears in the Deliveries section. Every request needs the token, as &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the API base URL (Octokit: &lt;code&gt;baseUrl&lt;/code&gt;; Enterprise clients: the server URL). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; creates a hook and sends &lt;code&gt;ping&lt;/code&gt;; list, edit, delete, ping, test (the latest push) and redeliver work as on GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the root URL (google-api clients: &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; opens a channel and sends &lt;code&gt;sync&lt;/code&gt;; &lt;code&gt;channels.stop&lt;/code&gt; ends it. Channels expire.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; — advertise the hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;. Subscriptions take effect once the callback echoes &lt;code&gt;hub.challenge&lt;/code&gt;; topics ending in &lt;code&gt;/topics/EVENT&lt;/code&gt; receive that event type, any other topic every event. Leases expire. Publishers ping it with &lt;code&gt;hub.mode=publish&lt;/code&gt; and &lt;code&gt;hub.url&lt;/code&gt;; the topic&apos;s newest event goes to its subscribers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anything else&lt;/b&gt; — &lt;code&gt;POST %1/hooks&lt;/code&gt; with &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;When a registration fails, &lt;b&gt;Recent activity&lt;/b&gt; below says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les applications enregistrent ici leurs webhooks comme elles le feraient chez le fournisseur ; Hookbench leur livre ensuite comme le fournisseur, et chaque livraison apparaît dans la section Livraisons. Chaque requête doit porter le jeton, sous la forme &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; — utilisez &lt;code&gt;%1&lt;/code&gt; comme URL de base de l’API (Octokit : &lt;code&gt;baseUrl&lt;/code&gt; ; clients Enterprise : l’URL du serveur). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; crée un hook et envoie &lt;code&gt;ping&lt;/code&gt; ; lister, modifier, supprimer, ping, test (le dernier push) et relivrer fonctionnent comme sur GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; — utilisez &lt;code&gt;%1&lt;/code&gt; comme URL racine (clients google-api : &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; ouvre un canal et envoie &lt;code&gt;sync&lt;/code&gt; ; &lt;code&gt;channels.stop&lt;/code&gt; le ferme. Les canaux expirent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; — annoncez le hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;. Les abonnements prennent effet dès que le callback renvoie &lt;code&gt;hub.challenge&lt;/code&gt; ; les topics se terminant par &lt;code&gt;/topics/EVENT&lt;/code&gt; reçoivent ce type d’événement, tout autre topic reçoit tous les événements. Les baux expirent. Les éditeurs le notifient avec &lt;code&gt;hub.mode=publish&lt;/code&gt; et &lt;code&gt;hub.url&lt;/code&gt; ; l’événement le plus récent du topic est envoyé à ses abonnés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tout le reste&lt;/b&gt; — &lt;code&gt;POST %1/hooks&lt;/code&gt; avec &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Quand un enregistrement échoue, &lt;b&gt;Activité récente&lt;/b&gt; ci-dessous indique pourquoi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::AttemptModel</name>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3</source>
        <translation>Tentative %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::BodyView</name>
    <message>
        <source>Pretty</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>JSON indenté et coloré</translation>
    </message>
    <message>
        <source>The body as it was sent</source>
        <translation>Le corps tel qu’il a été envoyé</translation>
    </message>
    <message>
        <source>Bytes in hexadecimal</source>
        <translation>Octets en hexadécimal</translation>
    </message>
    <message>
        <source>Copy the body</source>
        <translation>Copier le corps</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Aucun corps</translation>
    </message>
    <message>
        <source> · JSON</source>
        <translation> · JSON</translation>
    </message>
    <message>
        <source> · binary</source>
        <translation> · binaire</translation>
    </message>
    <message>
        <source>Shown as raw text: JSON bodies over 2 MB are not pretty-printed.</source>
        <translation>Affiché en texte brut : les corps JSON de plus de 2 Mo ne sont pas mis en forme.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureDetails</name>
    <message>
        <source>Select a captured request to see it whole.</source>
        <translation>Sélectionnez une requête capturée pour la voir en entier.</translation>
    </message>
    <message>
        <source>answered %1 %2</source>
        <translation>répondu %1 %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · from %4 · %5</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · de %4 · %5</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;No verification secret configured: signatures were not checked. Add the sender&apos;s secret in the receiver&apos;s settings.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Aucun secret de vérification configuré : les signatures n’ont pas été vérifiées. Ajoutez le secret de l’expéditeur dans les paramètres du récepteur.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ valide</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>&lt;div&gt;Forwarded to %1: &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;Transférée à %1 : &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;A provider handshake: answered automatically and not verified, since handshakes are not signed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Une poignée de main de fournisseur : répondue automatiquement et non vérifiée, car les poignées de main ne sont pas signées.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Not verified when captured: the receiver had no verification secret when this request arrived. Requests received since then are checked.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Non vérifiée à la capture : le récepteur n’avait pas de secret de vérification à l’arrivée de cette requête. Les requêtes reçues depuis sont vérifiées.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureModel</name>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>valide (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveriesPage</name>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Aucune livraison pour l’instant</translation>
    </message>
    <message>
        <source>Every event you trigger is delivered to the endpoints that subscribe to it, and each delivery shows up here live: its state, every attempt, the request sent and the response received.</source>
        <translation>Chaque événement que vous déclenchez est livré aux endpoints qui y sont abonnés, et chaque livraison apparaît ici en direct : son état, chaque tentative, la requête envoyée et la réponse reçue.</translation>
    </message>
    <message>
        <source>No deliveries match</source>
        <translation>Aucune livraison ne correspond</translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters.</source>
        <translation>Rien dans le journal ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Search id, URL, headers, body…</source>
        <translation>Rechercher identifiant, URL, en-têtes, corps…</translation>
    </message>
    <message>
        <source>Words are matched in the delivery id, event type, URLs, headers and bodies, also as word beginnings (Ctrl+F)</source>
        <translation>Les mots sont recherchés dans l’identifiant de livraison, le type d’événement, les URL, les en-têtes et les corps, aussi en début de mot (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show only deliveries in these states</source>
        <translation>N’afficher que les livraisons dans ces états</translation>
    </message>
    <message>
        <source>Show only deliveries of this event type</source>
        <translation>N’afficher que les livraisons de ce type d’événement</translation>
    </message>
    <message>
        <source>Show only deliveries to this endpoint</source>
        <translation>N’afficher que les livraisons vers cet endpoint</translation>
    </message>
    <message>
        <source>Show only deliveries created in this period</source>
        <translation>N’afficher que les livraisons créées pendant cette période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Show only deliveries whose last response had this HTTP status</source>
        <translation>N’afficher que les livraisons dont la dernière réponse avait ce statut HTTP</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nouvelle — afficher</numerusform>
            <numerusform>%n nouvelles — afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des livraisons</translation>
    </message>
    <message>
        <source>Trigger an event</source>
        <translation>Déclencher un événement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Relivrer</translation>
    </message>
    <message>
        <source>Send the selected deliveries once more, with the same delivery id (Ctrl+R)</source>
        <translation>Envoyer à nouveau les livraisons sélectionnées, avec le même identifiant de livraison (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;play event</source>
        <translation>Re&amp;jouer l’événement</translation>
    </message>
    <message>
        <source>Trigger the selected delivery&apos;s event again: new deliveries to today&apos;s subscribers (Ctrl+Shift+R)</source>
        <translation>Déclencher à nouveau l’événement de la livraison sélectionnée : nouvelles livraisons aux abonnés actuels (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Stop retrying</source>
        <translation>&amp;Arrêter les tentatives</translation>
    </message>
    <message>
        <source>Cancel the waiting retries of the selected deliveries</source>
        <translation>Annuler les nouvelles tentatives en attente des livraisons sélectionnées</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request as a curl command (Ctrl+Shift+C)</source>
        <translation>Copier la requête de la tentative sélectionnée comme commande curl (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Copy delivery &amp;id</source>
        <translation>Copier l’&amp;identifiant de livraison</translation>
    </message>
    <message>
        <source>Export selected as &amp;HAR…</source>
        <translation>Exporter la sélection en &amp;HAR…</translation>
    </message>
    <message>
        <source>Save the selected deliveries as an HTTP Archive (HAR 1.2) for browser tools</source>
        <translation>Enregistrer les livraisons sélectionnées comme archive HTTP (HAR 1.2) pour les outils des navigateurs</translation>
    </message>
    <message>
        <source>Export selected as &amp;JSON…</source>
        <translation>Exporter la sélection en J&amp;SON…</translation>
    </message>
    <message>
        <source>Save the selected deliveries with all their attempts as JSON</source>
        <translation>Enregistrer les livraisons sélectionnées avec toutes leurs tentatives en JSON</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>Afficher le panneau de &amp;détails</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln livraison</numerusform>
            <numerusform>%Ln livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln correspondante</numerusform>
            <numerusform>%Ln correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d’événements</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les endpoints</translation>
    </message>
    <message numerus="yes">
        <source>%n redelivery(s) queued</source>
        <translation>
            <numerusform>%n relivraison mise en file</numerusform>
            <numerusform>%n relivraisons mises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event replayed as %1: %n delivery(s)</source>
        <translation>
            <numerusform>Événement rejoué sous %1 : %n livraison</numerusform>
            <numerusform>Événement rejoué sous %1 : %n livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped retrying %n delivery(s)</source>
        <translation>
            <numerusform>Nouvelles tentatives arrêtées pour %n livraison</numerusform>
            <numerusform>Nouvelles tentatives arrêtées pour %n livraisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied attempt %1 as a curl command</source>
        <translation>Tentative %1 copiée comme commande curl</translation>
    </message>
    <message>
        <source>Export deliveries as HAR</source>
        <translation>Exporter les livraisons en HAR</translation>
    </message>
    <message>
        <source>Export deliveries as JSON</source>
        <translation>Exporter les livraisons en JSON</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Archive HTTP (*.har)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1</source>
        <translation>
            <numerusform>%n livraison exportée vers %1</numerusform>
            <numerusform>%n livraisons exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this event type</source>
        <translation>Seulement ce type d’événement</translation>
    </message>
    <message>
        <source>Only this endpoint</source>
        <translation>Seulement cet endpoint</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Livraison</translation>
    </message>
    <message>
        <source>Showing the deliveries of one event; click to see them all</source>
        <translation>Affiche les livraisons d’un événement ; cliquez pour les voir toutes</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryDetails</name>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>#%1  %2  ·  %3</source>
        <translation>#%1  %2  ·  %3</translation>
    </message>
    <message>
        <source>  ·  +%1 after #%2</source>
        <translation>  ·  +%1 après #%2</translation>
    </message>
    <message>
        <source>Select a delivery to see its attempts, the request sent and the response received.</source>
        <translation>Sélectionnez une livraison pour voir ses tentatives, la requête envoyée et la réponse reçue.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>, next %1</source>
        <translation>, prochaine %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3</source>
        <translation>%1 · %2 · créée %3</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>En attente d’envoi.</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>No attempts.</source>
        <translation>Aucune tentative.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d3373c&quot;&gt;No response&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#d3373c&quot;&gt;Aucune réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>&lt;p&gt;This request carries no signature headers: the endpoint does not sign.&lt;/p&gt;&lt;p&gt;Choose a signing scheme in the endpoint&apos;s &lt;i&gt;Signing&lt;/i&gt; tab so receivers can check that requests come from you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette requête ne porte aucun en-tête de signature : l’endpoint ne signe pas.&lt;/p&gt;&lt;p&gt;Choisissez un schéma de signature dans l’onglet &lt;i&gt;Signature&lt;/i&gt; de l’endpoint pour que les destinataires puissent vérifier que les requêtes viennent de vous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What each signature header of this attempt means:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Ce que signifie chaque en-tête de signature de cette tentative :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tel qu’envoyé</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When the event was triggered</source>
        <translation>Quand l’événement a été déclenché</translation>
    </message>
    <message>
        <source>HTTP status of the last attempt</source>
        <translation>Statut HTTP de la dernière tentative</translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation>Durée de la dernière tentative</translation>
    </message>
    <message>
        <source>When the next attempt is due</source>
        <translation>Quand la prochaine tentative est prévue</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointEditor</name>
    <message>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>e.g. billing service</source>
        <translation>p. ex. service de facturation</translation>
    </message>
    <message>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <source>Enabled — deliver events to this endpoint</source>
        <translation>Activé — livrer les événements à cet endpoint</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>Tous les types d’événements (*)</translation>
    </message>
    <message>
        <source>The event types this endpoint receives</source>
        <translation>Les types d’événements que reçoit cet endpoint</translation>
    </message>
    <message>
        <source>More patterns, e.g. issues.*, pull_request.*</source>
        <translation>Autres motifs, p. ex. issues.*, pull_request.*</translation>
    </message>
    <message>
        <source>Wildcards: issues.* matches every type that starts with issues.</source>
        <translation>Jokers : issues.* correspond à tout type qui commence par issues.</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (payload=…, as GitHub&apos;s form content type)</source>
        <translation>Formulaire (payload=…, comme le type de contenu formulaire de GitHub)</translation>
    </message>
    <message>
        <source>Stop delivering at</source>
        <translation>Arrêter les livraisons le</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>E&amp;xpire</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sent with every delivery, before the signature headers. Hookbench sets Content-Type, User-Agent and the signing headers itself.</source>
        <translation>Envoyés avec chaque livraison, avant les en-têtes de signature. Hookbench définit lui-même Content-Type, User-Agent et les en-têtes de signature.</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Ne pas signer</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Add a secret for rotation</source>
        <translation>Ajouter un secret pour la rotation</translation>
    </message>
    <message>
        <source>Generate another secret: while both are active every request carries both signatures, so receivers can switch without missing one</source>
        <translation>Générer un autre secret : tant que les deux sont actifs, chaque requête porte les deux signatures, et les destinataires peuvent basculer sans en manquer une</translation>
    </message>
    <message>
        <source>Every secret signs each request. To rotate, add a new one, update the receiver, then remove the old one.</source>
        <translation>Chaque secret signe chaque requête. Pour faire une rotation, ajoutez-en un nouveau, mettez à jour le destinataire, puis supprimez l’ancien.</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>HMAC personnalisé</translation>
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
        <translation>p. ex. sha256=</translation>
    </message>
    <message>
        <source>Sign &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; and send the timestamp in</source>
        <translation>Signer &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; et envoyer l’horodatage dans</translation>
    </message>
    <message>
        <source>Signature header</source>
        <translation>En-tête de signature</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Also send the legacy X-Hub-Signature (SHA-1)</source>
        <translation>Envoyer aussi l’ancien X-Hub-Signature (SHA-1)</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Schéma</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>Replace with a newly generated secret</source>
        <translation>Remplacer par un secret nouvellement généré</translation>
    </message>
    <message>
        <source>Remove this secret (the end of a rotation)</source>
        <translation>Supprimer ce secret (fin d’une rotation)</translation>
    </message>
    <message>
        <source>e.g. 15s</source>
        <translation>p. ex. 15s</translation>
    </message>
    <message>
        <source>How long to wait for a response: 500ms, 15s, 1m…</source>
        <translation>Durée d’attente d’une réponse : 500ms, 15s, 1m…</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>Calendrier fixe</translation>
    </message>
    <message>
        <source>Exponential backoff with jitter</source>
        <translation>Backoff exponentiel avec gigue</translation>
    </message>
    <message>
        <source>Delay before each attempt, from the previous one: the first is normally 0</source>
        <translation>Délai avant chaque tentative, depuis la précédente : le premier vaut normalement 0</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Premier délai</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Retry 4xx answers too (normally final, except 408 and 429)</source>
        <translation>Retenter aussi les réponses 4xx (normalement définitives, sauf 408 et 429)</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Suivre les redirections</translation>
    </message>
    <message>
        <source>Requests to this endpoint in flight at once</source>
        <translation>Requêtes simultanées vers cet endpoint</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Disable the endpoint after this many failed deliveries in a row</source>
        <translation>Désactiver l’endpoint après ce nombre de livraisons échouées d’affilée</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>Vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>HTTP/2 without TLS (prior knowledge)</source>
        <translation>HTTP/2 sans TLS (prior knowledge)</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Délai d’attente</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>&amp;Tentatives</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>&amp;Simultanéité</translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation>&amp;Limite de débit</translation>
    </message>
    <message>
        <source>Circuit &amp;breaker</source>
        <translation>Dis&amp;joncteur</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Disabled by Hookbench: %1</source>
        <translation>Désactivé par Hookbench : %1</translation>
    </message>
    <message>
        <source>Write a duration such as 15s or 500ms.</source>
        <translation>Saisissez une durée comme 15s ou 500ms.</translation>
    </message>
    <message>
        <source>Write delays such as 0s, 5s, 5m, 30m.</source>
        <translation>Saisissez des délais comme 0s, 5s, 5m, 30m.</translation>
    </message>
    <message>
        <source>First delay: %1</source>
        <translation>Premier délai : %1</translation>
    </message>
    <message>
        <source>Longest delay: %1</source>
        <translation>Délai maximal : %1</translation>
    </message>
    <message>
        <source>Save the endpoint (Ctrl+S)</source>
        <translation>Enregistrer l’endpoint (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Corrigez les champs signalés pour enregistrer</translation>
    </message>
    <message>
        <source>Deliver a test event to this endpoint now</source>
        <translation>Livrer maintenant un événement de test à cet endpoint</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>Enregistrez d’abord l’endpoint</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointModel</name>
    <message>
        <source>No finished deliveries yet</source>
        <translation>Aucune livraison terminée pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Last %n deliveries, average %1</source>
        <translation>
            <numerusform>Dernière livraison, moyenne %1</numerusform>
            <numerusform>%n dernières livraisons, moyenne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Désactivé : %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Latency of the recent deliveries; red marks failures</source>
        <translation>Latence des livraisons récentes ; le rouge marque les échecs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointsPage</name>
    <message>
        <source>No endpoints yet</source>
        <translation>Aucun endpoint pour l’instant</translation>
    </message>
    <message>
        <source>An endpoint is a URL that receives the event types it subscribes to, signed and retried the way you choose. Point one at your handler, or at one of Hookbench&apos;s receivers to see exactly what gets sent.</source>
        <translation>Un endpoint est une URL qui reçoit les types d’événements auxquels il est abonné, signés et retentés comme vous le choisissez. Pointez-en un vers votre gestionnaire, ou vers l’un des récepteurs de Hookbench pour voir exactement ce qui est envoyé.</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrer les endpoints</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>New from &amp;preset…</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: event types and an endpoint sent to the way the provider sends</source>
        <translation>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents : types d’événements et un endpoint auquel on envoie comme le fait le fournisseur</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Deliver a test event to the selected endpoint (Ctrl+Enter)</source>
        <translation>Livrer un événement de test à l’endpoint sélectionné (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Show &amp;deliveries</source>
        <translation>Afficher les &amp;livraisons</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this endpoint</source>
        <translation>Ouvrir le journal des livraisons filtré sur cet endpoint</translation>
    </message>
    <message>
        <source>New endpoint (Ctrl+N)</source>
        <translation>Nouvel endpoint (Ctrl+N)</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nouvel endpoint</translation>
    </message>
    <message>
        <source>From a provider preset…</source>
        <translation>Depuis un modèle de fournisseur…</translation>
    </message>
    <message>
        <source>Select an endpoint to see its activity and edit it, or press Ctrl+N to add one.</source>
        <translation>Sélectionnez un endpoint pour voir son activité et le modifier, ou appuyez sur Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>Unsaved endpoint</source>
        <translation>Endpoint non enregistré</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrigez d’abord les champs signalés.</translation>
    </message>
    <message>
        <source>Preset not applied</source>
        <translation>Modèle non appliqué</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>Endpoint %1 créé</translation>
    </message>
    <message numerus="yes">
        <source> and %n event type(s)</source>
        <translation>
            <numerusform> et %n type d’événement</numerusform>
            <numerusform> et %n types d’événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved endpoint %1</source>
        <translation>Endpoint %1 enregistré</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Supprimer l’endpoint</translation>
    </message>
    <message>
        <source>Delete “%1”? Deliveries waiting for it are not sent; past deliveries stay in the log.</source>
        <translation>Supprimer « %1 » ? Les livraisons qui l’attendent ne sont pas envoyées ; les livraisons passées restent dans le journal.</translation>
    </message>
    <message>
        <source>Deleted endpoint %1</source>
        <translation>Endpoint %1 supprimé</translation>
    </message>
    <message>
        <source>Test delivery from Hookbench</source>
        <translation>Livraison de test depuis Hookbench</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source> (not retried)</source>
        <translation> (non retentée)</translation>
    </message>
    <message>
        <source>E&amp;ndpoint</source>
        <translation>&amp;Endpoint</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Trigger…</source>
        <translation>Déclencher…</translation>
    </message>
    <message>
        <source>e.g. invoice.paid</source>
        <translation>p. ex. invoice.paid</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores; dots group types (issues.opened)</source>
        <translation>Lettres, chiffres, points, tirets et traits de soulignement ; les points regroupent les types (issues.opened)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s’est passé, en quelques mots</translation>
    </message>
    <message>
        <source>JSON sent as the payload. Placeholders: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</source>
        <translation>JSON envoyé comme charge utile. Espaces réservés : {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</translation>
    </message>
    <message>
        <source>Indent the template (when it is plain JSON)</source>
        <translation>Indenter le modèle (s’il s’agit de JSON simple)</translation>
    </message>
    <message>
        <source>Save the event type (Ctrl+S)</source>
        <translation>Enregistrer le type d’événement (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open the trigger section with this event type</source>
        <translation>Ouvrir la section de déclenchement avec ce type d’événement</translation>
    </message>
    <message>
        <source>Placeholders: &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</source>
        <translation>Espaces réservés : &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Payload &amp;template</source>
        <translation>&amp;Modèle de charge utile</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>Corrigez les messages ci-dessus pour enregistrer</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>Modèle de charge utile</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypesPage</name>
    <message>
        <source>No event types yet</source>
        <translation>Aucun type d’événement pour l’instant</translation>
    </message>
    <message>
        <source>An event type names something that happens in your application, like &lt;b&gt;invoice.paid&lt;/b&gt;, with the JSON payload its webhooks carry. Define one, then add an endpoint that subscribes to it.</source>
        <translation>Un type d’événement nomme quelque chose qui se produit dans votre application, comme &lt;b&gt;invoice.paid&lt;/b&gt;, avec la charge utile JSON que portent ses webhooks. Définissez-en un, puis ajoutez un endpoint qui s’y abonne.</translation>
    </message>
    <message>
        <source>Filter event types</source>
        <translation>Filtrer les types d’événements</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d’événements</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Nouveau type d’événement</translation>
    </message>
    <message>
        <source>Select an event type to edit it, or press Ctrl+N to define a new one.</source>
        <translation>Sélectionnez un type d’événement pour le modifier, ou appuyez sur Ctrl+N pour en définir un nouveau.</translation>
    </message>
    <message>
        <source>Unsaved event type</source>
        <translation>Type d’événement non enregistré</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>Corrigez d’abord les messages ci-dessus.</translation>
    </message>
    <message>
        <source>Saved event type %1</source>
        <translation>Type d’événement %1 enregistré</translation>
    </message>
    <message>
        <source>Delete event type</source>
        <translation>Supprimer le type d’événement</translation>
    </message>
    <message>
        <source>Delete “%1”? Its past deliveries stay in the log.</source>
        <translation>Supprimer « %1 » ? Ses livraisons passées restent dans le journal.</translation>
    </message>
    <message>
        <source>Deleted event type %1</source>
        <translation>Type d’événement %1 supprimé</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>n° %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? %n schedule(s) fire it and cannot fire without it: %2. Its past deliveries stay in the log.</source>
        <translation>
            <numerusform>Supprimer « %1 » ? %n planification le déclenche et ne pourra plus se déclencher sans lui : %2. Ses livraisons passées restent dans le journal.</numerusform>
            <numerusform>Supprimer « %1 » ? %n planifications le déclenchent et ne pourront plus se déclencher sans lui : %2. Ses livraisons passées restent dans le journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::Format</name>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 octets de plus non affichés</translation>
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
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>right away</source>
        <translation>tout de suite</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>en moins de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>  (by %1 after the event)</source>
        <translation>  (avant %1 après l’événement)</translation>
    </message>
    <message>
        <source>  (%1 after the event)</source>
        <translation>  (%1 après l’événement)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HeaderModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>En-tête %1 : %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HttpMessageView</name>
    <message>
        <source>Right-click to copy a header or its value</source>
        <translation>Clic droit pour copier un en-tête ou sa valeur</translation>
    </message>
    <message>
        <source>Copy “%1: …”</source>
        <translation>Copier « %1: … »</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy all headers</source>
        <translation>Copier tous les en-têtes</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::LatencyChart</name>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message numerus="yes">
        <source>last %n · p50 %1 · p95 %2</source>
        <translation>
            <numerusform>dernière · p50 %1 · p95 %2</numerusform>
            <numerusform>%n dernières · p50 %1 · p95 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>aucune livraison terminée pour l’instant</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>À &amp;propos de Hookbench</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>À propos de Hookbench</translation>
    </message>
    <message>
        <source>%1 — Hookbench</source>
        <translation>%1 — Hookbench</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Receivers not started: %1</source>
        <translation>Récepteurs non démarrés : %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Create an item in the current section (Ctrl+N)</source>
        <translation>Créer un élément dans la section courante (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the event in Trigger, or a test to the endpoint in Endpoints (Ctrl+Enter)</source>
        <translation>Envoyer l’événement de Déclencher, ou un test à l’endpoint de Endpoints (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the current section again from the workspace (F5)</source>
        <translation>Relire la section courante depuis l’espace de travail (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Filter the current list (Ctrl+F)</source>
        <translation>Filtrer la liste courante (Ctrl+F)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Heures en &amp;UTC</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;A native workbench for building and testing webhook integrations.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;Un atelier natif pour concevoir et tester des intégrations de webhooks.&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Click a URL to copy it</source>
        <translation>Cliquez sur une URL pour la copier</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiée</translation>
    </message>
    <message>
        <source>Deliveries that succeeded among those that finished in the last minute</source>
        <translation>Livraisons réussies parmi celles terminées dans la dernière minute</translation>
    </message>
    <message>
        <source>No receiver running</source>
        <translation>Aucun récepteur actif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in flight · %1 retrying · %2 pending</source>
        <translation>
            <numerusform>%Ln en cours · %1 en nouvelle tentative · %2 en attente</numerusform>
            <numerusform>%Ln en cours · %1 en nouvelle tentative · %2 en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% succeeded (last minute)</source>
        <translation>%1 % réussies (dernière minute)</translation>
    </message>
    <message>
        <source>— succeeded (last minute)</source>
        <translation>— réussies (dernière minute)</translation>
    </message>
    <message>
        <source>Not saved to the workspace (%1): %2</source>
        <translation>Non enregistré dans l’espace de travail (%1) : %2</translation>
    </message>
    <message>
        <source>Schedule %1 (%2) could not fire: %3</source>
        <translation>La planification %1 (%2) n’a pas pu se déclencher : %3</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>Aucune planification ne se déclenche depuis cette fenêtre : %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::PresetDialog</name>
    <message>
        <source>New endpoint from a provider preset</source>
        <translation>Nouvel endpoint depuis un modèle de fournisseur</translation>
    </message>
    <message>
        <source>Where your handler listens, e.g. http://localhost:3000/webhooks</source>
        <translation>Où votre gestionnaire écoute, p. ex. http://localhost:3000/webhooks</translation>
    </message>
    <message>
        <source>The preset&apos;s name</source>
        <translation>Le nom du modèle</translation>
    </message>
    <message>
        <source>Generated in the provider&apos;s format when empty</source>
        <translation>Généré au format du fournisseur s’il est vide</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>Event types: %1</source>
        <translation>Types d’événements : %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverEditor</name>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Fail the first N requests</source>
        <translation>Faire échouer les N premières requêtes</translation>
    </message>
    <message>
        <source>Fail a share of requests</source>
        <translation>Faire échouer une part des requêtes</translation>
    </message>
    <message>
        <source>Rate limit (429)</source>
        <translation>Limite de débit (429)</translation>
    </message>
    <message>
        <source>Never answer (timeout)</source>
        <translation>Ne jamais répondre (délai dépassé)</translation>
    </message>
    <message>
        <source>Close mid-response</source>
        <translation>Fermer au milieu de la réponse</translation>
    </message>
    <message>
        <source>Start when Hookbench starts</source>
        <translation>Démarrer au lancement de Hookbench</translation>
    </message>
    <message>
        <source>Answer provider handshakes (WebSub, CloudEvents, Slack)</source>
        <translation>Répondre aux poignées de main des fournisseurs (WebSub, CloudEvents, Slack)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1 keep the receiver on this machine; 0.0.0.0 opens it to the network and then needs an access token</source>
        <translation>127.0.0.1 ou ::1 gardent le récepteur sur cette machine ; 0.0.0.0 l’ouvre au réseau et demande alors un jeton d’accès</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <source>Needed when listening beyond this machine</source>
        <translation>Nécessaire pour écouter au-delà de cette machine</translation>
    </message>
    <message>
        <source>Generate a token</source>
        <translation>Générer un jeton</translation>
    </message>
    <message>
        <source>Optional: also send every request on to this URL</source>
        <translation>Facultatif : transmettre aussi chaque requête à cette URL</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Jeton d’accès</translation>
    </message>
    <message>
        <source>&amp;Forward to</source>
        <translation>&amp;Transférer à</translation>
    </message>
    <message>
        <source>Largest &amp;body</source>
        <translation>&amp;Corps maximal</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Règles de réponse</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Match earlier</source>
        <translation>Tester plus tôt</translation>
    </message>
    <message>
        <source>Match later</source>
        <translation>Tester plus tard</translation>
    </message>
    <message>
        <source>The first rule that matches a request answers it; without a match the answer is 200 {&quot;ok&quot;:true}.</source>
        <translation>La première règle qui correspond à une requête y répond ; sans correspondance, la réponse est 200 {&quot;ok&quot;:true}.</translation>
    </message>
    <message>
        <source>* matches within a path segment, ** across segments: /hooks/**</source>
        <translation>* correspond à l’intérieur d’un segment de chemin, ** à travers les segments : /hooks/**</translation>
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
        <translation>Ajouter un en-tête de réponse</translation>
    </message>
    <message>
        <source>Placeholders: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</source>
        <translation>Espaces réservés : {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premières</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>Vérification des signatures</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Ajouter un secret</translation>
    </message>
    <message>
        <source>How far a signed timestamp may be from now</source>
        <translation>L’écart maximal entre un horodatage signé et maintenant</translation>
    </message>
    <message>
        <source>Answer 401 when no secret verifies the request</source>
        <translation>Répondre 401 quand aucun secret ne vérifie la requête</translation>
    </message>
    <message>
        <source>Each request is checked against every secret; the verdicts show in the captured list.</source>
        <translation>Chaque requête est vérifiée avec chaque secret ; les verdicts s’affichent dans la liste des requêtes capturées.</translation>
    </message>
    <message>
        <source>Timestamp tolerance</source>
        <translation>Tolérance d’horodatage</translation>
    </message>
    <message>
        <source>The sender&apos;s signing secret</source>
        <translation>Le secret de signature de l’expéditeur</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>Supprimer ce secret</translation>
    </message>
    <message>
        <source>Save the receiver (Ctrl+S)</source>
        <translation>Enregistrer le récepteur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>Corrigez les messages ci-dessus pour enregistrer</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverHost</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverModel</name>
    <message>
        <source>Send webhooks to this URL</source>
        <translation>Envoyez les webhooks à cette URL</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Démarrez le récepteur pour obtenir son URL</translation>
    </message>
    <message>
        <source>%1, any free port</source>
        <translation>%1, n’importe quel port libre</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiversPage</name>
    <message>
        <source>No receivers yet</source>
        <translation>Aucun récepteur pour l’instant</translation>
    </message>
    <message>
        <source>A receiver is a local HTTP endpoint that captures every request sent to it, checks its signature and answers the way you tell it to — healthy, slow, or failing on purpose. Point an endpoint, a provider&apos;s CLI or your own sender at it.</source>
        <translation>Un récepteur est un endpoint HTTP local qui capture chaque requête qu’on lui envoie, vérifie sa signature et répond comme vous le lui dites — sain, lent ou en échec exprès. Pointez-y un endpoint, la CLI d’un fournisseur ou votre propre expéditeur.</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Récepteurs</translation>
    </message>
    <message>
        <source>Captured requests</source>
        <translation>Requêtes capturées</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start or stop the selected receiver (Ctrl+Shift+L)</source>
        <translation>Démarrer ou arrêter le récepteur sélectionné (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>Copy the URL to send webhooks to</source>
        <translation>Copier l’URL à laquelle envoyer les webhooks</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Copier la requête sélectionnée comme commande curl</translation>
    </message>
    <message>
        <source>&amp;Forward to…</source>
        <translation>&amp;Transférer à…</translation>
    </message>
    <message>
        <source>Send the selected request, as captured, to another URL</source>
        <translation>Envoyer la requête sélectionnée, telle que capturée, à une autre URL</translation>
    </message>
    <message>
        <source>Replay to &amp;endpoint…</source>
        <translation>Rejouer vers un &amp;endpoint…</translation>
    </message>
    <message>
        <source>Trigger the selected request&apos;s body as an event to one of your endpoints</source>
        <translation>Déclencher le corps de la requête sélectionnée comme événement vers l’un de vos endpoints</translation>
    </message>
    <message>
        <source>C&amp;lear captured requests</source>
        <translation>&amp;Vider les requêtes capturées</translation>
    </message>
    <message>
        <source>New receiver (Ctrl+N)</source>
        <translation>Nouveau récepteur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Requests appear here as they arrive.</source>
        <translation>Les requêtes apparaissent ici à leur arrivée.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Select a receiver, or press Ctrl+N to add one.</source>
        <translation>Sélectionnez un récepteur, ou appuyez sur Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>Create and start a receiver</source>
        <translation>Créer et démarrer un récepteur</translation>
    </message>
    <message>
        <source>New receiver…</source>
        <translation>Nouveau récepteur…</translation>
    </message>
    <message>
        <source>the forward target</source>
        <translation>la cible du transfert</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Unsaved receiver</source>
        <translation>Récepteur non enregistré</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>Corrigez d’abord les messages ci-dessus.</translation>
    </message>
    <message>
        <source>Local receiver</source>
        <translation>Récepteur local</translation>
    </message>
    <message>
        <source>Local receiver %1</source>
        <translation>Récepteur local %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <source>%1 listening on %2</source>
        <translation>%1 écoute sur %2</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 arrêté : %2</translation>
    </message>
    <message>
        <source>Saved receiver %1</source>
        <translation>Récepteur %1 enregistré</translation>
    </message>
    <message>
        <source>Delete receiver</source>
        <translation>Supprimer le récepteur</translation>
    </message>
    <message>
        <source>Delete “%1” and stop it? Its captured requests are deleted too.</source>
        <translation>Supprimer « %1 » et l’arrêter ? Ses requêtes capturées sont aussi supprimées.</translation>
    </message>
    <message>
        <source>Deleted receiver %1</source>
        <translation>Récepteur %1 supprimé</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Récepteur arrêté</translation>
    </message>
    <message>
        <source>Receiver not started</source>
        <translation>Récepteur non démarré</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiée</translation>
    </message>
    <message>
        <source>Copied the request as a curl command</source>
        <translation>Requête copiée comme commande curl</translation>
    </message>
    <message>
        <source>Forward request</source>
        <translation>Transférer la requête</translation>
    </message>
    <message>
        <source>Send the request, as captured, to:</source>
        <translation>Envoyer la requête, telle que capturée, à :</translation>
    </message>
    <message>
        <source>Forwarding to %1…</source>
        <translation>Transfert vers %1…</translation>
    </message>
    <message>
        <source>Replay to endpoint</source>
        <translation>Rejouer vers un endpoint</translation>
    </message>
    <message>
        <source>Only JSON bodies can be replayed as an event. %1</source>
        <translation>Seuls les corps JSON peuvent être rejoués comme événement. %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>As event type</source>
        <translation>Comme type d’événement</translation>
    </message>
    <message>
        <source>Add an endpoint first.</source>
        <translation>Ajoutez d’abord un endpoint.</translation>
    </message>
    <message>
        <source>Replayed as %1 to %2</source>
        <translation>Rejouée comme %1 vers %2</translation>
    </message>
    <message>
        <source>Clear captured requests</source>
        <translation>Vider les requêtes capturées</translation>
    </message>
    <message>
        <source>Delete every request this receiver captured?</source>
        <translation>Supprimer toutes les requêtes capturées par ce récepteur ?</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Récepteur</translation>
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
        <translation>%1 pour les %2 premières, puis %3</translation>
    </message>
    <message>
        <source>%1 for %2% of requests, else %3</source>
        <translation>%1 pour %2 % des requêtes, sinon %3</translation>
    </message>
    <message>
        <source>429 with Retry-After %1 s</source>
        <translation>429 avec Retry-After %1 s</translation>
    </message>
    <message>
        <source>never answers</source>
        <translation>ne répond jamais</translation>
    </message>
    <message>
        <source>closes mid-response</source>
        <translation>ferme au milieu de la réponse</translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation> après %1 ms</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleEditor</name>
    <message>
        <source>Read times and the cron expression in &amp;UTC (otherwise local time)</source>
        <translation>Lire les heures et l’expression cron en &amp;UTC (sinon en heure locale)</translation>
    </message>
    <message>
        <source>After a restart, fire &amp;once for firings missed meanwhile (otherwise skip them)</source>
        <translation>Après un redémarrage, déclencher une &amp;fois pour les occurrences manquées (sinon les ignorer)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>The event type to fire; its payload template is used unless a payload is given below</source>
        <translation>Le type d’événement à déclencher ; son modèle de charge utile est utilisé sauf si une charge utile est indiquée ci-dessous</translation>
    </message>
    <message>
        <source>Once, at a time</source>
        <translation>Une fois, à une heure donnée</translation>
    </message>
    <message>
        <source>Every interval</source>
        <translation>À intervalle régulier</translation>
    </message>
    <message>
        <source>By a cron expression</source>
        <translation>Selon une expression cron</translation>
    </message>
    <message>
        <source>e.g. 30s, 5m, 1h30m</source>
        <translation>p. ex. 30s, 5m, 1h30m</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. */15 9-17 * * MON-FRI</source>
        <translation>minute heure jour-du-mois mois jour-de-la-semaine, p. ex. */15 9-17 * * MON-FRI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Delay each firing by a random time up to this long</source>
        <translation>Retarder chaque déclenchement d’une durée aléatoire jusqu’à cette valeur</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Empty: the event type&apos;s payload template</source>
        <translation>Vide : le modèle de charge utile du type d’événement</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>Type d’&amp;événement</translation>
    </message>
    <message>
        <source>&amp;Fires</source>
        <translation>&amp;Déclenchement</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Tous les</translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation>&amp;Cron</translation>
    </message>
    <message>
        <source>&amp;Jitter</source>
        <translation>&amp;Gigue</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Limite</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>C&amp;harge utile</translation>
    </message>
    <message>
        <source>Next firings</source>
        <translation>Prochains déclenchements</translation>
    </message>
    <message>
        <source>Fix the fields above to see when it fires.</source>
        <translation>Corrigez les champs ci-dessus pour voir quand elle se déclenche.</translation>
    </message>
    <message>
        <source>Stop firing at</source>
        <translation>Ne plus déclencher après</translation>
    </message>
    <message>
        <source>When it fires; click the arrow for a calendar</source>
        <translation>Quand elle se déclenche ; cliquez sur la flèche pour afficher un calendrier</translation>
    </message>
    <message>
        <source>Without an end time the schedule fires until its limit, or for ever</source>
        <translation>Sans heure de fin, la planification se déclenche jusqu’à sa limite, ou indéfiniment</translation>
    </message>
    <message>
        <source>No firing after this time; click the arrow for a calendar</source>
        <translation>Aucun déclenchement après cette heure ; cliquez sur la flèche pour afficher un calendrier</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>heure locale (%1)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleModel</name>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>toutes les %1</translation>
    </message>
    <message>
        <source>cron %1 (UTC)</source>
        <translation>cron %1 (UTC)</translation>
    </message>
    <message>
        <source>cron %1 (local time)</source>
        <translation>cron %1 (heure locale)</translation>
    </message>
    <message>
        <source>, up to %1 late</source>
        <translation>, jusqu’à %1 de retard</translation>
    </message>
    <message>
        <source>, at most once</source>
        <translation>, au plus une fois</translation>
    </message>
    <message>
        <source>, at most %1 times</source>
        <translation>, au plus %1 fois</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu’à %1</translation>
    </message>
    <message>
        <source>Sends its own payload instead of the event type&apos;s template</source>
        <translation>Envoie sa propre charge utile au lieu du modèle du type d’événement</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>Dernier déclenchement %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Next firing</source>
        <translation>Prochain déclenchement</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The last firing failed: %1</source>
        <translation>Le dernier déclenchement a échoué : %1</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SchedulesPanel</name>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Nouvelle planification…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <source>Double-click a schedule to edit it</source>
        <translation>Double-cliquez sur une planification pour la modifier</translation>
    </message>
    <message>
        <source>Fire an event type at a time, every interval or by cron, while this window or &lt;tt&gt;hookbench run&lt;/tt&gt; is running.</source>
        <translation>Déclenche un type d’événement à une heure donnée, à intervalle régulier ou selon cron, tant que cette fenêtre ou &lt;tt&gt;hookbench run&lt;/tt&gt; est en cours d’exécution.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>Remove this schedule? It will not fire again.</source>
        <translation>Supprimer cette planification ? Elle ne se déclenchera plus.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Schedule for %1 added</source>
        <translation>Planification pour %1 ajoutée</translation>
    </message>
    <message>
        <source>The schedule no longer exists.</source>
        <translation>La planification n’existe plus.</translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation>Planification non enregistrée</translation>
    </message>
    <message>
        <source>A schedule fires one of your event types, and this workspace has none yet. Define an event type first, then add schedules here.</source>
        <translation>Une planification déclenche l’un de vos types d’événements, et cet espace de travail n’en a encore aucun. Définissez d’abord un type d’événement, puis ajoutez des planifications ici.</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>Définir un type d’événement</translation>
    </message>
    <message>
        <source>Add a schedule that fires an event type later or repeatedly</source>
        <translation>Ajouter une planification qui déclenche un type d’événement plus tard ou de façon répétée</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first</source>
        <translation>Une planification a besoin d’un type d’événement : définissez-en d’abord un</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first.</source>
        <translation>Une planification a besoin d’un type d’événement : définissez-en d’abord un.</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>Aucune planification ne se déclenche depuis cette fenêtre : %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SettingsDialog</name>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time Hookbench starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Hookbench.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Afficher les heures en</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SuccessRateChart</name>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>%1% succeeded</source>
        <translation>%1 % réussies</translation>
    </message>
    <message>
        <source>%1 ok · %2 failed · last %3</source>
        <translation>%1 ok · %2 en échec · dernière %3</translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>aucune livraison terminée pour l’instant</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::TriggerPage</name>
    <message>
        <source>Nothing to trigger yet</source>
        <translation>Rien à déclencher pour l’instant</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>Rétablir le modèle</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>The event type to send</source>
        <translation>Le type d’événement à envoyer</translation>
    </message>
    <message>
        <source>Send to every subscribed endpoint, or to one endpoint only</source>
        <translation>Envoyer à chaque endpoint abonné, ou à un seul endpoint</translation>
    </message>
    <message>
        <source>The payload; placeholders such as {{uuid}} and {{now}} are filled in when it is sent</source>
        <translation>La charge utile ; les espaces réservés comme {{uuid}} et {{now}} sont remplis à l’envoi</translation>
    </message>
    <message>
        <source>What the next send would carry (placeholders filled in)</source>
        <translation>Ce que porterait le prochain envoi (espaces réservés remplis)</translation>
    </message>
    <message>
        <source>Send the event now (Ctrl+Enter)</source>
        <translation>Envoyer l’événement maintenant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Double-click to see the deliveries of an event</source>
        <translation>Double-cliquez pour voir les livraisons d’un événement</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>Type d’&amp;événement</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Envoyer &amp;à</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>C&amp;harge utile</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Sent from this window</source>
        <translation>Envoyés depuis cette fenêtre</translation>
    </message>
    <message>
        <source>Double-click an event to see its deliveries.</source>
        <translation>Double-cliquez sur un événement pour voir ses livraisons.</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Planifications</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>Définir un type d’événement</translation>
    </message>
    <message>
        <source>All subscribed endpoints</source>
        <translation>Tous les endpoints abonnés</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>No endpoint receives %1 yet.</source>
        <translation>Aucun endpoint ne reçoit encore %1.</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>Va à %1.</translation>
    </message>
    <message>
        <source>Skipped (disabled or expired): %1.</source>
        <translation>Ignorés (désactivés ou expirés) : %1.</translation>
    </message>
    <message>
        <source>Fix the payload first.</source>
        <translation>Corrigez d’abord la charge utile.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n delivery(s) · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 envoyé · %n livraison · &lt;a href=&quot;%2&quot;&gt;afficher dans le journal&lt;/a&gt;</numerusform>
            <numerusform>%1 envoyé · %n livraisons · &lt;a href=&quot;%2&quot;&gt;afficher dans le journal&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to: %1</source>
        <translation>Non envoyé à : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 → %n delivery(s)</source>
        <translation>
            <numerusform>%1  %2 → %n livraison</numerusform>
            <numerusform>%1  %2 → %n livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n endpoint(s)</source>
        <translation>
            <numerusform>%1 envoyé à %n endpoint</numerusform>
            <numerusform>%1 envoyé à %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger &amp; schedules</source>
        <translation>Déclencher &amp; planifier</translation>
    </message>
    <message>
        <source>Triggering sends an event of one of your event types to every endpoint that subscribes to it. Define an event type first. Schedules fire event types too: their list is in the Schedules tab above.</source>
        <translation>Déclencher envoie un événement de l’un de vos types d’événements à chaque endpoint qui y est abonné. Définissez d’abord un type d’événement. Les planifications déclenchent aussi des types d’événements : leur liste se trouve dans l’onglet Planifications ci-dessus.</translation>
    </message>
</context>
<context>
    <name>Hookbench::Validation</name>
    <message>
        <source>The URL is empty; enter an absolute http:// or https:// URL.</source>
        <translation>L’URL est vide ; saisissez une URL absolue en http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>« %1 » n’est pas une URL valide : %2</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL; it must start with http:// or https://.</source>
        <translation>« %1 » n’est pas une URL absolue ; elle doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only http and https are supported.</source>
        <translation>« %1 » utilise le schéma « %2 » ; seuls http et https sont pris en charge.</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>« %1 » n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation>Le nom d’en-tête est vide.</translation>
    </message>
    <message>
        <source>The header name “%1” contains “%2” at position %3; header names may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation>Le nom d’en-tête « %1 » contient « %2 » à la position %3 ; un nom d’en-tête ne peut contenir que des lettres, des chiffres et !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
    <message>
        <source>The header value contains a line break at position %1; header values must be on one line.</source>
        <translation>La valeur d’en-tête contient un saut de ligne à la position %1 ; une valeur d’en-tête doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The header value contains a NUL byte at position %1.</source>
        <translation>La valeur d’en-tête contient un octet NUL à la position %1.</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as “Name: value”.</source>
        <translation>« %1 » n’est pas un en-tête ; écrivez-le sous la forme « Nom: valeur ».</translation>
    </message>
    <message>
        <source>The event type name is empty.</source>
        <translation>Le nom du type d’événement est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid event type name; use lowercase words separated by dots, such as “issues.opened” or “payment_intent.succeeded”.</source>
        <translation>« %1 » n’est pas un nom de type d’événement valide ; utilisez des mots en minuscules séparés par des points, comme « issues.opened » ou « payment_intent.succeeded ».</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; a wildcard is a dotted prefix followed by “.*”, such as “issues.*”.</source>
        <translation>« %1 » n’est pas un abonnement valide ; un joker est un préfixe pointé suivi de « .* », comme « issues.* ».</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; use an event type name (“issues.opened”), a prefix wildcard (“issues.*”) or “*”.</source>
        <translation>« %1 » n’est pas un abonnement valide ; utilisez un nom de type d’événement (« issues.opened »), un joker de préfixe (« issues.* ») ou « * ».</translation>
    </message>
    <message>
        <source>“%1” is not a supported method; use POST, PUT, PATCH, GET or DELETE.</source>
        <translation>« %1 » n’est pas une méthode prise en charge ; utilisez POST, PUT, PATCH, GET ou DELETE.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>Le nom de l’endpoint est vide.</translation>
    </message>
    <message>
        <source>The endpoint name is longer than 200 characters.</source>
        <translation>Le nom de l’endpoint dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The endpoint subscribes to no event types; add at least one, or “*”.</source>
        <translation>L’endpoint n’est abonné à aucun type d’événement ; ajoutez-en au moins un, ou « * ».</translation>
    </message>
    <message>
        <source>The signing scheme %1 needs at least one secret.</source>
        <translation>Le schéma de signature %1 demande au moins un secret.</translation>
    </message>
    <message>
        <source>A secret is empty.</source>
        <translation>Un secret est vide.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be “whsec_” followed by base64 (24 to 64 random bytes).</source>
        <translation>Un secret Standard Webhooks doit être « whsec_ » suivi de base64 (24 à 64 octets aléatoires).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 ms and 10 minutes.</source>
        <translation>Le délai d’attente doit être compris entre 1 ms et 10 minutes.</translation>
    </message>
    <message>
        <source>The concurrency limit must be between 1 and 256.</source>
        <translation>La limite de simultanéité doit être comprise entre 1 et 256.</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>La limite de débit ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The circuit breaker threshold cannot be negative.</source>
        <translation>Le seuil du disjoncteur ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The retry schedule is empty; it needs at least one entry.</source>
        <translation>Le calendrier de nouvelles tentatives est vide ; il lui faut au moins une entrée.</translation>
    </message>
    <message>
        <source>A retry delay cannot be negative.</source>
        <translation>Un délai de nouvelle tentative ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation>Le nombre de tentatives doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>The backoff cap must be at least the base delay.</source>
        <translation>Le plafond du backoff doit être au moins égal au délai de base.</translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1.</source>
        <translation>Le facteur de backoff doit être au moins 1.</translation>
    </message>
    <message>
        <source>The receiver name is empty.</source>
        <translation>Le nom du récepteur est vide.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (for example 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation>« %1 » n’est pas une adresse IP d’écoute (par exemple 127.0.0.1, ::1 ou 0.0.0.0).</translation>
    </message>
    <message>
        <source>A receiver reachable from other machines needs an access token of at least 16 characters.</source>
        <translation>Un récepteur joignable depuis d’autres machines demande un jeton d’accès d’au moins 16 caractères.</translation>
    </message>
    <message>
        <source>The maximum body size must be at least one byte.</source>
        <translation>La taille maximale du corps doit être d’au moins un octet.</translation>
    </message>
    <message>
        <source>Status %1 is not an HTTP status (100–599).</source>
        <translation>Le statut %1 n’est pas un statut HTTP (100–599).</translation>
    </message>
    <message>
        <source>A rule&apos;s delay cannot be negative.</source>
        <translation>Le délai d’une règle ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A failure percentage must be between 0 and 100.</source>
        <translation>Un pourcentage d’échec doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>A verification secret is empty.</source>
        <translation>Un secret de vérification est vide.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>The signature prefix “%1” contains %2 at position %3; a prefix may only contain visible ASCII characters, and no spaces, which separate the signatures of several secrets.</source>
        <translation>Le préfixe de signature « %1 » contient %2 à la position %3 ; un préfixe ne peut contenir que des caractères ASCII visibles, et aucune espace, qui sépare les signatures de plusieurs secrets.</translation>
    </message>
    <message>
        <source>The URL contains a space at position %1; encode it as %2.</source>
        <translation>L’URL contient une espace à la position %1 ; encodez-la en %2.</translation>
    </message>
    <message>
        <source>The URL contains “%1” at position %2; encode it as %3.</source>
        <translation>L’URL contient « %1 » à la position %2 ; encodez-le en %3.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>Le port « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The port %1 is out of range (1–65535).</source>
        <translation>Le port %1 est hors limites (1–65535).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the workspace “%1”.</source>
        <translation>Impossible de créer le dossier de l’espace de travail « %1 ».</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Impossible d’ouvrir l’espace de travail « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not save the API activity: %1</source>
        <translation>Impossible d’enregistrer l’activité des API : %1</translation>
    </message>
</context>
</TS>
