<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Deskmate</source>
        <translation>Über Deskmate</translation>
    </message>
    <message>
        <source>Version {version} · provided by {org}</source>
        <translation>Version {version} · bereitgestellt von {org}</translation>
    </message>
    <message>
        <source>How to reach IT</source>
        <translation>So erreichen Sie die IT</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <source>Your Deskmate data and logs are kept on this computer in:</source>
        <translation>Ihre Deskmate-Daten und -Protokolle liegen auf diesem Computer in:</translation>
    </message>
    <message>
        <source>Deskmate is open-source software under the Apache License 2.0, built with Qt for Python (LGPLv3).</source>
        <translation>Deskmate ist Open-Source-Software unter der Apache License 2.0, erstellt mit Qt for Python (LGPLv3).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the version and set-up details for the helpdesk</source>
        <translation>Version und Einrichtungsdetails für den Helpdesk kopieren</translation>
    </message>
    <message>
        <source>For the helpdesk: version, system, profile folder, app catalogue and helpdesk connection.</source>
        <translation>Für den Helpdesk: Version, System, Profilordner, App-Katalog und Helpdesk-Verbindung.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copied: the version and set-up details are on the clipboard</source>
        <translation>Kopiert: Version und Einrichtungsdetails sind in der Zwischenablage</translation>
    </message>
    <message>
        <source>IT portal</source>
        <translation>IT-Portal</translation>
    </message>
    <message>
        <source>Reach IT: {contacts}</source>
        <translation>IT erreichen: {contacts}</translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you have seen it and said yes.</source>
        <translation>Nichts verlässt diesen Computer, ohne dass Sie es gesehen und zugestimmt haben.</translation>
    </message>
    <message>
        <source>In the background Deskmate only downloads IT&apos;s app catalogue and announcements, and checks the status of your own requests.</source>
        <translation>Im Hintergrund lädt Deskmate nur den App-Katalog und die Ankündigungen der IT herunter und fragt den Stand Ihrer eigenen Anfragen ab.</translation>
    </message>
    <message>
        <source>Checks of your computer run here and report to nobody.</source>
        <translation>Die Prüfungen Ihres Computers laufen hier und melden an niemanden.</translation>
    </message>
    <message>
        <source>When you ask for help, you see exactly what will be sent and can remove anything.</source>
        <translation>Wenn Sie um Hilfe bitten, sehen Sie genau, was gesendet wird, und können alles entfernen.</translation>
    </message>
</context>
<context>
    <name>AccessPeriodField</name>
    <message>
        <source>For how long you need it</source>
        <translation>Wie lange Sie den Zugriff brauchen</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>For a number of days</source>
        <translation>Für eine bestimmte Anzahl von Tagen</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>Bis zu einem bestimmten Datum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Anzahl der Tage</translation>
    </message>
    <message>
        <source>Until this date (included)</source>
        <translation>Bis zu diesem Datum (einschließlich)</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source> – {host}</source>
        <translation> – {host}</translation>
    </message>
    <message>
        <source>{sent} sent, {received} received · {result}</source>
        <translation>{sent} gesendet, {received} empfangen · {result}</translation>
    </message>
    <message>
        <source>{command} · exit code {code}</source>
        <translation>{command} · Exit-Code {code}</translation>
    </message>
    <message>
        <source>was {before}, now {after}</source>
        <translation>war {before}, jetzt {after}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>{check}: {before} before, {after} after</source>
        <translation>{check}: vorher {before}, nachher {after}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>der Servername wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation>es hat zu lange gedauert</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>die Antwort war zu groß</translation>
    </message>
    <message>
        <source>the answer was broken</source>
        <translation>die Antwort war beschädigt</translation>
    </message>
    <message>
        <source>the address points elsewhere</source>
        <translation>die Adresse verweist woandershin</translation>
    </message>
    <message>
        <source>the address was not allowed</source>
        <translation>die Adresse war nicht erlaubt</translation>
    </message>
    <message>
        <source>did not work: {why}</source>
        <translation>hat nicht funktioniert: {why}</translation>
    </message>
    <message>
        <source>did not work ({reason})</source>
        <translation>hat nicht funktioniert ({reason})</translation>
    </message>
    <message>
        <source>Checked the app catalogue for updates</source>
        <translation>Den App-Katalog auf Aktualisierungen geprüft</translation>
    </message>
    <message>
        <source>Downloaded an installer</source>
        <translation>Ein Installationsprogramm heruntergeladen</translation>
    </message>
    <message>
        <source>Checked that the helpdesk can be reached</source>
        <translation>Geprüft, ob der Helpdesk erreichbar ist</translation>
    </message>
    <message>
        <source>Sent your help request to IT</source>
        <translation>Ihre Hilfeanfrage an die IT gesendet</translation>
    </message>
    <message>
        <source>Sent your reply to IT</source>
        <translation>Ihre Antwort an die IT gesendet</translation>
    </message>
    <message>
        <source>Sent your rating to IT</source>
        <translation>Ihre Bewertung an die IT gesendet</translation>
    </message>
    <message>
        <source>Asked IT for the status of your request</source>
        <translation>Die IT nach dem Stand Ihrer Anfrage gefragt</translation>
    </message>
    <message>
        <source>Compared this computer&apos;s clock with a company server</source>
        <translation>Die Uhr dieses Computers mit einem Firmenserver verglichen</translation>
    </message>
    <message>
        <source>Checked a connection for a health check</source>
        <translation>Eine Verbindung für eine Zustandsprüfung getestet</translation>
    </message>
    <message>
        <source>Removed entries older than the keeping period</source>
        <translation>Einträge gelöscht, die älter als die Aufbewahrungsfrist sind</translation>
    </message>
    <message>
        <source>Ran the fix “{fix}”</source>
        <translation>Die Behebung „{fix}“ ausgeführt</translation>
    </message>
    <message>
        <source>IT&apos;s policy changed a setting: {name}</source>
        <translation>Eine Richtlinie der IT hat eine Einstellung geändert: {name}</translation>
    </message>
    <message>
        <source>Ran the installer for {app} ({action})</source>
        <translation>Das Installationsprogramm für {app} ausgeführt ({action})</translation>
    </message>
    <message>
        <source>Suggested IT&apos;s alternative to {tool}</source>
        <translation>Die Alternative der IT zu {tool} vorgeschlagen</translation>
    </message>
    <message>
        <source>You chose “{choice}” on the suggestion about {tool}</source>
        <translation>Sie haben beim Vorschlag zu {tool} „{choice}“ gewählt</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>What Deskmate did</source>
        <translation>Was Deskmate getan hat</translation>
    </message>
    <message>
        <source>Everything Deskmate did for you or in the background, kept only on this computer. Nothing here is sent to anyone.</source>
        <translation>Alles, was Deskmate für Sie oder im Hintergrund getan hat – nur auf diesem Computer gespeichert. Nichts davon wird an irgendjemanden gesendet.</translation>
    </message>
    <message>
        <source>Activity entries</source>
        <translation>Aktivitätseinträge</translation>
    </message>
    <message>
        <source>Show exactly what was sent</source>
        <translation>Genau anzeigen, was gesendet wurde</translation>
    </message>
    <message>
        <source>Show exactly what was sent to IT</source>
        <translation>Genau anzeigen, was an die IT gesendet wurde</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Which activity to show</source>
        <translation>Welche Aktivitäten angezeigt werden</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Sent to IT</source>
        <translation>An die IT gesendet</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Behebungen</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message numerus="yes">
        <source>The record is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Das Protokoll ist unverändert: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Protokoll ist unverändert: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {row} was changed or removed after it was written ({reason}).</source>
        <translation>Eintrag {row} wurde nach dem Schreiben geändert oder entfernt ({reason}).</translation>
    </message>
    <message>
        <source>The activity record cannot be read: {error}</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>ActivityWords</name>
    <message>
        <source>held for: {signals}</source>
        <translation>Grund für das Zurückhalten: {signals}</translation>
    </message>
    <message>
        <source>because: {why}</source>
        <translation>Grund: {why}</translation>
    </message>
    <message>
        <source>Showed a held message once you were free</source>
        <translation>Eine zurückgehaltene Mitteilung angezeigt, als Sie wieder Zeit hatten</translation>
    </message>
    <message>
        <source>Showed {count} held messages as one summary</source>
        <translation>{count} zurückgehaltene Mitteilungen als eine Zusammenfassung angezeigt</translation>
    </message>
    <message>
        <source>Showed as a notification: {kind}</source>
        <translation>Als Benachrichtigung angezeigt: {kind}</translation>
    </message>
    <message>
        <source>Marked the tray icon, without a pop-up: {kind}</source>
        <translation>Symbol im Infobereich markiert, ohne Pop-up: {kind}</translation>
    </message>
    <message>
        <source>Held until you were free: {kind}</source>
        <translation>Zurückgehalten, bis Sie wieder Zeit hatten: {kind}</translation>
    </message>
    <message>
        <source>You put off the install of {app} until {until}</source>
        <translation>Sie haben die Installation von {app} auf {until} verschoben</translation>
    </message>
    <message>
        <source>You started the install of {app} before its deadline</source>
        <translation>Sie haben die Installation von {app} vor Ablauf der Frist gestartet</translation>
    </message>
    <message>
        <source>Installed {app} at its deadline, as IT requires</source>
        <translation>{app} bei Ablauf der Frist installiert, wie von der IT vorgeschrieben</translation>
    </message>
    <message>
        <source>The deadline for {app} passed; it waits for you</source>
        <translation>Die Frist für {app} ist abgelaufen; die App wartet auf Sie</translation>
    </message>
    <message>
        <source>{app} is required: a reminder now comes once a day</source>
        <translation>{app} ist vorgeschrieben: Ab jetzt kommt einmal täglich eine Erinnerung</translation>
    </message>
    <message>
        <source>{app} is due within 24 hours: the Home banner stays</source>
        <translation>{app} ist innerhalb von 24 Stunden fällig: Der Hinweis auf der Seite „Start“ bleibt sichtbar</translation>
    </message>
    <message>
        <source>Reminded you that IT needs {app}</source>
        <translation>Sie daran erinnert, dass die IT {app} braucht</translation>
    </message>
    <message>
        <source>{app} is installed; its deadline is met</source>
        <translation>{app} ist installiert; die Frist ist eingehalten</translation>
    </message>
    <message>
        <source>You put off the update of {app} until {until}</source>
        <translation>Sie haben die Aktualisierung von {app} auf {until} verschoben</translation>
    </message>
    <message>
        <source>You started the update of {app} before its deadline</source>
        <translation>Sie haben die Aktualisierung von {app} vor Ablauf der Frist gestartet</translation>
    </message>
    <message>
        <source>Updated {app} at its deadline, as IT requires</source>
        <translation>{app} bei Ablauf der Frist aktualisiert, wie von der IT vorgeschrieben</translation>
    </message>
    <message>
        <source>The deadline for the update of {app} passed</source>
        <translation>Die Frist für die Aktualisierung von {app} ist abgelaufen</translation>
    </message>
    <message>
        <source>{app} needs an update: a reminder now comes once a day</source>
        <translation>{app} braucht eine Aktualisierung: Ab jetzt kommt einmal täglich eine Erinnerung</translation>
    </message>
    <message>
        <source>The update of {app} is due within 24 hours</source>
        <translation>Die Aktualisierung von {app} ist innerhalb von 24 Stunden fällig</translation>
    </message>
    <message>
        <source>Reminded you that IT needs {app} updated</source>
        <translation>Sie daran erinnert, dass die IT die Aktualisierung von {app} braucht</translation>
    </message>
    <message>
        <source>The update of {app} is installed</source>
        <translation>Die Aktualisierung von {app} ist installiert</translation>
    </message>
    <message>
        <source>You put off the restart after updates until {until}</source>
        <translation>Sie haben den Neustart nach Updates auf {until} verschoben</translation>
    </message>
    <message>
        <source>You restarted this computer before its deadline</source>
        <translation>Sie haben diesen Computer vor Ablauf der Frist neu gestartet</translation>
    </message>
    <message>
        <source>Restarted this computer at its deadline, as IT requires</source>
        <translation>Diesen Computer bei Ablauf der Frist neu gestartet, wie von der IT vorgeschrieben</translation>
    </message>
    <message>
        <source>The restart deadline passed; it waits for you</source>
        <translation>Die Frist für den Neustart ist abgelaufen; er wartet auf Sie</translation>
    </message>
    <message>
        <source>A restart is needed: a reminder now comes once a day</source>
        <translation>Ein Neustart ist nötig: Ab jetzt kommt einmal täglich eine Erinnerung</translation>
    </message>
    <message>
        <source>The restart is due within 24 hours: the Home banner stays</source>
        <translation>Der Neustart ist innerhalb von 24 Stunden fällig: Der Hinweis auf der Seite „Start“ bleibt sichtbar</translation>
    </message>
    <message>
        <source>Reminded you that IT needs this computer restarted</source>
        <translation>Sie daran erinnert, dass die IT einen Neustart dieses Computers braucht</translation>
    </message>
    <message>
        <source>notice of an outage</source>
        <translation>Störungsmeldung</translation>
    </message>
    <message>
        <source>announcement from IT</source>
        <translation>Ankündigung der IT</translation>
    </message>
    <message>
        <source>request update</source>
        <translation>Aktualisierung einer Anfrage</translation>
    </message>
    <message>
        <source>suggestion of an approved app</source>
        <translation>Vorschlag einer freigegebenen App</translation>
    </message>
    <message>
        <source>install result</source>
        <translation>Installationsergebnis</translation>
    </message>
    <message>
        <source>health check result</source>
        <translation>Ergebnis einer Zustandsprüfung</translation>
    </message>
    <message>
        <source>restart reminder</source>
        <translation>Erinnerung an einen Neustart</translation>
    </message>
    <message>
        <source>reminder of a required install</source>
        <translation>Erinnerung an eine vorgeschriebene Installation</translation>
    </message>
    <message>
        <source>reminder of an update</source>
        <translation>Erinnerung an eine Aktualisierung</translation>
    </message>
    <message>
        <source>report of a background error</source>
        <translation>Meldung eines Fehlers im Hintergrund</translation>
    </message>
    <message>
        <source>do not disturb was on</source>
        <translation>„Nicht stören“ war eingeschaltet</translation>
    </message>
    <message>
        <source>a window was in full screen</source>
        <translation>ein Fenster war im Vollbild</translation>
    </message>
    <message>
        <source>the camera was in use</source>
        <translation>die Kamera war in Gebrauch</translation>
    </message>
    <message>
        <source>the microphone was in use</source>
        <translation>das Mikrofon war in Gebrauch</translation>
    </message>
    <message>
        <source>your screen was shared</source>
        <translation>Ihr Bildschirm wurde geteilt</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Restart after updates</source>
        <translation>Neustart nach Updates</translation>
    </message>
    <message>
        <source>the ticket folder {folder}</source>
        <translation>den Ticket-Ordner {folder}</translation>
    </message>
    <message>
        <source>your IT helpdesk ({name})</source>
        <translation>Ihren IT-Helpdesk ({name})</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Profilordner</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>App-Katalog</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so Deskmate runs as a normal window. Closing it quits Deskmate.</source>
        <translation>Ihr Desktop hat keinen Infobereich, daher läuft Deskmate als normales Fenster. Wenn Sie es schließen, wird Deskmate beendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; – requests are saved on this computer, not sent to IT. &lt;a href=&quot;{link}&quot;&gt;Details&lt;/a&gt;</source>
        <translation>&lt;b&gt;Demomodus&lt;/b&gt; – Anfragen werden auf diesem Computer gespeichert, nicht an die IT gesendet. &lt;a href=&quot;{link}&quot;&gt;Details&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The app catalogue is a sample signed with a demo key, and help requests are saved as files in &lt;code&gt;{folder}&lt;/code&gt; instead of being sent to IT.</source>
        <translation>&lt;b&gt;Demomodus.&lt;/b&gt; Der App-Katalog ist ein Beispiel, signiert mit einem Demo-Schlüssel, und Hilfeanfragen werden als Dateien in &lt;code&gt;{folder}&lt;/code&gt; gespeichert, statt an die IT zu gehen.</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>An approved alternative to {tool}</source>
        <translation>Eine freigegebene Alternative zu {tool}</translation>
    </message>
    <message>
        <source>{app} is the approved choice: {reason}</source>
        <translation>{app} ist die freigegebene Wahl: {reason}</translation>
    </message>
    <message>
        <source>{subject}: {status}</source>
        <translation>{subject}: {status}</translation>
    </message>
    <message>
        <source>Something went wrong in the background</source>
        <translation>Im Hintergrund ist etwas schiefgegangen</translation>
    </message>
    <message>
        <source>Deskmate could not finish a task: {0}</source>
        <translation>Deskmate konnte eine Aufgabe nicht abschließen: {0}</translation>
    </message>
    <message>
        <source>Installing {app} failed</source>
        <translation>Die Installation von {app} ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AppDetailView</name>
    <message>
        <source>Install progress</source>
        <translation>Installationsfortschritt</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Installationsprotokoll</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Company data</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation>Installation abbrechen</translation>
    </message>
    <message>
        <source>Show install log</source>
        <translation>Installationsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Show the install log</source>
        <translation>Das Installationsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Ask IT for help</source>
        <translation>Die IT um Hilfe bitten</translation>
    </message>
    <message>
        <source>Ask IT for help, with the install log</source>
        <translation>Die IT um Hilfe bitten, mit dem Installationsprotokoll</translation>
    </message>
    <message>
        <source>Only for information that is public anyway</source>
        <translation>Nur für Informationen, die ohnehin öffentlich sind</translation>
    </message>
    <message>
        <source>OK for internal company data</source>
        <translation>Geeignet für interne Firmendaten</translation>
    </message>
    <message>
        <source>OK for confidential company data</source>
        <translation>Geeignet für vertrauliche Firmendaten</translation>
    </message>
    <message>
        <source>OK even for restricted (most sensitive) company data</source>
        <translation>Geeignet sogar für streng vertrauliche (besonders schützenswerte) Firmendaten</translation>
    </message>
    <message>
        <source>OK for company data classed “{name}”</source>
        <translation>Geeignet für Firmendaten der Klasse „{name}“</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Installed: {installed} · Available: {available}</source>
        <translation>Installiert: {installed} · Verfügbar: {available}</translation>
    </message>
    <message>
        <source>⚠ Install failed: </source>
        <translation>⚠ Installation fehlgeschlagen: </translation>
    </message>
    <message>
        <source>For IT: {0}</source>
        <translation>Für die IT: {0}</translation>
    </message>
    <message>
        <source>No install log yet.</source>
        <translation>Noch kein Installationsprotokoll.</translation>
    </message>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Installiert</translation>
    </message>
    <message>
        <source>↑ Installed, update available</source>
        <translation>↑ Installiert, Aktualisierung verfügbar</translation>
    </message>
    <message>
        <source>↗ Web app, opens in your browser</source>
        <translation>↗ Web-App, öffnet sich in Ihrem Browser</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Not available for this computer</source>
        <translation>Für diesen Computer nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot be installed on this computer</source>
        <translation>Kann auf diesem Computer nicht installiert werden</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <source> · required by your organisation</source>
        <translation> · von Ihrer Organisation vorgeschrieben</translation>
    </message>
    <message>
        <source>IT has not made {app} available for this kind of computer. If you need it, ask IT for help.</source>
        <translation>Die IT hat {app} für diese Art von Computer nicht bereitgestellt. Wenn Sie die App brauchen, bitten Sie die IT um Hilfe.</translation>
    </message>
    <message>
        <source>the Windows Package Manager</source>
        <translation>dem Windows-Paket-Manager</translation>
    </message>
    <message>
        <source>Homebrew</source>
        <translation>Homebrew</translation>
    </message>
    <message>
        <source>Flatpak</source>
        <translation>Flatpak</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Snap</translation>
    </message>
    <message>
        <source>the system&apos;s software installer</source>
        <translation>dem Installationsprogramm des Systems</translation>
    </message>
    <message>
        <source>an installer</source>
        <translation>einem Installationsprogramm</translation>
    </message>
    <message>
        <source>{app} installs with {tool}, which is not on this computer, so it cannot be installed from here. IT can set it up for you.</source>
        <translation>{app} wird mit {tool} installiert, und das fehlt auf diesem Computer. Deshalb kann die App nicht von hier aus installiert werden. Die IT kann das für Sie einrichten.</translation>
    </message>
    <message>
        <source>your manager</source>
        <translation>Ihrer Führungskraft</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>der IT</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reinstall</source>
        <translation>Neu installieren</translation>
    </message>
    <message>
        <source>Request access from {who}</source>
        <translation>Zugriff bei {who} anfragen</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>Hide install log</source>
        <translation>Installationsprotokoll ausblenden</translation>
    </message>
</context>
<context>
    <name>AppListDelegate</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Installiert</translation>
    </message>
    <message>
        <source>↑ Update available</source>
        <translation>↑ Aktualisierung verfügbar</translation>
    </message>
    <message>
        <source>↗ Web app</source>
        <translation>↗ Web-App</translation>
    </message>
    <message>
        <source>Not for this computer</source>
        <translation>Nicht für diesen Computer</translation>
    </message>
    <message>
        <source>Can’t install</source>
        <translation>Nicht installierbar</translation>
    </message>
    <message>
        <source>⚠ Required, not installed</source>
        <translation>⚠ Vorgeschrieben, nicht installiert</translation>
    </message>
</context>
<context>
    <name>AppShelfList</name>
    <message>
        <source>Show apps</source>
        <translation>Apps anzeigen</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>{name}, {count} apps</source>
        <translation>{name}, {count} Apps</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Software your organisation has approved. Installing needs no ticket.</source>
        <translation>Software, die Ihre Organisation freigegeben hat. Zum Installieren brauchen Sie kein Ticket.</translation>
    </message>
    <message>
        <source>Catalogue not updated</source>
        <translation>Katalog nicht aktualisiert</translation>
    </message>
    <message>
        <source>Search apps, or a tool you know (e.g. Dropbox)</source>
        <translation>Apps suchen oder ein Programm, das Sie kennen (z. B. Dropbox)</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Show apps</source>
        <translation>Apps anzeigen</translation>
    </message>
    <message>
        <source>Approved apps</source>
        <translation>Freigegebene Apps</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the matches in all categories</source>
        <translation>Die Treffer in allen Kategorien anzeigen</translation>
    </message>
    <message>
        <source>Can&apos;t find it?</source>
        <translation>Nicht gefunden?</translation>
    </message>
    <message>
        <source>Ask for an app</source>
        <translation>App anfragen</translation>
    </message>
    <message>
        <source>Can&apos;t find it? Ask for an app</source>
        <translation>Nicht gefunden? App anfragen</translation>
    </message>
    <message>
        <source>Showing the last verified catalogue from {when}. The newest one was refused: {why}</source>
        <translation>Angezeigt wird der zuletzt geprüfte Katalog vom {when}. Der neueste wurde abgelehnt: {why}</translation>
    </message>
    <message>
        <source>a file in it does not match what IT signed.</source>
        <translation>Eine Datei darin stimmt nicht mit dem überein, was die IT signiert hat.</translation>
    </message>
    <message>
        <source>it is older than one this computer already had.</source>
        <translation>Er ist älter als einer, den dieser Computer schon hatte.</translation>
    </message>
    <message>
        <source>its signature has expired.</source>
        <translation>Seine Signatur ist abgelaufen.</translation>
    </message>
    <message>
        <source>it is not signed with your organisation&apos;s keys.</source>
        <translation>Er ist nicht mit den Schlüsseln Ihrer Organisation signiert.</translation>
    </message>
    <message>
        <source>a file in it is larger than allowed.</source>
        <translation>Eine Datei darin ist größer als erlaubt.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>Er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Wird heruntergeladen – {percent} %</translation>
    </message>
    <message>
        <source>Installing {percent}%</source>
        <translation>Wird installiert – {percent} %</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation>Die Installation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>{app} is installed.</source>
        <translation>{app} ist installiert.</translation>
    </message>
    <message>
        <source>The install log says why; Ask IT for help sends it to IT.</source>
        <translation>Das Installationsprotokoll nennt den Grund; „Die IT um Hilfe bitten“ schickt es an die IT.</translation>
    </message>
    <message>
        <source>You closed the password prompt, so nothing was installed.</source>
        <translation>Sie haben die Passwortabfrage geschlossen, daher wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Your account is not allowed to install system packages.</source>
        <translation>Ihr Konto darf keine Systempakete installieren.</translation>
    </message>
    <message>
        <source>You closed the password prompt, or the installer failed.</source>
        <translation>Sie haben die Passwortabfrage geschlossen, oder das Installationsprogramm ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The install took too long and was stopped. Its log may say why.</source>
        <translation>Die Installation hat zu lange gedauert und wurde abgebrochen. Das Protokoll nennt vielleicht den Grund.</translation>
    </message>
    <message>
        <source>The install stopped unexpectedly, so it may not have finished. Try again, or ask IT for help.</source>
        <translation>Die Installation wurde unerwartet beendet und ist möglicherweise nicht abgeschlossen. Versuchen Sie es erneut, oder bitten Sie die IT um Hilfe.</translation>
    </message>
    <message>
        <source>Deskmate could not run the installer.</source>
        <translation>Deskmate konnte das Installationsprogramm nicht ausführen.</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer.</source>
        <translation>Auf diesem Computer konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>{app} could not be opened.</source>
        <translation>{app} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Every app from the catalogue on this computer is up to date.</source>
        <translation>Alle Apps aus dem Katalog auf diesem Computer sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>No app from the catalogue is installed on this computer yet.</source>
        <translation>Auf diesem Computer ist noch keine App aus dem Katalog installiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in other categories</source>
        <translation>
            <numerusform>%n Treffer in anderen Kategorien</numerusform>
            <numerusform>%n Treffer in anderen Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>The app catalogue is not available yet. Check the Health page.</source>
        <translation>Der App-Katalog ist noch nicht verfügbar. Sehen Sie auf der Seite „Zustand“ nach.</translation>
    </message>
    <message>
        <source>Nothing in {category} matches “{query}”.</source>
        <translation>Nichts in {category} passt zu „{query}“.</translation>
    </message>
    <message>
        <source>No approved app matches “{query}”. Ask for it below.</source>
        <translation>Keine freigegebene App passt zu „{query}“. Fragen Sie sie unten an.</translation>
    </message>
</context>
<context>
    <name>AttentionBridge</name>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <source>{count} messages held during your {reasons}</source>
        <translation>{count} Mitteilungen während {reasons} zurückgehalten</translation>
    </message>
    <message>
        <source>While you were in a meeting</source>
        <translation>Während Sie in einer Besprechung waren</translation>
    </message>
    <message>
        <source>While you were in full screen</source>
        <translation>Während Sie im Vollbild waren</translation>
    </message>
    <message>
        <source>While do not disturb was on</source>
        <translation>Während „Nicht stören“ eingeschaltet war</translation>
    </message>
    <message>
        <source>During your quiet hours</source>
        <translation>Während Ihrer Ruhezeiten</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Ihrer Besprechung</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>Ihrer Präsentation</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>des Modus „Nicht stören“</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>Ihrer Ruhezeiten</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>{fix} for {check}</source>
        <translation>{fix} für {check}</translation>
    </message>
    <message>
        <source>Ask IT about this</source>
        <translation>Die IT dazu fragen</translation>
    </message>
    <message>
        <source>Ask IT about {check}</source>
        <translation>Die IT zu {check} fragen</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <source>Need something today? Contact IT: {contacts}</source>
        <translation>Brauchen Sie heute etwas? Wenden Sie sich an die IT: {contacts}</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Zurück zum Start</translation>
    </message>
</context>
<context>
    <name>ContextItemModel</name>
    <message>
        <source>Attached as {0}</source>
        <translation>Angehängt als {0}</translation>
    </message>
    <message>
        <source>included</source>
        <translation>wird mitgesendet</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>wird nicht mitgesendet</translation>
    </message>
</context>
<context>
    <name>ContextReading</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ContextWords</name>
    <message>
        <source>Diagnostics snapshot</source>
        <translation>Momentaufnahme der Prüfungen</translation>
    </message>
    <message>
        <source>Device facts</source>
        <translation>Gerätedaten</translation>
    </message>
    <message>
        <source>Health timeline</source>
        <translation>Zustandsverlauf</translation>
    </message>
    <message>
        <source>Fixes already tried</source>
        <translation>Bereits versuchte Behebungen</translation>
    </message>
    <message>
        <source>Deskmate log</source>
        <translation>Deskmate-Protokoll</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Installationsprotokoll</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>Readable report</source>
        <translation>Lesbarer Bericht</translation>
    </message>
    <message>
        <source>What Deskmate did recently</source>
        <translation>Was Deskmate zuletzt getan hat</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es)</source>
        <translation>
            <numerusform>%n Behebung</numerusform>
            <numerusform>%n Behebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n line(s)</source>
        <translation>
            <numerusform>letzte Zeile</numerusform>
            <numerusform>letzte %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the last 24 hours</source>
        <translation>
            <numerusform>%n Eintrag in den letzten 24 Stunden</numerusform>
            <numerusform>%n Einträge in den letzten 24 Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n to watch</source>
        <translation>
            <numerusform>%n zu beobachten</numerusform>
            <numerusform>%n zu beobachten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to watch</source>
        <translation>nichts zu beobachten</translation>
    </message>
    <message>
        <source>{checks}: {problems}, {watch}</source>
        <translation>{checks}: {problems}, {watch}</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{width}×{height}, {size}</source>
        <translation>{width}×{height}, {size}</translation>
    </message>
</context>
<context>
    <name>DataInventory</name>
    <message>
        <source>Health check results and fixes you ran</source>
        <translation>Ergebnisse der Zustandsprüfungen und Ihre ausgeführten Behebungen</translation>
    </message>
    <message>
        <source>This computer (profile database)</source>
        <translation>Dieser Computer (Profildatenbank)</translation>
    </message>
    <message>
        <source>IT, only inside a help request</source>
        <translation>Die IT, nur innerhalb einer Hilfeanfrage</translation>
    </message>
    <message>
        <source>When you send a request and leave them in it</source>
        <translation>Wenn Sie eine Anfrage senden und sie darin lassen</translation>
    </message>
    <message>
        <source>Device facts (computer name, system version, model)</source>
        <translation>Gerätedaten (Computername, Systemversion, Modell)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Deskmate&apos;s own log</source>
        <translation>Das eigene Protokoll von Deskmate</translation>
    </message>
    <message>
        <source>This computer (log folder, rotated)</source>
        <translation>Dieser Computer (Protokollordner, rotiert)</translation>
    </message>
    <message>
        <source>When you add it to a request</source>
        <translation>Wenn Sie es einer Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>This computer, only while you write a request</source>
        <translation>Dieser Computer, nur während Sie eine Anfrage schreiben</translation>
    </message>
    <message>
        <source>When you take one and leave it in</source>
        <translation>Wenn Sie eines aufnehmen und darin lassen</translation>
    </message>
    <message>
        <source>Your requests, replies and ratings</source>
        <translation>Ihre Anfragen, Antworten und Bewertungen</translation>
    </message>
    <message>
        <source>This computer (outbox); after helpdesk.keep_sent_days only their SHA-256</source>
        <translation>Dieser Computer (Postausgang); nach helpdesk.keep_sent_days nur ihr SHA-256</translation>
    </message>
    <message>
        <source>Your company&apos;s helpdesk</source>
        <translation>Der Helpdesk Ihres Unternehmens</translation>
    </message>
    <message>
        <source>When you press Send</source>
        <translation>Wenn Sie auf „Senden“ klicken</translation>
    </message>
    <message>
        <source>Your work e-mail address</source>
        <translation>Ihre geschäftliche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>This computer (settings)</source>
        <translation>Dieser Computer (Einstellungen)</translation>
    </message>
    <message>
        <source>With each request, so IT can answer you</source>
        <translation>Mit jeder Anfrage, damit die IT Ihnen antworten kann</translation>
    </message>
    <message>
        <source>Programs seen running (for app suggestions)</source>
        <translation>Laufende Programme (für App-Vorschläge)</translation>
    </message>
    <message>
        <source>This computer, in memory</source>
        <translation>Dieser Computer, im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Activity record (this list of what Deskmate did)</source>
        <translation>Aktivitätsprotokoll (diese Liste dessen, was Deskmate getan hat)</translation>
    </message>
    <message>
        <source>This computer (activity.keep_days, default 90 days)</source>
        <translation>Dieser Computer (activity.keep_days, Standard 90 Tage)</translation>
    </message>
    <message>
        <source>Never, unless you add it to a request yourself</source>
        <translation>Nie, es sei denn, Sie fügen es selbst einer Anfrage hinzu</translation>
    </message>
    <message>
        <source>Catalogue and announcement requests</source>
        <translation>Abrufe von Katalog und Ankündigungen</translation>
    </message>
    <message>
        <source>Not stored beyond the catalogue copy</source>
        <translation>Nicht über die Katalogkopie hinaus gespeichert</translation>
    </message>
    <message>
        <source>Your company&apos;s catalogue server sees this computer&apos;s address</source>
        <translation>Der Katalogserver Ihres Unternehmens sieht die Adresse dieses Computers</translation>
    </message>
    <message>
        <source>In the background, on a timer</source>
        <translation>Im Hintergrund, nach Zeitplan</translation>
    </message>
    <message>
        <source>Helpdesk secrets (tokens, passwords)</source>
        <translation>Helpdesk-Geheimnisse (Tokens, Passwörter)</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain</source>
        <translation>Der Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>Only used to sign in to the helpdesk</source>
        <translation>Nur zur Anmeldung beim Helpdesk verwendet</translation>
    </message>
</context>
<context>
    <name>DeadlineBar</name>
    <message>
        <source>Install now</source>
        <translation>Jetzt installieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; installs in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; wird in {m}:{s:02d} installiert, wie von der IT vorgeschrieben. Speichern Sie Ihre Arbeit oder starten Sie die Installation jetzt.</translation>
    </message>
    <message>
        <source>IT needs &lt;b&gt;{app}&lt;/b&gt; on this computer.</source>
        <translation>Die IT braucht &lt;b&gt;{app}&lt;/b&gt; auf diesem Computer.</translation>
    </message>
    <message>
        <source>IT needs the update of &lt;b&gt;{app}&lt;/b&gt; on this computer.</source>
        <translation>Die IT braucht die Aktualisierung von &lt;b&gt;{app}&lt;/b&gt; auf diesem Computer.</translation>
    </message>
    <message>
        <source>IT needs this computer restarted to finish installing updates.</source>
        <translation>Die IT braucht einen Neustart dieses Computers, um die Installation der Updates abzuschließen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; updates in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; wird in {m}:{s:02d} aktualisiert, wie von der IT vorgeschrieben. Speichern Sie Ihre Arbeit oder starten Sie die Aktualisierung jetzt.</translation>
    </message>
    <message>
        <source>This computer restarts in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation>Dieser Computer wird in {m}:{s:02d} neu gestartet, wie von der IT vorgeschrieben. Speichern Sie Ihre Arbeit oder starten Sie jetzt neu.</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Jetzt erledigen</translation>
    </message>
    <message>
        <source>IT needed &lt;b&gt;{app}&lt;/b&gt; on this computer by {when}, and it is not installed yet.</source>
        <translation>Die IT brauchte &lt;b&gt;{app}&lt;/b&gt; auf diesem Computer bis {when}, und die App ist noch nicht installiert.</translation>
    </message>
    <message>
        <source>IT needed &lt;b&gt;{app}&lt;/b&gt; updated by {when}, and the update is not installed yet.</source>
        <translation>Die IT brauchte die Aktualisierung von &lt;b&gt;{app}&lt;/b&gt; bis {when}, und sie ist noch nicht installiert.</translation>
    </message>
    <message>
        <source>IT needed this computer restarted by {when} to finish installing updates.</source>
        <translation>Die IT brauchte einen Neustart dieses Computers bis {when}, um die Installation der Updates abzuschließen.</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>{allowance}; {consequence}.</source>
        <translation>{allowance}; {consequence}.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <source>You put it off on {times}.</source>
        <translation>Sie haben es am {times} verschoben.</translation>
    </message>
    <message>
        <source>You cannot put this off again</source>
        <translation>Sie können dies nicht mehr verschieben</translation>
    </message>
    <message numerus="yes">
        <source>You can put this off %n more time(s)</source>
        <translation>
            <numerusform>Sie können dies noch einmal verschieben</numerusform>
            <numerusform>Sie können dies noch %n-mal verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>it will install on {when} if not done</source>
        <translation>am {when} wird sie installiert, falls nicht schon geschehen</translation>
    </message>
    <message>
        <source>it will update on {when} if not done</source>
        <translation>am {when} wird sie aktualisiert, falls nicht schon geschehen</translation>
    </message>
    <message>
        <source>it will restart on {when} if not done</source>
        <translation>am {when} wird er neu gestartet, falls nicht schon geschehen</translation>
    </message>
    <message>
        <source>from {when} it shows as a problem on the Health page</source>
        <translation>ab {when} erscheint sie als Problem auf der Seite „Zustand“</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>Tonight at {time}</source>
        <translation>Heute Abend um {time}</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>Put it off: {choice}</source>
        <translation>Verschieben: {choice}</translation>
    </message>
</context>
<context>
    <name>DeadlineBridge</name>
    <message>
        <source>IT needs {app} within a day</source>
        <translation>Die IT braucht {app} innerhalb eines Tages</translation>
    </message>
    <message>
        <source>IT needs {app} updated within a day</source>
        <translation>Die IT braucht die Aktualisierung von {app} innerhalb eines Tages</translation>
    </message>
    <message>
        <source>IT needs this computer restarted within a day</source>
        <translation>Die IT braucht einen Neustart dieses Computers innerhalb eines Tages</translation>
    </message>
    <message>
        <source>IT needs {app} on this computer</source>
        <translation>Die IT braucht {app} auf diesem Computer</translation>
    </message>
    <message>
        <source>IT needs {app} updated</source>
        <translation>Die IT braucht die Aktualisierung von {app}</translation>
    </message>
    <message>
        <source>IT needs this computer restarted</source>
        <translation>Die IT braucht einen Neustart dieses Computers</translation>
    </message>
    <message>
        <source>IT needs {app} installed</source>
        <translation>Die IT benötigt {app} auf diesem Computer</translation>
    </message>
    <message>
        <source>{app} has an update</source>
        <translation>Für {app} gibt es ein Update</translation>
    </message>
    <message>
        <source>A restart is needed</source>
        <translation>Ein Neustart ist erforderlich</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Nothing is due now.</source>
        <translation>Derzeit ist nichts fällig.</translation>
    </message>
    <message>
        <source>IT needs the update by {when}.</source>
        <translation>Die IT benötigt das Update bis {when}.</translation>
    </message>
    <message>
        <source>IT needs it by {when}.</source>
        <translation>Die IT benötigt es bis {when}.</translation>
    </message>
    <message>
        <source>Its deadline passed on {when}; the Health page shows it as a problem.</source>
        <translation>Die Frist ist am {when} abgelaufen; die Seite „Zustand“ zeigt es als Problem.</translation>
    </message>
    <message>
        <source>Updated at its deadline on {when}, as IT requires.</source>
        <translation>Am {when} zur Frist aktualisiert, wie von der IT verlangt.</translation>
    </message>
    <message>
        <source>Installed at its deadline on {when}, as IT requires.</source>
        <translation>Am {when} zur Frist installiert, wie von der IT verlangt.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Die Fehlerdetails in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Deskmate hit a problem</source>
        <translation>Deskmate ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate. It will keep running, but the last action may not have finished. If this happens again, send the details to IT.</source>
        <translation>In Deskmate ist etwas schiefgegangen. Deskmate läuft weiter, aber die letzte Aktion wurde eventuell nicht abgeschlossen. Wenn das wieder passiert, senden Sie die Details an die IT.</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>The helpdesk cannot be reached right now.</source>
        <translation>Der Helpdesk ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>The helpdesk did not answer in time.</source>
        <translation>Der Helpdesk hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the helpdesk failed.</source>
        <translation>Die sichere Verbindung zum Helpdesk ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The helpdesk is busy or unavailable.</source>
        <translation>Der Helpdesk ist ausgelastet oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>The helpdesk refused the request.</source>
        <translation>Der Helpdesk hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The helpdesk refused Deskmate&apos;s sign-in; IT must check it.</source>
        <translation>Der Helpdesk hat die Anmeldung von Deskmate abgelehnt; die IT muss sie prüfen.</translation>
    </message>
    <message>
        <source>The helpdesk is not set up correctly; IT must fix it.</source>
        <translation>Der Helpdesk ist nicht richtig eingerichtet; die IT muss das beheben.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s password or token is missing on this computer.</source>
        <translation>Das Passwort oder Token für den Helpdesk fehlt auf diesem Computer.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer Deskmate cannot read.</source>
        <translation>Der Helpdesk hat eine Antwort gesendet, die Deskmate nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request could not be delivered this time.</source>
        <translation>Die Anfrage konnte diesmal nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate while sending.</source>
        <translation>Beim Senden ist in Deskmate ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The request could not be delivered.</source>
        <translation>Die Anfrage konnte nicht zugestellt werden.</translation>
    </message>
</context>
<context>
    <name>FeaturedAppsBar</name>
    <message>
        <source>Featured</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Featured: {name}</source>
        <translation>Empfohlen: {name}</translation>
    </message>
</context>
<context>
    <name>FixReasonWords</name>
    <message>
        <source>There is nothing to delete: the files are already gone.</source>
        <translation>Es gibt nichts zu löschen: Die Dateien sind schon weg.</translation>
    </message>
    <message>
        <source>This computer keeps no name cache that Deskmate can empty.</source>
        <translation>Dieser Computer hat keinen Namens-Cache, den Deskmate leeren kann.</translation>
    </message>
    <message>
        <source>Deskmate cannot open that settings page on this computer.</source>
        <translation>Deskmate kann diese Einstellungsseite auf diesem Computer nicht öffnen.</translation>
    </message>
    <message>
        <source>No program is keeping the processor busy any more.</source>
        <translation>Kein Programm lastet den Prozessor noch aus.</translation>
    </message>
    <message>
        <source>That program is not one of yours, so Deskmate may not close it.</source>
        <translation>Dieses Programm gehört nicht Ihnen, daher darf Deskmate es nicht schließen.</translation>
    </message>
    <message>
        <source>That program has already closed.</source>
        <translation>Das Programm ist bereits beendet.</translation>
    </message>
    <message>
        <source>Deskmate could not find anything to do here.</source>
        <translation>Deskmate hat hier nichts gefunden, was es tun könnte.</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>Deskmate: {state}</source>
        <translation>Deskmate: {state}</translation>
    </message>
    <message>
        <source>Click to see what is wrong and how to fix it.</source>
        <translation>Klicken Sie, um zu sehen, was nicht stimmt und wie Sie es beheben.</translation>
    </message>
</context>
<context>
    <name>HealthCounts</name>
    <message>
        <source>Everything looks fine</source>
        <translation>Alles sieht gut aus</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need(s) a look</source>
        <translation>
            <numerusform>%n Punkt braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Punkte brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer has not restarted for %n day(s). Updates wait for a restart, and a long-running computer slowly gets slower.</source>
        <translation>
            <numerusform>Ihr Computer wurde seit %n Tag nicht neu gestartet. Updates warten auf einen Neustart, und ein Computer, der lange läuft, wird allmählich langsamer.</numerusform>
            <numerusform>Ihr Computer wurde seit %n Tagen nicht neu gestartet. Updates warten auf einen Neustart, und ein Computer, der lange läuft, wird allmählich langsamer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company service(s) do(es) not answer.</source>
        <translation>
            <numerusform>%n Firmendienst antwortet nicht.</numerusform>
            <numerusform>%n Firmendienste antworten nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting, {security} of them for security.</source>
        <translation>
            <numerusform>%n Update wartet, davon {security} für die Sicherheit.</numerusform>
            <numerusform>%n Updates warten, davon {security} für die Sicherheit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) ({size}) from {kind}: {path}</source>
        <translation>
            <numerusform>%n Datei ({size}) aus {kind} löschen: {path}</numerusform>
            <numerusform>%n Dateien ({size}) aus {kind} löschen: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart your computer in %n minute(s).</source>
        <translation>
            <numerusform>Ihren Computer in %n Minute neu starten.</numerusform>
            <numerusform>Ihren Computer in %n Minuten neu starten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthLines</name>
    <message>
        <source>Your computer looks fine</source>
        <translation>Ihr Computer sieht gut aus</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Geprüft um {time}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things}, and %n more</source>
        <translation>
            <numerusform>{things} sowie %n weiterer Punkt</numerusform>
            <numerusform>{things} sowie %n weitere Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Check my computer</source>
        <translation>Computer prüfen</translation>
    </message>
    <message>
        <source>Deskmate looks at the usual causes of trouble.</source>
        <translation>Deskmate sieht sich die üblichen Ursachen für Probleme an.</translation>
    </message>
    <message>
        <source>Request outbox</source>
        <translation>Postausgang für Anfragen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run all checks again</source>
        <translation>Alle Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Still not working? Ask for help</source>
        <translation>Geht es immer noch nicht? Hilfe anfordern</translation>
    </message>
    <message>
        <source>Ask IT for help with these results attached</source>
        <translation>Die IT um Hilfe bitten, mit diesen Ergebnissen im Anhang</translation>
    </message>
    <message>
        <source>Deskmate&apos;s request outbox was damaged and moved aside to {0}; a fresh one was started. Requests you send now are kept as usual.</source>
        <translation>Der Postausgang von Deskmate war beschädigt und wurde nach {0} verschoben; ein neuer wurde angelegt. Anfragen, die Sie jetzt senden, werden wie gewohnt aufbewahrt.</translation>
    </message>
    <message>
        <source>Deskmate cannot save requests: your profile folder {0} is read-only or full. The checks still run; a request you write can be copied and sent another way.</source>
        <translation>Deskmate kann keine Anfragen speichern: Ihr Profilordner {0} ist schreibgeschützt oder voll. Die Prüfungen laufen weiter; eine Anfrage, die Sie schreiben, können Sie kopieren und auf anderem Weg senden.</translation>
    </message>
    <message>
        <source>The checks could not run. Try again, or ask for help.</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden. Versuchen Sie es erneut oder bitten Sie um Hilfe.</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) are fine</source>
        <translation>
            <numerusform>%n Punkt ist in Ordnung</numerusform>
            <numerusform>%n Punkte sind in Ordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked on this computer ({n})</source>
        <translation>Auf diesem Computer nicht geprüft ({n})</translation>
    </message>
    <message>
        <source>Deskmate will:</source>
        <translation>Deskmate wird:</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message>
        <source>Ask IT for help now?</source>
        <translation>Jetzt die IT um Hilfe bitten?</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Nichts zu beheben</translation>
    </message>
    <message>
        <source>{reason} If the problem stays, ask IT for help.</source>
        <translation>{reason} Wenn das Problem bleibt, bitten Sie die IT um Hilfe.</translation>
    </message>
</context>
<context>
    <name>HealthWording</name>
    <message>
        <source>{name} (version {version}, build {build}).</source>
        <translation>{name} (Version {version}, Build {build}).</translation>
    </message>
    <message>
        <source>Busiest program: {name} ({cpu}% CPU, {mem}% memory).</source>
        <translation>Aktivstes Programm: {name} ({cpu} % CPU, {mem} % Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Time since last restart</source>
        <translation>Zeit seit dem letzten Neustart</translation>
    </message>
    <message>
        <source>Save your work and restart. Deskmate can schedule the restart for you.</source>
        <translation>Speichern Sie Ihre Arbeit und starten Sie neu. Deskmate kann den Neustart für Sie planen.</translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation>Prozessorauslastung</translation>
    </message>
    <message>
        <source>The processor is {pct}% busy on average.</source>
        <translation>Der Prozessor ist im Mittel zu {pct} % ausgelastet.</translation>
    </message>
    <message>
        <source>Close programs you do not need. Deskmate can close the busiest one.</source>
        <translation>Schließen Sie Programme, die Sie nicht brauchen. Deskmate kann das aktivste schließen.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Only {available_percent}% of memory is free, so programs wait for each other.</source>
        <translation>Nur {available_percent} % des Arbeitsspeichers sind frei, deshalb warten Programme aufeinander.</translation>
    </message>
    <message>
        <source>Close programs or browser tabs you do not need.</source>
        <translation>Schließen Sie Programme oder Browser-Tabs, die Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Your disk is nearly full. Programs and updates fail when it runs out.</source>
        <translation>Ihr Datenträger ist fast voll. Programme und Updates schlagen fehl, wenn er voll ist.</translation>
    </message>
    <message>
        <source>Free space: Deskmate can delete old temporary files and empty the trash.</source>
        <translation>Platz schaffen: Deskmate kann alte temporäre Dateien löschen und den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <source>Plug in your charger. If the battery is worn, ask IT for a replacement.</source>
        <translation>Schließen Sie das Ladegerät an. Ist der Akku verschlissen, bitten Sie die IT um Ersatz.</translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation>Aktivste Programme</translation>
    </message>
    <message>
        <source>One program is using a large share of your computer.</source>
        <translation>Ein Programm beansprucht einen großen Teil Ihres Computers.</translation>
    </message>
    <message>
        <source>If you do not need it right now, close it.</source>
        <translation>Wenn Sie es gerade nicht brauchen, schließen Sie es.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Your clock is right (off by {skew} s).</source>
        <translation>Ihre Uhr geht richtig (Abweichung {skew} s).</translation>
    </message>
    <message>
        <source>Your clock is off by {skew_seconds} seconds. Sign-in and secure websites fail when the clock is wrong.</source>
        <translation>Ihre Uhr geht um {skew_seconds} Sekunden falsch. Anmeldungen und sichere Websites scheitern, wenn die Uhr falsch geht.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your settings.</source>
        <translation>Schalten Sie in Ihren Einstellungen Datum und Uhrzeit automatisch ein.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Connected through {names}.</source>
        <translation>Verbunden über {names}.</translation>
    </message>
    <message>
        <source>Your computer is not connected to any network.</source>
        <translation>Ihr Computer ist mit keinem Netzwerk verbunden.</translation>
    </message>
    <message>
        <source>Turn on Wi-Fi or plug in the network cable.</source>
        <translation>Schalten Sie WLAN ein oder stecken Sie das Netzwerkkabel ein.</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Your router answers the way out.</source>
        <translation>Ihr Router antwortet.</translation>
    </message>
    <message>
        <source>Your computer has no route to other networks.</source>
        <translation>Ihr Computer hat keinen Weg in andere Netzwerke.</translation>
    </message>
    <message>
        <source>Reconnect to Wi-Fi or the cable; if that does not help, restart.</source>
        <translation>Verbinden Sie sich erneut mit dem WLAN oder dem Kabel; hilft das nicht, starten Sie neu.</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Firmennamen</translation>
    </message>
    <message>
        <source>Company addresses are found.</source>
        <translation>Firmenadressen werden gefunden.</translation>
    </message>
    <message>
        <source>Some company addresses cannot be looked up.</source>
        <translation>Einige Firmenadressen können nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Deskmate can clear the name cache. If that does not help, ask IT.</source>
        <translation>Deskmate kann den Namens-Cache leeren. Hilft das nicht, fragen Sie die IT.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>The internet is reachable.</source>
        <translation>Das Internet ist erreichbar.</translation>
    </message>
    <message>
        <source>The internet cannot be reached from here.</source>
        <translation>Das Internet ist von hier aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>If you are in a hotel or on guest Wi-Fi, open your browser and sign in there. Otherwise check your network settings.</source>
        <translation>Wenn Sie im Hotel oder in einem Gast-WLAN sind, öffnen Sie Ihren Browser und melden Sie sich dort an. Prüfen Sie sonst Ihre Netzwerkeinstellungen.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Your proxy answers.</source>
        <translation>Ihr Proxy antwortet.</translation>
    </message>
    <message>
        <source>No proxy is set; connections go direct.</source>
        <translation>Kein Proxy eingestellt; Verbindungen gehen direkt.</translation>
    </message>
    <message>
        <source>The proxy your computer is set to use does not answer.</source>
        <translation>Der Proxy, den Ihr Computer verwenden soll, antwortet nicht.</translation>
    </message>
    <message>
        <source>Check the proxy in your network settings, or ask IT.</source>
        <translation>Prüfen Sie den Proxy in Ihren Netzwerkeinstellungen oder fragen Sie die IT.</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>VPN connected.</source>
        <translation>VPN verbunden.</translation>
    </message>
    <message>
        <source>No VPN in use.</source>
        <translation>Kein VPN in Gebrauch.</translation>
    </message>
    <message>
        <source>Your VPN is not connected, so company services may be out of reach.</source>
        <translation>Ihr VPN ist nicht verbunden, daher sind Firmendienste eventuell nicht erreichbar.</translation>
    </message>
    <message>
        <source>Start your VPN program and connect.</source>
        <translation>Starten Sie Ihr VPN-Programm und verbinden Sie sich.</translation>
    </message>
    <message>
        <source>Company services</source>
        <translation>Firmendienste</translation>
    </message>
    <message>
        <source>Company services answer.</source>
        <translation>Die Firmendienste antworten.</translation>
    </message>
    <message>
        <source>Check your VPN. If it is connected, the service may be down: ask IT.</source>
        <translation>Prüfen Sie Ihr VPN. Ist es verbunden, ist der Dienst vielleicht gestört: Fragen Sie die IT.</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Your firewall is on.</source>
        <translation>Ihre Firewall ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Your firewall is off, so others on the network can reach your computer.</source>
        <translation>Ihre Firewall ist ausgeschaltet, daher können andere im Netzwerk Ihren Computer erreichen.</translation>
    </message>
    <message>
        <source>Turn the firewall on in your security settings.</source>
        <translation>Schalten Sie die Firewall in Ihren Sicherheitseinstellungen ein.</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Festplattenverschlüsselung</translation>
    </message>
    <message>
        <source>Your disk is encrypted.</source>
        <translation>Ihr Datenträger ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Your disk is not encrypted. If your computer is lost, anyone can read your files.</source>
        <translation>Ihr Datenträger ist nicht verschlüsselt. Geht Ihr Computer verloren, kann jeder Ihre Dateien lesen.</translation>
    </message>
    <message>
        <source>Your processor has had more work than it can keep up with for the last few minutes, so everything feels slow.</source>
        <translation>Ihr Prozessor hatte in den letzten Minuten mehr Arbeit, als er bewältigen kann, deshalb wirkt alles langsam.</translation>
    </message>
    <message>
        <source>{number} GB</source>
        <translation>{number} GB</translation>
    </message>
    <message>
        <source>{free} free of {total} on {mount}.</source>
        <translation>{free} von {total} frei auf {mount}.</translation>
    </message>
    <message>
        <source>{free} of {total} memory free.</source>
        <translation>{free} von {total} Arbeitsspeicher frei.</translation>
    </message>
    <message>
        <source>Battery at {pct} %</source>
        <translation>Akku bei {pct} %</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in gutem Zustand</translation>
    </message>
    <message>
        <source>worn ({pct} % of its original capacity)</source>
        <translation>verschlissen ({pct} % der ursprünglichen Kapazität)</translation>
    </message>
    <message>
        <source>Restarted less than an hour ago.</source>
        <translation>Vor weniger als einer Stunde neu gestartet.</translation>
    </message>
    <message>
        <source>Restarted about an hour ago.</source>
        <translation>Vor etwa einer Stunde neu gestartet.</translation>
    </message>
    <message>
        <source>Restarted yesterday.</source>
        <translation>Gestern neu gestartet.</translation>
    </message>
    <message>
        <source>Your battery is low or worn.</source>
        <translation>Ihr Akku ist fast leer oder verschlissen.</translation>
    </message>
    <message>
        <source>Ask IT to turn on disk encryption.</source>
        <translation>Bitten Sie die IT, die Festplattenverschlüsselung einzuschalten.</translation>
    </message>
    <message>
        <source>System updates</source>
        <translation>Systemupdates</translation>
    </message>
    <message>
        <source>Your system is up to date.</source>
        <translation>Ihr System ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Install the updates from your update settings, then restart.</source>
        <translation>Installieren Sie die Updates über Ihre Update-Einstellungen und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>Your screen locks when you step away.</source>
        <translation>Ihr Bildschirm sperrt sich, wenn Sie weggehen.</translation>
    </message>
    <message>
        <source>Your screen does not lock soon enough when you step away.</source>
        <translation>Ihr Bildschirm sperrt sich nicht schnell genug, wenn Sie weggehen.</translation>
    </message>
    <message>
        <source>Turn on the screen lock in your settings.</source>
        <translation>Schalten Sie die Bildschirmsperre in Ihren Einstellungen ein.</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>App-Katalog</translation>
    </message>
    <message>
        <source>The app catalogue is current and verified.</source>
        <translation>Der App-Katalog ist aktuell und geprüft.</translation>
    </message>
    <message>
        <source>The app catalogue is out of date or could not be verified.</source>
        <translation>Der App-Katalog ist veraltet oder konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Deskmate can refresh it now.</source>
        <translation>Deskmate kann ihn jetzt aktualisieren.</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Wartende Anfragen</translation>
    </message>
    <message>
        <source>No help requests are waiting to be sent.</source>
        <translation>Keine Hilfeanfragen warten auf den Versand.</translation>
    </message>
    <message>
        <source>Help requests waiting to be sent: {waiting}.</source>
        <translation>Hilfeanfragen, die auf den Versand warten: {waiting}.</translation>
    </message>
    <message>
        <source>Deskmate can try to send them now.</source>
        <translation>Deskmate kann versuchen, sie jetzt zu senden.</translation>
    </message>
    <message>
        <source>Helpdesk connection</source>
        <translation>Helpdesk-Verbindung</translation>
    </message>
    <message>
        <source>The helpdesk answers.</source>
        <translation>Der Helpdesk antwortet.</translation>
    </message>
    <message>
        <source>The helpdesk cannot be reached right now.</source>
        <translation>Der Helpdesk ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>Your requests wait safely and go out when the connection returns.</source>
        <translation>Ihre Anfragen warten sicher und gehen raus, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Helpdesk setup</source>
        <translation>Helpdesk-Einrichtung</translation>
    </message>
    <message>
        <source>IT&apos;s helpdesk setup on this computer is complete.</source>
        <translation>Die Helpdesk-Einrichtung der IT auf diesem Computer ist vollständig.</translation>
    </message>
    <message>
        <source>IT must fix the helpdesk setup on this computer: {problems}</source>
        <translation>Die IT muss die Helpdesk-Einrichtung auf diesem Computer korrigieren: {problems}</translation>
    </message>
    <message>
        <source>Tell IT what this says. Your requests wait safely until it is fixed.</source>
        <translation>Teilen Sie der IT mit, was hier steht. Ihre Anfragen warten sicher, bis es behoben ist.</translation>
    </message>
    <message>
        <source>Required apps</source>
        <translation>Vorgeschriebene Apps</translation>
    </message>
    <message>
        <source>No required app is past IT&apos;s deadline.</source>
        <translation>Keine vorgeschriebene App hat die Frist der IT überschritten.</translation>
    </message>
    <message>
        <source>IT&apos;s deadline has passed for: {apps}.</source>
        <translation>Die Frist der IT ist abgelaufen für: {apps}.</translation>
    </message>
    <message>
        <source>Install it from the Apps page, or from the bar at the top.</source>
        <translation>Installieren Sie sie über die Seite „Apps“ oder über die Leiste oben.</translation>
    </message>
    <message>
        <source>This computer has no battery.</source>
        <translation>Dieser Computer hat keinen Akku.</translation>
    </message>
    <message>
        <source>IT has not set a server to compare the clock with.</source>
        <translation>Die IT hat keinen Server für den Uhrzeitvergleich festgelegt.</translation>
    </message>
    <message>
        <source>IT has not listed company addresses to look up.</source>
        <translation>Die IT hat keine Firmenadressen zum Auflösen angegeben.</translation>
    </message>
    <message>
        <source>IT has not listed company services to test.</source>
        <translation>Die IT hat keine Firmendienste zum Testen angegeben.</translation>
    </message>
    <message>
        <source>No firewall program was found to ask.</source>
        <translation>Es wurde kein Firewall-Programm gefunden, das sich fragen lässt.</translation>
    </message>
    <message>
        <source>Still checking in the background; the answer appears next time.</source>
        <translation>Wird im Hintergrund noch geprüft; die Antwort erscheint beim nächsten Mal.</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>In dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>Die Prüfung hat zu lange gedauert und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>Free up space…</source>
        <translation>Speicherplatz freigeben…</translation>
    </message>
    <message>
        <source>Clear name cache…</source>
        <translation>Namens-Cache leeren…</translation>
    </message>
    <message>
        <source>Close program…</source>
        <translation>Programm schließen…</translation>
    </message>
    <message>
        <source>Schedule restart…</source>
        <translation>Neustart planen…</translation>
    </message>
    <message>
        <source>Open network settings…</source>
        <translation>Netzwerkeinstellungen öffnen…</translation>
    </message>
    <message>
        <source>Open update settings…</source>
        <translation>Update-Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Open storage settings…</source>
        <translation>Speichereinstellungen öffnen…</translation>
    </message>
    <message>
        <source>Open security settings…</source>
        <translation>Sicherheitseinstellungen öffnen…</translation>
    </message>
    <message>
        <source>Open date and time settings…</source>
        <translation>Einstellungen für Datum und Uhrzeit öffnen…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Jetzt senden…</translation>
    </message>
    <message>
        <source>Refresh now…</source>
        <translation>Jetzt aktualisieren…</translation>
    </message>
    <message>
        <source>temporary files</source>
        <translation>temporären Dateien</translation>
    </message>
    <message>
        <source>caches</source>
        <translation>Caches</translation>
    </message>
    <message>
        <source>the trash</source>
        <translation>dem Papierkorb</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Deskmate could not check this: {reason}</source>
        <translation>Deskmate konnte dies nicht prüfen: {reason}</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Close “{name}” (it uses {size}); unsaved work in it is lost.</source>
        <translation>„{name}“ schließen (belegt {size}); ungesicherte Arbeit darin geht verloren.</translation>
    </message>
    <message>
        <source>Open the {page} settings.</source>
        <translation>Die Einstellungen für {page} öffnen.</translation>
    </message>
    <message>
        <source>Run: {what}</source>
        <translation>Ausführen: {what}</translation>
    </message>
    <message>
        <source>Your computer will ask for an administrator password.</source>
        <translation>Ihr Computer fragt nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>Before: {before}. After: {after}.</source>
        <translation>Vorher: {before}. Nachher: {after}.</translation>
    </message>
    <message>
        <source>Done: {size} freed.</source>
        <translation>Erledigt: {size} freigegeben.</translation>
    </message>
    <message>
        <source>This needs administrator rights you do not have here. Ask IT for help: your request will include what you tried.</source>
        <translation>Dafür brauchen Sie Administratorrechte, die Sie hier nicht haben. Bitten Sie die IT um Hilfe: Ihre Anfrage enthält, was Sie versucht haben.</translation>
    </message>
    <message>
        <source>That did not work. {change} Ask IT for help: your request will include what you tried.</source>
        <translation>Das hat nicht funktioniert. {change} Bitten Sie die IT um Hilfe: Ihre Anfrage enthält, was Sie versucht haben.</translation>
    </message>
    <message>
        <source>Checking your computer… {done} of {total}</source>
        <translation>Ihr Computer wird geprüft… {done} von {total}</translation>
    </message>
    <message>
        <source>{state} · checked {ago}</source>
        <translation>{state} · {ago} geprüft</translation>
    </message>
    <message>
        <source>Problem with: {things}</source>
        <translation>Problem mit: {things}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <source>Tell IT what is wrong. Deskmate adds the facts IT usually asks for, and you see everything before it is sent.</source>
        <translation>Sagen Sie der IT, was nicht stimmt. Deskmate fügt die Angaben hinzu, nach denen die IT meist fragt, und Sie sehen alles, bevor es gesendet wird.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>For example: VPN fails to connect</source>
        <translation>Zum Beispiel: VPN verbindet sich nicht</translation>
    </message>
    <message>
        <source>Summary in one line</source>
        <translation>Zusammenfassung in einer Zeile</translation>
    </message>
    <message>
        <source>What happened, since when, what you were doing</source>
        <translation>Was ist passiert, seit wann, was haben Sie gerade getan?</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Sends the request to IT ({keys})</source>
        <translation>Sendet die Anfrage an die IT ({keys})</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Dringlichkeit</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Your &amp;work e-mail</source>
        <translation>Ihre geschäftliche &amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>For example: Krita</source>
        <translation>Zum Beispiel: Krita</translation>
    </message>
    <message>
        <source>Which app you need</source>
        <translation>Welche App Sie brauchen</translation>
    </message>
    <message>
        <source>What you will use it for, and what you cannot do without it</source>
        <translation>Wofür Sie sie nutzen werden und was Sie ohne sie nicht tun können</translation>
    </message>
    <message>
        <source>Why you need it (required)</source>
        <translation>Warum Sie sie brauchen (erforderlich)</translation>
    </message>
    <message>
        <source>How often you will use it</source>
        <translation>Wie oft Sie sie nutzen werden</translation>
    </message>
    <message>
        <source>For example: Jane Doe or jane.doe@example.com</source>
        <translation>Zum Beispiel: Erika Mustermann oder erika.mustermann@example.com</translation>
    </message>
    <message>
        <source>Your manager&apos;s name or e-mail (required)</source>
        <translation>Name oder E-Mail-Adresse Ihrer Führungskraft (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;App</translation>
    </message>
    <message>
        <source>&amp;Why you need it*</source>
        <translation>&amp;Warum Sie sie brauchen*</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>Wie &amp;oft</translation>
    </message>
    <message>
        <source>For how &amp;long</source>
        <translation>Wie &amp;lange</translation>
    </message>
    <message>
        <source>Your &amp;manager*</source>
        <translation>Ihre &amp;Führungskraft*</translation>
    </message>
    <message>
        <source>What Deskmate adds (uncheck anything you do not want to share)</source>
        <translation>Was Deskmate hinzufügt (entfernen Sie den Haken bei allem, was Sie nicht teilen möchten)</translation>
    </message>
    <message>
        <source>Information attached to the request</source>
        <translation>Informationen im Anhang der Anfrage</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>View the selected item</source>
        <translation>Den ausgewählten Eintrag ansehen</translation>
    </message>
    <message>
        <source>Gather again</source>
        <translation>Neu sammeln</translation>
    </message>
    <message>
        <source>Gather the information again</source>
        <translation>Die Informationen neu sammeln</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach a file of your own</source>
        <translation>Eine eigene Datei anhängen</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Stand der Anfrage</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} Nothing was sent; your text is still here. Copy it into an e-mail to IT or try again later.</source>
        <translation>{0} Es wurde nichts gesendet; Ihr Text ist noch da. Kopieren Sie ihn in eine E-Mail an die IT oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Preview what IT will see, then send</source>
        <translation>Ansehen, was die IT sehen wird, dann senden</translation>
    </message>
    <message>
        <source>Send to IT</source>
        <translation>An die IT senden</translation>
    </message>
    <message>
        <source>Send this request to IT</source>
        <translation>Diese Anfrage an die IT senden</translation>
    </message>
    <message>
        <source>Ask for something else</source>
        <translation>Etwas anderes anfragen</translation>
    </message>
    <message>
        <source>Leave the access request and ask for something else</source>
        <translation>Die Zugriffsanfrage verlassen und etwas anderes anfragen</translation>
    </message>
    <message>
        <source>Copy my text</source>
        <translation>Meinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy the text you typed to the clipboard</source>
        <translation>Den Text, den Sie geschrieben haben, in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Tell IT what would make your work easier</source>
        <translation>Sagen Sie der IT, was Ihnen die Arbeit erleichtern würde</translation>
    </message>
    <message>
        <source>An idea, a wish, something that annoys you…</source>
        <translation>Eine Idee, ein Wunsch, etwas, das Sie stört…</translation>
    </message>
    <message>
        <source>Your idea or feedback for IT</source>
        <translation>Ihre Idee oder Rückmeldung an die IT</translation>
    </message>
    <message>
        <source>Send idea</source>
        <translation>Idee senden</translation>
    </message>
    <message>
        <source>Send your idea to IT</source>
        <translation>Ihre Idee an die IT senden</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Felder mit * sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Gathering…</source>
        <translation>Wird gesammelt…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not gather: {0}</source>
        <translation>Konnte nicht gesammelt werden: {0}</translation>
    </message>
    <message>
        <source>Ask for an app that is not in the catalogue yet. IT checks that it is safe and licensed before adding it.</source>
        <translation>Fragen Sie eine App an, die noch nicht im Katalog ist. Die IT prüft, ob sie sicher und lizenziert ist, bevor sie sie aufnimmt.</translation>
    </message>
    <message>
        <source>Request access to {0}. It needs your manager&apos;s approval: IT asks them for you.</source>
        <translation>Zugriff auf {0} anfragen. Dafür braucht es die Zustimmung Ihrer Führungskraft: Die IT fragt sie für Sie.</translation>
    </message>
    <message>
        <source>Request access to {0}. IT reviews each request for it.</source>
        <translation>Zugriff auf {0} anfragen. Die IT prüft jede Anfrage dafür.</translation>
    </message>
    <message>
        <source>Request access to {0}.</source>
        <translation>Zugriff auf {0} anfragen.</translation>
    </message>
    <message>
        <source>&amp;Which app*</source>
        <translation>&amp;Welche App*</translation>
    </message>
    <message>
        <source>More &amp;details</source>
        <translation>Weitere &amp;Details</translation>
    </message>
    <message>
        <source>Optional: anything else IT should know</source>
        <translation>Optional: alles, was die IT sonst noch wissen sollte</translation>
    </message>
    <message>
        <source>Thanks – IT knows this affects you too.</source>
        <translation>Danke – die IT weiß jetzt, dass Sie auch betroffen sind.</translation>
    </message>
    <message>
        <source>Thank you! Your idea is on its way to IT.</source>
        <translation>Vielen Dank! Ihre Idee ist auf dem Weg zur IT.</translation>
    </message>
    <message>
        <source>Low – whenever you can</source>
        <translation>Niedrig – wann immer es passt</translation>
    </message>
    <message>
        <source>Normal – it slows me down</source>
        <translation>Normal – es bremst mich aus</translation>
    </message>
    <message>
        <source>High – I can barely work</source>
        <translation>Hoch – ich kann kaum arbeiten</translation>
    </message>
    <message>
        <source>Critical – I cannot work at all</source>
        <translation>Kritisch – ich kann gar nicht arbeiten</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>Gelegentlich</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>Dieser Computer: {name}</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check my computer now</source>
        <translation>Computer jetzt prüfen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Your open requests</source>
        <translation>Ihre offenen Anfragen</translation>
    </message>
    <message>
        <source>Required apps not installed</source>
        <translation>Nicht installierte vorgeschriebene Apps</translation>
    </message>
    <message>
        <source>Open Apps</source>
        <translation>Seite „Apps“ öffnen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Install {name}</source>
        <translation>{name} installieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Details zu {name}</translation>
    </message>
    <message>
        <source>Check my computer</source>
        <translation>Computer prüfen</translation>
    </message>
    <message>
        <source>Find and fix common problems</source>
        <translation>Häufige Probleme finden und beheben</translation>
    </message>
    <message>
        <source>Get apps</source>
        <translation>Apps holen</translation>
    </message>
    <message>
        <source>Approved software, ready to install</source>
        <translation>Freigegebene Software, bereit zur Installation</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <source>Ask IT, with the details attached</source>
        <translation>Die IT fragen, mit allen Details im Anhang</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>See where your requests are</source>
        <translation>Sehen, wo Ihre Anfragen stehen</translation>
    </message>
    <message>
        <source>IT support: {contacts}</source>
        <translation>IT-Support: {contacts}</translation>
    </message>
    <message>
        <source>&lt;br&gt;… and {n} more</source>
        <translation>&lt;br&gt;… und {n} weitere</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Announcements from IT</source>
        <translation>Ankündigungen der IT</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>What Deskmate knows and shares</source>
        <translation>Was Deskmate weiß und teilt</translation>
    </message>
    <message>
        <source>Each kind of data Deskmate handles, where it stays, and who can receive it.</source>
        <translation>Jede Art von Daten, mit denen Deskmate umgeht, wo sie bleiben und wer sie erhalten kann.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Where it stays</source>
        <translation>Wo sie bleiben</translation>
    </message>
    <message>
        <source>Who can receive it</source>
        <translation>Wer sie erhalten kann</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>The folder could not be opened</source>
        <translation>Der Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No file manager could be opened on this computer. Copy the path and open it yourself:</source>
        <translation>Auf diesem Computer konnte kein Dateimanager geöffnet werden. Kopieren Sie den Pfad und öffnen Sie ihn selbst:</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>The link could not be opened</source>
        <translation>Der Link konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Copy the link and open it in a browser yourself:</source>
        <translation>Auf diesem Computer konnte kein Webbrowser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn selbst in einem Browser:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Deskmate – {organization}</source>
        <translation>Deskmate – {organization}</translation>
    </message>
    <message>
        <source>Deskmate panel</source>
        <translation>Deskmate-Fenster</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>MatchReasonWords</name>
    <message>
        <source>Approved alternative to {0}</source>
        <translation>Zugelassene Alternative zu {0}</translation>
    </message>
    <message>
        <source>Tagged “{0}”</source>
        <translation>Schlagwort „{0}“</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Von {0}</translation>
    </message>
    <message>
        <source>Mentioned in the description</source>
        <translation>In der Beschreibung erwähnt</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>In {0}</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>NudgeBar</name>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Don&apos;t suggest again</source>
        <translation>Nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>Don&apos;t suggest this again</source>
        <translation>Dies nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{tool}&lt;/b&gt; is running. Your organisation offers &lt;b&gt;{app}&lt;/b&gt; instead: {reason} &lt;small&gt;(Only you see this; nothing is reported.)&lt;/small&gt;</source>
        <translation>&lt;b&gt;{tool}&lt;/b&gt; läuft gerade. Ihre Organisation bietet stattdessen &lt;b&gt;{app}&lt;/b&gt; an: {reason} &lt;small&gt;(Nur Sie sehen das; nichts wird gemeldet.)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Get {app}</source>
        <translation>{app} holen</translation>
    </message>
</context>
<context>
    <name>OutageBox</name>
    <message>
        <source>Me too – this affects me</source>
        <translation>Ich auch – das betrifft mich</translation>
    </message>
    <message>
        <source>Tell IT this outage affects you too</source>
        <translation>Der IT sagen, dass diese Störung Sie auch betrifft</translation>
    </message>
    <message>
        <source>Sends only the outage, your account and device name.</source>
        <translation>Sendet nur die Störung, Ihr Konto und den Gerätenamen.</translation>
    </message>
    <message>
        <source>No, it is something else</source>
        <translation>Nein, es ist etwas anderes</translation>
    </message>
    <message>
        <source>Not this outage: continue with the form</source>
        <translation>Nicht diese Störung: mit dem Formular weitermachen</translation>
    </message>
    <message>
        <source>⚡ Is it this? {0}</source>
        <translation>⚡ Ist es das? {0}</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>It is resolved – how did IT do?</source>
        <translation>Es ist gelöst – wie hat die IT das gemacht?</translation>
    </message>
    <message>
        <source>Rate {0} of 5</source>
        <translation>Mit {0} von 5 bewerten</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>Ein Kommentar (optional)</translation>
    </message>
    <message>
        <source>Comment on your rating</source>
        <translation>Kommentar zu Ihrer Bewertung</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Bewertung senden</translation>
    </message>
    <message>
        <source>Send your rating to IT</source>
        <translation>Ihre Bewertung an die IT senden</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <source>Do not rate this request</source>
        <translation>Diese Anfrage nicht bewerten</translation>
    </message>
</context>
<context>
    <name>RequestErrorWords</name>
    <message>
        <source>Deskmate no longer has this request: it may have been removed from the list. Refresh My requests and try again.</source>
        <translation>Deskmate hat diese Anfrage nicht mehr: Sie wurde möglicherweise aus der Liste entfernt. Aktualisieren Sie „Meine Anfragen“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Its content was removed after its keeping period.</source>
        <translation>Der Inhalt wurde nach Ablauf der Aufbewahrungsfrist entfernt.</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate; the details are in Deskmate&apos;s log. Try again, and tell IT if it keeps happening.</source>
        <translation>In Deskmate ist etwas schiefgelaufen; die Details stehen im Deskmate-Protokoll. Versuchen Sie es erneut, und informieren Sie die IT, wenn es wieder passiert.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Please give a number of days or a date, not both.</source>
        <translation>Bitte geben Sie eine Anzahl Tage oder ein Datum an, nicht beides.</translation>
    </message>
    <message>
        <source>Please ask for at least one day.</source>
        <translation>Bitte fragen Sie mindestens einen Tag an.</translation>
    </message>
    <message>
        <source>Please ask for at most {limit} days, or choose permanently.</source>
        <translation>Bitte fragen Sie höchstens {limit} Tage an, oder wählen Sie „Dauerhaft“.</translation>
    </message>
    <message>
        <source>Please choose a date from today on.</source>
        <translation>Bitte wählen Sie ein Datum ab heute.</translation>
    </message>
    <message>
        <source>Please name the app you need.</source>
        <translation>Bitte nennen Sie die App, die Sie brauchen.</translation>
    </message>
    <message>
        <source>Please keep the app name under {limit} characters.</source>
        <translation>Bitte halten Sie den App-Namen unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Please say why you need {app}.</source>
        <translation>Bitte sagen Sie, warum Sie {app} brauchen.</translation>
    </message>
    <message>
        <source>Please keep the reason under {limit} characters.</source>
        <translation>Bitte halten Sie die Begründung unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{app} needs your manager&apos;s approval: please give their name or e-mail.</source>
        <translation>{app} braucht die Zustimmung Ihrer Führungskraft: Bitte geben Sie deren Namen oder E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Please keep your manager&apos;s name under {limit} characters.</source>
        <translation>Bitte halten Sie den Namen Ihrer Führungskraft unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Your manager&apos;s e-mail address looks incomplete, for example: jane.doe@example.com.</source>
        <translation>Die E-Mail-Adresse Ihrer Führungskraft scheint unvollständig, zum Beispiel: jane.doe@example.com.</translation>
    </message>
    <message>
        <source>A “Me too” needs the announcement it belongs to.</source>
        <translation>Ein „Ich auch“ braucht die Ankündigung, zu der es gehört.</translation>
    </message>
    <message>
        <source>Please describe the problem in one line.</source>
        <translation>Bitte beschreiben Sie das Problem in einer Zeile.</translation>
    </message>
    <message>
        <source>Please keep the summary under {limit} characters.</source>
        <translation>Bitte halten Sie die Zusammenfassung unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Please keep the details under {limit} characters.</source>
        <translation>Bitte halten Sie die Einzelheiten unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Please choose a category.</source>
        <translation>Bitte wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <source>An access request needs the app it is for.</source>
        <translation>Eine Zugriffsanfrage braucht die App, für die sie gilt.</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>What IT will see</source>
        <translation>Was die IT sehen wird</translation>
    </message>
    <message>
        <source>This is exactly what will be sent{0}. Secrets and tokens have been removed. Go back to uncheck anything you do not want to share.</source>
        <translation>Genau das wird gesendet{0}. Geheimnisse und Tokens wurden entfernt. Gehen Sie zurück, um den Haken bei allem zu entfernen, was Sie nicht teilen möchten.</translation>
    </message>
    <message>
        <source> to {0}</source>
        <translation> an {0}</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>Betreff: {0}</translation>
    </message>
    <message>
        <source>Message and attachments</source>
        <translation>Nachricht und Anhänge</translation>
    </message>
    <message>
        <source>Selected item&apos;s content</source>
        <translation>Inhalt des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Keine Anhänge</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Screenshot preview</source>
        <translation>Vorschau des Bildschirmfotos</translation>
    </message>
    <message>
        <source>An image of {0}</source>
        <translation>Ein Bild von {0}</translation>
    </message>
    <message>
        <source>Content in words</source>
        <translation>Inhalt in Worten</translation>
    </message>
    <message>
        <source>How to show this item</source>
        <translation>Wie dieser Eintrag angezeigt wird</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Lesbar</translation>
    </message>
    <message>
        <source>As attached (for IT&apos;s tools)</source>
        <translation>Wie angehängt (für die Werkzeuge der IT)</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <source>Send to IT</source>
        <translation>An die IT senden</translation>
    </message>
    <message>
        <source>Send this request to IT</source>
        <translation>Diese Anfrage an die IT senden</translation>
    </message>
</context>
<context>
    <name>RequestSentPanel</name>
    <message>
        <source>Follow it in My requests</source>
        <translation>In „Meine Anfragen“ verfolgen</translation>
    </message>
    <message>
        <source>Open this request in My requests</source>
        <translation>Diese Anfrage in „Meine Anfragen“ öffnen</translation>
    </message>
    <message>
        <source>Send another</source>
        <translation>Weitere senden</translation>
    </message>
    <message>
        <source>Write another request</source>
        <translation>Eine weitere Anfrage schreiben</translation>
    </message>
    <message>
        <source>Sent to IT</source>
        <translation>An die IT gesendet</translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation>Ihre Anfrage ist gespeichert</translation>
    </message>
    <message>
        <source>“{subject}” has reached IT. You can follow it, and answer IT, under My requests.</source>
        <translation>„{subject}“ ist bei der IT angekommen. Unter „Meine Anfragen“ können Sie sie verfolgen und der IT antworten.</translation>
    </message>
    <message>
        <source>“{subject}” is kept on this computer and goes out as soon as IT can be reached – you do not need to do anything. Follow it under My requests.</source>
        <translation>„{subject}“ wird auf diesem Computer aufbewahrt und geht raus, sobald die IT erreichbar ist – Sie müssen nichts tun. Verfolgen Sie sie unter „Meine Anfragen“.</translation>
    </message>
    <message>
        <source>IT&apos;s reference: {reference}</source>
        <translation>Referenz der IT: {reference}</translation>
    </message>
    <message>
        <source>IT&apos;s reference appears here once it has reached them.</source>
        <translation>Die Referenz der IT erscheint hier, sobald die Anfrage dort angekommen ist.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Queued – not sent yet</source>
        <translation>In der Warteschlange – noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Queued at the helpdesk</source>
        <translation>Beim Helpdesk in der Warteschlange</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Your idea was updated</source>
        <translation>Ihre Idee wurde aktualisiert</translation>
    </message>
    <message>
        <source>Your “Me too” was updated</source>
        <translation>Ihr „Ich auch“ wurde aktualisiert</translation>
    </message>
    <message>
        <source>Your access request was updated</source>
        <translation>Ihre Zugriffsanfrage wurde aktualisiert</translation>
    </message>
    <message>
        <source>Your request was updated</source>
        <translation>Ihre Anfrage wurde aktualisiert</translation>
    </message>
    <message>
        <source>IT answered your request “{subject}”</source>
        <translation>Die IT hat auf Ihre Anfrage „{subject}“ geantwortet</translation>
    </message>
    <message>
        <source>IT resolved your request “{subject}”</source>
        <translation>Die IT hat Ihre Anfrage „{subject}“ gelöst</translation>
    </message>
    <message>
        <source>Your request “{subject}”: {status}</source>
        <translation>Ihre Anfrage „{subject}“: {status}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>For IT: {0}</source>
        <translation>Für die IT: {0}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>Everything you asked IT for, and where it stands. Requests written offline are sent as soon as IT can be reached.</source>
        <translation>Alles, was Sie bei der IT angefragt haben, und wo es steht. Offline geschriebene Anfragen werden gesendet, sobald die IT erreichbar ist.</translation>
    </message>
    <message>
        <source>Search your requests</source>
        <translation>Ihre Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the list of requests</source>
        <translation>Die Liste der Anfragen aktualisieren</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Ihre Anfragen</translation>
    </message>
    <message>
        <source>The conversation with IT</source>
        <translation>Der Austausch mit der IT</translation>
    </message>
    <message>
        <source>Reply to IT…</source>
        <translation>Der IT antworten…</translation>
    </message>
    <message>
        <source>Your reply to IT</source>
        <translation>Ihre Antwort an die IT</translation>
    </message>
    <message>
        <source>Attach a fresh diagnostics snapshot</source>
        <translation>Eine neue Momentaufnahme der Prüfungen anhängen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send your reply to IT</source>
        <translation>Ihre Antwort an die IT senden</translation>
    </message>
    <message>
        <source>Open in the helpdesk</source>
        <translation>Im Helpdesk öffnen</translation>
    </message>
    <message>
        <source>Open this request in the helpdesk</source>
        <translation>Diese Anfrage im Helpdesk öffnen</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try sending this request again now</source>
        <translation>Diese Anfrage jetzt erneut senden</translation>
    </message>
    <message>
        <source>IT wrote: “{0}”</source>
        <translation>Die IT schrieb: „{0}“</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>IT ({0})</source>
        <translation>IT ({0})</translation>
    </message>
    <message>
        <source>Not sent: {0}
What to do: check the reason with IT, or try again once it is fixed.</source>
        <translation>Nicht gesendet: {0}
Was zu tun ist: Klären Sie den Grund mit der IT oder versuchen Sie es erneut, sobald er behoben ist.</translation>
    </message>
    <message>
        <source>{0}. Last try: {1} Next try at {2}.</source>
        <translation>{0}. Letzter Versuch: {1} Nächster Versuch um {2}.</translation>
    </message>
    <message>
        <source>{0} · sent as #{1}</source>
        <translation>{0} · gesendet als #{1}</translation>
    </message>
    <message>
        <source>Your reply is queued and goes out as soon as IT can be reached.</source>
        <translation>Ihre Antwort steht in der Warteschlange und geht raus, sobald die IT erreichbar ist.</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Das hat nicht funktioniert: {0}</translation>
    </message>
</context>
<context>
    <name>SentPayloadViewer</name>
    <message>
        <source>What was sent to IT</source>
        <translation>Was an die IT gesendet wurde</translation>
    </message>
    <message>
        <source>Its content was removed after its keeping period; what was sent had the SHA-256 {sha}.</source>
        <translation>Der Inhalt wurde nach seiner Aufbewahrungsfrist entfernt; das Gesendete hatte den SHA-256 {sha}.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Could not change reduce motion</source>
        <translation>„Bewegung reduzieren“ konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not change the screenshot default</source>
        <translation>Die Standardeinstellung für Bildschirmfotos konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not change the quiet hours</source>
        <translation>Die Ruhezeiten konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not change start at sign-in</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not change the suggestions</source>
        <translation>Die Vorschläge konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not change the language</source>
        <translation>Die Sprache konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not save your work e-mail</source>
        <translation>Ihre geschäftliche E-Mail-Adresse konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SettingsErrorWords</name>
    <message>
        <source>This value is not the kind this setting takes.</source>
        <translation>Diese Einstellung nimmt diese Art von Wert nicht an.</translation>
    </message>
    <message>
        <source>This value is not one of the choices this setting offers.</source>
        <translation>Dieser Wert gehört nicht zur Auswahl dieser Einstellung.</translation>
    </message>
    <message>
        <source>The value must be at least {0}.</source>
        <translation>Der Wert muss mindestens {0} betragen.</translation>
    </message>
    <message>
        <source>The value must be at most {0}.</source>
        <translation>Der Wert darf höchstens {0} betragen.</translation>
    </message>
    <message>
        <source>This value is not written the way this setting expects.</source>
        <translation>Dieser Wert ist nicht so geschrieben, wie diese Einstellung es erwartet.</translation>
    </message>
    <message>
        <source>IT has set this for you, so it cannot be changed here.</source>
        <translation>Die IT hat dies für Sie festgelegt, daher können Sie es hier nicht ändern.</translation>
    </message>
    <message>
        <source>Deskmate could not save your settings: the disk may be full or not writable.</source>
        <translation>Deskmate konnte Ihre Einstellungen nicht speichern: Der Datenträger ist vielleicht voll oder schreibgeschützt.</translation>
    </message>
    <message>
        <source>Your computer did not accept the change to start at sign-in.</source>
        <translation>Ihr Computer hat die Änderung für den Start bei der Anmeldung nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings with a lock are managed by your IT department.</source>
        <translation>Einstellungen mit einem Schloss werden von Ihrer IT-Abteilung verwaltet.</translation>
    </message>
    <message>
        <source>Open my Deskmate folder</source>
        <translation>Meinen Deskmate-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with Deskmate&apos;s settings, data and logs</source>
        <translation>Den Ordner mit den Einstellungen, Daten und Protokollen von Deskmate öffnen</translation>
    </message>
    <message>
        <source>Advanced (for IT)</source>
        <translation>Erweitert (für die IT)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start Deskmate when I sign in</source>
        <translation>Deskmate bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect the next time Deskmate starts.</source>
        <translation>Wird beim nächsten Start von Deskmate wirksam.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Reduce motion:</source>
        <translation>Bewegung reduzieren:</translation>
    </message>
    <message>
        <source>Suggest the approved app when I use a tool IT has replaced</source>
        <translation>Die freigegebene App vorschlagen, wenn ich ein Programm nutze, das die IT ersetzt hat</translation>
    </message>
    <message>
        <source>Checked on this computer only; never reported.</source>
        <translation>Wird nur auf diesem Computer geprüft; nie gemeldet.</translation>
    </message>
    <message>
        <source>Attach a screenshot to my help requests</source>
        <translation>Meinen Hilfeanfragen ein Bildschirmfoto anhängen</translation>
    </message>
    <message>
        <source>You can still take it off before sending. Access requests and ideas never get one by default.</source>
        <translation>Sie können es vor dem Senden noch entfernen. Zugriffsanfragen und Ideen erhalten standardmäßig nie eines.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>On turns every animation off; Same as the system follows the computer&apos;s setting.</source>
        <translation>„Ein“ schaltet alle Animationen aus; „Wie das System“ folgt der Einstellung des Computers.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Quiet hours: hold Deskmate&apos;s messages</source>
        <translation>Ruhezeiten: Mitteilungen von Deskmate zurückhalten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Zwischen:</translation>
    </message>
    <message>
        <source>Weekends are quiet too</source>
        <translation>Auch am Wochenende durchgehend Ruhezeit</translation>
    </message>
    <message>
        <source>Saturdays and Sundays are quiet</source>
        <translation>Samstage und Sonntage sind Ruhezeit</translation>
    </message>
    <message>
        <source>Your work e-mail:</source>
        <translation>Ihre geschäftliche E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>All settings and who set them</source>
        <translation>Alle Einstellungen und wer sie gesetzt hat</translation>
    </message>
    <message>
        <source>Passwords and tokens Deskmate needs are kept safely in your computer&apos;s keychain.</source>
        <translation>Passwörter und Tokens, die Deskmate braucht, liegen sicher im Schlüsselbund Ihres Computers.</translation>
    </message>
    <message>
        <source>Deskmate cannot save passwords on this computer, so connections that need one (some helpdesks) are turned off. Everything else works; IT can help set up a keychain.</source>
        <translation>Deskmate kann auf diesem Computer keine Passwörter speichern, daher sind Verbindungen, die eines brauchen (manche Helpdesks), ausgeschaltet. Alles andere funktioniert; die IT kann beim Einrichten eines Schlüsselbunds helfen.</translation>
    </message>
    <message>
        <source>Keychain: {detail}</source>
        <translation>Schlüsselbund: {detail}</translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset to their defaults:</source>
        <translation>Einige Einstellungen waren nicht verwendbar und wurden auf ihre Standardwerte zurückgesetzt:</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your IT department</source>
        <translation>Ihre IT-Abteilung</translation>
    </message>
</context>
<context>
    <name>TaskErrorWords</name>
    <message>
        <source>The network could not be reached.</source>
        <translation>Das Netzwerk war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written to. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll oder schreibgeschützt. Geben Sie etwas Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Deskmate was not allowed to open or change a file it needs.</source>
        <translation>Deskmate war es nicht erlaubt, eine benötigte Datei zu öffnen oder zu ändern.</translation>
    </message>
    <message>
        <source>A helper process of Deskmate stopped before it finished.</source>
        <translation>Ein Hilfsprozess von Deskmate wurde vor dem Ende beendet.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in Deskmate&apos;s log. Tell IT if it keeps happening.</source>
        <translation>Unerwartetes ist schiefgegangen; die Einzelheiten stehen im Protokoll von Deskmate. Sagen Sie der IT Bescheid, wenn es wieder vorkommt.</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Deskmate: checking your computer…</source>
        <translation>Deskmate: Ihr Computer wird geprüft…</translation>
    </message>
    <message>
        <source>Deskmate: </source>
        <translation>Deskmate: </translation>
    </message>
    <message>
        <source>Check my computer now</source>
        <translation>Computer jetzt prüfen</translation>
    </message>
    <message>
        <source>Quit Deskmate</source>
        <translation>Deskmate beenden</translation>
    </message>
</context>
<context>
    <name>WorkEmailField</name>
    <message>
        <source>Your work e-mail</source>
        <translation>Ihre geschäftliche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@firma.example</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>So IT&apos;s answers to your requests reach you. Needed only when your IT department and this computer do not already know it.</source>
        <translation>Damit die Antworten der IT auf Ihre Anfragen Sie erreichen. Nur nötig, wenn Ihre IT-Abteilung und dieser Computer sie nicht schon kennen.</translation>
    </message>
    <message>
        <source>⚠ This is not an e-mail address yet, so it is not saved.</source>
        <translation>⚠ Das ist noch keine E-Mail-Adresse, daher wird sie nicht gespeichert.</translation>
    </message>
</context>
</TS>
