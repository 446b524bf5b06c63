<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Deskmate</source>
        <translation>Über Deskmate</translation>
    </message>
    <message>
        <source>Version {version} · provided by {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <source>Your Deskmate data and logs are kept on this computer in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate is open-source software under the Apache License 2.0, built with Qt for Python (LGPLv3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Details kopieren</translation>
    </message>
    <message>
        <source>Copy the version and set-up details for the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the helpdesk: version, system, profile folder, app catalogue and helpdesk connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach IT: {contacts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you have seen it and said yes.</source>
        <translation>Nichts verlässt diesen Computer, ohne dass Sie es gesehen und zugestimmt haben.</translation>
    </message>
    <message>
        <source>In the background Deskmate only downloads IT&apos;s app catalogue and announcements, and checks the status of your own requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of your computer run here and report to nobody.</source>
        <translation>Die Prüfungen Ihres Computers laufen hier und melden an niemanden.</translation>
    </message>
    <message>
        <source>When you ask for help, you see exactly what will be sent and can remove anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source> – {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} sent, {received} received · {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} · exit code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was {before}, now {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check}: {before} before, {after} after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address points elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address was not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not work: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not work ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the app catalogue for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded an installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked that the helpdesk can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent your help request to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent your reply to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent your rating to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked IT for the status of your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared this computer&apos;s clock with a company server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked a connection for a health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed entries older than the keeping period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran the fix “{fix}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT&apos;s policy changed a setting: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran the installer for {app} ({action})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested IT&apos;s alternative to {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose “{choice}” on the suggestion about {tool}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>What Deskmate did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Deskmate did for you or in the background, kept only on this computer. Nothing here is sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what was sent to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which activity to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is intact: {count} entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {row} was changed or removed after it was written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity record cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the ticket folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your IT helpdesk ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so Deskmate runs as a normal window. Closing it quits Deskmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; – requests are saved on this computer, not sent to IT. &lt;a href=&quot;{link}&quot;&gt;Details&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The app catalogue is a sample signed with a demo key, and help requests are saved as files in &lt;code&gt;{folder}&lt;/code&gt; instead of being sent to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved alternative to {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is the approved choice: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate could not finish a task: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing {app} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDetailView</name>
    <message>
        <source>Install progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for help, with the install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for information that is public anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK for internal company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK for confidential company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK even for restricted (most sensitive) company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK for company data classed “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Install failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No install log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Installed, update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ Web app, opens in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · required by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide install log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListDelegate</name>
    <message>
        <source>✓ Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ Web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Required, not installed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps, or a tool you know (e.g. Dropbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Approved apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the matches in all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t find it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an app</source>
        <translation>App anfragen</translation>
    </message>
    <message>
        <source>Can&apos;t find it? Ask for an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last verified catalogue from {when}. The newest one was refused: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match in other categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matches in other categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app catalogue is not available yet. Check the Health page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {category} matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved app matches “{query}”. Ask for it below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionBridge</name>
    <message>
        <source>While you were in a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were in full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While do not disturb was on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During your quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>{fix} for {check}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT about {check}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineBar</name>
    <message>
        <source>IT needs &lt;b&gt;{app}&lt;/b&gt; on this computer. {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; installs in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT needed &lt;b&gt;{app}&lt;/b&gt; on this computer by {when}, and it is not installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{allowance}; {consequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot put this off again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can put this off once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can put this off {n} more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it will install on {when} if not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {when} it shows as a problem on the Health page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it off: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineBridge</name>
    <message>
        <source>IT needs {app} on this computer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate. It will keep running, but the last action may not have finished. If this happens again, send the details to IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeaturedAppsBar</name>
    <message>
        <source>Featured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured: {name}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run all checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not working? Ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for help with these results attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate&apos;s request outbox was damaged and moved aside to {0}; a fresh one was started. Requests you send now are kept as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate cannot save requests: your profile folder {0} is read-only or full. The checks still run; a request you write can be copied and sent another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run. Try again, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} things are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked on this computer ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate could not find anything to do here ({reason}). If the problem stays, ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthWording</name>
    <message>
        <source>{name} (version {version}, build {build}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free} free on {mount} ({pct}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest program: {name} ({cpu}% CPU, {mem}% memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since last restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted {days} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer has not restarted for {uptime_days} days. Updates wait for a restart, and a long-running computer slowly gets slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your work and restart. Deskmate can schedule the restart for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor is {pct}% busy on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close programs you do not need. Deskmate can close the busiest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pct}% of memory is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {available_percent}% of memory is free, so programs wait for each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close programs or browser tabs you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disk is nearly full. Programs and updates fail when it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space: Deskmate can delete old temporary files and empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged {pct}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your battery is low or worn (charge {charge_percent}%, health {health_percent}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in your charger. If the battery is worn, ask IT for a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One program is using a large share of your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not need it right now, close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is right (off by {skew} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is off by {skew_seconds} seconds. Sign-in and secure websites fail when the clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected through {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer is not connected to any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Wi-Fi or plug in the network cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your router answers the way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer has no route to other networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to Wi-Fi or the cable; if that does not help, restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company addresses are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some company addresses cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate can clear the name cache. If that does not help, ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internet is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internet cannot be reached from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in a hotel or on guest Wi-Fi, open your browser and sign in there. Otherwise check your network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your proxy answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy is set; connections go direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy your computer is set to use does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy in your network settings, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your VPN is not connected, so company services may be out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your VPN program and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company services answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unreachable} company services do not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your VPN. If it is connected, the service may be down: ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your firewall is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your firewall is off, so others on the network can reach your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the firewall on in your security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disk is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disk is not encrypted. If your computer is lost, anyone can read your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your processor has had more work than it can keep up with for the last few minutes, so everything feels slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to turn on disk encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} updates are waiting, {security} of them for security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates from your update settings, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your screen locks when you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your screen does not lock soon enough when you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the screen lock in your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app catalogue is current and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app catalogue is out of date or could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate can refresh it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help requests are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help requests waiting to be sent: {waiting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate can try to send them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests wait safely and go out when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT&apos;s helpdesk setup on this computer is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT must fix the helpdesk setup on this computer: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IT what this says. Your requests wait safely until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no battery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has not set a server to compare the clock with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has not listed company addresses to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has not listed company services to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall program was found to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still checking in the background; the answer appears next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free up space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear name cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open update settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open storage settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open security settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open date and time settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate could not check this: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} files ({size}) from {kind}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “{name}” (it uses {size}); unsaved work in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart your computer in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the {page} settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer will ask for an administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {before}. After: {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {size} freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs administrator rights you do not have here. Ask IT for help: your request will include what you tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work. {change} Ask IT for help: your request will include what you tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your computer… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything looks fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} things need a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · checked {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with: {things}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, since when, what you were doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;work e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Krita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which app you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will use it for, and what you cannot do without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you need it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you will use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Jane Doe or jane.doe@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s name or e-mail (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why you need it*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;manager*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Deskmate adds (uncheck anything you do not want to share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information attached to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather the information again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Nothing was sent; your text is still here. Copy it into an e-mail to IT or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview what IT will see, then send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the access request and ask for something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text you typed to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IT what would make your work easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea, a wish, something that annoys you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea or feedback for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your idea to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not gather: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an app that is not in the catalogue yet. IT checks that it is safe and licensed before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request access to {0}. It needs your manager&apos;s approval: IT asks them for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request access to {0}. IT reviews each request for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request access to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which app*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything else IT should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks – IT knows this affects you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your idea is on its way to IT.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>IT fragen, mit allen Details</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements from IT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>What Deskmate knows and shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of data Deskmate handles, where it stays, and who can receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>The folder could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened on this computer. Copy the path and open it yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Copy the link and open it in a browser yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{tool}&lt;/b&gt; is running. Your organisation offers &lt;b&gt;{app}&lt;/b&gt; instead: {reason} &lt;small&gt;(Only you see this; nothing is reported.)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageBox</name>
    <message>
        <source>Me too – this affects me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IT this outage affects you too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only the outage, your account and device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this outage: continue with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚡ Is it this? {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>It is resolved – how did IT do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {0} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your rating to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rate this request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>What IT will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what will be sent{0}. Secrets and tokens have been removed. Go back to uncheck anything you do not want to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to show this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As attached (for IT&apos;s tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request to IT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSentPanel</name>
    <message>
        <source>Follow it in My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this request in My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” has reached IT. You can follow it, and answer IT, under My requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is kept on this computer and goes out as soon as IT can be reached – you do not need to do anything. Follow it under My requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT&apos;s reference: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT&apos;s reference appears here once it has reached them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Queued – not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your “Me too” was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access request was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation with IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a fresh diagnostics snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your reply to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this request in the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try sending this request again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT wrote: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {0}
What to do: check the reason with IT, or try again once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Last try: {1} Next try at {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · sent as #{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply is queued and goes out as soon as IT can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentPayloadViewer</name>
    <message>
        <source>What was sent to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content was removed after its keeping period; what was sent had the SHA-256 {sha}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my Deskmate folder</source>
        <translation>Meinen Deskmate-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with Deskmate&apos;s settings, data and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (for IT)</source>
        <translation type="unfinished"></translation>
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
        <source>Takes effect the next time Deskmate starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Suggest the approved app when I use a tool IT has replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on this computer only; never reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings and who set them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens Deskmate needs are kept safely in your computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskmate cannot save passwords on this computer, so connections that need one (some helpdesks) are turned off. Everything else works; IT can help set up a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset to their defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT department</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my computer now</source>
        <translation type="unfinished">Computer jetzt prüfen</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So IT&apos;s answers to your requests reach you. Needed only when your IT department and this computer do not already know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This is not an e-mail address yet, so it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
