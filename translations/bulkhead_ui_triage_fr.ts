<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClusterOperationsText</name>
    <message>
        <source>This context authenticates with an exec plugin: approve running its command first.</source>
        <translation>Ce contexte s’authentifie avec un plugin exec : approuvez d’abord l’exécution de sa commande.</translation>
    </message>
</context>
<context>
    <name>CollectJobText</name>
    <message numerus="yes">
        <source>%n source</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>listing repositories</source>
        <translation>listage des dépôts</translation>
    </message>
    <message>
        <source>listing tags</source>
        <translation>listage des tags</translation>
    </message>
    <message>
        <source>reading manifests</source>
        <translation>lecture des manifestes</translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation>vérification des signatures</translation>
    </message>
    <message>
        <source>discovering the cluster&apos;s API</source>
        <translation>découverte de l’API du cluster</translation>
    </message>
    <message>
        <source>listing resources</source>
        <translation>listage des ressources</translation>
    </message>
    <message>
        <source>writing to the store</source>
        <translation>écriture dans la base</translation>
    </message>
    <message>
        <source>Collect all sources</source>
        <translation>Collecter toutes les sources</translation>
    </message>
    <message>
        <source>Collect %1</source>
        <translation>Collecter %1</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish</source>
        <translation>En attente de la fin de la tâche en cours</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4</source>
        <comment>source: phase, items done of total</comment>
        <translation>%1 : %2 %3 sur %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source: phase</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cancelled: what was not written stays as it was; nothing was deleted.</source>
        <translation>Annulée : ce qui n’a pas été écrit reste inchangé ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Collection failed: %1</source>
        <translation>Échec de la collecte : %1</translation>
    </message>
    <message>
        <source>Collected %1 of %2 completely</source>
        <translation>%1 sur %2 collectées entièrement</translation>
    </message>
    <message numerus="yes">
        <source>%n source failed</source>
        <translation>
            <numerusform>%n source en échec</numerusform>
            <numerusform>%n sources en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources failed</source>
        <translation>
            <numerusform>%Ln source en échec</numerusform>
            <numerusform>%Ln sources en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <comment>collection run status</comment>
        <translation>complète</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>collection run status</comment>
        <translation>partielle</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>collection run status</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>collection run status</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>running</source>
        <comment>collection run status</comment>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>FindingDetailText</name>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Mauvaise configuration</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>cluster %1, namespace %2</source>
        <translation>cluster %1, namespace %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no fix known</source>
        <translation>aucun correctif connu</translation>
    </message>
    <message>
        <source>not due (%1)</source>
        <translation>pas d’échéance (%1)</translation>
    </message>
    <message>
        <source>no deadline for this severity</source>
        <translation>aucun délai pour cette sévérité</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRÉE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installed → fixed</source>
        <translation>Installée → corrigée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>CWE</source>
        <translation>CWE</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première détection</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière détection</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>when the finding was resolved</comment>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation>Expiration de l’acceptation</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>First and last seen in</source>
        <translation>Première et dernière détection dans</translation>
    </message>
    <message>
        <source>Last seen in</source>
        <translation>Dernière détection dans</translation>
    </message>
    <message>
        <source>First seen in</source>
        <translation>Première détection dans</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>No other finding of this rule in the store.</source>
        <translation>Aucun autre constat de cette règle dans la base.</translation>
    </message>
    <message numerus="yes">
        <source>Also in %n other finding, %1 of them still reported.</source>
        <translation>
            <numerusform>Également dans %n autre constat, dont %1 encore signalé(s).</numerusform>
            <numerusform>Également dans %n autres constats, dont %1 encore signalé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also in %Ln other findings, %1 of them still reported.</source>
        <translation>
            <numerusform>Également dans %Ln autre constat, dont %1 encore signalé(s).</numerusform>
            <numerusform>Également dans %Ln autres constats, dont %1 encore signalé(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>%1 sur %2 affichés.</translation>
    </message>
    <message>
        <source>No triage changes yet.</source>
        <translation>Aucune modification de tri pour l’instant.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 in %2 on %3</source>
        <translation>%1 dans %2 sur %3</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The reports give no description.</source>
        <translation>Les rapports ne donnent aucune description.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Source reports</source>
        <translation>Rapports sources</translation>
    </message>
    <message>
        <source>Affected elsewhere</source>
        <translation>Autres éléments concernés</translation>
    </message>
    <message>
        <source>Triage history</source>
        <translation>Historique du tri</translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day after first seen</source>
        <translation>
            <numerusform>%n jour après la première détection</numerusform>
            <numerusform>%n jours après la première détection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days after first seen</source>
        <translation>
            <numerusform>%Ln jour après la première détection</numerusform>
            <numerusform>%Ln jours après la première détection</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <comment>asset kind</comment>
        <translation>image</translation>
    </message>
    <message>
        <source>filesystem</source>
        <comment>asset kind</comment>
        <translation>système de fichiers</translation>
    </message>
    <message>
        <source>kubernetes</source>
        <comment>asset kind</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>other</source>
        <comment>asset kind</comment>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>ImageDetailText</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(no layer)</source>
        <translation>(aucune couche)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Environment (names only)</source>
        <translation>Environnement (noms uniquement)</translation>
    </message>
    <message numerus="yes">
        <source>History (%n step)</source>
        <translation>
            <numerusform>Historique (%n étape)</numerusform>
            <numerusform>Historique (%n étapes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History (%Ln steps)</source>
        <translation>
            <numerusform>Historique (%Ln étape)</numerusform>
            <numerusform>Historique (%Ln étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings are filed for this image yet.</source>
        <translation>Aucun constat n’est encore enregistré pour cette image.</translation>
    </message>
    <message>
        <source>Open findings (%1)</source>
        <translation>Constats ouverts (%1)</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Aucun ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: open them in the Findings view.</source>
        <translation>
            <numerusform>… et %Ln autre : ouvrez-le dans la vue Constats.</numerusform>
            <numerusform>… et %Ln autres : ouvrez-les dans la vue Constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans tag)</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>OS / arch</source>
        <translation>OS / arch.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>SBOM and scans</source>
        <translation>SBOM et analyses</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>non analysée</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message numerus="yes">
        <source>(older than %Ln days: BLD-2)</source>
        <translation>
            <numerusform>(plus de %Ln jour : BLD-2)</numerusform>
            <numerusform>(plus de %Ln jours : BLD-2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>%1 critical, %2 high, %3 medium, %4 low</source>
        <translation>%1 critiques, %2 élevées, %3 moyennes, %4 faibles</translation>
    </message>
</context>
<context>
    <name>ImageText</name>
    <message>
        <source>Unsigned</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Signed, not verified</source>
        <translation>Signée, non vérifiée</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>il y a %Ln mois</numerusform>
            <numerusform>il y a %Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>il y a %Ln an</numerusform>
            <numerusform>il y a %Ln ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryImportText</name>
    <message numerus="yes">
        <source>Imported inventory %1: %Ln secrets (%2 added, %3 updated, %4 removed); %5 overdue.</source>
        <translation>
            <numerusform>Inventaire %1 importé : %Ln secret (%2 ajouté(s), %3 mis à jour, %4 supprimé(s)) ; %5 en retard.</numerusform>
            <numerusform>Inventaire %1 importé : %Ln secrets (%2 ajouté(s), %3 mis à jour, %4 supprimé(s)) ; %5 en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem; nothing was imported.</source>
        <translation>
            <numerusform>%1 comporte %n problème ; rien n’a été importé.</numerusform>
            <numerusform>%1 comporte %n problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problems; nothing was imported.</source>
        <translation>
            <numerusform>%1 comporte %Ln problème ; rien n’a été importé.</numerusform>
            <numerusform>%1 comporte %Ln problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Importer %1 depuis %2</translation>
    </message>
    <message>
        <source>Import folder %1</source>
        <translation>Importer le dossier %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <translation>Terminé, avec des erreurs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Waiting for the running import to finish</source>
        <translation>En attente de la fin de l’import en cours</translation>
    </message>
    <message>
        <source>Reading the file list…</source>
        <translation>Lecture de la liste des fichiers…</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4</source>
        <translation>%1 sur %2 · %3 sur %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing of this import was stored; the store is as it was.</source>
        <translation>Annulé : rien de cet import n’a été stocké ; la base est inchangée.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’import : %1</translation>
    </message>
    <message>
        <source>Nothing imported: %1 could not be imported.</source>
        <translation>Rien d’importé : %1 n’a pas pu être importé.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new findings, %3 resolved, %4 reopened</source>
        <translation>%1 importé(s) : %2 nouveaux constats, %3 résolus, %4 rouverts</translation>
    </message>
    <message>
        <source>Imported %1: %2 new findings, %3 resolved</source>
        <translation>%1 importé(s) : %2 nouveaux constats, %3 résolus</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3 new findings, %4 resolved, %5 reopened; %6 could not be imported.</source>
        <translation>%1 sur %2 importé(s) : %3 nouveaux constats, %4 résolus, %5 rouverts ; %6 n’a (n’ont) pas pu être importé(s).</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3 new findings, %4 resolved; %5 could not be imported.</source>
        <translation>%1 sur %2 importé(s) : %3 nouveaux constats, %4 résolus ; %5 n’a (n’ont) pas pu être importé(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n file could not be imported</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être importé</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretsText</name>
    <message>
        <source>within policy</source>
        <translation>conforme à la politique</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>age is an upper bound</source>
        <translation>l’âge est un majorant</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Vault&apos;s version history: the time the current version was written.</source>
        <translation>Historique des versions de Vault : la date d’écriture de la version actuelle.</translation>
    </message>
    <message>
        <source>The inventory&apos;s &quot;last rotated&quot; column: what its owner states.</source>
        <translation>La colonne « last rotated » de l’inventaire : ce que déclare son propriétaire.</translation>
    </message>
    <message>
        <source>A rotation annotation on the Secret holding the time of the last rotation.</source>
        <translation>Une annotation de rotation sur le Secret contenant la date de la dernière rotation.</translation>
    </message>
    <message>
        <source>The newest managedFields entry that wrote data or stringData: the last write of the data through the API server.</source>
        <translation>L’entrée managedFields la plus récente ayant écrit data ou stringData : la dernière écriture des données via le serveur d’API.</translation>
    </message>
    <message>
        <source>Only the creation time is known, and Kubernetes does not move it on update: the last change was on or after this date, so the secret is at most this old.</source>
        <translation>Seule la date de création est connue, et Kubernetes ne la modifie pas lors d’une mise à jour : la dernière modification a eu lieu à cette date ou après, le secret a donc au plus cet âge.</translation>
    </message>
    <message>
        <source>No usable time: the age is unknown.</source>
        <translation>Aucune date exploitable : l’âge est inconnu.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Age unknown: no usable time.</source>
        <translation>Âge inconnu : aucune date exploitable.</translation>
    </message>
    <message numerus="yes">
        <source>Last changed on or after %1: at most %Ln days old</source>
        <translation>
            <numerusform>Dernière modification le %1 ou après : au plus %Ln jour</numerusform>
            <numerusform>Dernière modification le %1 ou après : au plus %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last changed %1: %Ln days old</source>
        <translation>
            <numerusform>Dernière modification le %1 : %Ln jour</numerusform>
            <numerusform>Dernière modification le %1 : %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Age from: %1</source>
        <translation>Âge d’après : %1</translation>
    </message>
    <message numerus="yes">
        <source>Policy: rotate every %Ln days (%1)</source>
        <translation>
            <numerusform>Politique : rotation après %Ln jour (%1)</numerusform>
            <numerusform>Politique : rotation tous les %Ln jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: %1 · %2</source>
        <translation>Échéance : %1 · %2</translation>
    </message>
    <message>
        <source>Policy: not evaluated yet</source>
        <translation>Politique : pas encore évaluée</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation>en retard aujourd’hui</translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation>%1 j de retard</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>dans %1 j</translation>
    </message>
    <message>
        <source>env</source>
        <translation>env</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>version history</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>historique des versions</translation>
    </message>
    <message>
        <source>inventory</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>inventaire</translation>
    </message>
    <message>
        <source>annotation</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>annotation</translation>
    </message>
    <message>
        <source>creation only</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>création seule</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>SourceValidationText</name>
    <message>
        <source>%1 %2 does not exist.</source>
        <comment>%1 is a file&apos;s role (The CA file, The cosign key, The token file), %2 its path</comment>
        <translation>%1 %2 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 %2 is not a readable file.</source>
        <comment>%1 is a file&apos;s role (The CA file, The cosign key, The token file), %2 its path</comment>
        <translation>%1 %2 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, and starts with a letter or digit.</source>
        <translation>Le nom ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A source named %1 already exists.</source>
        <translation>Une source nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s address, e.g. https://registry.example:5000.</source>
        <translation>Saisissez l’adresse du registre, p. ex. https://registry.example:5000.</translation>
    </message>
    <message>
        <source>%1 is not a registry address: use https://host[:port].</source>
        <translation>%1 n’est pas une adresse de registre : utilisez https://hôte[:port].</translation>
    </message>
    <message>
        <source>Give the registry&apos;s address without a path (%1); repositories are chosen with the patterns.</source>
        <translation>Indiquez l’adresse du registre sans chemin (%1) ; les dépôts sont choisis avec les motifs.</translation>
    </message>
    <message>
        <source>Put the user name in the authentication fields, not in the address.</source>
        <translation>Saisissez le nom d’utilisateur dans les champs d’authentification, pas dans l’adresse.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: tick &quot;insecure&quot; to allow it, or use https.</source>
        <translation>%1 est en HTTP non chiffré : cochez « Non sécurisé » pour l’autoriser, ou utilisez https.</translation>
    </message>
    <message>
        <source>Enter the user name for basic authentication.</source>
        <translation>Saisissez le nom d’utilisateur pour l’authentification basique.</translation>
    </message>
    <message>
        <source>Basic authentication needs the desktop keyring, which is not available; use the docker config.json instead.</source>
        <translation>L’authentification basique nécessite le trousseau du bureau, qui n’est pas disponible ; utilisez plutôt le config.json de docker.</translation>
    </message>
    <message>
        <source>Enter the password (it is stored in the desktop keyring only).</source>
        <translation>Saisissez le mot de passe (il est stocké uniquement dans le trousseau du bureau).</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Le fichier CA</translation>
    </message>
    <message>
        <source>The cosign key</source>
        <translation>La clé cosign</translation>
    </message>
    <message>
        <source>Concurrency is between 1 and 64 connections.</source>
        <translation>La concurrence est comprise entre 1 et 64 connexions.</translation>
    </message>
</context>
<context>
    <name>VaultSourceValidationText</name>
    <message>
        <source>Enter the Vault server&apos;s address, e.g. https://vault.example:8200.</source>
        <translation>Saisissez l’adresse du serveur Vault, p. ex. https://vault.example:8200.</translation>
    </message>
    <message>
        <source>%1 is not a server address: use https://host[:port].</source>
        <translation>%1 n’est pas une adresse de serveur : utilisez https://hôte[:port].</translation>
    </message>
    <message>
        <source>Leave user names out of the address: the source authenticates with a token.</source>
        <translation>N’indiquez pas de nom d’utilisateur dans l’adresse : la source s’authentifie avec un jeton.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address without a path (%1): Bulkhead adds /v1/%2/metadata/ itself.</source>
        <translation>Indiquez l’adresse du serveur sans chemin (%1) : Bulkhead ajoute lui-même /v1/%2/metadata/.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: tick &quot;insecure&quot; to allow it, or use https.</source>
        <translation>%1 est en HTTP non chiffré : cochez « Non sécurisé » pour l’autoriser, ou utilisez https.</translation>
    </message>
    <message>
        <source>The name is at most 64 characters long.</source>
        <translation>Le nom fait au plus 64 caractères.</translation>
    </message>
    <message>
        <source>Enter the KV v2 mount to read, e.g. secret.</source>
        <translation>Saisissez le montage KV v2 à lire, p. ex. secret.</translation>
    </message>
    <message>
        <source>The folder %1 climbs out of the mount (&quot;..&quot;): give folders under %2/ only.</source>
        <translation>Le dossier %1 sort du montage (« .. ») : indiquez uniquement des dossiers sous %2/.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the token, e.g. VAULT_TOKEN.</source>
        <translation>Indiquez la variable d’environnement qui contient le jeton, p. ex. VAULT_TOKEN.</translation>
    </message>
    <message>
        <source>%1 is not an environment variable name (letters, digits and &apos;_&apos;, not starting with a digit).</source>
        <translation>%1 n’est pas un nom de variable d’environnement (lettres, chiffres et &apos;_&apos;, sans commencer par un chiffre).</translation>
    </message>
    <message>
        <source>The token file</source>
        <translation>Le fichier du jeton</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Le fichier CA</translation>
    </message>
    <message>
        <source>Token read from the file %1 at each collection; it is never stored.</source>
        <translation>Jeton lu dans le fichier %1 à chaque collecte ; il n’est jamais stocké.</translation>
    </message>
    <message>
        <source>Token read from $%1 at each collection (set in this environment); it is never stored.</source>
        <translation>Jeton lu dans $%1 à chaque collecte (définie dans cet environnement) ; il n’est jamais stocké.</translation>
    </message>
    <message>
        <source>$%1 is not set in this environment: collections started from this window fail until it is (bulkheadctl collect reads it from its own environment).</source>
        <translation>$%1 n’est pas définie dans cet environnement : les collectes lancées depuis cette fenêtre échouent tant qu’elle ne l’est pas (bulkheadctl collect la lit dans son propre environnement).</translation>
    </message>
</context>
<context>
    <name>WorkloadText</name>
    <message>
        <source>Priv</source>
        <translation>Priv</translation>
    </message>
    <message>
        <source>Privileged container</source>
        <translation>Conteneur privilégié</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation>Élévation de privilèges autorisée</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Capabilities: ALL not dropped</source>
        <translation>Capabilities : ALL non supprimées</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>Caps</translation>
    </message>
    <message>
        <source>Dangerous capabilities added</source>
        <translation>Capabilities dangereuses ajoutées</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation>S’exécute en root</translation>
    </message>
    <message>
        <source>RoFS</source>
        <translation>RoFS</translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation>Système de fichiers racine inscriptible</translation>
    </message>
    <message>
        <source>Secc</source>
        <translation>Secc</translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation>Aucun profil seccomp</translation>
    </message>
    <message>
        <source>AppA</source>
        <translation>AppA</translation>
    </message>
    <message>
        <source>No AppArmor profile</source>
        <translation>Aucun profil AppArmor</translation>
    </message>
    <message>
        <source>HNs</source>
        <translation>HNs</translation>
    </message>
    <message>
        <source>Host network, PID or IPC namespace</source>
        <translation>Namespace réseau, PID ou IPC de l’hôte</translation>
    </message>
    <message>
        <source>HPath</source>
        <translation>HPath</translation>
    </message>
    <message>
        <source>hostPath volume</source>
        <translation>Volume hostPath</translation>
    </message>
    <message>
        <source>SEnv</source>
        <translation>SEnv</translation>
    </message>
    <message>
        <source>Secret in environment variables</source>
        <translation>Secret dans les variables d’environnement</translation>
    </message>
    <message>
        <source>SLit</source>
        <translation>SLit</translation>
    </message>
    <message>
        <source>Secret-looking literal in env</source>
        <translation>Valeur littérale ressemblant à un secret dans env</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Image not pinned by digest</source>
        <translation>Image non épinglée par digest</translation>
    </message>
    <message>
        <source>Reg</source>
        <translation>Reg</translation>
    </message>
    <message>
        <source>Image from an untrusted registry</source>
        <translation>Image provenant d’un registre non fiable</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sig</translation>
    </message>
    <message>
        <source>Image not signed (verified)</source>
        <translation>Image non signée (vérifiée)</translation>
    </message>
    <message>
        <source>Tok</source>
        <translation>Tok</translation>
    </message>
    <message>
        <source>Service account token mounted, not needed</source>
        <translation>Jeton de compte de service monté sans nécessité</translation>
    </message>
    <message>
        <source>DefSA</source>
        <translation>DefSA</translation>
    </message>
    <message>
        <source>Default service account</source>
        <translation>Compte de service par défaut</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln containers</source>
        <translation>
            <numerusform>, %Ln conteneur</numerusform>
            <numerusform>, %Ln conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Champ : %1</translation>
    </message>
    <message>
        <source>The facts this check needs were not collected.</source>
        <translation>Les informations nécessaires à cette vérification n’ont pas été collectées.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddClusterDialog</name>
    <message>
        <source>Add cluster</source>
        <translation>Ajouter un cluster</translation>
    </message>
    <message>
        <source>KUBECONFIG: %1</source>
        <translation>KUBECONFIG : %1</translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation>Modifier le cluster %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>e.g. prod-eu</source>
        <translation>p. ex. prod-eu</translation>
    </message>
    <message>
        <source>Exec credential plugin</source>
        <translation>Plugin d’identifiants exec</translation>
    </message>
    <message>
        <source>This context&apos;s user gets its credentials by running a program. Bulkhead runs exactly this command (never through a shell), and only once you approve it; any change to it in the kubeconfig needs a new approval.</source>
        <translation>L’utilisateur de ce contexte obtient ses identifiants en exécutant un programme. Bulkhead exécute exactement cette commande (jamais via un shell), et seulement après votre approbation ; toute modification de celle-ci dans le kubeconfig exige une nouvelle approbation.</translation>
    </message>
    <message>
        <source>&amp;Approve running this command</source>
        <translation>&amp;Approuver l’exécution de cette commande</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig :</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>API server:</source>
        <translation>Serveur d’API :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation>Lecture du kubeconfig…</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation>Le kubeconfig ne contient aucun contexte.</translation>
    </message>
    <message>
        <source>Choose a context.</source>
        <translation>Choisissez un contexte.</translation>
    </message>
    <message>
        <source>Give the cluster a name.</source>
        <translation>Donnez un nom au cluster.</translation>
    </message>
    <message>
        <source>A source named %1 already exists.</source>
        <translation>Une source nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>Approved: collections of this source run this command to get a token, which is kept in memory only.</source>
        <translation>Approuvée : les collectes de cette source exécutent cette commande pour obtenir un jeton, conservé en mémoire uniquement.</translation>
    </message>
    <message>
        <source>Not approved: the source can be saved, but its collections fail until you approve the command (Sources → Manage sources…, Edit).</source>
        <translation>Non approuvée : la source peut être enregistrée, mais ses collectes échouent tant que vous n’approuvez pas la commande (Sources → Gérer les sources…, Modifier).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: the API server answered (Kubernetes %1).</source>
        <translation>Connecté : le serveur d’API a répondu (Kubernetes %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n context in %1</source>
        <translation>
            <numerusform>%n contexte dans %1</numerusform>
            <numerusform>%n contextes dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contexts in %1</source>
        <translation>
            <numerusform>%Ln contexte dans %1</numerusform>
            <numerusform>%Ln contextes dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddRegistryDialog</name>
    <message>
        <source>Connected: the registry answered.</source>
        <translation>Connecté : le registre a répondu.</translation>
    </message>
    <message>
        <source>Its catalog is not available to these credentials (%1); name the repositories to collect with include patterns.</source>
        <translation>Son catalogue n’est pas accessible avec ces identifiants (%1) ; indiquez les dépôts à collecter avec des motifs d’inclusion.</translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation>Ajouter un registre</translation>
    </message>
    <message>
        <source>Edit registry %1</source>
        <translation>Modifier le registre %1</translation>
    </message>
    <message>
        <source>(unchanged: stored in the keyring)</source>
        <translation>(inchangé : stocké dans le trousseau)</translation>
    </message>
    <message>
        <source>e.g. team-registry</source>
        <translation>p. ex. team-registry</translation>
    </message>
    <message>
        <source>https://registry.example:5000</source>
        <translation>https://registry.example:5000</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>From docker config.json</source>
        <translation>Depuis le config.json de docker</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>magasin de confiance du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation>Non sécurisé : autoriser le HTTP non chiffré</translation>
    </message>
    <message>
        <source>Plain HTTP sends images and credentials unencrypted. The source is recorded as a finding (SUP-4) for as long as it stays insecure.</source>
        <translation>Le HTTP non chiffré transmet images et identifiants en clair. La source est enregistrée comme constat (SUP-4) tant qu’elle reste non sécurisée.</translation>
    </message>
    <message>
        <source>all repositories (e.g. team/*, base)</source>
        <translation>tous les dépôts (p. ex. team/*, base)</translation>
    </message>
    <message>
        <source>none (e.g. *-dev)</source>
        <translation>aucun (p. ex. *-dev)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import attached SBOMs as reports</source>
        <translation>Importer les SBOM jointes comme rapports</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> connexions</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Nom d’ut&amp;ilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>Inclu&amp;re :</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure :</translation>
    </message>
    <message>
        <source>Cosign keys:</source>
        <translation>Clés cosign :</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>C&amp;oncurrence :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cosign public keys</source>
        <translation>Clés publiques cosign</translation>
    </message>
    <message>
        <source>PEM public keys (*.pub *.pem);;All files (*)</source>
        <translation>Clés publiques PEM (*.pub *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the desktop keyring…</source>
        <translation>Vérification du trousseau du bureau…</translation>
    </message>
    <message>
        <source>The password cannot be stored: %1. Choose &quot;From docker config.json&quot; instead (docker login writes it).</source>
        <translation>Le mot de passe ne peut pas être stocké : %1. Choisissez plutôt « Depuis le config.json de docker » (docker login l’écrit).</translation>
    </message>
    <message>
        <source>The password is stored in the desktop keyring, nowhere else.</source>
        <translation>Le mot de passe est stocké dans le trousseau du bureau, nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists at least %n repository (still paging when the test stopped).</source>
        <translation>
            <numerusform>Son catalogue liste au moins %n dépôt (pagination encore en cours à l’arrêt du test).</numerusform>
            <numerusform>Son catalogue liste au moins %n dépôts (pagination encore en cours à l’arrêt du test).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists at least %Ln repositories (still paging when the test stopped).</source>
        <translation>
            <numerusform>Son catalogue liste au moins %Ln dépôt (pagination encore en cours à l’arrêt du test).</numerusform>
            <numerusform>Son catalogue liste au moins %Ln dépôts (pagination encore en cours à l’arrêt du test).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists %n repository.</source>
        <translation>
            <numerusform>Son catalogue liste %n dépôt.</numerusform>
            <numerusform>Son catalogue liste %n dépôts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists %Ln repositories.</source>
        <translation>
            <numerusform>Son catalogue liste %Ln dépôt.</numerusform>
            <numerusform>Son catalogue liste %Ln dépôts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddVaultDialog</name>
    <message>
        <source>Connected: the token may list %1; nothing is stored there yet.</source>
        <translation>Connecté : le jeton peut lister %1 ; rien n’y est encore stocké.</translation>
    </message>
    <message>
        <source>Add Vault</source>
        <translation>Ajouter un Vault</translation>
    </message>
    <message>
        <source>Edit Vault %1</source>
        <translation>Modifier le Vault %1</translation>
    </message>
    <message>
        <source>Bulkhead reads the metadata of a KV version 2 mount (versions, their times, custom_metadata such as owner and rotation_days), never the secrets&apos; values.</source>
        <translation>Bulkhead lit les métadonnées d’un montage KV version 2 (versions, leurs dates, custom_metadata comme owner et rotation_days), jamais les valeurs des secrets.</translation>
    </message>
    <message>
        <source>e.g. vault-prod</source>
        <translation>p. ex. vault-prod</translation>
    </message>
    <message>
        <source>https://vault.example:8200</source>
        <translation>https://vault.example:8200</translation>
    </message>
    <message>
        <source>none (Vault Enterprise and HCP: e.g. admin/team-a)</source>
        <translation>aucun (Vault Enterprise et HCP : p. ex. admin/team-a)</translation>
    </message>
    <message>
        <source>the whole mount (or folders, e.g. team-a/, shared/db/)</source>
        <translation>le montage entier (ou des dossiers, p. ex. team-a/, shared/db/)</translation>
    </message>
    <message>
        <source>Environment &amp;variable:</source>
        <translation>&amp;Variable d’environnement :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>e.g. ~/.vault-token</source>
        <translation>p. ex. ~/.vault-token</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>magasin de confiance du système</translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation>Non sécurisé : autoriser le HTTP non chiffré</translation>
    </message>
    <message>
        <source>Plain HTTP sends the token unencrypted to the server at every request. Use it for a local dev server only.</source>
        <translation>Le HTTP non chiffré envoie le jeton en clair au serveur à chaque requête. À utiliser uniquement pour un serveur de développement local.</translation>
    </message>
    <message>
        <source> secrets</source>
        <translation> secrets</translation>
    </message>
    <message>
        <source>A run reads at most this many secrets; a larger mount is recorded as partially collected.</source>
        <translation>Une exécution lit au plus ce nombre de secrets ; un montage plus grand est enregistré comme partiellement collecté.</translation>
    </message>
    <message>
        <source> requests at once</source>
        <translation> requêtes simultanées</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Na&amp;mespace :</translation>
    </message>
    <message>
        <source>KV v2 m&amp;ount:</source>
        <translation>M&amp;ontage KV v2 :</translation>
    </message>
    <message>
        <source>F&amp;olders:</source>
        <translation>&amp;Dossiers :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>Vault policy needed:</source>
        <translation>Politique Vault nécessaire :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Vault token file</source>
        <translation>Fichier de jeton Vault</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file that holds the token.</source>
        <translation>Choisissez le fichier qui contient le jeton.</translation>
    </message>
    <message>
        <source>Listing %1/metadata/ at %2…</source>
        <translation>Listage de %1/metadata/ sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the token may list %1 (%n entry directly inside).</source>
        <translation>
            <numerusform>Connecté : le jeton peut lister %1 (%n entrée directement dedans).</numerusform>
            <numerusform>Connecté : le jeton peut lister %1 (%n entrées directement dedans).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: the token may list %1 (%Ln entries directly inside).</source>
        <translation>
            <numerusform>Connecté : le jeton peut lister %1 (%Ln entrée directement dedans).</numerusform>
            <numerusform>Connecté : le jeton peut lister %1 (%Ln entrées directement dedans).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoveragePanel</name>
    <message>
        <source>✓ complete</source>
        <translation>✓ complet</translation>
    </message>
    <message>
        <source>◐ partial</source>
        <translation>◐ partiel</translation>
    </message>
    <message>
        <source>– not served by the API</source>
        <translation>– non fourni par l’API</translation>
    </message>
    <message>
        <source>✗ not collected: %1</source>
        <translation>✗ non collecté : %1</translation>
    </message>
    <message>
        <source>RUN-4 runtime security</source>
        <translation>RUN-4 sécurité à l’exécution</translation>
    </message>
    <message>
        <source>RUN-6 / INC-1 logs and metrics</source>
        <translation>RUN-6 / INC-1 journaux et métriques</translation>
    </message>
    <message>
        <source>SEC-2 secret store</source>
        <translation>SEC-2 coffre de secrets</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Controls not assessed</source>
        <translation>Contrôles non évalués</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1: collection of %2, %3</source>
        <translation>%1 : collecte du %2, %3</translation>
    </message>
    <message>
        <source>everything listed was collected</source>
        <translation>tout ce qui est listé a été collecté</translation>
    </message>
    <message>
        <source>No collection recorded coverage yet.</source>
        <translation>Aucune collecte n’a encore enregistré de couverture.</translation>
    </message>
    <message>
        <source>Not assessed: %1 was not collected completely</source>
        <translation>Non évalué : %1 n’a pas été collecté entièrement</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>awaiting attestation: no known agent runs in this cluster</source>
        <translation>attestation en attente : aucun agent connu ne tourne dans ce cluster</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resources not collected completely; not assessed: %1</source>
        <translation>
            <numerusform>%Ln ressource non collectée entièrement ; non évalués : %1</numerusform>
            <numerusform>%Ln ressources non collectées entièrement ; non évalués : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingDetailPane</name>
    <message>
        <source>Select a finding to see its detail.</source>
        <translation>Sélectionnez un constat pour en voir le détail.</translation>
    </message>
    <message>
        <source>The finding could not be read: %1</source>
        <translation>Le constat n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>This finding is no longer in the store.</source>
        <translation>Ce constat n’est plus dans la base.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingGroupsModel</name>
    <message>
        <source>(no package)</source>
        <translation>(aucun paquet)</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Le plus grave</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsFilterBar</name>
    <message>
        <source>Search ID, package, title, description  ( / )</source>
        <translation>Rechercher ID, paquet, titre, description  ( / )</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Mauvaise configuration</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Asset name contains…</source>
        <translation>Le nom de l’actif contient…</translation>
    </message>
    <message>
        <source>Fix: any</source>
        <translation>Correctif : tous</translation>
    </message>
    <message>
        <source>Fix available</source>
        <translation>Correctif disponible</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>Aucun correctif</translation>
    </message>
    <message>
        <source>SLA overdue</source>
        <translation>SLA en retard</translation>
    </message>
    <message>
        <source>first seen: any</source>
        <translation>première détection : toutes</translation>
    </message>
    <message>
        <source>until: any</source>
        <translation>jusqu’au : tous</translation>
    </message>
    <message>
        <source>First seen on or after this day</source>
        <translation>Première détection ce jour ou après</translation>
    </message>
    <message>
        <source>First seen on or before this day</source>
        <translation>Première détection ce jour ou avant</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Aucun regroupement</translation>
    </message>
    <message>
        <source>Group by vulnerability</source>
        <translation>Regrouper par vulnérabilité</translation>
    </message>
    <message>
        <source>Group by asset</source>
        <translation>Regrouper par actif</translation>
    </message>
    <message>
        <source>Group by package</source>
        <translation>Regrouper par paquet</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsListModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Mauvaise configuration</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Past its SLA due date</source>
        <translation>Date d’échéance SLA dépassée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>Corrigée en</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première détection</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière détection</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsView</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Mark &amp;false positive…</source>
        <translation>Marquer comme &amp;faux positif…</translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation>&amp;Accepter le risque…</translation>
    </message>
    <message>
        <source>Mark &amp;mitigated</source>
        <translation>Marquer comme a&amp;tténué</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mmenter…</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Co&amp;pier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Export filtered findings to CSV…</source>
        <translation>&amp;Exporter les constats filtrés en CSV…</translation>
    </message>
    <message>
        <source>Export filtered findings to &amp;JSON…</source>
        <translation>Exporter les constats filtrés en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Search findings</source>
        <translation>Rec&amp;hercher des constats</translation>
    </message>
    <message>
        <source>Select one or more findings first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs constats.</translation>
    </message>
    <message>
        <source>Another change is still being written; try again in a moment.</source>
        <translation>Une autre modification est encore en cours d’écriture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Counting findings…</source>
        <translation>Décompte des constats…</translation>
    </message>
    <message>
        <source> · narrowed to a group or an overview selection (Clear filters to widen)</source>
        <translation> · restreint à un groupe ou à une sélection de la vue d’ensemble (Effacer les filtres pour élargir)</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %Ln findings…</source>
        <translation>
            <numerusform>Application à %Ln constat…</numerusform>
            <numerusform>Application à %Ln constats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln findings.</source>
        <translation>
            <numerusform>%Ln constat modifié.</numerusform>
            <numerusform>%Ln constats modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln findings to %1</source>
        <translation>
            <numerusform>%Ln constat exporté vers %1</numerusform>
            <numerusform>%Ln constats exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation>
            <numerusform>%Ln ligne copiée.</numerusform>
            <numerusform>%Ln lignes copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln sélectionné</numerusform>
            <numerusform> · %Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>This store is read-only; nothing was changed.</source>
        <translation>Cette base est en lecture seule ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImageDetailPane</name>
    <message>
        <source>Show this image&apos;s findings</source>
        <translation>Afficher les constats de cette image</translation>
    </message>
    <message>
        <source>Select an image to see its configuration, history, signature and findings.</source>
        <translation>Sélectionnez une image pour voir sa configuration, son historique, sa signature et ses constats.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>L’image n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>This image is no longer in the store.</source>
        <translation>Cette image n’est plus dans la base.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesFilterBar</name>
    <message>
        <source>Search repository, tag or digest  ( / )</source>
        <translation>Rechercher dépôt, tag ou digest  ( / )</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>User: any</source>
        <translation>Utilisateur : tous</translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation>S’exécute en root</translation>
    </message>
    <message>
        <source>Non-root user</source>
        <translation>Utilisateur non root</translation>
    </message>
    <message>
        <source>SBOM: any</source>
        <translation>SBOM : toutes</translation>
    </message>
    <message>
        <source>Has an SBOM</source>
        <translation>Avec SBOM</translation>
    </message>
    <message>
        <source>No SBOM</source>
        <translation>Sans SBOM</translation>
    </message>
    <message>
        <source>Scan: any</source>
        <translation>Analyse : toutes</translation>
    </message>
    <message>
        <source>Scanned recently</source>
        <translation>Analysée récemment</translation>
    </message>
    <message>
        <source>Not scanned recently</source>
        <translation>Non analysée récemment</translation>
    </message>
    <message>
        <source>Whether a vulnerability scan of the image (by digest) younger than the scan age threshold in Settings was imported (BLD-2); with the threshold Off, any scan counts</source>
        <translation>Indique si une analyse de vulnérabilités de l’image (par digest) plus récente que le seuil d’ancienneté défini dans les paramètres a été importée (BLD-2) ; si le seuil est désactivé, toute analyse compte</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesListModel</name>
    <message>
        <source>not scanned</source>
        <translation>non analysée</translation>
    </message>
    <message>
        <source>C %1 · H %2 · M %3 · L %4</source>
        <translation>C %1 · É %2 · M %3 · F %4</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Runs as root (BLD-5)</source>
        <translation>S’exécute en root (BLD-5)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière détection</translation>
    </message>
    <message numerus="yes">
        <source>No imported vulnerability scan in the last %Ln days (BLD-2)</source>
        <translation>
            <numerusform>Aucune analyse de vulnérabilités importée depuis %Ln jour (BLD-2)</numerusform>
            <numerusform>Aucune analyse de vulnérabilités importée depuis %Ln jours (BLD-2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message>
        <source>Collect now</source>
        <translation>Collecter maintenant</translation>
    </message>
    <message>
        <source>Crawl every registry source again</source>
        <translation>Parcourir à nouveau toutes les sources de registre</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>&amp;Search images</source>
        <translation>&amp;Rechercher des images</translation>
    </message>
    <message>
        <source>No registry sources yet</source>
        <translation>Aucune source de registre pour l’instant</translation>
    </message>
    <message>
        <source>Bulkhead reads what your registries hold through the OCI distribution API: every repository, tag and digest with its user, age, size and layers, whether it is signed with cosign and the signature verifies with your keys, whether an SBOM is attached, and how recent its last vulnerability scan is.</source>
        <translation>Bulkhead lit le contenu de vos registres via l’API OCI Distribution : chaque dépôt, tag et digest avec son utilisateur, son âge, sa taille et ses couches, s’il est signé avec cosign et si la signature est vérifiée avec vos clés, si une SBOM est jointe, et l’ancienneté de sa dernière analyse de vulnérabilités.</translation>
    </message>
    <message>
        <source>Add registry…</source>
        <translation>Ajouter un registre…</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add registry NAME URL, then bulkheadctl collect.</source>
        <translation>Ou depuis un terminal : bulkheadctl source add registry NAME URL, puis bulkheadctl collect.</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>Décompte des images…</translation>
    </message>
    <message>
        <source> · nothing collected under this filter yet: Collect now crawls the sources</source>
        <translation> · rien de collecté avec ce filtre pour l’instant : Collecter maintenant parcourt les sources</translation>
    </message>
    <message numerus="yes">
        <source> from %n registry source</source>
        <translation>
            <numerusform> depuis %n source de registre</numerusform>
            <numerusform> depuis %n sources de registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln registry sources</source>
        <translation>
            <numerusform> depuis %Ln source de registre</numerusform>
            <numerusform> depuis %Ln sources de registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::InventoryImportDialog</name>
    <message>
        <source>Import secrets inventory</source>
        <translation>Importer un inventaire de secrets</translation>
    </message>
    <message>
        <source>A CSV of secrets kept outside Kubernetes and Vault (cloud consoles, password managers, hardware). Its first line names the columns: name, store and last_rotated (YYYY-MM-DD or RFC 3339) are required; owner and policy_days (the rotation interval) are optional. Never put the secrets themselves in it.</source>
        <translation>Un CSV de secrets conservés hors de Kubernetes et de Vault (consoles cloud, gestionnaires de mots de passe, matériel). Sa première ligne nomme les colonnes : name, store et last_rotated (YYYY-MM-DD ou RFC 3339) sont obligatoires ; owner et policy_days (l’intervalle de rotation) sont facultatives. N’y mettez jamais les secrets eux-mêmes.</translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation>inventory.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV :</translation>
    </message>
    <message>
        <source>Inventory &amp;name:</source>
        <translation>&amp;Nom de l’inventaire :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Secrets inventory</source>
        <translation>Inventaire de secrets</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Give the inventory a name: its secrets are filed under it.</source>
        <translation>Donnez un nom à l’inventaire : ses secrets sont classés sous ce nom.</translation>
    </message>
    <message>
        <source>Re-imports inventory %1: its secrets are replaced by the file&apos;s, and those not in the file are removed.</source>
        <translation>Réimporte l’inventaire %1 : ses secrets sont remplacés par ceux du fichier, et ceux absents du fichier sont supprimés.</translation>
    </message>
    <message>
        <source>A new inventory, %1. A file with any problem imports nothing.</source>
        <translation>Un nouvel inventaire, %1. Un fichier comportant le moindre problème n’importe rien.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::JobCard</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this import; nothing of it is stored</source>
        <translation>Arrêter cet import ; rien n’en est stocké</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this finished job from the list</source>
        <translation>Retirer cette tâche terminée de la liste</translation>
    </message>
    <message>
        <source>Stop this collection; sources not finished are recorded as cancelled</source>
        <translation>Arrêter cette collecte ; les sources non terminées sont enregistrées comme annulées</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::JobsPanel</name>
    <message>
        <source>Clear finished</source>
        <translation>Retirer les tâches terminées</translation>
    </message>
    <message>
        <source>No jobs yet. Imports you start, or report files you drop on the window, appear here with their progress and result.</source>
        <translation>Aucune tâche pour l’instant. Les imports que vous lancez, ou les fichiers de rapport que vous déposez sur la fenêtre, apparaissent ici avec leur progression et leur résultat.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MultiSelectButton</name>
    <message>
        <source>%1: any</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <source>%1: no restriction</source>
        <translation>%1 : aucune restriction</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1 : %Ln sélectionné</numerusform>
            <numerusform>%1 : %Ln sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::NamespacePanel</name>
    <message>
        <source>? not assessed</source>
        <translation>? non évalué</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ non</translation>
    </message>
    <message>
        <source>NetworkPolicies were not collected for this cluster (see Coverage): segmentation is not assessed.</source>
        <translation>Les NetworkPolicies n’ont pas été collectées pour ce cluster (voir Couverture) : la segmentation n’est pas évaluée.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>NetworkPolicies</source>
        <translation>NetworkPolicies</translation>
    </message>
    <message>
        <source>Default-deny ingress</source>
        <translation>Default-deny en entrée</translation>
    </message>
    <message>
        <source>Default-deny egress</source>
        <translation>Default-deny en sortie</translation>
    </message>
    <message>
        <source>A policy selecting every pod with Ingress in policyTypes and no ingress rules (RUN-3)</source>
        <translation>Une politique qui sélectionne tous les pods, avec Ingress dans policyTypes et sans règle ingress (RUN-3)</translation>
    </message>
    <message>
        <source>A policy selecting every pod with Egress in policyTypes and no egress rules (RUN-3)</source>
        <translation>Une politique qui sélectionne tous les pods, avec Egress dans policyTypes et sans règle egress (RUN-3)</translation>
    </message>
    <message>
        <source>No namespaces collected.</source>
        <translation>Aucun namespace collecté.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln namespaces: %1 without default-deny ingress, %2 without default-deny egress.</source>
        <translation>
            <numerusform>%Ln namespace : %1 sans default-deny en entrée, %2 sans default-deny en sortie.</numerusform>
            <numerusform>%Ln namespaces : %1 sans default-deny en entrée, %2 sans default-deny en sortie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not assessed (NetworkPolicies not collected).</source>
        <translation>
            <numerusform>%Ln non évalué (NetworkPolicies non collectées).</numerusform>
            <numerusform>%Ln non évalués (NetworkPolicies non collectées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretAgeChart</name>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>age in days</source>
        <translation>âge en jours</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets last changed %1 days ago</source>
        <translation>
            <numerusform>%Ln secret modifié pour la dernière fois il y a %1 jours</numerusform>
            <numerusform>%Ln secrets modifiés pour la dernière fois il y a %1 jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretDetailPane</name>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruite</translation>
    </message>
    <message>
        <source>Choose a secret to see where its age comes from, its policy and who uses it.</source>
        <translation>Choisissez un secret pour voir d’où vient son âge, sa politique et qui l’utilise.</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Âge :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation>Âge d’après :</translation>
    </message>
    <message>
        <source>no age is acceptable</source>
        <translation>aucun âge n’est acceptable</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Politique :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>unknown: no change time</source>
        <translation>inconnue : aucune date de modification</translation>
    </message>
    <message>
        <source>not evaluated yet (the next collection, import or policy change judges it)</source>
        <translation>pas encore évalué (la prochaine collecte, le prochain import ou changement de politique en décidera)</translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation>Déclarée :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>Jeton de :</translation>
    </message>
    <message>
        <source>service account %1 (a long-lived token: prefer projected tokens)</source>
        <translation>compte de service %1 (un jeton de longue durée : préférez les jetons projetés)</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Métadonnées :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message>
        <source>Collected:</source>
        <translation>Collecté :</translation>
    </message>
    <message>
        <source>Usage unknown: not every workload kind was listed in the last collection.</source>
        <translation>Utilisation inconnue : tous les types de charges de travail n’ont pas été listés lors de la dernière collecte.</translation>
    </message>
    <message>
        <source>No workload uses this secret. Check its type before deleting it: tokens and release records are read by controllers, not pods.</source>
        <translation>Aucune charge de travail n’utilise ce secret. Vérifiez son type avant de le supprimer : les jetons et les enregistrements de release sont lus par des contrôleurs, pas par des pods.</translation>
    </message>
    <message>
        <source>Read through environment variables by at least one workload: a mounted volume keeps it out of process listings and crash dumps (SEC-5).</source>
        <translation>Lu via des variables d’environnement par au moins une charge de travail : un volume monté le tient à l’écart des listes de processus et des vidages mémoire (SEC-5).</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln days (changed on or after %1)</source>
        <translation>
            <numerusform>au plus %Ln jour (modifié le %1 ou après)</numerusform>
            <numerusform>au plus %Ln jours (modifié le %1 ou après)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days (changed %1)</source>
        <translation>
            <numerusform>%Ln jour (modifié le %1)</numerusform>
            <numerusform>%Ln jours (modifié le %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotate every %Ln days</source>
        <translation>
            <numerusform>rotation après %Ln jour</numerusform>
            <numerusform>rotation tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days, on the secret itself</source>
        <translation>
            <numerusform>%Ln jour, sur le secret lui-même</numerusform>
            <numerusform>%Ln jours, sur le secret lui-même</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsFilterBar</name>
    <message>
        <source>Store</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les stockages</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>A cluster or vault source, or an imported inventory</source>
        <translation>Une source cluster ou Vault, ou un inventaire importé</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Search name, namespace, mount, origin or owner  ( / )</source>
        <translation>Rechercher nom, namespace, montage, origine ou propriétaire  ( / )</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Only secrets whose rotation is due or past due</source>
        <translation>Uniquement les secrets dont la rotation est à échéance ou en retard</translation>
    </message>
    <message>
        <source>&amp;Unused</source>
        <translation>&amp;Inutilisés</translation>
    </message>
    <message>
        <source>Only Kubernetes secrets no workload uses (when every workload kind was listed); the type column helps judge whether that is expected</source>
        <translation>Uniquement les secrets Kubernetes qu’aucune charge de travail n’utilise (lorsque tous les types ont été listés) ; la colonne Type aide à juger si c’est attendu</translation>
    </message>
    <message>
        <source>Via &amp;env</source>
        <translation>Via &amp;env</translation>
    </message>
    <message>
        <source>Only secrets read through environment variables (env or envFrom): SEC-5</source>
        <translation>Uniquement les secrets lus via des variables d’environnement (env ou envFrom) : SEC-5</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsListModel</name>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire : %1</translation>
    </message>
    <message>
        <source>Token of service account %1</source>
        <translation>Jeton du compte de service %1</translation>
    </message>
    <message>
        <source>Collected %1</source>
        <translation>Collecté le %1</translation>
    </message>
    <message>
        <source>Workload usage is known for Kubernetes secrets only</source>
        <translation>L’utilisation par les charges de travail n’est connue que pour les secrets Kubernetes</translation>
    </message>
    <message>
        <source>Unknown: not every workload kind could be listed in the last collection</source>
        <translation>Inconnu : tous les types de charges de travail n’ont pas pu être listés lors de la dernière collecte</translation>
    </message>
    <message>
        <source>No workload uses this secret</source>
        <translation>Aucune charge de travail n’utilise ce secret</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads use it (the detail lists them)</source>
        <translation>
            <numerusform>%n charge de travail l’utilise (le détail l’indique)</numerusform>
            <numerusform>%n charges de travail l’utilisent (le détail les liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read through environment variables: mount it as a volume instead (SEC-5)</source>
        <translation>Lu via des variables d’environnement : montez-le plutôt comme volume (SEC-5)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Échéance %1 (%2)</translation>
    </message>
    <message>
        <source>No due date: the age is unknown</source>
        <translation>Aucune échéance : l’âge est inconnu</translation>
    </message>
    <message>
        <source>Not evaluated yet: the next collection or evaluation judges it</source>
        <translation>Pas encore évalué : la prochaine collecte ou évaluation en décidera</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Kubernetes namespace, Vault mount or the inventory&apos;s store</source>
        <translation>Namespace Kubernetes, montage Vault ou stockage de l’inventaire</translation>
    </message>
    <message>
        <source>Time since the last change against the rotation interval: green under 75%, amber up to 100%, red overdue; grey with a dashed end when only the creation time is known</source>
        <translation>Temps écoulé depuis la dernière modification par rapport à l’intervalle de rotation : vert sous 75 %, orange jusqu’à 100 %, rouge en retard ; gris avec une fin en pointillés quand seule la date de création est connue</translation>
    </message>
    <message>
        <source>Where the age comes from, most trustworthy first: version history, inventory, annotation, managedFields, creation only</source>
        <translation>Provenance de l’âge, de la plus fiable à la moins fiable : historique des versions, inventaire, annotation, managedFields, création seule</translation>
    </message>
    <message>
        <source>Workloads using the secret (Kubernetes)</source>
        <translation>Charges de travail utilisant le secret (Kubernetes)</translation>
    </message>
    <message>
        <source>When the next rotation is due under the policy</source>
        <translation>Date d’échéance de la prochaine rotation selon la politique</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Namespace / mount</source>
        <translation>Namespace / montage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Âge d’après</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>How used</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsView</name>
    <message>
        <source>Import inventory…</source>
        <translation>Importer un inventaire…</translation>
    </message>
    <message>
        <source>Import a CSV of secrets that live elsewhere (name, owner, store, last rotated, policy days); importing the same inventory again replaces its rows</source>
        <translation>Importer un CSV de secrets conservés ailleurs (nom, propriétaire, stockage, dernière rotation, jours de politique) ; réimporter le même inventaire remplace ses lignes</translation>
    </message>
    <message>
        <source>Add vault…</source>
        <translation>Ajouter un Vault…</translation>
    </message>
    <message>
        <source>Add a Vault or OpenBao KV v2 mount to read secret metadata from</source>
        <translation>Ajouter un montage KV v2 Vault ou OpenBao dont lire les métadonnées de secrets</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Collecter maintenant</translation>
    </message>
    <message>
        <source>Collect every source again, clusters and vaults included</source>
        <translation>Collecter à nouveau toutes les sources, clusters et Vault compris</translation>
    </message>
    <message>
        <source>Exposed secrets…</source>
        <translation>Secrets exposés…</translation>
    </message>
    <message>
        <source>Secrets that scanners found in images and code, in Findings</source>
        <translation>Secrets trouvés par les scanners dans les images et le code, dans Constats</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>&amp;Search secrets</source>
        <translation>&amp;Rechercher des secrets</translation>
    </message>
    <message>
        <source>No secrets yet</source>
        <translation>Aucun secret pour l’instant</translation>
    </message>
    <message>
        <source>Bulkhead tracks how old each secret is against a rotation policy, and says where every age comes from: Vault&apos;s version history, an inventory&apos;s &quot;last rotated&quot; date, a rotation annotation, the last write of the data in a Secret&apos;s managedFields, or only its creation time (then the age is an upper bound). It reads metadata only: secret values never reach the store. Kubernetes secrets come with every cluster collection, with the workloads that use them and whether through environment variables; Vault or OpenBao KV v2 metadata from a vault source; secrets that live elsewhere from an inventory CSV.</source>
        <translation>Bulkhead suit l’âge de chaque secret par rapport à une politique de rotation, et indique d’où vient chaque âge : l’historique des versions de Vault, la date « last rotated » d’un inventaire, une annotation de rotation, la dernière écriture des données dans les managedFields d’un Secret, ou seulement sa date de création (l’âge est alors un majorant). Il ne lit que des métadonnées : les valeurs des secrets n’atteignent jamais la base. Les secrets Kubernetes arrivent avec chaque collecte de cluster, avec les charges de travail qui les utilisent et le fait qu’elles passent ou non par des variables d’environnement ; les métadonnées KV v2 de Vault ou OpenBao depuis une source Vault ; les secrets conservés ailleurs depuis un CSV d’inventaire.</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Show exposed secrets found by scanners</source>
        <translation>Afficher les secrets exposés trouvés par les scanners</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add vault NAME URL --mount M, bulkheadctl collect, or bulkheadctl secrets import-inventory FILE.csv. Rotation intervals are in Settings.</source>
        <translation>Ou depuis un terminal : bulkheadctl source add vault NAME URL --mount M, bulkheadctl collect, ou bulkheadctl secrets import-inventory FILE.csv. Les intervalles de rotation se trouvent dans les paramètres.</translation>
    </message>
    <message>
        <source>Choose a secret to see where its age comes from, its policy and who uses it.</source>
        <translation>Choisissez un secret pour voir d’où vient son âge, sa politique et qui l’utilise.</translation>
    </message>
    <message>
        <source>This secret is gone from the store (a newer collection removed it).</source>
        <translation>Ce secret n’est plus dans la base (une collecte plus récente l’a supprimé).</translation>
    </message>
    <message>
        <source>Counting secrets…</source>
        <translation>Décompte des secrets…</translation>
    </message>
    <message>
        <source> · nothing collected yet: Collect now reads the sources</source>
        <translation> · rien de collecté pour l’instant : Collecter maintenant lit les sources</translation>
    </message>
    <message>
        <source> · none under this filter</source>
        <translation> · aucun avec ce filtre</translation>
    </message>
    <message numerus="yes">
        <source>Age distribution: %Ln secrets with a known age under this filter (creation-only ages are upper bounds)</source>
        <translation>
            <numerusform>Répartition des âges : %Ln secret d’âge connu avec ce filtre (les âges fondés sur la seule création sont des majorants)</numerusform>
            <numerusform>Répartition des âges : %Ln secrets d’âge connu avec ce filtre (les âges fondés sur la seule création sont des majorants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n cluster or vault source</source>
        <translation>
            <numerusform> depuis %n source cluster ou Vault</numerusform>
            <numerusform> depuis %n sources cluster et Vault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln cluster and vault sources</source>
        <translation>
            <numerusform> depuis %Ln source cluster ou Vault</numerusform>
            <numerusform> depuis %Ln sources cluster et Vault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets</source>
        <translation>
            <numerusform>%Ln secret</numerusform>
            <numerusform>%Ln secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SeverityDelegate</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Add registry…</source>
        <translation>Ajouter un &amp;registre…</translation>
    </message>
    <message>
        <source>Add clus&amp;ter…</source>
        <translation>Ajouter un clus&amp;ter…</translation>
    </message>
    <message>
        <source>Add &amp;Vault…</source>
        <translation>Ajouter un &amp;Vault…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Collect selected</source>
        <translation>&amp;Collecter la sélection</translation>
    </message>
    <message>
        <source>Collect a&amp;ll</source>
        <translation>Tout co&amp;llecter</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Remove %1? What was collected from it (images, workloads or secrets&apos; metadata) and its runs are deleted from the store, and a registry&apos;s password from the keyring.</source>
        <translation>Supprimer %1 ? Ce qui en a été collecté (images, charges de travail ou métadonnées de secrets) et ses exécutions sont effacés de la base, et le mot de passe d’un registre du trousseau.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SourcesModel</name>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>password (keyring)</source>
        <translation>mot de passe (trousseau)</translation>
    </message>
    <message>
        <source>docker config.json</source>
        <translation>config.json de docker</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>contexte %1</translation>
    </message>
    <message>
        <source>%1, exec plugin approved</source>
        <translation>%1, plugin exec approuvé</translation>
    </message>
    <message>
        <source>token from $%1</source>
        <translation>jeton depuis $%1</translation>
    </message>
    <message>
        <source>token file %1</source>
        <translation>fichier de jeton %1</translation>
    </message>
    <message>
        <source>%1, namespace %2</source>
        <translation>%1, namespace %2</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (non sécurisé)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>never collected</source>
        <translation>jamais collectée</translation>
    </message>
    <message>
        <source>Approved command: %1</source>
        <translation>Commande approuvée : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Last collection</source>
        <translation>Dernière collecte</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workloads</source>
        <translation>
            <numerusform>%Ln charge de travail</numerusform>
            <numerusform>%Ln charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets</source>
        <translation>
            <numerusform>%Ln secret</numerusform>
            <numerusform>%Ln secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>run status, how long ago (&quot;3 days ago&quot;)</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TriageDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>The finding is real and needs a fix. Its SLA keeps running.</source>
        <translation>Le constat est réel et doit être corrigé. Son SLA continue de courir.</translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation>Marquer comme faux positif</translation>
    </message>
    <message>
        <source>The scanner is wrong here. Say why, so that a reviewer can check it.</source>
        <translation>Le scanner se trompe ici. Expliquez pourquoi, afin qu’un relecteur puisse le vérifier.</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Accepter le risque</translation>
    </message>
    <message>
        <source>The finding stays but is not fixed for now. Say why and until when; on that date it opens again.</source>
        <translation>Le constat reste mais n’est pas corrigé pour l’instant. Indiquez pourquoi et jusqu’à quand ; à cette date, il est rouvert.</translation>
    </message>
    <message>
        <source>Mark as mitigated</source>
        <translation>Marquer comme atténué</translation>
    </message>
    <message>
        <source>Something else (a network policy, a WAF rule, a configuration) removes the risk.</source>
        <translation>Autre chose (une network policy, une règle WAF, une configuration) supprime le risque.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Back to open: the earlier decision no longer holds.</source>
        <translation>Retour à ouvert : la décision précédente ne tient plus.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Who takes care of it. Leave empty to clear the assignee.</source>
        <translation>Qui s’en occupe. Laissez vide pour retirer le responsable.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Adds a note to the triage history; nothing else changes.</source>
        <translation>Ajoute une note à l’historique du tri ; rien d’autre ne change.</translation>
    </message>
    <message>
        <source>e.g. the vulnerable function is not in this build</source>
        <translation>p. ex. la fonction vulnérable n’est pas dans ce build</translation>
    </message>
    <message>
        <source>e.g. only reachable from the internal network; fix planned with the 2.0 base image</source>
        <translation>p. ex. accessible uniquement depuis le réseau interne ; correctif prévu avec l’image de base 2.0</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>Accepté jus&amp;qu’au :</translation>
    </message>
    <message>
        <source>empty clears the assignee</source>
        <translation>vide retire le responsable</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (facultative) :</translation>
    </message>
    <message>
        <source>No finding is selected.</source>
        <translation>Aucun constat n’est sélectionné.</translation>
    </message>
    <message>
        <source>Say why this is a false positive.</source>
        <translation>Expliquez pourquoi c’est un faux positif.</translation>
    </message>
    <message>
        <source>Say why the risk is accepted.</source>
        <translation>Expliquez pourquoi le risque est accepté.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>La date d’expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>Write the comment.</source>
        <translation>Rédigez le commentaire.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n finding.</source>
        <translation>
            <numerusform>S’applique à %n constat.</numerusform>
            <numerusform>S’applique à %n constats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln findings.</source>
        <translation>
            <numerusform>S’applique à %Ln constat.</numerusform>
            <numerusform>S’applique à %Ln constats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsFilterBar</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Tous les namespaces</translation>
    </message>
    <message>
        <source>Search workload, namespace or image  ( / )</source>
        <translation>Rechercher charge de travail, namespace ou image  ( / )</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>Vérification en échec</translation>
    </message>
    <message>
        <source>Failing: any check</source>
        <translation>En échec : toute vérification</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>En échec : %1</translation>
    </message>
    <message>
        <source>Only &amp;failing</source>
        <translation>Uniquement en é&amp;chec</translation>
    </message>
    <message>
        <source>Only workloads that fail at least one check</source>
        <translation>Uniquement les charges de travail qui échouent à au moins une vérification</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Compte de service : %1</translation>
    </message>
    <message>
        <source>Collected %1</source>
        <translation>Collecté le %1</translation>
    </message>
    <message>
        <source>No check fails</source>
        <translation>Aucune vérification en échec</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>pods, containers</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pods</source>
        <translation>
            <numerusform>%Ln pod</numerusform>
            <numerusform>%Ln pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln containers</source>
        <translation>
            <numerusform>%Ln conteneur</numerusform>
            <numerusform>%Ln conteneurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checks fail, the worst %1</source>
        <translation>
            <numerusform>%Ln vérification en échec, la plus grave %1</numerusform>
            <numerusform>%Ln vérifications en échec, la plus grave %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsView</name>
    <message>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namespaces</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>&amp;Couverture</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Collecter maintenant</translation>
    </message>
    <message>
        <source>Collect every source again, clusters included</source>
        <translation>Collecter à nouveau toutes les sources, clusters compris</translation>
    </message>
    <message>
        <source>workloads</source>
        <translation>charges de travail</translation>
    </message>
    <message>
        <source>&amp;Search workloads</source>
        <translation>&amp;Rechercher des charges de travail</translation>
    </message>
    <message>
        <source>No clusters yet</source>
        <translation>Aucun cluster pour l’instant</translation>
    </message>
    <message>
        <source>Bulkhead reads what runs in your Kubernetes clusters through the API, read-only, with a context of your kubeconfig: every Deployment, StatefulSet, DaemonSet, CronJob and bare pod is checked for privileged containers, privilege escalation, capabilities, root users, writable root filesystems, seccomp and AppArmor profiles, host namespaces and paths, secrets in environment variables, unpinned or untrusted images and service-account tokens; every namespace for default-deny NetworkPolicies. Secret values are never read.</source>
        <translation>Bulkhead lit ce qui tourne dans vos clusters Kubernetes via l’API, en lecture seule, avec un contexte de votre kubeconfig : chaque Deployment, StatefulSet, DaemonSet, CronJob et pod isolé est vérifié (conteneurs privilégiés, élévation de privilèges, capabilities, utilisateurs root, systèmes de fichiers racine inscriptibles, profils seccomp et AppArmor, namespaces et chemins de l’hôte, secrets dans les variables d’environnement, images non épinglées ou non fiables, jetons de compte de service) ; chaque namespace pour les NetworkPolicies default-deny. Les valeurs des secrets ne sont jamais lues.</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then bulkheadctl collect. The Sources menu has Add cluster… too.</source>
        <translation>Ou depuis un terminal : bulkheadctl source add cluster NAME --context CONTEXT, puis bulkheadctl collect. Le menu Sources propose aussi Ajouter un cluster….</translation>
    </message>
    <message>
        <source>Counting workloads…</source>
        <translation>Décompte des charges de travail…</translation>
    </message>
    <message>
        <source> · nothing collected under this filter yet: Collect now reads the clusters</source>
        <translation> · rien de collecté avec ce filtre pour l’instant : Collecter maintenant lit les clusters</translation>
    </message>
    <message numerus="yes">
        <source> from %n cluster source</source>
        <translation>
            <numerusform> depuis %n source cluster</numerusform>
            <numerusform> depuis %n sources cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln cluster sources</source>
        <translation>
            <numerusform> depuis %Ln source cluster</numerusform>
            <numerusform> depuis %Ln sources cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workloads</source>
        <translation>
            <numerusform>%Ln charge de travail</numerusform>
            <numerusform>%Ln charges de travail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sourceops</name>
    <message>
        <source>The password could not be stored in the keyring, so the source was not saved: %1</source>
        <translation>Le mot de passe n’a pas pu être stocké dans le trousseau, la source n’a donc pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>Il n’existe aucune source nommée %1.</translation>
    </message>
</context>
</TS>
