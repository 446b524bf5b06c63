<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Deskmate</source>
        <translation>À propos de Deskmate</translation>
    </message>
    <message>
        <source>Version {version} · provided by {org}</source>
        <translation>Version {version} · fournie par {org}</translation>
    </message>
    <message>
        <source>How to reach IT</source>
        <translation>Comment joindre le service informatique</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>Your Deskmate data and logs are kept on this computer in:</source>
        <translation>Vos données et journaux Deskmate sont conservés sur cet ordinateur dans :</translation>
    </message>
    <message>
        <source>Deskmate is open-source software under the Apache License 2.0, built with Qt for Python (LGPLv3).</source>
        <translation>Deskmate est un logiciel libre sous licence Apache 2.0, réalisé avec Qt for Python (LGPLv3).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the version and set-up details for the helpdesk</source>
        <translation>Copier la version et les détails de configuration pour le service d&apos;assistance</translation>
    </message>
    <message>
        <source>For the helpdesk: version, system, profile folder, app catalogue and helpdesk connection.</source>
        <translation>Pour le service d&apos;assistance : version, système, dossier de profil, catalogue d&apos;applications et connexion au service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copied: the version and set-up details are on the clipboard</source>
        <translation>Copié : la version et les détails de configuration sont dans le presse-papiers</translation>
    </message>
    <message>
        <source>IT portal</source>
        <translation>Portail informatique</translation>
    </message>
    <message>
        <source>Reach IT: {contacts}</source>
        <translation>Joindre le service informatique : {contacts}</translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you have seen it and said yes.</source>
        <translation>Rien ne quitte cet ordinateur sans que vous l&apos;ayez vu et accepté.</translation>
    </message>
    <message>
        <source>In the background Deskmate only downloads IT&apos;s app catalogue and announcements, and checks the status of your own requests.</source>
        <translation>En arrière-plan, Deskmate se contente de télécharger le catalogue d&apos;applications et les annonces du service informatique, et de vérifier l&apos;état de vos propres demandes.</translation>
    </message>
    <message>
        <source>Checks of your computer run here and report to nobody.</source>
        <translation>Les vérifications de votre ordinateur s&apos;exécutent ici et ne sont transmises à personne.</translation>
    </message>
    <message>
        <source>When you ask for help, you see exactly what will be sent and can remove anything.</source>
        <translation>Quand vous demandez de l&apos;aide, vous voyez exactement ce qui sera envoyé et pouvez tout retirer.</translation>
    </message>
</context>
<context>
    <name>AccessPeriodField</name>
    <message>
        <source>For how long you need it</source>
        <translation>Combien de temps vous en avez besoin</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>De façon permanente</translation>
    </message>
    <message>
        <source>For a number of days</source>
        <translation>Pendant un certain nombre de jours</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>Jusqu&apos;à une date</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <source>Until this date (included)</source>
        <translation>Jusqu&apos;à cette date (incluse)</translation>
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
        <translation>{sent} envoyés, {received} reçus · {result}</translation>
    </message>
    <message>
        <source>{command} · exit code {code}</source>
        <translation>{command} · code de sortie {code}</translation>
    </message>
    <message>
        <source>was {before}, now {after}</source>
        <translation>était {before}, maintenant {after}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>{check}: {before} before, {after} after</source>
        <translation>{check} : {before} avant, {after} après</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur était injoignable</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la connexion sécurisée a échoué</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse dans les délais</translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation>cela a pris trop de temps</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>la réponse était trop volumineuse</translation>
    </message>
    <message>
        <source>the answer was broken</source>
        <translation>la réponse était illisible</translation>
    </message>
    <message>
        <source>the address points elsewhere</source>
        <translation>l&apos;adresse mène ailleurs</translation>
    </message>
    <message>
        <source>the address was not allowed</source>
        <translation>l&apos;adresse n&apos;était pas autorisée</translation>
    </message>
    <message>
        <source>did not work: {why}</source>
        <translation>a échoué : {why}</translation>
    </message>
    <message>
        <source>did not work ({reason})</source>
        <translation>a échoué ({reason})</translation>
    </message>
    <message>
        <source>Checked the app catalogue for updates</source>
        <translation>Recherche de mises à jour du catalogue d&apos;applications</translation>
    </message>
    <message>
        <source>Downloaded an installer</source>
        <translation>Téléchargement d&apos;un programme d&apos;installation</translation>
    </message>
    <message>
        <source>Checked that the helpdesk can be reached</source>
        <translation>Vérification que le service d&apos;assistance est joignable</translation>
    </message>
    <message>
        <source>Sent your help request to IT</source>
        <translation>Envoi de votre demande d&apos;aide au service informatique</translation>
    </message>
    <message>
        <source>Sent your reply to IT</source>
        <translation>Envoi de votre réponse au service informatique</translation>
    </message>
    <message>
        <source>Sent your rating to IT</source>
        <translation>Envoi de votre évaluation au service informatique</translation>
    </message>
    <message>
        <source>Asked IT for the status of your request</source>
        <translation>Demande au service informatique de l&apos;état de votre demande</translation>
    </message>
    <message>
        <source>Compared this computer&apos;s clock with a company server</source>
        <translation>Comparaison de l&apos;horloge de cet ordinateur avec un serveur de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Checked a connection for a health check</source>
        <translation>Test d&apos;une connexion pour une vérification de l&apos;état</translation>
    </message>
    <message>
        <source>Removed entries older than the keeping period</source>
        <translation>Suppression des entrées plus anciennes que la durée de conservation</translation>
    </message>
    <message>
        <source>Ran the fix “{fix}”</source>
        <translation>Exécution du correctif « {fix} »</translation>
    </message>
    <message>
        <source>IT&apos;s policy changed a setting: {name}</source>
        <translation>Une stratégie du service informatique a modifié un paramètre : {name}</translation>
    </message>
    <message>
        <source>Ran the installer for {app} ({action})</source>
        <translation>Exécution du programme d&apos;installation de {app} ({action})</translation>
    </message>
    <message>
        <source>Suggested IT&apos;s alternative to {tool}</source>
        <translation>Suggestion de l&apos;alternative du service informatique à {tool}</translation>
    </message>
    <message>
        <source>You chose “{choice}” on the suggestion about {tool}</source>
        <translation>Vous avez choisi « {choice} » pour la suggestion concernant {tool}</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>What Deskmate did</source>
        <translation>Ce que Deskmate a fait</translation>
    </message>
    <message>
        <source>Everything Deskmate did for you or in the background, kept only on this computer. Nothing here is sent to anyone.</source>
        <translation>Tout ce que Deskmate a fait pour vous ou en arrière-plan, conservé uniquement sur cet ordinateur. Rien de tout cela n&apos;est envoyé à qui que ce soit.</translation>
    </message>
    <message>
        <source>Activity entries</source>
        <translation>Entrées d&apos;activité</translation>
    </message>
    <message>
        <source>Show exactly what was sent</source>
        <translation>Afficher exactement ce qui a été envoyé</translation>
    </message>
    <message>
        <source>Show exactly what was sent to IT</source>
        <translation>Afficher exactement ce qui a été envoyé au service informatique</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Which activity to show</source>
        <translation>Activité à afficher</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Sent to IT</source>
        <translation>Envoyé au service informatique</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installations</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message numerus="yes">
        <source>The record is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Le journal est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {row} was changed or removed after it was written ({reason}).</source>
        <translation>L&apos;entrée {row} a été modifiée ou supprimée après son écriture ({reason}).</translation>
    </message>
    <message>
        <source>The activity record cannot be read: {error}</source>
        <translation>Le journal d&apos;activité ne peut pas être lu : {error}</translation>
    </message>
</context>
<context>
    <name>ActivityWords</name>
    <message>
        <source>held for: {signals}</source>
        <translation>raison de la mise en attente : {signals}</translation>
    </message>
    <message>
        <source>because: {why}</source>
        <translation>raison : {why}</translation>
    </message>
    <message>
        <source>Showed a held message once you were free</source>
        <translation>Affichage d&apos;un message mis en attente dès que vous avez été disponible</translation>
    </message>
    <message>
        <source>Showed {count} held messages as one summary</source>
        <translation>Affichage de {count} messages mis en attente en un seul résumé</translation>
    </message>
    <message>
        <source>Showed as a notification: {kind}</source>
        <translation>Affichage en notification : {kind}</translation>
    </message>
    <message>
        <source>Marked the tray icon, without a pop-up: {kind}</source>
        <translation>Marquage de l&apos;icône dans la zone de notification, sans fenêtre contextuelle : {kind}</translation>
    </message>
    <message>
        <source>Held until you were free: {kind}</source>
        <translation>Mise en attente jusqu&apos;à votre disponibilité : {kind}</translation>
    </message>
    <message>
        <source>You put off the install of {app} until {until}</source>
        <translation>Vous avez reporté l&apos;installation de {app} au {until}</translation>
    </message>
    <message>
        <source>You started the install of {app} before its deadline</source>
        <translation>Vous avez lancé l&apos;installation de {app} avant l&apos;échéance</translation>
    </message>
    <message>
        <source>Installed {app} at its deadline, as IT requires</source>
        <translation>Installation de {app} à l&apos;échéance, comme l&apos;exige le service informatique</translation>
    </message>
    <message>
        <source>The deadline for {app} passed; it waits for you</source>
        <translation>L&apos;échéance de {app} est passée ; elle vous attend</translation>
    </message>
    <message>
        <source>{app} is required: a reminder now comes once a day</source>
        <translation>{app} est exigée : un rappel s&apos;affiche désormais une fois par jour</translation>
    </message>
    <message>
        <source>{app} is due within 24 hours: the Home banner stays</source>
        <translation>{app} doit être installée d&apos;ici 24 heures : le bandeau de la page Accueil reste affiché</translation>
    </message>
    <message>
        <source>Reminded you that IT needs {app}</source>
        <translation>Rappel que le service informatique a besoin de {app}</translation>
    </message>
    <message>
        <source>{app} is installed; its deadline is met</source>
        <translation>{app} est installé ; l&apos;échéance est respectée</translation>
    </message>
    <message>
        <source>You put off the update of {app} until {until}</source>
        <translation>Vous avez reporté la mise à jour de {app} au {until}</translation>
    </message>
    <message>
        <source>You started the update of {app} before its deadline</source>
        <translation>Vous avez lancé la mise à jour de {app} avant l&apos;échéance</translation>
    </message>
    <message>
        <source>Updated {app} at its deadline, as IT requires</source>
        <translation>Mise à jour de {app} à l&apos;échéance, comme l&apos;exige le service informatique</translation>
    </message>
    <message>
        <source>The deadline for the update of {app} passed</source>
        <translation>L&apos;échéance de la mise à jour de {app} est passée</translation>
    </message>
    <message>
        <source>{app} needs an update: a reminder now comes once a day</source>
        <translation>{app} doit être mise à jour : un rappel s&apos;affiche désormais une fois par jour</translation>
    </message>
    <message>
        <source>The update of {app} is due within 24 hours</source>
        <translation>La mise à jour de {app} doit être faite d&apos;ici 24 heures</translation>
    </message>
    <message>
        <source>Reminded you that IT needs {app} updated</source>
        <translation>Rappel que le service informatique a besoin que {app} soit mise à jour</translation>
    </message>
    <message>
        <source>The update of {app} is installed</source>
        <translation>La mise à jour de {app} est installée</translation>
    </message>
    <message>
        <source>You put off the restart after updates until {until}</source>
        <translation>Vous avez reporté au {until} le redémarrage après les mises à jour</translation>
    </message>
    <message>
        <source>You restarted this computer before its deadline</source>
        <translation>Vous avez redémarré cet ordinateur avant l&apos;échéance</translation>
    </message>
    <message>
        <source>Restarted this computer at its deadline, as IT requires</source>
        <translation>Redémarrage de cet ordinateur à l&apos;échéance, comme l&apos;exige le service informatique</translation>
    </message>
    <message>
        <source>The restart deadline passed; it waits for you</source>
        <translation>L&apos;échéance du redémarrage est passée ; il vous attend</translation>
    </message>
    <message>
        <source>A restart is needed: a reminder now comes once a day</source>
        <translation>Un redémarrage est nécessaire : un rappel s&apos;affiche désormais une fois par jour</translation>
    </message>
    <message>
        <source>The restart is due within 24 hours: the Home banner stays</source>
        <translation>Le redémarrage doit avoir lieu d&apos;ici 24 heures : le bandeau de la page Accueil reste affiché</translation>
    </message>
    <message>
        <source>Reminded you that IT needs this computer restarted</source>
        <translation>Rappel que le service informatique a besoin que cet ordinateur redémarre</translation>
    </message>
    <message>
        <source>notice of an outage</source>
        <translation>avis de panne</translation>
    </message>
    <message>
        <source>announcement from IT</source>
        <translation>annonce du service informatique</translation>
    </message>
    <message>
        <source>request update</source>
        <translation>mise à jour d&apos;une demande</translation>
    </message>
    <message>
        <source>suggestion of an approved app</source>
        <translation>suggestion d&apos;une application approuvée</translation>
    </message>
    <message>
        <source>install result</source>
        <translation>résultat d&apos;installation</translation>
    </message>
    <message>
        <source>health check result</source>
        <translation>résultat de vérification</translation>
    </message>
    <message>
        <source>restart reminder</source>
        <translation>rappel de redémarrage</translation>
    </message>
    <message>
        <source>reminder of a required install</source>
        <translation>rappel d&apos;une installation obligatoire</translation>
    </message>
    <message>
        <source>reminder of an update</source>
        <translation>rappel d&apos;une mise à jour</translation>
    </message>
    <message>
        <source>report of a background error</source>
        <translation>signalement d&apos;une erreur en arrière-plan</translation>
    </message>
    <message>
        <source>do not disturb was on</source>
        <translation>« Ne pas déranger » était activé</translation>
    </message>
    <message>
        <source>a window was in full screen</source>
        <translation>une fenêtre était en plein écran</translation>
    </message>
    <message>
        <source>the camera was in use</source>
        <translation>la caméra était utilisée</translation>
    </message>
    <message>
        <source>the microphone was in use</source>
        <translation>le micro était utilisé</translation>
    </message>
    <message>
        <source>your screen was shared</source>
        <translation>votre écran était partagé</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>heures de calme</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Restart after updates</source>
        <translation>Redémarrage après les mises à jour</translation>
    </message>
    <message>
        <source>the ticket folder {folder}</source>
        <translation>le dossier des tickets {folder}</translation>
    </message>
    <message>
        <source>your IT helpdesk ({name})</source>
        <translation>votre service d&apos;assistance informatique ({name})</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Dossier de profil</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>Catalogue d&apos;applications</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Service d&apos;assistance</translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so Deskmate runs as a normal window. Closing it quits Deskmate.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification, Deskmate s&apos;exécute donc dans une fenêtre normale. La fermer quitte Deskmate.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; – requests are saved on this computer, not sent to IT. &lt;a href=&quot;{link}&quot;&gt;Details&lt;/a&gt;</source>
        <translation>&lt;b&gt;Mode démo&lt;/b&gt; – les demandes sont enregistrées sur cet ordinateur, pas envoyées au service informatique. &lt;a href=&quot;{link}&quot;&gt;Détails&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The app catalogue is a sample signed with a demo key, and help requests are saved as files in &lt;code&gt;{folder}&lt;/code&gt; instead of being sent to IT.</source>
        <translation>&lt;b&gt;Mode démo.&lt;/b&gt; Le catalogue d&apos;applications est un exemple signé avec une clé de démonstration, et les demandes d&apos;aide sont enregistrées comme fichiers dans &lt;code&gt;{folder}&lt;/code&gt; au lieu d&apos;être envoyées au service informatique.</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>An approved alternative to {tool}</source>
        <translation>Une alternative approuvée à {tool}</translation>
    </message>
    <message>
        <source>{app} is the approved choice: {reason}</source>
        <translation>{app} est le choix approuvé : {reason}</translation>
    </message>
    <message>
        <source>{subject}: {status}</source>
        <translation>{subject} : {status}</translation>
    </message>
    <message>
        <source>Something went wrong in the background</source>
        <translation>Un problème est survenu en arrière-plan</translation>
    </message>
    <message>
        <source>Deskmate could not finish a task: {0}</source>
        <translation>Deskmate n&apos;a pas pu terminer une tâche : {0}</translation>
    </message>
    <message>
        <source>Installing {app} failed</source>
        <translation>L&apos;installation de {app} a échoué</translation>
    </message>
</context>
<context>
    <name>AppDetailView</name>
    <message>
        <source>Install progress</source>
        <translation>Progression de l&apos;installation</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Journal d&apos;installation</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Taille du téléchargement</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Company data</source>
        <translation>Données de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation>Annuler l&apos;installation</translation>
    </message>
    <message>
        <source>Show install log</source>
        <translation>Afficher le journal d&apos;installation</translation>
    </message>
    <message>
        <source>Show the install log</source>
        <translation>Afficher le journal de l&apos;installation</translation>
    </message>
    <message>
        <source>Ask IT for help</source>
        <translation>Demander de l&apos;aide au service informatique</translation>
    </message>
    <message>
        <source>Ask IT for help, with the install log</source>
        <translation>Demander de l&apos;aide au service informatique, avec le journal d&apos;installation</translation>
    </message>
    <message>
        <source>Only for information that is public anyway</source>
        <translation>Uniquement pour des informations déjà publiques</translation>
    </message>
    <message>
        <source>OK for internal company data</source>
        <translation>Convient aux données internes de l&apos;entreprise</translation>
    </message>
    <message>
        <source>OK for confidential company data</source>
        <translation>Convient aux données confidentielles de l&apos;entreprise</translation>
    </message>
    <message>
        <source>OK even for restricted (most sensitive) company data</source>
        <translation>Convient même aux données à diffusion restreinte (les plus sensibles) de l&apos;entreprise</translation>
    </message>
    <message>
        <source>OK for company data classed “{name}”</source>
        <translation>Convient aux données de l&apos;entreprise classées « {name} »</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Installed: {installed} · Available: {available}</source>
        <translation>Installée : {installed} · Disponible : {available}</translation>
    </message>
    <message>
        <source>⚠ Install failed: </source>
        <translation>⚠ Échec de l&apos;installation : </translation>
    </message>
    <message>
        <source>For IT: {0}</source>
        <translation>Pour le service informatique : {0}</translation>
    </message>
    <message>
        <source>No install log yet.</source>
        <translation>Pas encore de journal d&apos;installation.</translation>
    </message>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Installée</translation>
    </message>
    <message>
        <source>↑ Installed, update available</source>
        <translation>↑ Installée, mise à jour disponible</translation>
    </message>
    <message>
        <source>↗ Web app, opens in your browser</source>
        <translation>↗ Application web, s&apos;ouvre dans votre navigateur</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installée</translation>
    </message>
    <message>
        <source>Not available for this computer</source>
        <translation>Non disponible pour cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot be installed on this computer</source>
        <translation>Ne peut pas être installée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Impossible à déterminer</translation>
    </message>
    <message>
        <source> · required by your organisation</source>
        <translation> · exigée par votre organisation</translation>
    </message>
    <message>
        <source>IT has not made {app} available for this kind of computer. If you need it, ask IT for help.</source>
        <translation>Le service informatique n&apos;a pas mis {app} à disposition pour ce type d&apos;ordinateur. Si vous en avez besoin, demandez de l&apos;aide au service informatique.</translation>
    </message>
    <message>
        <source>the Windows Package Manager</source>
        <translation>le Gestionnaire de package Windows</translation>
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
        <translation>le programme d&apos;installation de logiciels du système</translation>
    </message>
    <message>
        <source>an installer</source>
        <translation>un programme d&apos;installation</translation>
    </message>
    <message>
        <source>{app} installs with {tool}, which is not on this computer, so it cannot be installed from here. IT can set it up for you.</source>
        <translation>{app} s&apos;installe avec {tool}, qui n&apos;est pas présent sur cet ordinateur ; elle ne peut donc pas être installée d&apos;ici. Le service informatique peut s&apos;en charger pour vous.</translation>
    </message>
    <message>
        <source>your manager</source>
        <translation>votre responsable</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>le service informatique</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Reinstall</source>
        <translation>Réinstaller</translation>
    </message>
    <message>
        <source>Request access from {who}</source>
        <translation>Demander l&apos;accès à {who}</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Hide install log</source>
        <translation>Masquer le journal d&apos;installation</translation>
    </message>
</context>
<context>
    <name>AppListDelegate</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Installée</translation>
    </message>
    <message>
        <source>↑ Update available</source>
        <translation>↑ Mise à jour disponible</translation>
    </message>
    <message>
        <source>↗ Web app</source>
        <translation>↗ Application web</translation>
    </message>
    <message>
        <source>Not for this computer</source>
        <translation>Pas pour cet ordinateur</translation>
    </message>
    <message>
        <source>Can’t install</source>
        <translation>Installation impossible</translation>
    </message>
    <message>
        <source>⚠ Required, not installed</source>
        <translation>⚠ Exigée, non installée</translation>
    </message>
</context>
<context>
    <name>AppShelfList</name>
    <message>
        <source>Show apps</source>
        <translation>Afficher les applications</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installées</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>{name}, {count} apps</source>
        <translation>{name}, {count} applications</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Software your organisation has approved. Installing needs no ticket.</source>
        <translation>Logiciels approuvés par votre organisation. Les installer ne nécessite aucun ticket.</translation>
    </message>
    <message>
        <source>Catalogue not updated</source>
        <translation>Catalogue non mis à jour</translation>
    </message>
    <message>
        <source>Search apps, or a tool you know (e.g. Dropbox)</source>
        <translation>Rechercher des applications, ou un outil que vous connaissez (p. ex. Dropbox)</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Rechercher des applications</translation>
    </message>
    <message>
        <source>Show apps</source>
        <translation>Afficher les applications</translation>
    </message>
    <message>
        <source>Approved apps</source>
        <translation>Applications approuvées</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Show the matches in all categories</source>
        <translation>Afficher les résultats dans toutes les catégories</translation>
    </message>
    <message>
        <source>Can&apos;t find it?</source>
        <translation>Vous ne la trouvez pas ?</translation>
    </message>
    <message>
        <source>Ask for an app</source>
        <translation>Demander une application</translation>
    </message>
    <message>
        <source>Can&apos;t find it? Ask for an app</source>
        <translation>Vous ne la trouvez pas ? Demandez une application</translation>
    </message>
    <message>
        <source>Showing the last verified catalogue from {when}. The newest one was refused: {why}</source>
        <translation>Affichage du dernier catalogue vérifié, du {when}. Le plus récent a été refusé : {why}</translation>
    </message>
    <message>
        <source>a file in it does not match what IT signed.</source>
        <translation>un de ses fichiers ne correspond pas à ce que le service informatique a signé.</translation>
    </message>
    <message>
        <source>it is older than one this computer already had.</source>
        <translation>il est plus ancien qu&apos;un catalogue que cet ordinateur avait déjà.</translation>
    </message>
    <message>
        <source>its signature has expired.</source>
        <translation>sa signature a expiré.</translation>
    </message>
    <message>
        <source>it is not signed with your organisation&apos;s keys.</source>
        <translation>il n&apos;est pas signé avec les clés de votre organisation.</translation>
    </message>
    <message>
        <source>a file in it is larger than allowed.</source>
        <translation>un de ses fichiers dépasse la taille autorisée.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>il est illisible.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Téléchargement : {percent} %</translation>
    </message>
    <message>
        <source>Installing {percent}%</source>
        <translation>Installation : {percent} %</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation>L&apos;installation a été annulée.</translation>
    </message>
    <message>
        <source>{app} is installed.</source>
        <translation>{app} est installée.</translation>
    </message>
    <message>
        <source>The install log says why; Ask IT for help sends it to IT.</source>
        <translation>Le journal d&apos;installation en donne la raison ; « Demander de l&apos;aide au service informatique » le lui envoie.</translation>
    </message>
    <message>
        <source>You closed the password prompt, so nothing was installed.</source>
        <translation>Vous avez fermé la demande de mot de passe : rien n&apos;a donc été installé.</translation>
    </message>
    <message>
        <source>Your account is not allowed to install system packages.</source>
        <translation>Votre compte n&apos;est pas autorisé à installer des paquets système.</translation>
    </message>
    <message>
        <source>You closed the password prompt, or the installer failed.</source>
        <translation>Vous avez fermé la demande de mot de passe, ou le programme d&apos;installation a échoué.</translation>
    </message>
    <message>
        <source>The install took too long and was stopped. Its log may say why.</source>
        <translation>L&apos;installation a pris trop de temps et a été arrêtée. Son journal en indique peut-être la raison.</translation>
    </message>
    <message>
        <source>The install stopped unexpectedly, so it may not have finished. Try again, or ask IT for help.</source>
        <translation>L&apos;installation s&apos;est arrêtée de manière inattendue et n&apos;est peut-être pas terminée. Réessayez, ou demandez de l&apos;aide au service informatique.</translation>
    </message>
    <message>
        <source>Deskmate could not run the installer.</source>
        <translation>Deskmate n&apos;a pas pu lancer le programme d&apos;installation.</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{app} could not be opened.</source>
        <translation>{app} n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Every app from the catalogue on this computer is up to date.</source>
        <translation>Toutes les applications du catalogue présentes sur cet ordinateur sont à jour.</translation>
    </message>
    <message>
        <source>No app from the catalogue is installed on this computer yet.</source>
        <translation>Aucune application du catalogue n&apos;est encore installée sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in other categories</source>
        <translation>
            <numerusform>%n résultat dans d&apos;autres catégories</numerusform>
            <numerusform>%n résultats dans d&apos;autres catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>The app catalogue is not available yet. Check the Health page.</source>
        <translation>Le catalogue d&apos;applications n&apos;est pas encore disponible. Consultez la page État.</translation>
    </message>
    <message>
        <source>Nothing in {category} matches “{query}”.</source>
        <translation>Rien dans {category} ne correspond à « {query} ».</translation>
    </message>
    <message>
        <source>No approved app matches “{query}”. Ask for it below.</source>
        <translation>Aucune application approuvée ne correspond à « {query} ». Demandez-la ci-dessous.</translation>
    </message>
</context>
<context>
    <name>AttentionBridge</name>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>{count} messages held during your {reasons}</source>
        <translation>{count} messages mis en attente pendant {reasons}</translation>
    </message>
    <message>
        <source>While you were in a meeting</source>
        <translation>Pendant votre réunion</translation>
    </message>
    <message>
        <source>While you were in full screen</source>
        <translation>Pendant que vous étiez en plein écran</translation>
    </message>
    <message>
        <source>While do not disturb was on</source>
        <translation>Pendant que « Ne pas déranger » était activé</translation>
    </message>
    <message>
        <source>During your quiet hours</source>
        <translation>Pendant vos heures de calme</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>votre réunion</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>votre présentation</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>le mode « Ne pas déranger »</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>vos heures de calme</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>{fix} for {check}</source>
        <translation>{fix} pour {check}</translation>
    </message>
    <message>
        <source>Ask IT about this</source>
        <translation>Demander au service informatique</translation>
    </message>
    <message>
        <source>Ask IT about {check}</source>
        <translation>Demander au service informatique à propos de {check}</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Need something today? Contact IT: {contacts}</source>
        <translation>Besoin de quelque chose aujourd&apos;hui ? Contactez le service informatique : {contacts}</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ContextItemModel</name>
    <message>
        <source>Attached as {0}</source>
        <translation>Joint sous le nom {0}</translation>
    </message>
    <message>
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>non inclus</translation>
    </message>
</context>
<context>
    <name>ContextReading</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ContextWords</name>
    <message>
        <source>Diagnostics snapshot</source>
        <translation>Instantané des vérifications</translation>
    </message>
    <message>
        <source>Device facts</source>
        <translation>Informations sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Health timeline</source>
        <translation>Historique de l&apos;état</translation>
    </message>
    <message>
        <source>Fixes already tried</source>
        <translation>Correctifs déjà essayés</translation>
    </message>
    <message>
        <source>Deskmate log</source>
        <translation>Journal de Deskmate</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Journal d&apos;installation</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>Readable report</source>
        <translation>Rapport lisible</translation>
    </message>
    <message>
        <source>What Deskmate did recently</source>
        <translation>Ce que Deskmate a fait récemment</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es)</source>
        <translation>
            <numerusform>%n correctif</numerusform>
            <numerusform>%n correctifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n line(s)</source>
        <translation>
            <numerusform>dernière ligne</numerusform>
            <numerusform>%n dernières lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the last 24 hours</source>
        <translation>
            <numerusform>%n entrée au cours des dernières 24 heures</numerusform>
            <numerusform>%n entrées au cours des dernières 24 heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n to watch</source>
        <translation>
            <numerusform>%n à surveiller</numerusform>
            <numerusform>%n à surveiller</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to watch</source>
        <translation>rien à surveiller</translation>
    </message>
    <message>
        <source>{checks}: {problems}, {watch}</source>
        <translation>{checks} : {problems}, {watch}</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n vérification</numerusform>
            <numerusform>%n vérifications</numerusform>
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
        <translation>Résultats des vérifications et correctifs que vous avez lancés</translation>
    </message>
    <message>
        <source>This computer (profile database)</source>
        <translation>Cet ordinateur (base de données du profil)</translation>
    </message>
    <message>
        <source>IT, only inside a help request</source>
        <translation>Le service informatique, uniquement dans une demande d&apos;aide</translation>
    </message>
    <message>
        <source>When you send a request and leave them in it</source>
        <translation>Quand vous envoyez une demande et les y laissez</translation>
    </message>
    <message>
        <source>Device facts (computer name, system version, model)</source>
        <translation>Informations sur l&apos;appareil (nom de l&apos;ordinateur, version du système, modèle)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Deskmate&apos;s own log</source>
        <translation>Le journal de Deskmate</translation>
    </message>
    <message>
        <source>This computer (log folder, rotated)</source>
        <translation>Cet ordinateur (dossier des journaux, avec rotation)</translation>
    </message>
    <message>
        <source>When you add it to a request</source>
        <translation>Quand vous l&apos;ajoutez à une demande</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>This computer, only while you write a request</source>
        <translation>Cet ordinateur, uniquement pendant que vous rédigez une demande</translation>
    </message>
    <message>
        <source>When you take one and leave it in</source>
        <translation>Quand vous en prenez une et la laissez</translation>
    </message>
    <message>
        <source>Your requests, replies and ratings</source>
        <translation>Vos demandes, réponses et évaluations</translation>
    </message>
    <message>
        <source>This computer (outbox); after helpdesk.keep_sent_days only their SHA-256</source>
        <translation>Cet ordinateur (boîte d&apos;envoi) ; après helpdesk.keep_sent_days, seulement leur SHA-256</translation>
    </message>
    <message>
        <source>Your company&apos;s helpdesk</source>
        <translation>Le service d&apos;assistance de votre entreprise</translation>
    </message>
    <message>
        <source>When you press Send</source>
        <translation>Quand vous cliquez sur Envoyer</translation>
    </message>
    <message>
        <source>Your work e-mail address</source>
        <translation>Votre adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>This computer (settings)</source>
        <translation>Cet ordinateur (paramètres)</translation>
    </message>
    <message>
        <source>With each request, so IT can answer you</source>
        <translation>Avec chaque demande, pour que le service informatique puisse vous répondre</translation>
    </message>
    <message>
        <source>Programs seen running (for app suggestions)</source>
        <translation>Programmes vus en cours d&apos;exécution (pour les suggestions d&apos;applications)</translation>
    </message>
    <message>
        <source>This computer, in memory</source>
        <translation>Cet ordinateur, en mémoire</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Activity record (this list of what Deskmate did)</source>
        <translation>Journal d&apos;activité (cette liste de ce que Deskmate a fait)</translation>
    </message>
    <message>
        <source>This computer (activity.keep_days, default 90 days)</source>
        <translation>Cet ordinateur (activity.keep_days, 90 jours par défaut)</translation>
    </message>
    <message>
        <source>Never, unless you add it to a request yourself</source>
        <translation>Jamais, sauf si vous l&apos;ajoutez vous-même à une demande</translation>
    </message>
    <message>
        <source>Catalogue and announcement requests</source>
        <translation>Requêtes du catalogue et des annonces</translation>
    </message>
    <message>
        <source>Not stored beyond the catalogue copy</source>
        <translation>Rien n&apos;est conservé au-delà de la copie du catalogue</translation>
    </message>
    <message>
        <source>Your company&apos;s catalogue server sees this computer&apos;s address</source>
        <translation>Le serveur de catalogue de votre entreprise voit l&apos;adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>In the background, on a timer</source>
        <translation>En arrière-plan, à intervalles réguliers</translation>
    </message>
    <message>
        <source>Helpdesk secrets (tokens, passwords)</source>
        <translation>Secrets du service d&apos;assistance (jetons, mots de passe)</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain</source>
        <translation>Le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Only used to sign in to the helpdesk</source>
        <translation>Utilisés uniquement pour se connecter au service d&apos;assistance</translation>
    </message>
</context>
<context>
    <name>DeadlineBar</name>
    <message>
        <source>Install now</source>
        <translation>Installer maintenant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; installs in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; s&apos;installe dans {m}:{s:02d}, comme l&apos;exige le service informatique. Enregistrez votre travail, ou lancez l&apos;installation maintenant.</translation>
    </message>
    <message>
        <source>IT needs &lt;b&gt;{app}&lt;/b&gt; on this computer.</source>
        <translation>Le service informatique a besoin de &lt;b&gt;{app}&lt;/b&gt; sur cet ordinateur.</translation>
    </message>
    <message>
        <source>IT needs the update of &lt;b&gt;{app}&lt;/b&gt; on this computer.</source>
        <translation>Le service informatique a besoin que &lt;b&gt;{app}&lt;/b&gt; soit mise à jour sur cet ordinateur.</translation>
    </message>
    <message>
        <source>IT needs this computer restarted to finish installing updates.</source>
        <translation>Le service informatique a besoin que cet ordinateur redémarre pour terminer l&apos;installation des mises à jour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; updates in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; sera mise à jour dans {m}:{s:02d}, comme l&apos;exige le service informatique. Enregistrez votre travail, ou lancez la mise à jour maintenant.</translation>
    </message>
    <message>
        <source>This computer restarts in {m}:{s:02d}, as IT requires. Save your work, or start it now.</source>
        <translation>Cet ordinateur redémarre dans {m}:{s:02d}, comme l&apos;exige le service informatique. Enregistrez votre travail, ou redémarrez maintenant.</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Le faire maintenant</translation>
    </message>
    <message>
        <source>IT needed &lt;b&gt;{app}&lt;/b&gt; on this computer by {when}, and it is not installed yet.</source>
        <translation>Le service informatique avait besoin de &lt;b&gt;{app}&lt;/b&gt; sur cet ordinateur pour le {when}, et elle n&apos;est pas encore installée.</translation>
    </message>
    <message>
        <source>IT needed &lt;b&gt;{app}&lt;/b&gt; updated by {when}, and the update is not installed yet.</source>
        <translation>Le service informatique avait besoin que &lt;b&gt;{app}&lt;/b&gt; soit mise à jour pour le {when}, et la mise à jour n&apos;est pas encore installée.</translation>
    </message>
    <message>
        <source>IT needed this computer restarted by {when} to finish installing updates.</source>
        <translation>Le service informatique avait besoin que cet ordinateur redémarre pour le {when}, afin de terminer l&apos;installation des mises à jour.</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Mettre à jour maintenant</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>{allowance}; {consequence}.</source>
        <translation>{allowance} ; {consequence}.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>You put it off on {times}.</source>
        <translation>Vous l&apos;avez reporté le {times}.</translation>
    </message>
    <message>
        <source>You cannot put this off again</source>
        <translation>Vous ne pouvez plus reporter</translation>
    </message>
    <message numerus="yes">
        <source>You can put this off %n more time(s)</source>
        <translation>
            <numerusform>Vous pouvez encore reporter une fois</numerusform>
            <numerusform>Vous pouvez encore reporter %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>it will install on {when} if not done</source>
        <translation>elle s&apos;installera le {when} si ce n&apos;est pas fait</translation>
    </message>
    <message>
        <source>it will update on {when} if not done</source>
        <translation>elle sera mise à jour le {when} si ce n&apos;est pas fait</translation>
    </message>
    <message>
        <source>it will restart on {when} if not done</source>
        <translation>il redémarrera le {when} si ce n&apos;est pas fait</translation>
    </message>
    <message>
        <source>from {when} it shows as a problem on the Health page</source>
        <translation>à partir du {when}, elle apparaîtra comme un problème sur la page État</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tonight at {time}</source>
        <translation>Ce soir à {time}</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Put it off: {choice}</source>
        <translation>Reporter : {choice}</translation>
    </message>
</context>
<context>
    <name>DeadlineBridge</name>
    <message>
        <source>IT needs {app} within a day</source>
        <translation>Le service informatique a besoin de {app} d&apos;ici 24 heures</translation>
    </message>
    <message>
        <source>IT needs {app} updated within a day</source>
        <translation>Le service informatique a besoin que {app} soit mise à jour d&apos;ici 24 heures</translation>
    </message>
    <message>
        <source>IT needs this computer restarted within a day</source>
        <translation>Le service informatique a besoin que cet ordinateur redémarre d&apos;ici 24 heures</translation>
    </message>
    <message>
        <source>IT needs {app} on this computer</source>
        <translation>Le service informatique a besoin de {app} sur cet ordinateur</translation>
    </message>
    <message>
        <source>IT needs {app} updated</source>
        <translation>Le service informatique a besoin que {app} soit mise à jour</translation>
    </message>
    <message>
        <source>IT needs this computer restarted</source>
        <translation>Le service informatique a besoin que cet ordinateur redémarre</translation>
    </message>
    <message>
        <source>IT needs {app} installed</source>
        <translation>Le service informatique a besoin que {app} soit installé</translation>
    </message>
    <message>
        <source>{app} has an update</source>
        <translation>Une mise à jour de {app} est disponible</translation>
    </message>
    <message>
        <source>A restart is needed</source>
        <translation>Un redémarrage est nécessaire</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Nothing is due now.</source>
        <translation>Rien n&apos;est dû pour le moment.</translation>
    </message>
    <message>
        <source>IT needs the update by {when}.</source>
        <translation>Le service informatique a besoin de la mise à jour d&apos;ici {when}.</translation>
    </message>
    <message>
        <source>IT needs it by {when}.</source>
        <translation>Le service informatique en a besoin d&apos;ici {when}.</translation>
    </message>
    <message>
        <source>Its deadline passed on {when}; the Health page shows it as a problem.</source>
        <translation>Son échéance est passée le {when} ; la page « État » l&apos;indique comme un problème.</translation>
    </message>
    <message>
        <source>Updated at its deadline on {when}, as IT requires.</source>
        <translation>Mise à jour à son échéance le {when}, comme l&apos;exige le service informatique.</translation>
    </message>
    <message>
        <source>Installed at its deadline on {when}, as IT requires.</source>
        <translation>Installée à son échéance le {when}, comme l&apos;exige le service informatique.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Copier les détails de l&apos;erreur dans le presse-papiers</translation>
    </message>
    <message>
        <source>Deskmate hit a problem</source>
        <translation>Deskmate a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate. It will keep running, but the last action may not have finished. If this happens again, send the details to IT.</source>
        <translation>Un problème est survenu dans Deskmate. Il continue de fonctionner, mais la dernière action n&apos;est peut-être pas terminée. Si cela se reproduit, envoyez les détails au service informatique.</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>The helpdesk cannot be reached right now.</source>
        <translation>Le service d&apos;assistance est injoignable pour le moment.</translation>
    </message>
    <message>
        <source>The helpdesk did not answer in time.</source>
        <translation>Le service d&apos;assistance n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the helpdesk failed.</source>
        <translation>La connexion sécurisée au service d&apos;assistance a échoué.</translation>
    </message>
    <message>
        <source>The helpdesk is busy or unavailable.</source>
        <translation>Le service d&apos;assistance est occupé ou indisponible.</translation>
    </message>
    <message>
        <source>The helpdesk refused the request.</source>
        <translation>Le service d&apos;assistance a refusé la demande.</translation>
    </message>
    <message>
        <source>The helpdesk refused Deskmate&apos;s sign-in; IT must check it.</source>
        <translation>Le service d&apos;assistance a refusé la connexion de Deskmate ; le service informatique doit la vérifier.</translation>
    </message>
    <message>
        <source>The helpdesk is not set up correctly; IT must fix it.</source>
        <translation>Le service d&apos;assistance n&apos;est pas configuré correctement ; le service informatique doit le corriger.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s password or token is missing on this computer.</source>
        <translation>Le mot de passe ou le jeton du service d&apos;assistance manque sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer Deskmate cannot read.</source>
        <translation>Le service d&apos;assistance a envoyé une réponse que Deskmate ne peut pas lire.</translation>
    </message>
    <message>
        <source>The request could not be delivered this time.</source>
        <translation>La demande n&apos;a pas pu être remise cette fois-ci.</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate while sending.</source>
        <translation>Une erreur s&apos;est produite dans Deskmate pendant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The request could not be delivered.</source>
        <translation>La demande n&apos;a pas pu être remise.</translation>
    </message>
</context>
<context>
    <name>FeaturedAppsBar</name>
    <message>
        <source>Featured</source>
        <translation>À la une</translation>
    </message>
    <message>
        <source>Featured: {name}</source>
        <translation>À la une : {name}</translation>
    </message>
</context>
<context>
    <name>FixReasonWords</name>
    <message>
        <source>There is nothing to delete: the files are already gone.</source>
        <translation>Il n&apos;y a rien à supprimer : les fichiers ont déjà disparu.</translation>
    </message>
    <message>
        <source>This computer keeps no name cache that Deskmate can empty.</source>
        <translation>Cet ordinateur ne garde aucun cache de noms que Deskmate puisse vider.</translation>
    </message>
    <message>
        <source>Deskmate cannot open that settings page on this computer.</source>
        <translation>Deskmate ne peut pas ouvrir cette page de réglages sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No program is keeping the processor busy any more.</source>
        <translation>Plus aucun programme n&apos;occupe le processeur.</translation>
    </message>
    <message>
        <source>That program is not one of yours, so Deskmate may not close it.</source>
        <translation>Ce programme ne vous appartient pas : Deskmate ne peut donc pas le fermer.</translation>
    </message>
    <message>
        <source>That program has already closed.</source>
        <translation>Ce programme est déjà fermé.</translation>
    </message>
    <message>
        <source>Deskmate could not find anything to do here.</source>
        <translation>Deskmate n&apos;a rien trouvé à faire ici.</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>Deskmate: {state}</source>
        <translation>Deskmate : {state}</translation>
    </message>
    <message>
        <source>Click to see what is wrong and how to fix it.</source>
        <translation>Cliquez pour voir ce qui ne va pas et comment le corriger.</translation>
    </message>
</context>
<context>
    <name>HealthCounts</name>
    <message>
        <source>Everything looks fine</source>
        <translation>Tout semble en ordre</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need(s) a look</source>
        <translation>
            <numerusform>%n point à examiner</numerusform>
            <numerusform>%n points à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer has not restarted for %n day(s). Updates wait for a restart, and a long-running computer slowly gets slower.</source>
        <translation>
            <numerusform>Votre ordinateur n&apos;a pas redémarré depuis %n jour. Les mises à jour attendent un redémarrage, et un ordinateur allumé longtemps ralentit peu à peu.</numerusform>
            <numerusform>Votre ordinateur n&apos;a pas redémarré depuis %n jours. Les mises à jour attendent un redémarrage, et un ordinateur allumé longtemps ralentit peu à peu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company service(s) do(es) not answer.</source>
        <translation>
            <numerusform>%n service de l&apos;entreprise ne répond pas.</numerusform>
            <numerusform>%n services de l&apos;entreprise ne répondent pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting, {security} of them for security.</source>
        <translation>
            <numerusform>%n mise à jour en attente, dont {security} de sécurité.</numerusform>
            <numerusform>%n mises à jour en attente, dont {security} de sécurité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) ({size}) from {kind}: {path}</source>
        <translation>
            <numerusform>Supprimer %n fichier ({size}) dans {kind} : {path}</numerusform>
            <numerusform>Supprimer %n fichiers ({size}) dans {kind} : {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart your computer in %n minute(s).</source>
        <translation>
            <numerusform>Redémarrer votre ordinateur dans %n minute.</numerusform>
            <numerusform>Redémarrer votre ordinateur dans %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthLines</name>
    <message>
        <source>Your computer looks fine</source>
        <translation>Votre ordinateur semble en bon état</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>Vérifié à {time}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things}, and %n more</source>
        <translation>
            <numerusform>{things}, et %n autre</numerusform>
            <numerusform>{things}, et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Check my computer</source>
        <translation>Vérifier mon ordinateur</translation>
    </message>
    <message>
        <source>Deskmate looks at the usual causes of trouble.</source>
        <translation>Deskmate examine les causes de problèmes les plus courantes.</translation>
    </message>
    <message>
        <source>Request outbox</source>
        <translation>Boîte d&apos;envoi des demandes</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run all checks again</source>
        <translation>Relancer toutes les vérifications</translation>
    </message>
    <message>
        <source>Still not working? Ask for help</source>
        <translation>Toujours en panne ? Demandez de l&apos;aide</translation>
    </message>
    <message>
        <source>Ask IT for help with these results attached</source>
        <translation>Demander de l&apos;aide au service informatique avec ces résultats en pièce jointe</translation>
    </message>
    <message>
        <source>Deskmate&apos;s request outbox was damaged and moved aside to {0}; a fresh one was started. Requests you send now are kept as usual.</source>
        <translation>La boîte d&apos;envoi des demandes de Deskmate était endommagée et a été déplacée vers {0} ; une nouvelle a été créée. Les demandes que vous envoyez maintenant sont conservées comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>Deskmate cannot save requests: your profile folder {0} is read-only or full. The checks still run; a request you write can be copied and sent another way.</source>
        <translation>Deskmate ne peut pas enregistrer de demandes : votre dossier de profil {0} est en lecture seule ou plein. Les vérifications fonctionnent toujours ; vous pouvez copier une demande que vous rédigez et l&apos;envoyer autrement.</translation>
    </message>
    <message>
        <source>The checks could not run. Try again, or ask for help.</source>
        <translation>Les vérifications n&apos;ont pas pu s&apos;exécuter. Réessayez, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>À examiner</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) are fine</source>
        <translation>
            <numerusform>%n point est en ordre</numerusform>
            <numerusform>%n points sont en ordre</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked on this computer ({n})</source>
        <translation>Non vérifié sur cet ordinateur ({n})</translation>
    </message>
    <message>
        <source>Deskmate will:</source>
        <translation>Deskmate va :</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Continuer ?</translation>
    </message>
    <message>
        <source>Ask IT for help now?</source>
        <translation>Demander de l&apos;aide au service informatique maintenant ?</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Rien à corriger</translation>
    </message>
    <message>
        <source>{reason} If the problem stays, ask IT for help.</source>
        <translation>{reason} Si le problème persiste, demandez de l&apos;aide au service informatique.</translation>
    </message>
</context>
<context>
    <name>HealthWording</name>
    <message>
        <source>{name} (version {version}, build {build}).</source>
        <translation>{name} (version {version}, build {build}).</translation>
    </message>
    <message>
        <source>Busiest program: {name} ({cpu}% CPU, {mem}% memory).</source>
        <translation>Programme le plus actif : {name} ({cpu} % du processeur, {mem} % de la mémoire).</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Time since last restart</source>
        <translation>Temps depuis le dernier redémarrage</translation>
    </message>
    <message>
        <source>Save your work and restart. Deskmate can schedule the restart for you.</source>
        <translation>Enregistrez votre travail et redémarrez. Deskmate peut planifier le redémarrage pour vous.</translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation>Charge du processeur</translation>
    </message>
    <message>
        <source>The processor is {pct}% busy on average.</source>
        <translation>Le processeur est occupé à {pct} % en moyenne.</translation>
    </message>
    <message>
        <source>Your processor has had more work than it can keep up with for the last few minutes, so everything feels slow.</source>
        <translation>Votre processeur a eu plus de travail qu&apos;il ne peut en traiter ces dernières minutes, donc tout semble lent.</translation>
    </message>
    <message>
        <source>Close programs you do not need. Deskmate can close the busiest one.</source>
        <translation>Fermez les programmes dont vous n&apos;avez pas besoin. Deskmate peut fermer le plus actif.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Only {available_percent}% of memory is free, so programs wait for each other.</source>
        <translation>Seulement {available_percent} % de la mémoire est libre, les programmes s&apos;attendent donc les uns les autres.</translation>
    </message>
    <message>
        <source>Close programs or browser tabs you do not need.</source>
        <translation>Fermez les programmes ou les onglets du navigateur dont vous n&apos;avez pas besoin.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Your disk is nearly full. Programs and updates fail when it runs out.</source>
        <translation>Votre disque est presque plein. Les programmes et les mises à jour échouent quand il n&apos;y a plus de place.</translation>
    </message>
    <message>
        <source>Free space: Deskmate can delete old temporary files and empty the trash.</source>
        <translation>Libérer de l&apos;espace : Deskmate peut supprimer les anciens fichiers temporaires et vider la corbeille.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>{number} GB</source>
        <translation>{number} Go</translation>
    </message>
    <message>
        <source>{free} free of {total} on {mount}.</source>
        <translation>{free} libres sur {total} ({mount}).</translation>
    </message>
    <message>
        <source>{free} of {total} memory free.</source>
        <translation>{free} de mémoire libres sur {total}.</translation>
    </message>
    <message>
        <source>Battery at {pct} %</source>
        <translation>Batterie à {pct} %</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>en charge</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en bon état</translation>
    </message>
    <message>
        <source>worn ({pct} % of its original capacity)</source>
        <translation>usée ({pct} % de sa capacité d&apos;origine)</translation>
    </message>
    <message>
        <source>Restarted less than an hour ago.</source>
        <translation>Redémarré il y a moins d&apos;une heure.</translation>
    </message>
    <message>
        <source>Restarted about an hour ago.</source>
        <translation>Redémarré il y a environ une heure.</translation>
    </message>
    <message>
        <source>Restarted yesterday.</source>
        <translation>Redémarré hier.</translation>
    </message>
    <message>
        <source>Your battery is low or worn.</source>
        <translation>Votre batterie est faible ou usée.</translation>
    </message>
    <message>
        <source>Plug in your charger. If the battery is worn, ask IT for a replacement.</source>
        <translation>Branchez votre chargeur. Si la batterie est usée, demandez-en une nouvelle au service informatique.</translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation>Programmes les plus actifs</translation>
    </message>
    <message>
        <source>One program is using a large share of your computer.</source>
        <translation>Un programme utilise une grande partie de votre ordinateur.</translation>
    </message>
    <message>
        <source>If you do not need it right now, close it.</source>
        <translation>Si vous n&apos;en avez pas besoin maintenant, fermez-le.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Your clock is right (off by {skew} s).</source>
        <translation>Votre horloge est à l&apos;heure (écart de {skew} s).</translation>
    </message>
    <message>
        <source>Your clock is off by {skew_seconds} seconds. Sign-in and secure websites fail when the clock is wrong.</source>
        <translation>Votre horloge a un écart de {skew_seconds} secondes. Les connexions et les sites web sécurisés échouent quand l&apos;horloge est fausse.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your settings.</source>
        <translation>Activez la date et l&apos;heure automatiques dans vos paramètres.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Connexion réseau</translation>
    </message>
    <message>
        <source>Connected through {names}.</source>
        <translation>Connecté via {names}.</translation>
    </message>
    <message>
        <source>Your computer is not connected to any network.</source>
        <translation>Votre ordinateur n&apos;est connecté à aucun réseau.</translation>
    </message>
    <message>
        <source>Turn on Wi-Fi or plug in the network cable.</source>
        <translation>Activez le Wi-Fi ou branchez le câble réseau.</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Your router answers the way out.</source>
        <translation>Votre routeur répond.</translation>
    </message>
    <message>
        <source>Your computer has no route to other networks.</source>
        <translation>Votre ordinateur n&apos;a pas de route vers les autres réseaux.</translation>
    </message>
    <message>
        <source>Reconnect to Wi-Fi or the cable; if that does not help, restart.</source>
        <translation>Reconnectez-vous au Wi-Fi ou au câble ; si cela ne suffit pas, redémarrez.</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Noms de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Company addresses are found.</source>
        <translation>Les adresses de l&apos;entreprise sont trouvées.</translation>
    </message>
    <message>
        <source>Some company addresses cannot be looked up.</source>
        <translation>Certaines adresses de l&apos;entreprise ne peuvent pas être résolues.</translation>
    </message>
    <message>
        <source>Deskmate can clear the name cache. If that does not help, ask IT.</source>
        <translation>Deskmate peut vider le cache des noms. Si cela ne suffit pas, contactez le service informatique.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>The internet is reachable.</source>
        <translation>Internet est accessible.</translation>
    </message>
    <message>
        <source>The internet cannot be reached from here.</source>
        <translation>Internet est inaccessible d&apos;ici.</translation>
    </message>
    <message>
        <source>If you are in a hotel or on guest Wi-Fi, open your browser and sign in there. Otherwise check your network settings.</source>
        <translation>Si vous êtes à l&apos;hôtel ou sur un Wi-Fi invité, ouvrez votre navigateur et connectez-vous-y. Sinon, vérifiez vos paramètres réseau.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Your proxy answers.</source>
        <translation>Votre proxy répond.</translation>
    </message>
    <message>
        <source>No proxy is set; connections go direct.</source>
        <translation>Aucun proxy n&apos;est défini ; les connexions sont directes.</translation>
    </message>
    <message>
        <source>The proxy your computer is set to use does not answer.</source>
        <translation>Le proxy que votre ordinateur doit utiliser ne répond pas.</translation>
    </message>
    <message>
        <source>Check the proxy in your network settings, or ask IT.</source>
        <translation>Vérifiez le proxy dans vos paramètres réseau, ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>VPN connected.</source>
        <translation>VPN connecté.</translation>
    </message>
    <message>
        <source>No VPN in use.</source>
        <translation>Aucun VPN utilisé.</translation>
    </message>
    <message>
        <source>Your VPN is not connected, so company services may be out of reach.</source>
        <translation>Votre VPN n&apos;est pas connecté, les services de l&apos;entreprise peuvent donc être hors de portée.</translation>
    </message>
    <message>
        <source>Start your VPN program and connect.</source>
        <translation>Lancez votre programme VPN et connectez-vous.</translation>
    </message>
    <message>
        <source>Company services</source>
        <translation>Services de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Company services answer.</source>
        <translation>Les services de l&apos;entreprise répondent.</translation>
    </message>
    <message>
        <source>Check your VPN. If it is connected, the service may be down: ask IT.</source>
        <translation>Vérifiez votre VPN. S&apos;il est connecté, le service est peut-être en panne : contactez le service informatique.</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Your firewall is on.</source>
        <translation>Votre pare-feu est activé.</translation>
    </message>
    <message>
        <source>Your firewall is off, so others on the network can reach your computer.</source>
        <translation>Votre pare-feu est désactivé, d&apos;autres personnes sur le réseau peuvent donc atteindre votre ordinateur.</translation>
    </message>
    <message>
        <source>Turn the firewall on in your security settings.</source>
        <translation>Activez le pare-feu dans vos paramètres de sécurité.</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Chiffrement du disque</translation>
    </message>
    <message>
        <source>Your disk is encrypted.</source>
        <translation>Votre disque est chiffré.</translation>
    </message>
    <message>
        <source>Your disk is not encrypted. If your computer is lost, anyone can read your files.</source>
        <translation>Votre disque n&apos;est pas chiffré. Si vous perdez votre ordinateur, n&apos;importe qui peut lire vos fichiers.</translation>
    </message>
    <message>
        <source>Ask IT to turn on disk encryption.</source>
        <translation>Demandez au service informatique d&apos;activer le chiffrement du disque.</translation>
    </message>
    <message>
        <source>System updates</source>
        <translation>Mises à jour du système</translation>
    </message>
    <message>
        <source>Your system is up to date.</source>
        <translation>Votre système est à jour.</translation>
    </message>
    <message>
        <source>Install the updates from your update settings, then restart.</source>
        <translation>Installez les mises à jour depuis vos paramètres de mise à jour, puis redémarrez.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <source>Your screen locks when you step away.</source>
        <translation>Votre écran se verrouille quand vous vous absentez.</translation>
    </message>
    <message>
        <source>Your screen does not lock soon enough when you step away.</source>
        <translation>Votre écran ne se verrouille pas assez vite quand vous vous absentez.</translation>
    </message>
    <message>
        <source>Turn on the screen lock in your settings.</source>
        <translation>Activez le verrouillage de l&apos;écran dans vos paramètres.</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>Catalogue d&apos;applications</translation>
    </message>
    <message>
        <source>The app catalogue is current and verified.</source>
        <translation>Le catalogue d&apos;applications est à jour et vérifié.</translation>
    </message>
    <message>
        <source>The app catalogue is out of date or could not be verified.</source>
        <translation>Le catalogue d&apos;applications est périmé ou n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Deskmate can refresh it now.</source>
        <translation>Deskmate peut l&apos;actualiser maintenant.</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>No help requests are waiting to be sent.</source>
        <translation>Aucune demande d&apos;aide n&apos;attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <source>Help requests waiting to be sent: {waiting}.</source>
        <translation>Demandes d&apos;aide en attente d&apos;envoi : {waiting}.</translation>
    </message>
    <message>
        <source>Deskmate can try to send them now.</source>
        <translation>Deskmate peut essayer de les envoyer maintenant.</translation>
    </message>
    <message>
        <source>Helpdesk connection</source>
        <translation>Connexion au service d&apos;assistance</translation>
    </message>
    <message>
        <source>The helpdesk answers.</source>
        <translation>Le service d&apos;assistance répond.</translation>
    </message>
    <message>
        <source>The helpdesk cannot be reached right now.</source>
        <translation>Le service d&apos;assistance est injoignable pour le moment.</translation>
    </message>
    <message>
        <source>Your requests wait safely and go out when the connection returns.</source>
        <translation>Vos demandes attendent en sécurité et partiront quand la connexion reviendra.</translation>
    </message>
    <message>
        <source>Helpdesk setup</source>
        <translation>Configuration du service d&apos;assistance</translation>
    </message>
    <message>
        <source>IT&apos;s helpdesk setup on this computer is complete.</source>
        <translation>La configuration du service d&apos;assistance par le service informatique est complète sur cet ordinateur.</translation>
    </message>
    <message>
        <source>IT must fix the helpdesk setup on this computer: {problems}</source>
        <translation>Le service informatique doit corriger la configuration du service d&apos;assistance sur cet ordinateur : {problems}</translation>
    </message>
    <message>
        <source>Tell IT what this says. Your requests wait safely until it is fixed.</source>
        <translation>Transmettez ce message au service informatique. Vos demandes attendent en sécurité jusqu&apos;à la correction.</translation>
    </message>
    <message>
        <source>Required apps</source>
        <translation>Applications exigées</translation>
    </message>
    <message>
        <source>No required app is past IT&apos;s deadline.</source>
        <translation>Aucune application exigée n&apos;a dépassé l&apos;échéance du service informatique.</translation>
    </message>
    <message>
        <source>IT&apos;s deadline has passed for: {apps}.</source>
        <translation>L&apos;échéance du service informatique est passée pour : {apps}.</translation>
    </message>
    <message>
        <source>Install it from the Apps page, or from the bar at the top.</source>
        <translation>Installez-la depuis la page Applications, ou depuis la barre en haut.</translation>
    </message>
    <message>
        <source>This computer has no battery.</source>
        <translation>Cet ordinateur n&apos;a pas de batterie.</translation>
    </message>
    <message>
        <source>IT has not set a server to compare the clock with.</source>
        <translation>Le service informatique n&apos;a pas défini de serveur avec lequel comparer l&apos;horloge.</translation>
    </message>
    <message>
        <source>IT has not listed company addresses to look up.</source>
        <translation>Le service informatique n&apos;a pas indiqué d&apos;adresses de l&apos;entreprise à résoudre.</translation>
    </message>
    <message>
        <source>IT has not listed company services to test.</source>
        <translation>Le service informatique n&apos;a pas indiqué de services de l&apos;entreprise à tester.</translation>
    </message>
    <message>
        <source>No firewall program was found to ask.</source>
        <translation>Aucun programme de pare-feu à interroger n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Still checking in the background; the answer appears next time.</source>
        <translation>Vérification toujours en cours en arrière-plan ; la réponse apparaîtra la prochaine fois.</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Non disponible dans cette version.</translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>La vérification a pris trop de temps et a été arrêtée.</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>En ordre</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <source>Free up space…</source>
        <translation>Libérer de l&apos;espace…</translation>
    </message>
    <message>
        <source>Clear name cache…</source>
        <translation>Vider le cache des noms…</translation>
    </message>
    <message>
        <source>Close program…</source>
        <translation>Fermer le programme…</translation>
    </message>
    <message>
        <source>Schedule restart…</source>
        <translation>Planifier le redémarrage…</translation>
    </message>
    <message>
        <source>Open network settings…</source>
        <translation>Ouvrir les paramètres réseau…</translation>
    </message>
    <message>
        <source>Open update settings…</source>
        <translation>Ouvrir les paramètres de mise à jour…</translation>
    </message>
    <message>
        <source>Open storage settings…</source>
        <translation>Ouvrir les paramètres de stockage…</translation>
    </message>
    <message>
        <source>Open security settings…</source>
        <translation>Ouvrir les paramètres de sécurité…</translation>
    </message>
    <message>
        <source>Open date and time settings…</source>
        <translation>Ouvrir les paramètres de date et d&apos;heure…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Envoyer maintenant…</translation>
    </message>
    <message>
        <source>Refresh now…</source>
        <translation>Actualiser maintenant…</translation>
    </message>
    <message>
        <source>temporary files</source>
        <translation>les fichiers temporaires</translation>
    </message>
    <message>
        <source>caches</source>
        <translation>les caches</translation>
    </message>
    <message>
        <source>the trash</source>
        <translation>la corbeille</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>Deskmate could not check this: {reason}</source>
        <translation>Deskmate n&apos;a pas pu vérifier ceci : {reason}</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Aucune raison indiquée.</translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Close “{name}” (it uses {size}); unsaved work in it is lost.</source>
        <translation>Fermer « {name} » (il utilise {size}) ; le travail non enregistré qu&apos;il contient sera perdu.</translation>
    </message>
    <message>
        <source>Open the {page} settings.</source>
        <translation>Ouvrir les paramètres ({page}).</translation>
    </message>
    <message>
        <source>Run: {what}</source>
        <translation>Exécuter : {what}</translation>
    </message>
    <message>
        <source>Your computer will ask for an administrator password.</source>
        <translation>Votre ordinateur va demander un mot de passe administrateur.</translation>
    </message>
    <message>
        <source>Before: {before}. After: {after}.</source>
        <translation>Avant : {before}. Après : {after}.</translation>
    </message>
    <message>
        <source>Done: {size} freed.</source>
        <translation>Terminé : {size} libérés.</translation>
    </message>
    <message>
        <source>This needs administrator rights you do not have here. Ask IT for help: your request will include what you tried.</source>
        <translation>Cela nécessite des droits d&apos;administrateur que vous n&apos;avez pas ici. Demandez de l&apos;aide au service informatique : votre demande inclura ce que vous avez essayé.</translation>
    </message>
    <message>
        <source>That did not work. {change} Ask IT for help: your request will include what you tried.</source>
        <translation>Cela n&apos;a pas fonctionné. {change} Demandez de l&apos;aide au service informatique : votre demande inclura ce que vous avez essayé.</translation>
    </message>
    <message>
        <source>Checking your computer… {done} of {total}</source>
        <translation>Vérification de votre ordinateur… {done} sur {total}</translation>
    </message>
    <message>
        <source>{state} · checked {ago}</source>
        <translation>{state} · vérifié {ago}</translation>
    </message>
    <message>
        <source>Problem with: {things}</source>
        <translation>Problème avec : {things}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>Tell IT what is wrong. Deskmate adds the facts IT usually asks for, and you see everything before it is sent.</source>
        <translation>Dites au service informatique ce qui ne va pas. Deskmate ajoute les informations qu&apos;il demande habituellement, et vous voyez tout avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Sends the request to IT ({keys})</source>
        <translation>Envoie la demande au service informatique ({keys})</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>For example: VPN fails to connect</source>
        <translation>Par exemple : le VPN ne se connecte pas</translation>
    </message>
    <message>
        <source>Summary in one line</source>
        <translation>Résumé en une ligne</translation>
    </message>
    <message>
        <source>What happened, since when, what you were doing</source>
        <translation>Ce qui s&apos;est passé, depuis quand, ce que vous faisiez</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Your &amp;work e-mail</source>
        <translation>Votre adresse e-mail &amp;professionnelle</translation>
    </message>
    <message>
        <source>For example: Krita</source>
        <translation>Par exemple : Krita</translation>
    </message>
    <message>
        <source>Which app you need</source>
        <translation>L&apos;application dont vous avez besoin</translation>
    </message>
    <message>
        <source>What you will use it for, and what you cannot do without it</source>
        <translation>Ce pour quoi vous l&apos;utiliserez, et ce que vous ne pouvez pas faire sans elle</translation>
    </message>
    <message>
        <source>Why you need it (required)</source>
        <translation>Pourquoi vous en avez besoin (obligatoire)</translation>
    </message>
    <message>
        <source>How often you will use it</source>
        <translation>À quelle fréquence vous l&apos;utiliserez</translation>
    </message>
    <message>
        <source>For example: Jane Doe or jane.doe@example.com</source>
        <translation>Par exemple : Marie Dupont ou marie.dupont@example.com</translation>
    </message>
    <message>
        <source>Your manager&apos;s name or e-mail (required)</source>
        <translation>Nom ou adresse e-mail de votre responsable (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;Why you need it*</source>
        <translation>&amp;Pourquoi vous en avez besoin*</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>For how &amp;long</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <source>Your &amp;manager*</source>
        <translation>&amp;Votre responsable*</translation>
    </message>
    <message>
        <source>What Deskmate adds (uncheck anything you do not want to share)</source>
        <translation>Ce que Deskmate ajoute (décochez ce que vous ne voulez pas partager)</translation>
    </message>
    <message>
        <source>Information attached to the request</source>
        <translation>Informations jointes à la demande</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Voir…</translation>
    </message>
    <message>
        <source>View the selected item</source>
        <translation>Voir l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Gather again</source>
        <translation>Rassembler à nouveau</translation>
    </message>
    <message>
        <source>Gather the information again</source>
        <translation>Rassembler à nouveau les informations</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file of your own</source>
        <translation>Joindre un fichier personnel</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>État de la demande</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Preview what IT will see, then send</source>
        <translation>Voir ce que verra le service informatique, puis envoyer</translation>
    </message>
    <message>
        <source>Send to IT</source>
        <translation>Envoyer au service informatique</translation>
    </message>
    <message>
        <source>Send this request to IT</source>
        <translation>Envoyer cette demande au service informatique</translation>
    </message>
    <message>
        <source>Ask for something else</source>
        <translation>Demander autre chose</translation>
    </message>
    <message>
        <source>Leave the access request and ask for something else</source>
        <translation>Quitter la demande d&apos;accès et demander autre chose</translation>
    </message>
    <message>
        <source>Copy my text</source>
        <translation>Copier mon texte</translation>
    </message>
    <message>
        <source>Copy the text you typed to the clipboard</source>
        <translation>Copier le texte que vous avez saisi dans le presse-papiers</translation>
    </message>
    <message>
        <source>Tell IT what would make your work easier</source>
        <translation>Dites au service informatique ce qui vous faciliterait le travail</translation>
    </message>
    <message>
        <source>An idea, a wish, something that annoys you…</source>
        <translation>Une idée, un souhait, quelque chose qui vous agace…</translation>
    </message>
    <message>
        <source>Your idea or feedback for IT</source>
        <translation>Votre idée ou votre avis pour le service informatique</translation>
    </message>
    <message>
        <source>Send idea</source>
        <translation>Envoyer l&apos;idée</translation>
    </message>
    <message>
        <source>Send your idea to IT</source>
        <translation>Envoyer votre idée au service informatique</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Gathering…</source>
        <translation>Rassemblement…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation>Ce fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not gather: {0}</source>
        <translation>Impossible de rassembler : {0}</translation>
    </message>
    <message>
        <source>Ask for an app that is not in the catalogue yet. IT checks that it is safe and licensed before adding it.</source>
        <translation>Demandez une application qui n&apos;est pas encore au catalogue. Le service informatique vérifie qu&apos;elle est sûre et sous licence avant de l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Request access to {0}. It needs your manager&apos;s approval: IT asks them for you.</source>
        <translation>Demander l&apos;accès à {0}. Il faut l&apos;accord de votre responsable : le service informatique le lui demande pour vous.</translation>
    </message>
    <message>
        <source>Request access to {0}. IT reviews each request for it.</source>
        <translation>Demander l&apos;accès à {0}. Le service informatique examine chaque demande.</translation>
    </message>
    <message>
        <source>Request access to {0}.</source>
        <translation>Demander l&apos;accès à {0}.</translation>
    </message>
    <message>
        <source>&amp;Which app*</source>
        <translation>&amp;Quelle application*</translation>
    </message>
    <message>
        <source>More &amp;details</source>
        <translation>Plus de &amp;détails</translation>
    </message>
    <message>
        <source>Optional: anything else IT should know</source>
        <translation>Facultatif : tout ce que le service informatique devrait savoir</translation>
    </message>
    <message>
        <source>{0} Nothing was sent; your text is still here. Copy it into an e-mail to IT or try again later.</source>
        <translation>{0} Rien n&apos;a été envoyé ; votre texte est toujours là. Copiez-le dans un e-mail au service informatique ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Thanks – IT knows this affects you too.</source>
        <translation>Merci – le service informatique sait que cela vous concerne aussi.</translation>
    </message>
    <message>
        <source>Thank you! Your idea is on its way to IT.</source>
        <translation>Merci ! Votre idée est en route vers le service informatique.</translation>
    </message>
    <message>
        <source>Low – whenever you can</source>
        <translation>Faible – quand vous pourrez</translation>
    </message>
    <message>
        <source>Normal – it slows me down</source>
        <translation>Normale – cela me ralentit</translation>
    </message>
    <message>
        <source>High – I can barely work</source>
        <translation>Élevée – je peux à peine travailler</translation>
    </message>
    <message>
        <source>Critical – I cannot work at all</source>
        <translation>Critique – je ne peux pas travailler du tout</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>De temps en temps</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>Cet ordinateur : {name}</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check my computer now</source>
        <translation>Vérifier mon ordinateur maintenant</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Your open requests</source>
        <translation>Vos demandes en cours</translation>
    </message>
    <message>
        <source>Required apps not installed</source>
        <translation>Applications exigées non installées</translation>
    </message>
    <message>
        <source>Open Apps</source>
        <translation>Ouvrir la page Applications</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Install {name}</source>
        <translation>Installer {name}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Détails de {name}</translation>
    </message>
    <message>
        <source>Check my computer</source>
        <translation>Vérifier mon ordinateur</translation>
    </message>
    <message>
        <source>Find and fix common problems</source>
        <translation>Trouver et corriger les problèmes courants</translation>
    </message>
    <message>
        <source>Get apps</source>
        <translation>Obtenir des applications</translation>
    </message>
    <message>
        <source>Approved software, ready to install</source>
        <translation>Logiciels approuvés, prêts à installer</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>Ask IT, with the details attached</source>
        <translation>Demander au service informatique, avec les détails joints</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>See where your requests are</source>
        <translation>Voir où en sont vos demandes</translation>
    </message>
    <message>
        <source>IT support: {contacts}</source>
        <translation>Support informatique : {contacts}</translation>
    </message>
    <message>
        <source>&lt;br&gt;… and {n} more</source>
        <translation>&lt;br&gt;… et {n} de plus</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>Announcements from IT</source>
        <translation>Annonces du service informatique</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>What Deskmate knows and shares</source>
        <translation>Ce que Deskmate sait et partage</translation>
    </message>
    <message>
        <source>Each kind of data Deskmate handles, where it stays, and who can receive it.</source>
        <translation>Chaque type de données que Deskmate traite, où il reste et qui peut le recevoir.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Where it stays</source>
        <translation>Où elles restent</translation>
    </message>
    <message>
        <source>Who can receive it</source>
        <translation>Qui peut les recevoir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>The folder could not be opened</source>
        <translation>Le dossier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>No file manager could be opened on this computer. Copy the path and open it yourself:</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être ouvert sur cet ordinateur. Copiez le chemin et ouvrez-le vous-même :</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>The link could not be opened</source>
        <translation>Le lien n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Copy the link and open it in a browser yourself:</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert sur cet ordinateur. Copiez le lien et ouvrez-le vous-même dans un navigateur :</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
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
        <translation>Fenêtre Deskmate</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
</context>
<context>
    <name>MatchReasonWords</name>
    <message>
        <source>Approved alternative to {0}</source>
        <translation>Alternative approuvée à {0}</translation>
    </message>
    <message>
        <source>Tagged “{0}”</source>
        <translation>Mot-clé « {0} »</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Par {0}</translation>
    </message>
    <message>
        <source>Mentioned in the description</source>
        <translation>Mentionné dans la description</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>Dans {0}</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>NudgeBar</name>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Don&apos;t suggest again</source>
        <translation>Ne plus suggérer</translation>
    </message>
    <message>
        <source>Don&apos;t suggest this again</source>
        <translation>Ne plus suggérer ceci</translation>
    </message>
    <message>
        <source>&lt;b&gt;{tool}&lt;/b&gt; is running. Your organisation offers &lt;b&gt;{app}&lt;/b&gt; instead: {reason} &lt;small&gt;(Only you see this; nothing is reported.)&lt;/small&gt;</source>
        <translation>&lt;b&gt;{tool}&lt;/b&gt; est en cours d&apos;exécution. Votre organisation propose &lt;b&gt;{app}&lt;/b&gt; à la place : {reason} &lt;small&gt;(Vous seul voyez ceci ; rien n&apos;est signalé.)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Get {app}</source>
        <translation>Obtenir {app}</translation>
    </message>
</context>
<context>
    <name>OutageBox</name>
    <message>
        <source>Me too – this affects me</source>
        <translation>Moi aussi – cela me concerne</translation>
    </message>
    <message>
        <source>Tell IT this outage affects you too</source>
        <translation>Signaler au service informatique que cette panne vous concerne aussi</translation>
    </message>
    <message>
        <source>Sends only the outage, your account and device name.</source>
        <translation>N&apos;envoie que la panne, votre compte et le nom de l&apos;appareil.</translation>
    </message>
    <message>
        <source>No, it is something else</source>
        <translation>Non, c&apos;est autre chose</translation>
    </message>
    <message>
        <source>Not this outage: continue with the form</source>
        <translation>Pas cette panne : continuer avec le formulaire</translation>
    </message>
    <message>
        <source>⚡ Is it this? {0}</source>
        <translation>⚡ Est-ce cela ? {0}</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>It is resolved – how did IT do?</source>
        <translation>C&apos;est résolu – comment le service informatique s&apos;en est-il sorti ?</translation>
    </message>
    <message>
        <source>Rate {0} of 5</source>
        <translation>Noter {0} sur 5</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>Un commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Comment on your rating</source>
        <translation>Commentaire sur votre évaluation</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Envoyer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Send your rating to IT</source>
        <translation>Envoyer votre évaluation au service informatique</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>Do not rate this request</source>
        <translation>Ne pas évaluer cette demande</translation>
    </message>
</context>
<context>
    <name>RequestErrorWords</name>
    <message>
        <source>Deskmate no longer has this request: it may have been removed from the list. Refresh My requests and try again.</source>
        <translation>Deskmate ne dispose plus de cette demande : elle a peut-être été retirée de la liste. Actualisez « Mes demandes » et réessayez.</translation>
    </message>
    <message>
        <source>Its content was removed after its keeping period.</source>
        <translation>Son contenu a été supprimé à la fin de sa durée de conservation.</translation>
    </message>
    <message>
        <source>Something went wrong inside Deskmate; the details are in Deskmate&apos;s log. Try again, and tell IT if it keeps happening.</source>
        <translation>Un problème est survenu dans Deskmate ; les détails figurent dans le journal de Deskmate. Réessayez, et prévenez le service informatique si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Please give a number of days or a date, not both.</source>
        <translation>Veuillez indiquer un nombre de jours ou une date, pas les deux.</translation>
    </message>
    <message>
        <source>Please ask for at least one day.</source>
        <translation>Veuillez demander au moins un jour.</translation>
    </message>
    <message>
        <source>Please ask for at most {limit} days, or choose permanently.</source>
        <translation>Veuillez demander au plus {limit} jours, ou choisir « De façon permanente ».</translation>
    </message>
    <message>
        <source>Please choose a date from today on.</source>
        <translation>Veuillez choisir une date à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Please name the app you need.</source>
        <translation>Veuillez indiquer l&apos;application dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Please keep the app name under {limit} characters.</source>
        <translation>Veuillez limiter le nom de l&apos;application à moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>Please say why you need {app}.</source>
        <translation>Veuillez dire pourquoi vous avez besoin de {app}.</translation>
    </message>
    <message>
        <source>Please keep the reason under {limit} characters.</source>
        <translation>Veuillez limiter la raison à moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>{app} needs your manager&apos;s approval: please give their name or e-mail.</source>
        <translation>{app} nécessite l&apos;accord de votre responsable : veuillez indiquer son nom ou son adresse e-mail.</translation>
    </message>
    <message>
        <source>Please keep your manager&apos;s name under {limit} characters.</source>
        <translation>Veuillez limiter le nom de votre responsable à moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>Your manager&apos;s e-mail address looks incomplete, for example: jane.doe@example.com.</source>
        <translation>L&apos;adresse e-mail de votre responsable semble incomplète, par exemple : jane.doe@example.com.</translation>
    </message>
    <message>
        <source>A “Me too” needs the announcement it belongs to.</source>
        <translation>Un « Moi aussi » a besoin de l&apos;annonce à laquelle il se rapporte.</translation>
    </message>
    <message>
        <source>Please describe the problem in one line.</source>
        <translation>Veuillez décrire le problème en une ligne.</translation>
    </message>
    <message>
        <source>Please keep the summary under {limit} characters.</source>
        <translation>Veuillez limiter le résumé à moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>Please keep the details under {limit} characters.</source>
        <translation>Veuillez limiter les détails à moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>Please choose a category.</source>
        <translation>Veuillez choisir une catégorie.</translation>
    </message>
    <message>
        <source>An access request needs the app it is for.</source>
        <translation>Une demande d&apos;accès a besoin de l&apos;application qu&apos;elle concerne.</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>What IT will see</source>
        <translation>Ce que verra le service informatique</translation>
    </message>
    <message>
        <source>This is exactly what will be sent{0}. Secrets and tokens have been removed. Go back to uncheck anything you do not want to share.</source>
        <translation>Voici exactement ce qui sera envoyé{0}. Les secrets et les jetons ont été retirés. Revenez en arrière pour décocher ce que vous ne voulez pas partager.</translation>
    </message>
    <message>
        <source> to {0}</source>
        <translation> à {0}</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>Objet : {0}</translation>
    </message>
    <message>
        <source>Message and attachments</source>
        <translation>Message et pièces jointes</translation>
    </message>
    <message>
        <source>Selected item&apos;s content</source>
        <translation>Contenu de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Screenshot preview</source>
        <translation>Aperçu de la capture d&apos;écran</translation>
    </message>
    <message>
        <source>An image of {0}</source>
        <translation>Une image de {0}</translation>
    </message>
    <message>
        <source>Content in words</source>
        <translation>Contenu en mots</translation>
    </message>
    <message>
        <source>How to show this item</source>
        <translation>Comment afficher cet élément</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Lisible</translation>
    </message>
    <message>
        <source>As attached (for IT&apos;s tools)</source>
        <translation>Tel que joint (pour les outils du service informatique)</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>Send to IT</source>
        <translation>Envoyer au service informatique</translation>
    </message>
    <message>
        <source>Send this request to IT</source>
        <translation>Envoyer cette demande au service informatique</translation>
    </message>
</context>
<context>
    <name>RequestSentPanel</name>
    <message>
        <source>Follow it in My requests</source>
        <translation>La suivre dans Mes demandes</translation>
    </message>
    <message>
        <source>Open this request in My requests</source>
        <translation>Ouvrir cette demande dans Mes demandes</translation>
    </message>
    <message>
        <source>Send another</source>
        <translation>En envoyer une autre</translation>
    </message>
    <message>
        <source>Write another request</source>
        <translation>Rédiger une autre demande</translation>
    </message>
    <message>
        <source>Sent to IT</source>
        <translation>Envoyé au service informatique</translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation>Votre demande est enregistrée</translation>
    </message>
    <message>
        <source>“{subject}” has reached IT. You can follow it, and answer IT, under My requests.</source>
        <translation>« {subject} » est parvenue au service informatique. Vous pouvez la suivre, et lui répondre, dans Mes demandes.</translation>
    </message>
    <message>
        <source>“{subject}” is kept on this computer and goes out as soon as IT can be reached – you do not need to do anything. Follow it under My requests.</source>
        <translation>« {subject} » est conservée sur cet ordinateur et partira dès que le service informatique sera joignable – vous n&apos;avez rien à faire. Suivez-la dans Mes demandes.</translation>
    </message>
    <message>
        <source>IT&apos;s reference: {reference}</source>
        <translation>Référence du service informatique : {reference}</translation>
    </message>
    <message>
        <source>IT&apos;s reference appears here once it has reached them.</source>
        <translation>La référence du service informatique apparaîtra ici dès que la demande lui sera parvenue.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Queued – not sent yet</source>
        <translation>En attente – pas encore envoyée</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Queued at the helpdesk</source>
        <translation>En attente au service d&apos;assistance</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Your idea was updated</source>
        <translation>Votre idée a été mise à jour</translation>
    </message>
    <message>
        <source>Your “Me too” was updated</source>
        <translation>Votre « Moi aussi » a été mis à jour</translation>
    </message>
    <message>
        <source>Your access request was updated</source>
        <translation>Votre demande d&apos;accès a été mise à jour</translation>
    </message>
    <message>
        <source>Your request was updated</source>
        <translation>Votre demande a été mise à jour</translation>
    </message>
    <message>
        <source>IT answered your request “{subject}”</source>
        <translation>Le service informatique a répondu à votre demande « {subject} »</translation>
    </message>
    <message>
        <source>IT resolved your request “{subject}”</source>
        <translation>Le service informatique a résolu votre demande « {subject} »</translation>
    </message>
    <message>
        <source>Your request “{subject}”: {status}</source>
        <translation>Votre demande « {subject} » : {status}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>For IT: {0}</source>
        <translation>Pour le service informatique : {0}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Everything you asked IT for, and where it stands. Requests written offline are sent as soon as IT can be reached.</source>
        <translation>Tout ce que vous avez demandé au service informatique, et où cela en est. Les demandes rédigées hors ligne sont envoyées dès que le service informatique est joignable.</translation>
    </message>
    <message>
        <source>Search your requests</source>
        <translation>Rechercher dans vos demandes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the list of requests</source>
        <translation>Actualiser la liste des demandes</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Vos demandes</translation>
    </message>
    <message>
        <source>The conversation with IT</source>
        <translation>La conversation avec le service informatique</translation>
    </message>
    <message>
        <source>Reply to IT…</source>
        <translation>Répondre au service informatique…</translation>
    </message>
    <message>
        <source>Your reply to IT</source>
        <translation>Votre réponse au service informatique</translation>
    </message>
    <message>
        <source>Attach a fresh diagnostics snapshot</source>
        <translation>Joindre un nouvel instantané des vérifications</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send your reply to IT</source>
        <translation>Envoyer votre réponse au service informatique</translation>
    </message>
    <message>
        <source>Open in the helpdesk</source>
        <translation>Ouvrir dans le service d&apos;assistance</translation>
    </message>
    <message>
        <source>Open this request in the helpdesk</source>
        <translation>Ouvrir cette demande dans le service d&apos;assistance</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try sending this request again now</source>
        <translation>Réessayer d&apos;envoyer cette demande maintenant</translation>
    </message>
    <message>
        <source>IT wrote: “{0}”</source>
        <translation>Le service informatique a écrit : « {0} »</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>IT ({0})</source>
        <translation>Service informatique ({0})</translation>
    </message>
    <message>
        <source>Not sent: {0}
What to do: check the reason with IT, or try again once it is fixed.</source>
        <translation>Non envoyée : {0}
Que faire : vérifiez la raison avec le service informatique, ou réessayez une fois le problème réglé.</translation>
    </message>
    <message>
        <source>{0}. Last try: {1} Next try at {2}.</source>
        <translation>{0}. Dernier essai : {1} Prochain essai à {2}.</translation>
    </message>
    <message>
        <source>{0} · sent as #{1}</source>
        <translation>{0} · envoyée sous le n° {1}</translation>
    </message>
    <message>
        <source>Your reply is queued and goes out as soon as IT can be reached.</source>
        <translation>Votre réponse est en attente et partira dès que le service informatique sera joignable.</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Cela n&apos;a pas fonctionné : {0}</translation>
    </message>
</context>
<context>
    <name>SentPayloadViewer</name>
    <message>
        <source>What was sent to IT</source>
        <translation>Ce qui a été envoyé au service informatique</translation>
    </message>
    <message>
        <source>Its content was removed after its keeping period; what was sent had the SHA-256 {sha}.</source>
        <translation>Son contenu a été supprimé après sa durée de conservation ; ce qui a été envoyé avait le SHA-256 {sha}.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Could not change reduce motion</source>
        <translation>Impossible de modifier « Réduire les animations »</translation>
    </message>
    <message>
        <source>Could not change the screenshot default</source>
        <translation>Impossible de modifier le paramètre par défaut des captures d&apos;écran</translation>
    </message>
    <message>
        <source>Could not change the quiet hours</source>
        <translation>Impossible de modifier les heures de calme</translation>
    </message>
    <message>
        <source>Could not change start at sign-in</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Could not change the suggestions</source>
        <translation>Impossible de modifier les suggestions</translation>
    </message>
    <message>
        <source>Could not change the language</source>
        <translation>Impossible de changer la langue</translation>
    </message>
    <message>
        <source>Could not save your work e-mail</source>
        <translation>Impossible d&apos;enregistrer votre adresse e-mail professionnelle</translation>
    </message>
</context>
<context>
    <name>SettingsErrorWords</name>
    <message>
        <source>This value is not the kind this setting takes.</source>
        <translation>Ce paramètre n&apos;accepte pas ce type de valeur.</translation>
    </message>
    <message>
        <source>This value is not one of the choices this setting offers.</source>
        <translation>Cette valeur ne fait pas partie des choix de ce paramètre.</translation>
    </message>
    <message>
        <source>The value must be at least {0}.</source>
        <translation>La valeur doit être d&apos;au moins {0}.</translation>
    </message>
    <message>
        <source>The value must be at most {0}.</source>
        <translation>La valeur doit être d&apos;au plus {0}.</translation>
    </message>
    <message>
        <source>This value is not written the way this setting expects.</source>
        <translation>Cette valeur n&apos;est pas écrite comme ce paramètre l&apos;attend.</translation>
    </message>
    <message>
        <source>IT has set this for you, so it cannot be changed here.</source>
        <translation>Le service informatique l&apos;a défini pour vous : vous ne pouvez pas le modifier ici.</translation>
    </message>
    <message>
        <source>Deskmate could not save your settings: the disk may be full or not writable.</source>
        <translation>Deskmate n&apos;a pas pu enregistrer vos paramètres : le disque est peut-être plein ou protégé en écriture.</translation>
    </message>
    <message>
        <source>Your computer did not accept the change to start at sign-in.</source>
        <translation>Votre ordinateur n&apos;a pas accepté la modification du démarrage à l&apos;ouverture de session.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings with a lock are managed by your IT department.</source>
        <translation>Les paramètres marqués d&apos;un cadenas sont gérés par votre service informatique.</translation>
    </message>
    <message>
        <source>Open my Deskmate folder</source>
        <translation>Ouvrir mon dossier Deskmate</translation>
    </message>
    <message>
        <source>Open the folder with Deskmate&apos;s settings, data and logs</source>
        <translation>Ouvrir le dossier contenant les paramètres, les données et les journaux de Deskmate</translation>
    </message>
    <message>
        <source>Advanced (for IT)</source>
        <translation>Avancé (pour le service informatique)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Start Deskmate when I sign in</source>
        <translation>Démarrer Deskmate à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>Takes effect the next time Deskmate starts.</source>
        <translation>Prend effet au prochain démarrage de Deskmate.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Reduce motion:</source>
        <translation>Réduire les animations :</translation>
    </message>
    <message>
        <source>Suggest the approved app when I use a tool IT has replaced</source>
        <translation>Suggérer l&apos;application approuvée quand j&apos;utilise un outil remplacé par le service informatique</translation>
    </message>
    <message>
        <source>Checked on this computer only; never reported.</source>
        <translation>Vérifié uniquement sur cet ordinateur ; jamais signalé.</translation>
    </message>
    <message>
        <source>Attach a screenshot to my help requests</source>
        <translation>Joindre une capture d&apos;écran à mes demandes d&apos;aide</translation>
    </message>
    <message>
        <source>You can still take it off before sending. Access requests and ideas never get one by default.</source>
        <translation>Vous pouvez toujours la retirer avant l&apos;envoi. Les demandes d&apos;accès et les idées n&apos;en reçoivent jamais par défaut.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>On turns every animation off; Same as the system follows the computer&apos;s setting.</source>
        <translation>« Activé » coupe toutes les animations ; « Identique au système » suit le réglage de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Quiet hours: hold Deskmate&apos;s messages</source>
        <translation>Heures de calme : mettre en attente les messages de Deskmate</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures de calme</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures de calme</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures de calme</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Entre :</translation>
    </message>
    <message>
        <source>Weekends are quiet too</source>
        <translation>Calme aussi pendant tout le week-end</translation>
    </message>
    <message>
        <source>Saturdays and Sundays are quiet</source>
        <translation>Calme les samedis et dimanches</translation>
    </message>
    <message>
        <source>Your work e-mail:</source>
        <translation>Votre adresse e-mail professionnelle :</translation>
    </message>
    <message>
        <source>All settings and who set them</source>
        <translation>Tous les paramètres et qui les a définis</translation>
    </message>
    <message>
        <source>Passwords and tokens Deskmate needs are kept safely in your computer&apos;s keychain.</source>
        <translation>Les mots de passe et jetons dont Deskmate a besoin sont conservés en sécurité dans le trousseau de votre ordinateur.</translation>
    </message>
    <message>
        <source>Deskmate cannot save passwords on this computer, so connections that need one (some helpdesks) are turned off. Everything else works; IT can help set up a keychain.</source>
        <translation>Deskmate ne peut pas enregistrer de mots de passe sur cet ordinateur, les connexions qui en nécessitent un (certains services d&apos;assistance) sont donc désactivées. Tout le reste fonctionne ; le service informatique peut vous aider à configurer un trousseau.</translation>
    </message>
    <message>
        <source>Keychain: {detail}</source>
        <translation>Trousseau : {detail}</translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset to their defaults:</source>
        <translation>Certains paramètres étaient inutilisables et ont été remis à leur valeur par défaut :</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your IT department</source>
        <translation>Votre service informatique</translation>
    </message>
</context>
<context>
    <name>TaskErrorWords</name>
    <message>
        <source>The network could not be reached.</source>
        <translation>Le réseau n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written to. Free some space, then try again.</source>
        <translation>Le disque est plein ou protégé en écriture. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Deskmate was not allowed to open or change a file it needs.</source>
        <translation>Deskmate n&apos;a pas été autorisé à ouvrir ou modifier un fichier dont il a besoin.</translation>
    </message>
    <message>
        <source>A helper process of Deskmate stopped before it finished.</source>
        <translation>Un processus auxiliaire de Deskmate s&apos;est arrêté avant d&apos;avoir terminé.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in Deskmate&apos;s log. Tell IT if it keeps happening.</source>
        <translation>Un problème inattendu est survenu ; les détails figurent dans le journal de Deskmate. Prévenez le service informatique si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Deskmate: checking your computer…</source>
        <translation>Deskmate : vérification de votre ordinateur…</translation>
    </message>
    <message>
        <source>Deskmate: </source>
        <translation>Deskmate : </translation>
    </message>
    <message>
        <source>Check my computer now</source>
        <translation>Vérifier mon ordinateur maintenant</translation>
    </message>
    <message>
        <source>Quit Deskmate</source>
        <translation>Quitter Deskmate</translation>
    </message>
</context>
<context>
    <name>WorkEmailField</name>
    <message>
        <source>Your work e-mail</source>
        <translation>Votre adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>nom@entreprise.example</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
    <message>
        <source>So IT&apos;s answers to your requests reach you. Needed only when your IT department and this computer do not already know it.</source>
        <translation>Pour que les réponses du service informatique à vos demandes vous parviennent. Nécessaire seulement si votre service informatique et cet ordinateur ne la connaissent pas déjà.</translation>
    </message>
    <message>
        <source>⚠ This is not an e-mail address yet, so it is not saved.</source>
        <translation>⚠ Ce n&apos;est pas encore une adresse e-mail, elle n&apos;est donc pas enregistrée.</translation>
    </message>
</context>
</TS>
