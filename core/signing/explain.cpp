#include "explain.h"

#include <QCoreApplication>

namespace Hookbench::Signing {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hookbench::Signing", text, disambiguation, n);
}

QStringList explainSignatureHeaders(const HeaderList &headers)
{
    QStringList lines;
    for (const Header &h : headers) {
        const QByteArray name = h.name.toLower();
        if (name == "webhook-id")
            lines
                << tr("webhook-id: the message id (%1), the same on every retry, so the receiver can drop duplicates.")
                       .arg(QString::fromUtf8(h.value));
        else if (name == "webhook-timestamp")
            lines << tr("webhook-timestamp: Unix time of this attempt (%1); receivers reject it beyond 5 minutes "
                        "either way.")
                         .arg(QString::fromUtf8(h.value));
        else if (name == "webhook-signature") {
            const int count = int(h.value.split(' ').size());
            lines << tr("webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, "
                        "\"<webhook-id>.<webhook-timestamp>.<body>\")); %n signature(s), one per active secret.",
                        nullptr, count);
        } else if (name == "x-hub-signature-256")
            lines << tr("X-Hub-Signature-256: \"sha256=\" + lower-case hex HMAC-SHA256 of the raw body, keyed with the "
                        "secret's UTF-8 bytes (GitHub).");
        else if (name == "x-hub-signature")
            lines << tr("X-Hub-Signature: legacy \"sha1=\" + hex HMAC-SHA1 of the raw body (GitHub, WebSub).");
        else if (name == "x-github-delivery")
            lines << tr("X-GitHub-Delivery: the delivery GUID, unchanged on redelivery.");
        else if (name == "x-github-event")
            lines << tr("X-GitHub-Event: the event name (%1); the payload's \"action\" says what happened.")
                         .arg(QString::fromUtf8(h.value));
        else if (name == "stripe-signature")
            lines << tr("Stripe-Signature: t = Unix time, v1 = hex HMAC-SHA256 of \"<t>.<body>\" keyed with the whole "
                        "whsec_ secret; one v1 per active secret.");
    }
    return lines;
}

} // namespace Hookbench::Signing
