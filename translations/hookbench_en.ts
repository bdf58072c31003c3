<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Hookbench::Signing</name>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Event %1: %n delivery(s) queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
