<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../ui/pages/about_page.py" line="25"/>
        <source>About Deskmate</source>
        <translation>Über Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="26"/>
        <source>Version {version} · provided by {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="34"/>
        <location filename="../../ui/pages/about_page.py" line="59"/>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="37"/>
        <source>Your Deskmate data and logs are kept on this computer in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="49"/>
        <source>Deskmate is open-source software under the Apache License 2.0, built with Qt for Python (LGPLv3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="60"/>
        <source>Nothing leaves this computer unless you have seen it and said yes.</source>
        <translation>Nichts verlässt diesen Computer, ohne dass Sie es gesehen und zugestimmt haben.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="62"/>
        <source>In the background Deskmate only downloads IT&apos;s app catalogue and announcements, and checks the status of your own requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="65"/>
        <source>Checks of your computer run here and report to nobody.</source>
        <translation>Die Prüfungen Ihres Computers laufen hier und melden an niemanden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/about_page.py" line="67"/>
        <source>When you ask for help, you see exactly what will be sent and can remove anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app/graph.py" line="175"/>
        <source>the ticket folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="178"/>
        <source>your IT helpdesk ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="253"/>
        <source>Your desktop has no notification area, so Deskmate runs as a normal window. Closing it quits Deskmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="267"/>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The app catalogue is a sample signed with a demo key, and help requests are saved as files in &lt;code&gt;{folder}&lt;/code&gt; instead of being sent to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="306"/>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="313"/>
        <source>An approved alternative to {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="314"/>
        <source>{app} is the approved choice: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="322"/>
        <source>Your request was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="323"/>
        <source>{subject}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="388"/>
        <source>Installing {app} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDetailView</name>
    <message>
        <location filename="../../ui/app_detail_view.py" line="50"/>
        <source>Install progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="60"/>
        <source>Install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="74"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="75"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="76"/>
        <source>Approved for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="77"/>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="78"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="83"/>
        <location filename="../../ui/app_detail_view.py" line="173"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="87"/>
        <source>Cancel the install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="90"/>
        <location filename="../../ui/app_detail_view.py" line="196"/>
        <source>Show install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="91"/>
        <source>Show the install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="101"/>
        <source>Ask IT for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="102"/>
        <source>Ask IT for help, with the install log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="122"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="125"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="147"/>
        <source>⚠ Install failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="152"/>
        <source>No install log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="157"/>
        <source>✓ Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="158"/>
        <source>↑ Installed, update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="159"/>
        <source>↗ Web app, opens in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="160"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="161"/>
        <source>Not available for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="162"/>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="166"/>
        <source> · required by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="171"/>
        <source>your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="171"/>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="174"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="175"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="176"/>
        <source>Reinstall</source>
        <translation>Neu installieren</translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="177"/>
        <source>Request access from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="178"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="180"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_detail_view.py" line="196"/>
        <source>Hide install log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListDelegate</name>
    <message>
        <location filename="../../ui/app_list_delegate.py" line="26"/>
        <source>✓ Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_list_delegate.py" line="27"/>
        <source>↑ Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_list_delegate.py" line="28"/>
        <source>↗ Web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_list_delegate.py" line="29"/>
        <source>Not for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_list_delegate.py" line="33"/>
        <source>⚠ Required, not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="66"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="67"/>
        <source>Software your organisation has approved. Installing needs no ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="79"/>
        <source>Search apps, or a tool you know (e.g. Dropbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="80"/>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="84"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="103"/>
        <source>Approved apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="122"/>
        <source>Can&apos;t find it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="123"/>
        <source>Ask for an app</source>
        <translation>App anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="124"/>
        <source>Can&apos;t find it? Ask for an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="198"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="206"/>
        <source>Downloading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="207"/>
        <source>Installing {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="208"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="235"/>
        <source>The install was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="296"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="304"/>
        <source>The app catalogue is not available yet. Check the Health page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/apps_page.py" line="306"/>
        <source>No approved app matches “{query}”. Ask for it below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <location filename="../../ui/pages/health_page.py" line="86"/>
        <source>{fix} for {check}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/pages/coming_soon_page.py" line="23"/>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/coming_soon_page.py" line="30"/>
        <source>Need something today? Contact IT: {contacts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/coming_soon_page.py" line="37"/>
        <location filename="../../ui/pages/coming_soon_page.py" line="38"/>
        <source>Back to Home</source>
        <translation>Zurück zum Start</translation>
    </message>
</context>
<context>
    <name>ContextItemModel</name>
    <message>
        <location filename="../../ui/context_item_model.py" line="45"/>
        <source>Attached as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_item_model.py" line="47"/>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_item_model.py" line="47"/>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="20"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="21"/>
        <source>Copy the error details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="33"/>
        <source>Deskmate hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="34"/>
        <source>Something went wrong inside Deskmate. It will keep running, but the last action may not have finished. If this happens again, send the details to IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeaturedAppsBar</name>
    <message>
        <location filename="../../ui/featured_apps_bar.py" line="33"/>
        <source>Featured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/featured_apps_bar.py" line="36"/>
        <source>Featured: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../ui/pages/health_page.py" line="120"/>
        <source>Check my computer</source>
        <translation>Computer prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="121"/>
        <source>Deskmate looks at the usual causes of trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="124"/>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="125"/>
        <source>Run all checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="127"/>
        <source>Still not working? Ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="128"/>
        <source>Ask IT for help with these results attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="196"/>
        <source>The checks could not run. Try again, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="261"/>
        <source>Deskmate will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="262"/>
        <source>Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="280"/>
        <source>Ask IT for help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="286"/>
        <source>Nothing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/health_page.py" line="287"/>
        <source>Deskmate could not find anything to do here ({reason}). If the problem stays, ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthWording</name>
    <message>
        <location filename="../../ui/health_wording.py" line="50"/>
        <source>{name} (version {version}, build {build}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="58"/>
        <source>{free} free on {mount} ({pct}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="66"/>
        <source>Busiest program: {name} ({cpu}% CPU, {mem}% memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="85"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="87"/>
        <source>Time since last restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="88"/>
        <source>Restarted {days} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="90"/>
        <source>Your computer has not restarted for {uptime_days} days. Updates wait for a restart, and a long-running computer slowly gets slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="93"/>
        <source>Save your work and restart. Deskmate can schedule the restart for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="97"/>
        <source>Processor load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="98"/>
        <source>The processor is {pct}% busy on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="100"/>
        <source>Your processor has been very busy ({sustained_percent}% over the last minutes), so everything feels slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="103"/>
        <source>Close programs you do not need. Deskmate can close the busiest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="106"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="107"/>
        <source>{pct}% of memory is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="109"/>
        <source>Only {available_percent}% of memory is free, so programs wait for each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="112"/>
        <source>Close programs or browser tabs you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="114"/>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="115"/>
        <source>Your disk is nearly full. Programs and updates fail when it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="117"/>
        <source>Free space: Deskmate can delete old temporary files and empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="121"/>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="122"/>
        <source>Charged {pct}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="123"/>
        <source>Your battery is low or worn (charge {charge_percent}%, health {health_percent}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="126"/>
        <source>Plug in your charger. If the battery is worn, ask IT for a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="130"/>
        <source>Busiest programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="131"/>
        <source>One program is using a large share of your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="133"/>
        <source>If you do not need it right now, close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="135"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="136"/>
        <source>Your clock is right (off by {skew} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="138"/>
        <source>Your clock is off by {skew_seconds} seconds. Sign-in and secure websites fail when the clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="141"/>
        <source>Turn on automatic date and time in your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="144"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="145"/>
        <source>Connected through {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="147"/>
        <source>Your computer is not connected to any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="148"/>
        <source>Turn on Wi-Fi or plug in the network cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="150"/>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="151"/>
        <source>Your router answers the way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="152"/>
        <source>Your computer has no route to other networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="153"/>
        <source>Reconnect to Wi-Fi or the cable; if that does not help, restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="156"/>
        <source>Company names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="157"/>
        <source>Company addresses are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="158"/>
        <source>Some company addresses cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="159"/>
        <source>Deskmate can clear the name cache. If that does not help, ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="162"/>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="163"/>
        <source>The internet is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="164"/>
        <source>The internet cannot be reached from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="165"/>
        <source>If you are in a hotel or on guest Wi-Fi, open your browser and sign in there. Otherwise check your network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="169"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="170"/>
        <source>Your proxy answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="171"/>
        <source>No proxy is set; connections go direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="172"/>
        <source>The proxy your computer is set to use does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="174"/>
        <source>Check the proxy in your network settings, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="177"/>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="178"/>
        <source>VPN connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="179"/>
        <source>No VPN in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="180"/>
        <source>Your VPN is not connected, so company services may be out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="182"/>
        <source>Start your VPN program and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="184"/>
        <source>Company services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="185"/>
        <source>Company services answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="186"/>
        <source>{unreachable} company services do not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="187"/>
        <source>Check your VPN. If it is connected, the service may be down: ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="191"/>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="192"/>
        <source>Your firewall is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="193"/>
        <source>Your firewall is off, so others on the network can reach your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="196"/>
        <source>Turn the firewall on in your security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="198"/>
        <source>Disk encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="199"/>
        <source>Your disk is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="200"/>
        <source>Your disk is not encrypted. If your computer is lost, anyone can read your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="203"/>
        <source>Ask IT to turn on encryption ({technology}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="205"/>
        <source>System updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="206"/>
        <source>Your system is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="207"/>
        <source>{count} updates are waiting, {security} of them for security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="209"/>
        <source>Install the updates from your update settings, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="212"/>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="213"/>
        <source>Your screen locks when you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="214"/>
        <source>Your screen does not lock soon enough when you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="216"/>
        <source>Turn on the screen lock in your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="218"/>
        <source>App catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="219"/>
        <source>The app catalogue is current and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="221"/>
        <source>The app catalogue is out of date or could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="223"/>
        <source>Deskmate can refresh it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="225"/>
        <source>Waiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="226"/>
        <source>No help requests are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="227"/>
        <source>Help requests waiting to be sent: {waiting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="228"/>
        <source>Deskmate can try to send them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="230"/>
        <source>Helpdesk connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="231"/>
        <source>The helpdesk answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="232"/>
        <source>The helpdesk cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="233"/>
        <source>Your requests wait safely and go out when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="237"/>
        <source>This computer has no battery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="238"/>
        <source>IT has not set a server to compare the clock with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="240"/>
        <source>IT has not listed company addresses to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="242"/>
        <source>IT has not listed company services to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="244"/>
        <source>No firewall program was found to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="246"/>
        <source>Still checking in the background; the answer appears next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="248"/>
        <source>Not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="249"/>
        <source>The check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="252"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="253"/>
        <source>Needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="254"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="255"/>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="256"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="259"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="260"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="261"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="262"/>
        <source>Deskmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="265"/>
        <source>Free up space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="266"/>
        <source>Clear name cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="267"/>
        <source>Close program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="268"/>
        <source>Schedule restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="269"/>
        <source>Open network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="270"/>
        <source>Open update settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="271"/>
        <source>Open storage settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="272"/>
        <source>Open security settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="273"/>
        <source>Open date and time settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="274"/>
        <source>Send now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="275"/>
        <source>Refresh now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="278"/>
        <source>temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="279"/>
        <source>caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="280"/>
        <source>the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="281"/>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="282"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="283"/>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="284"/>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="285"/>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="313"/>
        <source>Deskmate could not check this: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="323"/>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="329"/>
        <source>Fix it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="343"/>
        <source>Delete {count} files ({size}) from {kind}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="346"/>
        <source>Close “{name}” (it uses {size}); unsaved work in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="350"/>
        <source>Restart your computer in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="353"/>
        <source>Open the {page} settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="355"/>
        <source>Run: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="362"/>
        <source>Your computer will ask for an administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="371"/>
        <source>Before: {before}. After: {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="378"/>
        <source>Done: {size} freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="381"/>
        <source>This needs administrator rights you do not have here. Ask IT for help: your request will include what you tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="384"/>
        <source>That did not work. {change} Ask IT for help: your request will include what you tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="392"/>
        <source>Checking your computer… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="395"/>
        <source>Everything looks fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="396"/>
        <source>{n} things need a look. Problems are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health_wording.py" line="403"/>
        <source>Problem with: {things}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/pages/help_page.py" line="133"/>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="134"/>
        <source>Tell IT what is wrong. Deskmate adds the facts IT usually asks for, and you see everything before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="152"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="160"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="166"/>
        <source>For example: VPN fails to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="167"/>
        <source>Summary in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="169"/>
        <location filename="../../ui/pages/help_page.py" line="373"/>
        <source>What happened, since when, what you were doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="170"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="157"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="173"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="174"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="175"/>
        <location filename="../../ui/pages/help_page.py" line="370"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="189"/>
        <source>For example: Krita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="190"/>
        <source>Which app you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="193"/>
        <source>What you will use it for, and what you cannot do without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="194"/>
        <source>Why you need it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="199"/>
        <source>How often you will use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="204"/>
        <source>For example: Jane Doe or jane.doe@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="205"/>
        <source>Your manager&apos;s name or e-mail (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="207"/>
        <location filename="../../ui/pages/help_page.py" line="367"/>
        <source>&amp;App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="208"/>
        <source>&amp;Why you need it*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="209"/>
        <source>How &amp;often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="210"/>
        <source>Your &amp;manager*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="213"/>
        <source>What Deskmate adds (uncheck anything you do not want to share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="217"/>
        <source>Information attached to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="222"/>
        <source>View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="223"/>
        <source>View the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="225"/>
        <source>Gather again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="226"/>
        <source>Gather the information again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="239"/>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="240"/>
        <source>Preview what IT will see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="241"/>
        <source>Preview what IT will see, then send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="244"/>
        <source>Ask for something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="246"/>
        <source>Leave the access request and ask for something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="255"/>
        <source>Tell IT what would make your work easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="258"/>
        <source>An idea, a wish, something that annoys you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="259"/>
        <source>Your idea or feedback for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="262"/>
        <source>Send idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="263"/>
        <source>Send your idea to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="302"/>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="317"/>
        <source>Gathering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="326"/>
        <source>{0} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="332"/>
        <source>Could not gather: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="347"/>
        <source>Ask for an app that is not in the catalogue yet. IT checks that it is safe and licensed before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="350"/>
        <source>Request access to {0}. It needs your manager&apos;s approval: IT asks them for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="352"/>
        <source>Request access to {0}. IT reviews each request for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="353"/>
        <source>Request access to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="367"/>
        <source>&amp;Which app*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="370"/>
        <source>More &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="372"/>
        <source>Optional: anything else IT should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="452"/>
        <source>Your request is queued and goes out as soon as IT can be reached. Follow it under My requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="467"/>
        <source>Thanks – IT knows this affects you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="486"/>
        <source>Thank you! Your idea is on its way to IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home_page.py" line="71"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="73"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="75"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="87"/>
        <source>This computer: {name}</source>
        <translation>Dieser Computer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="97"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="98"/>
        <source>Check my computer now</source>
        <translation>Computer jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="101"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="108"/>
        <source>Check my computer</source>
        <translation>Computer prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="108"/>
        <source>Find and fix common problems</source>
        <translation>Häufige Probleme finden und beheben</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="109"/>
        <source>Get apps</source>
        <translation>Apps holen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="109"/>
        <source>Approved software, ready to install</source>
        <translation>Freigegebene Software, bereit zur Installation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="110"/>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="110"/>
        <source>Ask IT, with the details attached</source>
        <translation>IT fragen, mit allen Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="111"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="111"/>
        <source>See where your requests are</source>
        <translation>Sehen, wo Ihre Anfragen stehen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="131"/>
        <source>IT support: {contacts}</source>
        <translation>IT-Support: {contacts}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="153"/>
        <source>Announcements from IT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Deskmate – {organization}</source>
        <translation>Deskmate – {organization}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Deskmate panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../../desktop/app/graph.py" line="183"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="186"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="189"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="190"/>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="191"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="192"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/graph.py" line="195"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>NudgeBar</name>
    <message>
        <location filename="../../ui/nudge_bar.py" line="29"/>
        <location filename="../../ui/nudge_bar.py" line="30"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/nudge_bar.py" line="32"/>
        <source>Don&apos;t suggest again</source>
        <translation>Nicht mehr vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/nudge_bar.py" line="33"/>
        <source>Don&apos;t suggest this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nudge_bar.py" line="43"/>
        <source>&lt;b&gt;{tool}&lt;/b&gt; is running. Your organisation offers &lt;b&gt;{app}&lt;/b&gt; instead: {reason} &lt;small&gt;(Only you see this; nothing is reported.)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nudge_bar.py" line="47"/>
        <source>Get {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageBox</name>
    <message>
        <location filename="../../ui/pages/help_page.py" line="82"/>
        <source>Me too – this affects me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="83"/>
        <source>Tell IT this outage affects you too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="84"/>
        <source>Sends only the outage, your account and device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="85"/>
        <source>No, it is something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="86"/>
        <source>Not this outage: continue with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="99"/>
        <source>⚡ Is it this? {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="41"/>
        <source>It is resolved – how did IT do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="48"/>
        <source>Rate {0} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="52"/>
        <source>A comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="53"/>
        <source>Comment on your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="54"/>
        <source>Send rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="55"/>
        <source>Send your rating to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="56"/>
        <source>No thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="57"/>
        <source>Do not rate this request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="38"/>
        <source>What IT will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="41"/>
        <source>This is exactly what will be sent{0}. Secrets and tokens have been removed. Go back to uncheck anything you do not want to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="44"/>
        <source> to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="45"/>
        <source>Subject: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="63"/>
        <source>Message and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="65"/>
        <source>Selected item&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="66"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="71"/>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="93"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="104"/>
        <source>Screenshot preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="107"/>
        <source>An image of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="112"/>
        <location filename="../../ui/request_preview_dialog.py" line="113"/>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="115"/>
        <source>Send to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_preview_dialog.py" line="117"/>
        <source>Send this request to IT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/requests_model.py" line="50"/>
        <source>Queued – not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="51"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="52"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="53"/>
        <source>Queued at the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="54"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="55"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="56"/>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="57"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="58"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="80"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="80"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_model.py" line="81"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="84"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="85"/>
        <source>Everything you asked IT for, and where it stands. Requests written offline are sent as soon as IT can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="95"/>
        <location filename="../../ui/pages/requests_page.py" line="96"/>
        <source>Search your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="99"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="100"/>
        <source>Refresh the list of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="109"/>
        <source>Your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="135"/>
        <source>Reply to IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="136"/>
        <source>Your reply to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="141"/>
        <location filename="../../ui/pages/requests_page.py" line="142"/>
        <source>Attach a fresh diagnostics snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="143"/>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="144"/>
        <source>Send your reply to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="157"/>
        <source>Open in the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="158"/>
        <source>Open this request in the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="160"/>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="161"/>
        <source>Try sending this request again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="200"/>
        <source>IT wrote: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="215"/>
        <source>Not sent: {0}
What to do: check the reason with IT, or try again once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="216"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="220"/>
        <source>{0}. Last try: {1} Next try at {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="223"/>
        <source>{0} · sent as #{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="252"/>
        <source>Your reply was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="277"/>
        <source>That did not work: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="38"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="39"/>
        <source>Settings marked 🔒 are managed by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="51"/>
        <source>Open my Deskmate folder</source>
        <translation>Meinen Deskmate-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="52"/>
        <source>Open the folder with Deskmate&apos;s settings, data and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="57"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <location filename="../../ui/pages/settings_page.py" line="60"/>
        <source>Start Deskmate when I sign in</source>
        <translation>Deskmate bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="64"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="70"/>
        <source>Takes effect the next time Deskmate starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="71"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="79"/>
        <source>All settings and who set them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="110"/>
        <source>Features that need a password or token (some helpdesk connections) are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="121"/>
        <source>⚠ Some settings could not be used and were reset to their defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="131"/>
        <source>🔒 Set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <location filename="../../ui/settings_model.py" line="25"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="25"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="25"/>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="27"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="28"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="29"/>
        <source>🔒 Your IT department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../ui/tray.py" line="38"/>
        <source>Deskmate: checking your computer…</source>
        <translation>Deskmate: Ihr Computer wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="84"/>
        <source>Open Deskmate</source>
        <translation>Deskmate öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="85"/>
        <source>Check my computer</source>
        <translation>Computer prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="86"/>
        <source>Get apps</source>
        <translation>Apps holen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="87"/>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="88"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="98"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="99"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="104"/>
        <source>Quit Deskmate</source>
        <translation>Deskmate beenden</translation>
    </message>
</context>
</TS>
