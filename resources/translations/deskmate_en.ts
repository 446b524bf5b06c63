<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>The record is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>The record is intact: %n entry checked.</numerusform>
            <numerusform>The record is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message numerus="yes">
        <source>%n match(es) in other categories</source>
        <translation>
            <numerusform>%n match in other categories</numerusform>
            <numerusform>%n matches in other categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextWords</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es)</source>
        <translation>
            <numerusform>%n fix</numerusform>
            <numerusform>%n fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n line(s)</source>
        <translation>
            <numerusform>last line</numerusform>
            <numerusform>last %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the last 24 hours</source>
        <translation>
            <numerusform>%n entry in the last 24 hours</numerusform>
            <numerusform>%n entries in the last 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to watch</source>
        <translation>
            <numerusform>%n to watch</numerusform>
            <numerusform>%n to watch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineBar</name>
    <message numerus="yes">
        <source>You can put this off %n more time(s)</source>
        <translation>
            <numerusform>You can put this off once more</numerusform>
            <numerusform>You can put this off %n more times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCounts</name>
    <message numerus="yes">
        <source>%n thing(s) need(s) a look</source>
        <translation>
            <numerusform>%n thing needs a look</numerusform>
            <numerusform>%n things need a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer has not restarted for %n day(s). Updates wait for a restart, and a long-running computer slowly gets slower.</source>
        <translation>
            <numerusform>Your computer has not restarted for %n day. Updates wait for a restart, and a long-running computer slowly gets slower.</numerusform>
            <numerusform>Your computer has not restarted for %n days. Updates wait for a restart, and a long-running computer slowly gets slower.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company service(s) do(es) not answer.</source>
        <translation>
            <numerusform>%n company service does not answer.</numerusform>
            <numerusform>%n company services do not answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting, {security} of them for security.</source>
        <translation>
            <numerusform>%n update is waiting, {security} of them for security.</numerusform>
            <numerusform>%n updates are waiting, {security} of them for security.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) ({size}) from {kind}: {path}</source>
        <translation>
            <numerusform>Delete %n file ({size}) from {kind}: {path}</numerusform>
            <numerusform>Delete %n files ({size}) from {kind}: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart your computer in %n minute(s).</source>
        <translation>
            <numerusform>Restart your computer in %n minute.</numerusform>
            <numerusform>Restart your computer in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthLines</name>
    <message numerus="yes">
        <source>{things}, and %n more</source>
        <translation>
            <numerusform>{things}, and %n more</numerusform>
            <numerusform>{things}, and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>%n thing(s) are fine</source>
        <translation>
            <numerusform>%n thing is fine</numerusform>
            <numerusform>%n things are fine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
