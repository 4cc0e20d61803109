<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChecksumCheckText</name>
    <message>
        <source>it could not be read</source>
        <translation>il n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: checksum matches</source>
        <translation>%1 : la somme de contrôle correspond</translation>
    </message>
    <message>
        <source>%1: checksum differs: the file was changed after it was written</source>
        <translation>%1 : la somme de contrôle diffère : le fichier a été modifié après son écriture</translation>
    </message>
    <message>
        <source>%1: file missing</source>
        <translation>%1 : fichier manquant</translation>
    </message>
    <message>
        <source>%1: checksum not verified: %2</source>
        <translation>%1 : somme de contrôle non vérifiée : %2</translation>
    </message>
</context>
<context>
    <name>ControlsText</name>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Attesté</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Build and image security</source>
        <translation>Sécurité des builds et des images</translation>
    </message>
    <message>
        <source>Runtime controls</source>
        <translation>Contrôles d&apos;exécution</translation>
    </message>
    <message>
        <source>Secrets and configuration</source>
        <translation>Secrets et configuration</translation>
    </message>
    <message>
        <source>Access and identity</source>
        <translation>Accès et identité</translation>
    </message>
    <message>
        <source>CI/CD and supply chain</source>
        <translation>CI/CD et chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Incident readiness and governance</source>
        <translation>Préparation aux incidents et gouvernance</translation>
    </message>
    <message>
        <source>holds (pass)</source>
        <translation>tient (conforme)</translation>
    </message>
    <message>
        <source>holds in part (partial)</source>
        <translation>tient en partie (partiel)</translation>
    </message>
    <message>
        <source>does not hold (fail)</source>
        <translation>ne tient pas (non conforme)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not assessed: %1</source>
        <translation>non évalué : %1</translation>
    </message>
    <message>
        <source>%1 %2, none %3</source>
        <translation>%1 %2, aucun %3</translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation>Afficher dans %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>DrillsText</name>
    <message>
        <source>Post-incident review</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Exercice sur table</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 éléments faits sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Tous les jours (%Ln)</numerusform>
            <numerusform>Tous les %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
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
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation>RBAC</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revue hebdomadaire</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>the store could not be read: %1</source>
        <translation>la base n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the report history: %2</source>
        <translation>%1 a été écrit, mais pas enregistré dans l&apos;historique des rapports : %2</translation>
    </message>
    <message>
        <source>SLA %1 / %2 / %3 / %4 days (critical / high / medium / low)</source>
        <translation>SLA %1 / %2 / %3 / %4 jours (critique / élevée / moyenne / faible)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>RbacText</name>
    <message>
        <source>no risk</source>
        <translation>aucun risque</translation>
    </message>
    <message>
        <source>cluster-admin</source>
        <translation>cluster-admin</translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation>joker</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>exec</translation>
    </message>
    <message>
        <source>nodes/proxy</source>
        <translation>nodes/proxy</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>webhooks</translation>
    </message>
    <message>
        <source>CSR approve</source>
        <translation>approbation CSR</translation>
    </message>
    <message>
        <source>create pods</source>
        <translation>créer des pods</translation>
    </message>
    <message>
        <source>create PV</source>
        <translation>créer des PV</translation>
    </message>
    <message>
        <source>missing SA</source>
        <translation>SA manquant</translation>
    </message>
    <message>
        <source>missing role</source>
        <translation>rôle manquant</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Jamais revu</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>review state: due for review again</comment>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>à l&apos;échelle du cluster</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>dans le namespace %1</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>never reviewed</source>
        <translation>jamais revu</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>The binding is needed as it is.</source>
        <translation>Le binding est nécessaire tel quel.</translation>
    </message>
    <message>
        <source>The binding grants more than needed: its role or subjects should shrink.</source>
        <translation>Le binding accorde plus que nécessaire : son rôle ou ses sujets doivent être réduits.</translation>
    </message>
    <message>
        <source>The binding is not needed any more and should be deleted.</source>
        <translation>Le binding n&apos;est plus nécessaire et doit être supprimé.</translation>
    </message>
    <message>
        <source>Someone else has to decide (the owner, security).</source>
        <translation>Quelqu&apos;un d&apos;autre doit décider (le responsable, l&apos;équipe sécurité).</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>(no subjects)</source>
        <translation>(aucun sujet)</translation>
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
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>SecretReevaluationText</name>
    <message>
        <source>The secrets could not be judged by the new policy: %1</source>
        <translation>Les secrets n&apos;ont pas pu être évalués selon la nouvelle politique : %1</translation>
    </message>
    <message numerus="yes">
        <source>Secrets judged by the new policy: %Ln secrets, %1 overdue (%2 new findings, %3 resolved).</source>
        <translation>
            <numerusform>Secrets évalués selon la nouvelle politique : %Ln secret, %1 en retard (%2 nouveaux constats, %3 résolus).</numerusform>
            <numerusform>Secrets évalués selon la nouvelle politique : %Ln secrets, %1 en retard (%2 nouveaux constats, %3 résolus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReviewText</name>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>attested</source>
        <translation>attesté</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Registry %1</source>
        <translation>Registre %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Vault %1</source>
        <translation>Vault %1</translation>
    </message>
    <message>
        <source>Inventory %1</source>
        <translation>Inventaire %1</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 rapports</translation>
    </message>
    <message>
        <source>Stopped reporting</source>
        <translation>Ne remonte plus rien</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>No report since the baseline</source>
        <translation>Aucun rapport depuis la référence</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>No sign-off yet and no snapshot to compare with: everything reads as new.</source>
        <translation>Aucune validation ni instantané de comparaison pour l&apos;instant : tout apparaît comme nouveau.</translation>
    </message>
    <message>
        <source>No snapshot as old as %1: everything reads as new.</source>
        <translation>Aucun instantané aussi ancien que %1 : tout apparaît comme nouveau.</translation>
    </message>
    <message>
        <source>Compared with the last sign-off&apos;s snapshot, %1.</source>
        <translation>Comparé à l&apos;instantané de la dernière validation, %1.</translation>
    </message>
    <message>
        <source>No sign-off yet: compared with the oldest snapshot, %1.</source>
        <translation>Aucune validation pour l&apos;instant : comparé à l&apos;instantané le plus ancien, %1.</translation>
    </message>
    <message>
        <source>Compared with the newest snapshot at or before %1, taken %2.</source>
        <translation>Comparé à l&apos;instantané le plus récent au %1 ou avant, pris le %2.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddActionDialog</name>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>What changes, e.g. &quot;Rotate registry robot accounts every 90 days&quot;</source>
        <translation>Ce qui change, p. ex. « Faire tourner les comptes robots du registre tous les 90 jours »</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>The control the action strengthens (e.g. SEC-3); may stay empty</source>
        <translation>Le contrôle que l&apos;action renforce (p. ex. SEC-3) ; peut rester vide</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation>&amp;Contrôle :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Indiquez en quoi consiste l&apos;action.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AttestationDialog</name>
    <message>
        <source>evidence file %1 %2</source>
        <translation>fichier de preuve %1 %2</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>evidence file %1: %2</source>
        <translation>fichier de preuve %1 : %2</translation>
    </message>
    <message>
        <source>An attestation counts while Bulkhead has no evidence to assess this control.</source>
        <translation>Une attestation compte tant que Bulkhead n&apos;a aucune preuve pour évaluer ce contrôle.</translation>
    </message>
    <message>
        <source>A valid attestation suffices, even where Bulkhead&apos;s own evidence falls short.</source>
        <translation>Une attestation valide suffit, même là où les propres preuves de Bulkhead sont insuffisantes.</translation>
    </message>
    <message>
        <source>Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the evidence.</source>
        <translation>Bulkhead ne peut pas voir une partie de ce contrôle : il exige une attestation en plus des preuves.</translation>
    </message>
    <message>
        <source>Attest %1</source>
        <translation>Attester %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The attestation must show: %1</source>
        <translation>L&apos;attestation doit montrer : %1</translation>
    </message>
    <message>
        <source>Pass: the control is met</source>
        <translation>Conforme : le contrôle est respecté</translation>
    </message>
    <message>
        <source>Partial: met in part</source>
        <translation>Partiel : respecté en partie</translation>
    </message>
    <message>
        <source>Fail: the control is not met</source>
        <translation>Non conforme : le contrôle n&apos;est pas respecté</translation>
    </message>
    <message>
        <source>Withdrawn: end the current attestation</source>
        <translation>Retirée : mettre fin à l&apos;attestation en cours</translation>
    </message>
    <message>
        <source>What shows it: a configuration reviewed, a report, a ticket; who checked, and where</source>
        <translation>Ce qui le montre : une configuration examinée, un rapport, un ticket ; qui a vérifié, et où</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>Ajouter un &amp;lien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Each file up to %1 MiB; stored in the store with its SHA-256.</source>
        <translation>Chaque fichier jusqu&apos;à %1 Mio ; conservé dans la base avec son SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>Record attestation</source>
        <translation>Enregistrer l&apos;attestation</translation>
    </message>
    <message>
        <source>“%1” is not a link; write it whole, e.g. https://wiki.example/etcd-encryption</source>
        <translation>« %1 » n&apos;est pas un lien ; écrivez-le en entier, p. ex. https://wiki.example/etcd-encryption</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Joindre des fichiers de preuve</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Describe the evidence: what shows that the control is met.</source>
        <translation>Décrivez la preuve : ce qui montre que le contrôle est respecté.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1. Remove it to go on.</source>
        <translation>%1. Supprimez-le pour continuer.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>La date d&apos;expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlDetailPane</name>
    <message>
        <source>Attest…</source>
        <translation>Attester…</translation>
    </message>
    <message>
        <source>Record what a person checked for this control: status, evidence, links or files, and until when it holds</source>
        <translation>Enregistrer ce qu&apos;une personne a vérifié pour ce contrôle : état, preuve, liens ou fichiers, et jusqu&apos;à quand cela vaut</translation>
    </message>
    <message>
        <source>Choose a control to see why it has its status and the evidence behind it.</source>
        <translation>Choisissez un contrôle pour voir pourquoi il a cet état et les preuves qui le fondent.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source> · weight %1 in the score</source>
        <translation> · poids %1 dans le score</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>How Bulkhead assesses it</source>
        <translation>Comment Bulkhead l&apos;évalue</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Nothing Bulkhead collects speaks to this control; only an attestation can.</source>
        <translation>Rien de ce que Bulkhead collecte ne concerne ce contrôle ; seule une attestation le peut.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple : %1</translation>
    </message>
    <message>
        <source>The items behind &quot;%1&quot; (%2)</source>
        <translation>Les éléments derrière « %1 » (%2)</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>An attestation stands in while the evidence cannot assess this control.</source>
        <translation>Une attestation prend le relais tant que les preuves ne permettent pas d&apos;évaluer ce contrôle.</translation>
    </message>
    <message>
        <source>A valid attestation suffices on its own, even when the evidence fails (Bulkhead cannot see all of it).</source>
        <translation>Une attestation valide suffit à elle seule, même si les preuves échouent (Bulkhead ne voit pas tout).</translation>
    </message>
    <message>
        <source>Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the evidence.</source>
        <translation>Bulkhead ne peut pas voir une partie de ce contrôle : il exige une attestation en plus des preuves.</translation>
    </message>
    <message>
        <source>An attestation must show: %1</source>
        <translation>Une attestation doit montrer : %1</translation>
    </message>
    <message>
        <source>No attestation recorded.</source>
        <translation>Aucune attestation enregistrée.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>expired: not counted</source>
        <translation>expirée : non comptée</translation>
    </message>
    <message>
        <source>counted in the status</source>
        <translation>comptée dans l&apos;état</translation>
    </message>
    <message>
        <source>valid, not needed for the status</source>
        <translation>valide, non nécessaire pour l&apos;état</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, expires %4 (%5)</source>
        <translation>%1 par %2 le %3, expire le %4 (%5)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve : %1</translation>
    </message>
    <message>
        <source>File %1 (%2), SHA-256 %3</source>
        <translation>Fichier %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>Earlier attestations</source>
        <translation>Attestations précédentes</translation>
    </message>
    <message>
        <source>%1: %2 by %3, expires %4 — %5</source>
        <translation>%1 : %2 par %3, expire le %4 — %5</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsFilterBar</name>
    <message>
        <source>Search controls (id, practice, explanation)  Ctrl+F</source>
        <translation>Rechercher des contrôles (id, pratique, explication)  Ctrl+F</translation>
    </message>
    <message>
        <source>Search controls</source>
        <translation>Rechercher des contrôles</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsListModel</name>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsLoader</name>
    <message>
        <source>Could not assess the controls: %1</source>
        <translation>Impossible d&apos;évaluer les contrôles : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsView</name>
    <message>
        <source>Assessing the controls…</source>
        <translation>Évaluation des contrôles…</translation>
    </message>
    <message>
        <source>&amp;Search controls</source>
        <translation>&amp;Rechercher des contrôles</translation>
    </message>
    <message>
        <source>The store is missing; nothing to assess.</source>
        <translation>La base est absente ; rien à évaluer.</translation>
    </message>
    <message>
        <source>The controls could not be assessed.</source>
        <translation>Les contrôles n&apos;ont pas pu être évalués.</translation>
    </message>
    <message>
        <source>No control matches this filter.</source>
        <translation>Aucun contrôle ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source> · %1 shown under this filter</source>
        <translation> · %1 affichés avec ce filtre</translation>
    </message>
    <message>
        <source> · assessed %1</source>
        <translation> · évalué le %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>How the %1 score is computed</source>
        <translation>Comment le score « %1 » est calculé</translation>
    </message>
    <message>
        <source>Each assessed control counts with its weight: pass and attested 1, partial 0.5, fail 0. Controls not assessed are left out of the score and shown as coverage instead.</source>
        <translation>Chaque contrôle évalué compte selon son poids : conforme et attesté 1, partiel 0,5, non conforme 0. Les contrôles non évalués sont exclus du score et apparaissent plutôt comme couverture.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln controls: %1 fail, %2 partial, %3 pass, %4 attested, %5 not assessed</source>
        <translation>
            <numerusform>%Ln contrôle : %1 non conformes, %2 partiels, %3 conformes, %4 attestés, %5 non évalués</numerusform>
            <numerusform>%Ln contrôles : %1 non conformes, %2 partiels, %3 conformes, %4 attestés, %5 non évalués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoverageBanner</name>
    <message>
        <source>Findings from a source that stopped reporting, fails or is silent are not counted as resolved: fewer findings from it mean Bulkhead sees less, not that anything was fixed.</source>
        <translation>Les constats d&apos;une source qui ne remonte plus rien, échoue ou reste muette ne sont pas comptés comme résolus : moins de constats de sa part signifie que Bulkhead voit moins, non que quelque chose a été corrigé.</translation>
    </message>
    <message>
        <source>(%1 items at the baseline, %2 now)</source>
        <translation>(%1 éléments à la référence, %2 maintenant)</translation>
    </message>
    <message numerus="yes">
        <source>Coverage changed: %Ln sources no longer report</source>
        <translation>
            <numerusform>Couverture modifiée : %Ln source ne remonte plus rien</numerusform>
            <numerusform>Couverture modifiée : %Ln sources ne remontent plus rien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage changed: %Ln new sources</source>
        <translation>
            <numerusform>Couverture modifiée : %Ln nouvelle source</numerusform>
            <numerusform>Couverture modifiée : %Ln nouvelles sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CredentialsPage</name>
    <message>
        <source>A registry&apos;s docker config may name a credential helper (&quot;credsStore&quot; or &quot;credHelpers&quot;) that gives the login. Bulkhead runs docker-credential-NAME only for the helpers listed here, because a config file could otherwise make it run any program. The login the helper returns is used for the collection and never stored.</source>
        <translation>La configuration docker d&apos;un registre peut désigner un assistant d&apos;identification (« credsStore » ou « credHelpers ») qui fournit la connexion. Bulkhead n&apos;exécute docker-credential-NOM que pour les assistants listés ici, car un fichier de configuration pourrait sinon lui faire lancer n&apos;importe quel programme. La connexion renvoyée par l&apos;assistant sert à la collecte et n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Approved credential helpers (one name per line, e.g. pass, secretservice, ecr-login):</source>
        <translation>Assistants d&apos;identification &amp;autorisés (un nom par ligne, par ex. pass, secretservice, ecr-login) :</translation>
    </message>
    <message>
        <source>bulkheadctl reads the same list; BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,... adds to it for one run.</source>
        <translation>bulkheadctl lit la même liste ; BULKHEAD_APPROVED_CREDENTIAL_HELPERS=nom,... la complète pour une exécution.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential helper name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (the part after docker-credential-).</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;assistant d&apos;identification : utilisez des lettres, des chiffres, « . », « _ » et « - » (la partie après docker-credential-).</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillActionsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Due date as yyyy-MM-dd; empty for none</source>
        <translation>Échéance au format aaaa-MM-jj ; vide pour aucune</translation>
    </message>
    <message>
        <source>An action needs a text; it was left as it was.</source>
        <translation>Une action doit avoir un texte ; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as yyyy-MM-dd, or leave it empty.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la au format aaaa-MM-jj, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillItemsModel</name>
    <message>
        <source>An item not done needs a note why before the run can be completed</source>
        <translation>Un élément non fait doit être justifié par une note avant que la session puisse être terminée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillRunEditor</name>
    <message>
        <source>Who took part, comma-separated</source>
        <translation>Qui a participé, séparés par des virgules</translation>
    </message>
    <message>
        <source>What happened: timeline, impact, how it was found, which controls failed</source>
        <translation>Ce qui s&apos;est passé : chronologie, impact, comment cela a été découvert, quels contrôles ont échoué</translation>
    </message>
    <message>
        <source>In&amp;cident</source>
        <translation>In&amp;cident</translation>
    </message>
    <message>
        <source>Space ticks the current item off; F2 or typing edits evidence and notes</source>
        <translation>Espace coche l&apos;élément courant ; F2 ou la saisie modifie preuves et notes</translation>
    </message>
    <message>
        <source>What went well, what did not, decisions taken</source>
        <translation>Ce qui a bien fonctionné, ce qui n&apos;a pas fonctionné, décisions prises</translation>
    </message>
    <message>
        <source>Space marks the current action done; F2 or typing edits a cell</source>
        <translation>Espace marque l&apos;action courante comme faite ; F2 ou la saisie modifie une cellule</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Ajouter une action…</translation>
    </message>
    <message>
        <source>Co&amp;mplete run</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <source>Every checklist item must be done, or carry a note why it was not</source>
        <translation>Chaque élément de la liste doit être fait, ou porter une note expliquant pourquoi il ne l&apos;a pas été</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>Acti&amp;on items</source>
        <translation>Acti&amp;ons</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Choose a drill to see its runs.</source>
        <translation>Choisissez un exercice pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Completed: action items stay editable</source>
        <translation>Terminée : les actions restent modifiables</translation>
    </message>
    <message>
        <source>Changes are saved as you make them</source>
        <translation>Les modifications sont enregistrées au fur et à mesure</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 — run of %2 · %3 · %4</source>
        <translation>%1 — session du %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Run completed.</source>
        <translation>Session terminée.</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>Non terminée : %1</translation>
    </message>
    <message>
        <source>Tick these off, or say in their notes why they were not done: %1</source>
        <translation>Cochez-les, ou expliquez dans leurs notes pourquoi ils n&apos;ont pas été faits : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Toutes les modifications enregistrées %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillTemplatesPanel</name>
    <message>
        <source>Drill templates</source>
        <translation>Modèles d&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>Co&amp;py to my templates</source>
        <translation>&amp;Copier dans mes modèles</translation>
    </message>
    <message>
        <source>A copy of the chosen template that you can change; built-in templates stay as shipped</source>
        <translation>Une copie modifiable du modèle choisi ; les modèles intégrés restent tels que livrés</translation>
    </message>
    <message>
        <source>Sched&amp;ule drill…</source>
        <translation>Planifier un e&amp;xercice…</translation>
    </message>
    <message>
        <source>Built-in template: read-only. Copy it to your templates to change it.</source>
        <translation>Modèle intégré : lecture seule. Copiez-le dans vos modèles pour le modifier.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Control ids it exercises, e.g. SEC-3 SUP-4</source>
        <translation>Identifiants des contrôles qu&apos;il met en pratique, p. ex. SEC-3 SUP-4</translation>
    </message>
    <message>
        <source>One checklist item per line</source>
        <translation>Un élément de liste de contrôle par ligne</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Suggested &amp;cadence:</source>
        <translation>Fréquence &amp;suggérée :</translation>
    </message>
    <message>
        <source>C&amp;ontrols:</source>
        <translation>C&amp;ontrôles :</translation>
    </message>
    <message>
        <source>Scen&amp;ario:</source>
        <translation>Scén&amp;ario :</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>Created; every change is saved as you leave a field</source>
        <translation>Créé ; chaque modification est enregistrée quand vous quittez un champ</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Toutes les modifications enregistrées %1</translation>
    </message>
    <message>
        <source>New drill template</source>
        <translation>Nouveau modèle d&apos;exercice</translation>
    </message>
    <message>
        <source>The situation the team walks through.</source>
        <translation>La situation que l&apos;équipe déroule.</translation>
    </message>
    <message>
        <source>Who is told first, and how?</source>
        <translation>Qui est prévenu en premier, et comment ?</translation>
    </message>
    <message>
        <source>%1 (our version)</source>
        <translation>%1 (notre version)</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsListModel</name>
    <message>
        <source>(template %1)</source>
        <translation>(modèle %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <source>Last completed run + cadence (%1)</source>
        <translation>Dernière session terminée + fréquence (%1)</translation>
    </message>
    <message>
        <source>Scheduled on %1 + cadence; no run completed yet</source>
        <translation>Planifié le %1 + fréquence ; aucune session terminée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Dernière terminée</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, %1 overdue</source>
        <translation>
            <numerusform>%Ln ouverte, %1 en retard</numerusform>
            <numerusform>%Ln ouvertes, %1 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln ouverte</numerusform>
            <numerusform>%Ln ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsStore</name>
    <message>
        <source>The store failed without saying why.</source>
        <translation>La base a échoué sans indiquer pourquoi.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsView</name>
    <message>
        <source>completed %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>&amp;Drills</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Completed a run of %1.</source>
        <translation>Session de %1 terminée.</translation>
    </message>
    <message>
        <source>Filter drills by name, template or owner</source>
        <translation>Filtrer les exercices par nom, modèle ou responsable</translation>
    </message>
    <message>
        <source>Sch&amp;edule drill…</source>
        <translation>&amp;Planifier un exercice…</translation>
    </message>
    <message>
        <source>Schedule a drill from a built-in template or one of yours</source>
        <translation>Planifier un exercice à partir d&apos;un modèle intégré ou de l&apos;un des vôtres</translation>
    </message>
    <message>
        <source>Start &amp;run…</source>
        <translation>&amp;Démarrer une session…</translation>
    </message>
    <message>
        <source>Hold the chosen drill: a new run with the template&apos;s checklist</source>
        <translation>Tenir l&apos;exercice choisi : une nouvelle session avec la liste de contrôle du modèle</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des sessions</translation>
    </message>
    <message>
        <source>Run histor&amp;y</source>
        <translation>&amp;Historique des sessions</translation>
    </message>
    <message>
        <source>Cannot read the drills: %1</source>
        <translation>Impossible de lire les exercices : %1</translation>
    </message>
    <message>
        <source>No drill is scheduled yet. &quot;Schedule drill…&quot; picks a template (a built-in tabletop exercise, the post-incident review, or one of yours), an owner and a cadence; INC-2 and INC-3 are assessed from the runs.</source>
        <translation>Aucun exercice planifié pour l&apos;instant. « Planifier un exercice… » choisit un modèle (un exercice sur table intégré, le retour d&apos;expérience ou l&apos;un des vôtres), un responsable et une fréquence ; INC-2 et INC-3 sont évalués à partir des sessions.</translation>
    </message>
    <message>
        <source>Choose a drill to see its runs.</source>
        <translation>Choisissez un exercice pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Cannot read the runs of this drill: %1</source>
        <translation>Impossible de lire les sessions de cet exercice : %1</translation>
    </message>
    <message>
        <source>%1 has not been held yet. &quot;Start run…&quot; records a run: the day, who takes part, and the checklist to walk through.</source>
        <translation>%1 n&apos;a pas encore eu lieu. « Démarrer une session… » enregistre une session : le jour, les participants et la liste de contrôle à dérouler.</translation>
    </message>
    <message>
        <source>This drill</source>
        <translation>Cet exercice</translation>
    </message>
    <message>
        <source>The drill was not scheduled: %1</source>
        <translation>L&apos;exercice n&apos;a pas été planifié : %1</translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation>La session n&apos;a pas été démarrée : %1</translation>
    </message>
    <message>
        <source>No drills scheduled</source>
        <translation>Aucun exercice planifié</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln open (%1 overdue)</source>
        <translation>
            <numerusform>, %Ln ouverte (%1 en retard)</numerusform>
            <numerusform>, %Ln ouvertes (%1 en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln open</source>
        <translation>
            <numerusform>, %Ln ouverte</numerusform>
            <numerusform>, %Ln ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drills</source>
        <translation>
            <numerusform>%Ln exercice</numerusform>
            <numerusform>%Ln exercices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln en retard</numerusform>
            <numerusform> · %Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln open actions, %1 past due</source>
        <translation>
            <numerusform> · %Ln action ouverte, %1 en retard</numerusform>
            <numerusform> · %Ln actions ouvertes, %1 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln open actions</source>
        <translation>
            <numerusform> · %Ln action ouverte</numerusform>
            <numerusform> · %Ln actions ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LanguagePage</name>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Bulkhead shows the chosen language, with its date and number formats, the next time it starts. bulkheadctl and the PDF reports follow the same choice.</source>
        <translation>Bulkhead utilisera la langue choisie, avec ses formats de date et de nombre, au prochain démarrage. bulkheadctl et les rapports PDF suivent le même choix.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Bulkhead to use the new language.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Redémarrez Bulkhead pour utiliser la nouvelle langue.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ListExporter</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the %1 of the current filter to a CSV or JSON file</source>
        <translation>Écrire les %1 du filtre actuel dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>&amp;Exporter les %1…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter les %1</translation>
    </message>
    <message>
        <source>%1: another export is still running</source>
        <translation>%1 : un autre export est encore en cours</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Export des %1 vers %2…</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 %2 exportés vers %3</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LoadStateStack</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainStatusBar</name>
    <message>
        <source>DEMO STORE</source>
        <translation>BASE DE DÉMONSTRATION</translation>
    </message>
    <message>
        <source>This store was written by bulkheadctl demo: synthetic reports, not your posture.</source>
        <translation>Cette base a été écrite par bulkheadctl demo : des rapports synthétiques, pas votre posture de sécurité.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>Décomptes indisponibles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings, %1 open</source>
        <translation>
            <numerusform>%Ln constat, %1 ouverts</numerusform>
            <numerusform>%Ln constats, %1 ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: open or confirmed, still to be fixed. %Ln reports imported.</source>
        <translation>
            <numerusform>Ouverts : ouverts ou confirmés, encore à corriger. %Ln rapport importé.</numerusform>
            <numerusform>Ouverts : ouverts ou confirmés, encore à corriger. %Ln rapports importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainWindow</name>
    <message>
        <source>Cannot open the store</source>
        <translation>Impossible d&apos;ouvrir la base</translation>
    </message>
    <message>
        <source>Choose another store with bulkhead --db PATH.</source>
        <translation>Choisissez une autre base avec bulkhead --db PATH.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Bulkhead — Demo — %1</source>
        <translation>Bulkhead — Démo — %1</translation>
    </message>
    <message>
        <source>Bulkhead — %1</source>
        <translation>Bulkhead — %1</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>An import is still running. Quit anyway? It is cancelled and nothing of it is stored.</source>
        <translation>Un import est encore en cours. Quitter quand même ? Il sera annulé et rien n&apos;en sera conservé.</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Importer des rapports…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import scanner report files into the store</source>
        <translation>Importer des fichiers de rapports de scanners dans la base</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every report below a folder</source>
        <translation>Importer tous les rapports sous un dossier</translation>
    </message>
    <message>
        <source>&amp;Add registry…</source>
        <translation>Ajouter un &amp;registre…</translation>
    </message>
    <message>
        <source>Add a container registry to collect images from</source>
        <translation>Ajouter un registre de conteneurs dont collecter les images</translation>
    </message>
    <message>
        <source>Add &amp;cluster…</source>
        <translation>Ajouter un &amp;cluster…</translation>
    </message>
    <message>
        <source>Add a Kubernetes cluster (a kubeconfig context) to collect workloads from</source>
        <translation>Ajouter un cluster Kubernetes (un contexte kubeconfig) dont collecter les workloads</translation>
    </message>
    <message>
        <source>Add &amp;Vault…</source>
        <translation>Ajouter &amp;Vault…</translation>
    </message>
    <message>
        <source>Add a Vault or OpenBao KV v2 mount to collect secrets&apos; metadata (ages, versions) from</source>
        <translation>Ajouter un montage KV v2 de Vault ou OpenBao dont collecter les métadonnées des secrets (ancienneté, versions)</translation>
    </message>
    <message>
        <source>Import secrets &amp;inventory…</source>
        <translation>Importer un in&amp;ventaire de secrets…</translation>
    </message>
    <message>
        <source>Import (or re-import) a CSV of secrets kept elsewhere, with their last rotation</source>
        <translation>Importer (ou réimporter) un CSV de secrets gérés ailleurs, avec leur dernière rotation</translation>
    </message>
    <message>
        <source>Manage &amp;sources…</source>
        <translation>Gérer les &amp;sources…</translation>
    </message>
    <message>
        <source>Edit, remove and collect registry, cluster and Vault sources; see their last collection</source>
        <translation>Modifier, supprimer et collecter les sources registre, cluster et Vault ; voir leur dernière collecte</translation>
    </message>
    <message>
        <source>&amp;Collect now</source>
        <translation>Collecter &amp;maintenant</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Collecter</translation>
    </message>
    <message>
        <source>Collect every registry, cluster and Vault source now, as a job</source>
        <translation>Collecter maintenant toutes les sources registre, cluster et Vault, sous forme de tâche</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the store again (after bulkheadctl changed it)</source>
        <translation>Relire la base (après une modification par bulkheadctl)</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;a&amp;ccueil</translation>
    </message>
    <message>
        <source>&amp;Search findings</source>
        <translation>&amp;Rechercher des constats</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Bulkhead</source>
        <translation>À &amp;propos de Bulkhead</translation>
    </message>
    <message>
        <source>Show &amp;jobs panel</source>
        <translation>Afficher le panneau des &amp;tâches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Import scanner reports</source>
        <translation>Importer des rapports de scanners</translation>
    </message>
    <message>
        <source>Scanner reports (*.json *.sarif *.cdx *.spdx);;All files (*)</source>
        <translation>Rapports de scanners (*.json *.sarif *.cdx *.spdx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of scanner reports</source>
        <translation>Importer un dossier de rapports de scanners</translation>
    </message>
    <message>
        <source>Added registry %1; collecting it now.</source>
        <translation>Registre %1 ajouté ; collecte en cours.</translation>
    </message>
    <message>
        <source>Added cluster %1; collecting it now.</source>
        <translation>Cluster %1 ajouté ; collecte en cours.</translation>
    </message>
    <message>
        <source>About Bulkhead</source>
        <translation>À propos de Bulkhead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for the security posture of your containers: scanner reports, registries and clusters in one local store, findings to triage, posture to review.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord de bureau pour la posture de sécurité de vos conteneurs : rapports de scanners, registres et clusters dans une base locale, des constats à trier, une posture à passer en revue.&lt;/p&gt;&lt;p&gt;Base : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attestation of %1 recorded.</source>
        <translation>Attestation de %1 enregistrée.</translation>
    </message>
    <message>
        <source>No page &quot;%1&quot; to show this evidence on.</source>
        <translation>Aucune page « %1 » où afficher cette preuve.</translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation>Filtre non appliqué : %1</translation>
    </message>
    <message>
        <source>Weekly review signed off; the next review compares with this one.</source>
        <translation>Revue hebdomadaire validée ; la prochaine revue se comparera à celle-ci.</translation>
    </message>
    <message>
        <source>Added Vault %1; collecting it now.</source>
        <translation>Vault %1 ajouté ; collecte en cours.</translation>
    </message>
    <message>
        <source>Judging the stored secrets by the new policy…</source>
        <translation>Évaluation des secrets enregistrés selon la nouvelle politique…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::OverviewView</name>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture de la base…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation>La vue d&apos;ensemble n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing has been imported into this store yet. Import scanner reports (Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator, Kubescape) or drop report files on the window, and this page fills in: open findings by severity, their trend, overdue items and the riskiest assets.&lt;/p&gt;&lt;p&gt;To look around first, write a demo store with &lt;code&gt;bulkheadctl demo&lt;/code&gt; and open it with &lt;code&gt;bulkhead --db ~/.local/share/bulkhead/demo.db&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien n&apos;a encore été importé dans cette base. Importez des rapports de scanners (Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator, Kubescape) ou déposez des fichiers de rapport sur la fenêtre, et cette page se remplit : constats ouverts par sévérité, leur évolution, éléments en retard et actifs les plus à risque.&lt;/p&gt;&lt;p&gt;Pour découvrir d&apos;abord, créez une base de démonstration avec &lt;code&gt;bulkheadctl demo&lt;/code&gt; et ouvrez-la avec &lt;code&gt;bulkhead --db ~/.local/share/bulkhead/demo.db&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Posture overview</source>
        <translation>Vue d&apos;ensemble de la posture</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>open or confirmed, all severities</source>
        <translation>ouverts ou confirmés, toutes sévérités</translation>
    </message>
    <message>
        <source>Findings still to act on. Click to list them.</source>
        <translation>Constats encore à traiter. Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>open past their SLA due date</source>
        <translation>ouverts au-delà de leur échéance SLA</translation>
    </message>
    <message>
        <source>Open findings older than the SLA of their severity (Settings). Click to list them.</source>
        <translation>Constats ouverts plus anciens que le SLA de leur sévérité (Paramètres). Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>Acceptances expiring</source>
        <translation>Acceptations arrivant à expiration</translation>
    </message>
    <message>
        <source>Accepted risks that reopen soon unless renewed. Click to list them.</source>
        <translation>Risques acceptés qui seront bientôt rouverts s&apos;ils ne sont pas renouvelés. Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Constats ouverts par sévérité</translation>
    </message>
    <message>
        <source>Click a bar to list those findings.</source>
        <translation>Cliquez sur une barre pour lister ces constats.</translation>
    </message>
    <message>
        <source>Open findings over time</source>
        <translation>Constats ouverts dans le temps</translation>
    </message>
    <message>
        <source>Posture score over time</source>
        <translation>Score de posture dans le temps</translation>
    </message>
    <message>
        <source>Top 10 assets by risk</source>
        <translation>Top 10 des actifs par risque</translation>
    </message>
    <message>
        <source>Risk score: 10 per critical, 5 per high, 2 per medium, 1 per low open finding. Double-click or press Enter on an asset to list its open findings.</source>
        <translation>Score de risque : 10 par constat ouvert critique, 5 par élevé, 2 par moyen, 1 par faible. Double-cliquez sur un actif ou appuyez sur Entrée pour lister ses constats ouverts.</translation>
    </message>
    <message>
        <source>As of %1 · %2</source>
        <translation>À la date du %1 · %2</translation>
    </message>
    <message>
        <source>Read in %1 ms</source>
        <translation>Lu en %1 ms</translation>
    </message>
    <message>
        <source>One scan day, %1.</source>
        <translation>Un jour d&apos;analyse, %1.</translation>
    </message>
    <message>
        <source>Open at the end of each day; findings now marked false positive, accepted or mitigated are left out throughout.</source>
        <translation>Ouverts à la fin de chaque jour ; les constats désormais marqués faux positif, acceptés ou atténués sont exclus sur toute la période.</translation>
    </message>
    <message>
        <source>No snapshot yet. From now on every import and collection records the posture score, and its course appears here.</source>
        <translation>Pas encore d&apos;instantané. Désormais, chaque import et chaque collecte enregistrent le score de posture, et son évolution apparaît ici.</translation>
    </message>
    <message>
        <source>No control assessed yet, so no score: the snapshots so far found nothing to judge the controls by.</source>
        <translation>Aucun contrôle encore évalué, donc pas de score : les instantanés jusqu&apos;ici n&apos;ont rien trouvé pour juger les contrôles.</translation>
    </message>
    <message>
        <source>Latest %1 on %2. The last snapshot of each day; a score leaves out the controls that are not assessed (see Controls).</source>
        <translation>Dernier score %1 le %2. Le dernier instantané de chaque jour ; un score exclut les contrôles non évalués (voir Contrôles).</translation>
    </message>
    <message numerus="yes">
        <source>risk acceptances ending within %Ln days</source>
        <translation>
            <numerusform>acceptations du risque se terminant dans %Ln jour</numerusform>
            <numerusform>acceptations du risque se terminant dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan days from %1 to %2.</source>
        <translation>
            <numerusform>%Ln jour d&apos;analyse du %1 au %2.</numerusform>
            <numerusform>%Ln jours d&apos;analyse du %1 au %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PagedView</name>
    <message>
        <source> · loading…</source>
        <translation> · chargement…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixModel</name>
    <message>
        <source>every verb</source>
        <translation>tout verbe</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 may not %2: no rule of the roles bound to it allows this verb on this resource.</source>
        <translation>%1 ne peut pas %2 : aucune règle des rôles qui lui sont liés n&apos;autorise ce verbe sur cette ressource.</translation>
    </message>
    <message>
        <source>%1 may %2, granted by:</source>
        <translation>%1 peut %2, accordé par :</translation>
    </message>
    <message>
        <source> (cluster-wide: in force in every namespace)</source>
        <translation> (à l&apos;échelle du cluster : en vigueur dans chaque namespace)</translation>
    </message>
    <message>
        <source> — only the objects %1</source>
        <translation> — uniquement les objets %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>delete
collection</source>
        <translation>delete
collection</translation>
    </message>
    <message>
        <source>Every verb (a rule with verbs: [&quot;*&quot;])</source>
        <translation>Tout verbe (une règle avec verbs: [&quot;*&quot;])</translation>
    </message>
    <message>
        <source>Non-resource URL %1</source>
        <translation>URL hors ressource %1</translation>
    </message>
    <message>
        <source>Resource %1 in API group %2</source>
        <translation>Ressource %1 du groupe d&apos;API %2</translation>
    </message>
    <message>
        <source>&quot;&quot; (core)</source>
        <translation>&quot;&quot; (core)</translation>
    </message>
    <message numerus="yes">
        <source>• and %Ln more grants</source>
        <translation>
            <numerusform>• et %Ln autre autorisation</numerusform>
            <numerusform>• et %Ln autres autorisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixPanel</name>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; allowed &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; allowed, a permission the risk rules flag &amp;nbsp; pale: only cluster-wide bindings grant it &amp;nbsp; ✓*: only named objects</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; autorisé &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; autorisé, une permission signalée par les règles de risque &amp;nbsp; pâle : seuls des bindings à l&apos;échelle du cluster l&apos;accordent &amp;nbsp; ✓* : uniquement des objets nommés</translation>
    </message>
    <message>
        <source>Why this cell</source>
        <translation>Pourquoi cette cellule</translation>
    </message>
    <message>
        <source>Choose a cell: which binding, role and rule grant it shows here.</source>
        <translation>Choisissez une cellule : le binding, le rôle et la règle qui l&apos;accordent s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Choose a subject to see its permissions.</source>
        <translation>Choisissez un sujet pour voir ses permissions.</translation>
    </message>
    <message>
        <source>Building the permission matrix…</source>
        <translation>Construction de la matrice des permissions…</translation>
    </message>
    <message>
        <source>Cluster-wide</source>
        <translation>À l&apos;échelle du cluster</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>No binding grants this subject anything.</source>
        <translation>Aucun binding n&apos;accorde quoi que ce soit à ce sujet.</translation>
    </message>
    <message>
        <source>Nothing cluster-wide; its grants apply in namespaces: choose one above.</source>
        <translation>Rien à l&apos;échelle du cluster ; ses autorisations s&apos;appliquent dans des namespaces : choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>%1 from %2 %3: %4.</source>
        <translation>%1 de %2 %3 : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule grants</source>
        <translation>
            <numerusform>%Ln autorisation de règle</numerusform>
            <numerusform>%Ln autorisations de règle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings</source>
        <translation>
            <numerusform>%Ln binding</numerusform>
            <numerusform>%Ln bindings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resources</source>
        <translation>
            <numerusform>%Ln ressource</numerusform>
            <numerusform>%Ln ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RBAC objects of the cluster could not be read and are left out: %1</source>
        <translation>
            <numerusform>%Ln objet RBAC du cluster n&apos;a pas pu être lu et est ignoré : %1</numerusform>
            <numerusform>%Ln objets RBAC du cluster n&apos;ont pas pu être lus et sont ignorés : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacFilterBar</name>
    <message>
        <source>Search subject or namespace  (Ctrl+F)</source>
        <translation>Rechercher un sujet ou un namespace  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation>Type de sujet</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Comptes de service</translation>
    </message>
    <message>
        <source>Only &amp;risky</source>
        <translation>&amp;Risqués seulement</translation>
    </message>
    <message>
        <source>Only subjects that a risky permission reaches</source>
        <translation>Uniquement les sujets qu&apos;atteint une permission risquée</translation>
    </message>
    <message>
        <source>Show &amp;defaults</source>
        <translation>Afficher les &amp;défauts</translation>
    </message>
    <message>
        <source>Show the subjects only the API server&apos;s default (bootstrap) bindings reach: system:kube-controller-manager, system:node, the controllers&apos; service accounts…</source>
        <translation>Afficher les sujets qu&apos;atteignent uniquement les bindings par défaut (bootstrap) du serveur d&apos;API : system:kube-controller-manager, system:node, les comptes de service des contrôleurs…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacQueryWorker</name>
    <message>
        <source>Name one verb: get, list, create, delete, escalate, … (&quot;%1&quot; is not one)</source>
        <translation>Indiquez un verbe : get, list, create, delete, escalate, … (« %1 » n&apos;en est pas un)</translation>
    </message>
    <message>
        <source>Cannot read the resource &quot;%1&quot;: %2. Write pods, pods/exec, deployments.apps or /metrics.</source>
        <translation>Impossible de lire la ressource « %1 » : %2. Écrivez pods, pods/exec, deployments.apps ou /metrics.</translation>
    </message>
    <message>
        <source>Cannot read the subject &quot;%1&quot;: write alice (a user), group:NAME, sa:NAMESPACE/NAME or User/NAME, Group/NAME, ServiceAccount/NAMESPACE/NAME.</source>
        <translation>Impossible de lire le sujet « %1 » : écrivez alice (un utilisateur), group:NAME, sa:NAMESPACE/NAME ou User/NAME, Group/NAME, ServiceAccount/NAMESPACE/NAME.</translation>
    </message>
    <message>
        <source>Yes: %1 may %2.</source>
        <translation>Oui : %1 peut %2.</translation>
    </message>
    <message>
        <source>No: %1 may not %2.</source>
        <translation>Non : %1 ne peut pas %2.</translation>
    </message>
    <message>
        <source>Closest grant: %1 (differs in: %2)</source>
        <translation>Autorisation la plus proche : %1 (diffère par : %2)</translation>
    </message>
    <message>
        <source>No binding of this cluster applies to %1: check the spelling (a service account is sa:NAMESPACE/NAME).</source>
        <translation>Aucun binding de ce cluster ne s&apos;applique à %1 : vérifiez l&apos;orthographe (un compte de service s&apos;écrit sa:NAMESPACE/NAME).</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacSubjectsModel</name>
    <message>
        <source>This service account does not exist: a binding names it, so whoever creates it gets the permissions</source>
        <translation>Ce compte de service n&apos;existe pas : un binding le nomme, donc quiconque le crée obtient les permissions</translation>
    </message>
    <message>
        <source>Reached only by the API server&apos;s default (bootstrap) bindings</source>
        <translation>Atteint uniquement par les bindings par défaut (bootstrap) du serveur d&apos;API</translation>
    </message>
    <message>
        <source>Enter opens its permission matrix</source>
        <translation>Entrée ouvre sa matrice des permissions</translation>
    </message>
    <message>
        <source>No risky permission reaches this subject</source>
        <translation>Aucune permission risquée n&apos;atteint ce sujet</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Risque maximal : %1</translation>
    </message>
    <message>
        <source>The review state of the bindings that apply, the one that needs attention first: %1</source>
        <translation>L&apos;état de revue des bindings qui s&apos;appliquent, le plus urgent d&apos;abord : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Bindings that apply, directly or through the subject&apos;s groups</source>
        <translation>Bindings qui s&apos;appliquent, directement ou via les groupes du sujet</translation>
    </message>
    <message>
        <source>The worst risk reaching the subject and the risk rules it trips</source>
        <translation>Le pire risque atteignant le sujet et les règles de risque qu&apos;il déclenche</translation>
    </message>
    <message>
        <source>Running workloads whose pods carry the service account&apos;s token</source>
        <translation>Workloads en cours d&apos;exécution dont les pods portent le jeton du compte de service</translation>
    </message>
    <message>
        <source>Review state of its bindings (Changed, Due, Never reviewed, Current)</source>
        <translation>État de revue de ses bindings (Modifié, À revoir, Jamais revu, À jour)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings apply (directly or through its groups)</source>
        <translation>
            <numerusform>%Ln binding s&apos;applique (directement ou via ses groupes)</numerusform>
            <numerusform>%Ln bindings s&apos;appliquent (directement ou via ses groupes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running workloads carry this service account&apos;s token</source>
        <translation>
            <numerusform>%Ln workload en cours d&apos;exécution porte le jeton de ce compte de service</numerusform>
            <numerusform>%Ln workloads en cours d&apos;exécution portent le jeton de ce compte de service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacView</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster :</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Collecter maintenant</translation>
    </message>
    <message>
        <source>Collect every source again: each cluster&apos;s RBAC is analysed anew</source>
        <translation>Collecter à nouveau toutes les sources : le RBAC de chaque cluster est réanalysé</translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation>&amp;Sujets</translation>
    </message>
    <message>
        <source>W&amp;ho can</source>
        <translation>&amp;Qui peut</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;vue</translation>
    </message>
    <message>
        <source>&amp;Search subjects</source>
        <translation>&amp;Rechercher des sujets</translation>
    </message>
    <message>
        <source>Find subject</source>
        <translation>Rechercher un sujet</translation>
    </message>
    <message>
        <source>No RBAC analysis yet</source>
        <translation>Pas encore d&apos;analyse RBAC</translation>
    </message>
    <message>
        <source>Bulkhead reads the Roles, ClusterRoles, RoleBindings and ClusterRoleBindings of your clusters through the API, read-only, and works out what every user, group and service account may do: its permission matrix, who can do what and why, the bindings that hand out risky rights (wildcards, secrets, exec, escalate, impersonate…), and which bindings are due for review.</source>
        <translation>Bulkhead lit les Roles, ClusterRoles, RoleBindings et ClusterRoleBindings de vos clusters via l&apos;API, en lecture seule, et détermine ce que chaque utilisateur, groupe et compte de service peut faire : sa matrice des permissions, qui peut faire quoi et pourquoi, les bindings qui accordent des droits risqués (jokers, secrets, exec, escalate, impersonate…), et quels bindings sont à revoir.</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then bulkheadctl collect; bulkheadctl rbac who-can VERB RESOURCE answers there too.</source>
        <translation>Ou depuis un terminal : bulkheadctl source add cluster NAME --context CONTEXT, puis bulkheadctl collect ; bulkheadctl rbac who-can VERB RESOURCE y répond aussi.</translation>
    </message>
    <message>
        <source>No cluster source yet: add one (a kubeconfig context) and Bulkhead collects it.</source>
        <translation>Pas encore de source cluster : ajoutez-en une (un contexte kubeconfig) et Bulkhead la collecte.</translation>
    </message>
    <message>
        <source>Choose a subject to see its permissions.</source>
        <translation>Choisissez un sujet pour voir ses permissions.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>Counting subjects…</source>
        <translation>Décompte des sujets…</translation>
    </message>
    <message>
        <source> · none matches this filter</source>
        <translation> · aucun ne correspond à ce filtre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster sources, none collected with its RBAC yet: collect now.</source>
        <translation>
            <numerusform>%Ln source cluster, pas encore collectée avec son RBAC : collectez maintenant.</numerusform>
            <numerusform>%Ln sources cluster, aucune encore collectée avec son RBAC : collectez maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln clusters analysed)</source>
        <translation>
            <numerusform> (%Ln cluster analysé)</numerusform>
            <numerusform> (%Ln clusters analysés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects</source>
        <translation>
            <numerusform>%Ln sujet</numerusform>
            <numerusform>%Ln sujets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenVEX documents (*.json)</source>
        <translation>Documents OpenVEX (*.json)</translation>
    </message>
    <message>
        <source>Trivy ignore files (*.yaml *.yml)</source>
        <translation>Fichiers d&apos;exclusion Trivy (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>SARIF logs (*.sarif *.json)</source>
        <translation>Journaux SARIF (*.sarif *.json)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter les %1</translation>
    </message>
    <message>
        <source>Generate PDF report</source>
        <translation>Générer le rapport PDF</translation>
    </message>
    <message>
        <source>A PDF for auditors: the controls with their evidence and attestations, the open findings (every critical and high one listed), risk acceptances, RBAC reviews, secret rotation, drills and collection coverage, for the scope and day you choose.</source>
        <translation>Un PDF pour les auditeurs : les contrôles avec leurs preuves et attestations, les constats ouverts (chaque constat critique et élevé listé), les acceptations du risque, les revues RBAC, la rotation des secrets, les exercices et la couverture de collecte, pour le périmètre et le jour choisis.</translation>
    </message>
    <message>
        <source>The vulnerability decisions (false positives, mitigations, accepted risks) as an OpenVEX 0.2.0 document that scanners read back.</source>
        <translation>Les décisions sur les vulnérabilités (faux positifs, atténuations, risques acceptés) sous forme de document OpenVEX 0.2.0 que les scanners relisent.</translation>
    </message>
    <message>
        <source>The accepted risks and false positives as a .trivyignore.yaml, each with its expiry, for trivy --ignorefile.</source>
        <translation>Les risques acceptés et les faux positifs sous forme de .trivyignore.yaml, chacun avec son expiration, pour trivy --ignorefile.</translation>
    </message>
    <message>
        <source>The open findings as a SARIF 2.1.0 log for code-scanning dashboards.</source>
        <translation>Les constats ouverts sous forme de journal SARIF 2.1.0 pour les tableaux de bord d&apos;analyse de code.</translation>
    </message>
    <message>
        <source>Today: the store as it is now. An earlier day (UTC): control statuses and scores from that day&apos;s snapshot, findings as they stood then.</source>
        <translation>Aujourd&apos;hui : la base telle qu&apos;elle est maintenant. Un jour antérieur (UTC) : états des contrôles et scores issus de l&apos;instantané de ce jour-là, constats tels qu&apos;ils étaient alors.</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Données à la &amp;date du :</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it.</source>
        <translation>%1 est un dossier ; indiquez un fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>OpenVEX</source>
        <translation>OpenVEX</translation>
    </message>
    <message>
        <source>.trivyignore.yaml</source>
        <translation>.trivyignore.yaml</translation>
    </message>
    <message>
        <source>SARIF</source>
        <translation>SARIF</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportHistoryModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenVEX</source>
        <translation>OpenVEX</translation>
    </message>
    <message>
        <source>.trivyignore.yaml</source>
        <translation>.trivyignore.yaml</translation>
    </message>
    <message>
        <source>SARIF</source>
        <translation>SARIF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Paper: %1</source>
        <translation>Papier : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données à la date du</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportRunner</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>It is not in the report history: %1</source>
        <translation>Il ne figure pas dans l&apos;historique des rapports : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>PDF reports for auditors and exports of findings and decisions that other tools read. Each file gets a SHA-256 beside it (FILE.sha256) and a line in the history below.</source>
        <translation>Des rapports PDF pour les auditeurs et des exports de constats et de décisions que d&apos;autres outils lisent. Chaque fichier reçoit un SHA-256 à côté de lui (FICHIER.sha256) et une ligne dans l&apos;historique ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Generate PDF report…</source>
        <translation>&amp;Générer un rapport PDF…</translation>
    </message>
    <message>
        <source>Choose the scope, the day and the paper, then write the PDF</source>
        <translation>Choisir le périmètre, le jour et le papier, puis écrire le PDF</translation>
    </message>
    <message>
        <source>Open&amp;VEX…</source>
        <translation>Open&amp;VEX…</translation>
    </message>
    <message>
        <source>Vulnerability decisions as an OpenVEX 0.2.0 document</source>
        <translation>Décisions sur les vulnérabilités sous forme de document OpenVEX 0.2.0</translation>
    </message>
    <message>
        <source>.&amp;trivyignore.yaml…</source>
        <translation>.&amp;trivyignore.yaml…</translation>
    </message>
    <message>
        <source>Accepted risks and false positives with their expiry, for trivy --ignorefile</source>
        <translation>Risques acceptés et faux positifs avec leur expiration, pour trivy --ignorefile</translation>
    </message>
    <message>
        <source>&amp;SARIF…</source>
        <translation>&amp;SARIF…</translation>
    </message>
    <message>
        <source>Open findings as SARIF 2.1.0 for code-scanning dashboards</source>
        <translation>Constats ouverts au format SARIF 2.1.0 pour les tableaux de bord d&apos;analyse de code</translation>
    </message>
    <message>
        <source>Export findings:</source>
        <translation>Exporter les constats :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Report &amp;history</source>
        <translation>&amp;Historique des rapports</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>&amp;Verify checksum</source>
        <translation>Vérifier la somme de &amp;contrôle</translation>
    </message>
    <message>
        <source>Hash the file again and compare it with the SHA-256 recorded when it was written</source>
        <translation>Recalculer l&apos;empreinte du fichier et la comparer au SHA-256 enregistré lors de son écriture</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Nothing generated from this store yet.</source>
        <translation>Rien n&apos;a encore été généré à partir de cette base.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 files written.</source>
        <translation>Les %1 plus récents des %2 fichiers écrits.</translation>
    </message>
    <message>
        <source>A report is being written; wait for it or cancel it first.</source>
        <translation>Un rapport est en cours d&apos;écriture ; attendez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture de la base…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v pages sur %m</translation>
    </message>
    <message>
        <source>Writing pages…</source>
        <translation>Écriture des pages…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Annulé : %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3.
SHA-256 %4 (in %5.sha256)</source>
        <translation>%1 écrit : %2 pages, %3.
SHA-256 %4 (dans %5.sha256)</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.
SHA-256 %4 (in %5.sha256)</source>
        <translation>%1 écrit : %2, %3.
SHA-256 %4 (dans %5.sha256)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>%1: file missing</source>
        <translation>%1 : fichier manquant</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Le dossier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln déclaration</numerusform>
            <numerusform>%Ln déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ignore entries</source>
        <translation>
            <numerusform>%Ln entrée d&apos;exclusion</numerusform>
            <numerusform>%Ln entrées d&apos;exclusion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written.</source>
        <translation>
            <numerusform>%Ln fichier écrit.</numerusform>
            <numerusform>%Ln fichiers écrits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewDetailPane</name>
    <message>
        <source>No risk found.</source>
        <translation>Aucun risque trouvé.</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Risque maximal : %1</translation>
    </message>
    <message>
        <source>Since the last review (%1)</source>
        <translation>Depuis la dernière revue (%1)</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Inchangé.</translation>
    </message>
    <message>
        <source>The binding was deleted and created again after the review.</source>
        <translation>Le binding a été supprimé puis recréé après la revue.</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historique des revues</translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation>Jamais revu.</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>default binding of the API server</source>
        <translation>binding par défaut du serveur d&apos;API</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>due again %1</source>
        <translation>à revoir le %1</translation>
    </message>
    <message>
        <source>needs review now</source>
        <translation>à revoir maintenant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (n&apos;existe pas)</translation>
    </message>
    <message>
        <source>Subjects (%1)</source>
        <translation>Sujets (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>This binding is gone: the cluster was collected again without it. Refresh the queue.</source>
        <translation>Ce binding a disparu : le cluster a été recollecté sans lui. Actualisez la file.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select a binding to see its subjects, risks, changes and review history.</source>
        <translation>Sélectionnez un binding pour voir ses sujets, ses risques, ses modifications et son historique de revues.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewFilterBar</name>
    <message>
        <source>&amp;Needing review</source>
        <translation>À &amp;revoir</translation>
    </message>
    <message>
        <source>Never reviewed, due again, or changed since the last review</source>
        <translation>Jamais revus, à revoir, ou modifiés depuis la dernière revue</translation>
    </message>
    <message>
        <source>Only ris&amp;ky</source>
        <translation>Ris&amp;qués seulement</translation>
    </message>
    <message>
        <source>Show &amp;default bindings</source>
        <translation>Afficher les bindings par &amp;défaut</translation>
    </message>
    <message>
        <source>The API server&apos;s own bindings (system:*, kubernetes.io/bootstrapping=rbac-defaults): it recreates them, so a review rarely changes anything</source>
        <translation>Les bindings propres au serveur d&apos;API (system:*, kubernetes.io/bootstrapping=rbac-defaults) : il les recrée, donc une revue change rarement quoi que ce soit</translation>
    </message>
    <message>
        <source>Search binding, role or subject</source>
        <translation>Rechercher un binding, un rôle ou un sujet</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewNoteDialog</name>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Reduce</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Remove (&amp;X)</source>
        <translation>Supprimer (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
    <message>
        <source>Review bindings</source>
        <translation>Revoir les bindings</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
    <message>
        <source>e.g. still needed by the deploy pipeline; owner: platform team</source>
        <translation>p. ex. toujours nécessaire au pipeline de déploiement ; responsable : équipe plateforme</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Enter records the review; Shift+Enter starts a new line.</source>
        <translation>Entrée enregistre la revue ; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>No binding is selected.</source>
        <translation>Aucun binding sélectionné.</translation>
    </message>
    <message>
        <source>Say what should happen to the binding (%1).</source>
        <translation>Indiquez ce qu&apos;il faut faire du binding (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln bindings.</source>
        <translation>
            <numerusform>S&apos;applique à %Ln binding.</numerusform>
            <numerusform>S&apos;applique à %Ln bindings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueModel</name>
    <message>
        <source>(cluster-wide)</source>
        <translation>(à l&apos;échelle du cluster)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster : %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>A default binding of the API server</source>
        <translation>Un binding par défaut du serveur d&apos;API</translation>
    </message>
    <message>
        <source>The role does not exist</source>
        <translation>Le rôle n&apos;existe pas</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Aucun risque trouvé</translation>
    </message>
    <message>
        <source>Changed since its last review: select it to see the difference</source>
        <translation>Modifié depuis sa dernière revue : sélectionnez-le pour voir la différence</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Dernière décision</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueWidget</name>
    <message>
        <source>role bindings</source>
        <translation>bindings de rôle</translation>
    </message>
    <message>
        <source>A review is still being written; try again in a moment.</source>
        <translation>Une revue est encore en cours d&apos;écriture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Select one or more bindings first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs bindings.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Counting bindings…</source>
        <translation>Décompte des bindings…</translation>
    </message>
    <message>
        <source>No binding needs review.</source>
        <translation>Aucun binding n&apos;est à revoir.</translation>
    </message>
    <message>
        <source>No binding matches.</source>
        <translation>Aucun binding ne correspond.</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · chargement…</translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed)</source>
        <translation>IAM-2 : %1 bindings sur %2 revus et à jour (%3 à revoir, %4 jamais revus, %5 modifiés)</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;met&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;respecté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;not met&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;non respecté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every binding except the API server&apos;s defaults needs a review younger than its interval (Settings), made after its last change.</source>
        <translation>Chaque binding, hormis ceux par défaut du serveur d&apos;API, doit avoir une revue plus récente que son intervalle (Paramètres), faite après sa dernière modification.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded “%1” for %Ln bindings.</source>
        <translation>
            <numerusform>« %1 » enregistré pour %Ln binding.</numerusform>
            <numerusform>« %1 » enregistré pour %Ln bindings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings need review</source>
        <translation>
            <numerusform>%Ln binding à revoir</numerusform>
            <numerusform>%Ln bindings à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings</source>
        <translation>
            <numerusform>%Ln binding</numerusform>
            <numerusform>%Ln bindings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewSectionWidget</name>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation>Double-cliquez sur une ligne ou appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Nothing since the baseline.</source>
        <translation>Rien depuis la référence.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScheduleDrillDialog</name>
    <message>
        <source>Schedule drill</source>
        <translation>Planifier un exercice</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (le vôtre)</translation>
    </message>
    <message>
        <source>Who makes sure it is held</source>
        <translation>Qui veille à ce qu&apos;il ait lieu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>How often the drill is held; 0 = on demand (post-incident reviews)</source>
        <translation>Fréquence de l&apos;exercice ; 0 = à la demande (retours d&apos;expérience)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>The drill needs a name.</source>
        <translation>L&apos;exercice doit avoir un nom.</translation>
    </message>
    <message>
        <source>A drill named &quot;%1&quot; is already scheduled: choose another name.</source>
        <translation>Un exercice nommé « %1 » est déjà planifié : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScopePicker</name>
    <message>
        <source>&amp;Sources and scanners</source>
        <translation>&amp;Sources et scanners</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Clusters</translation>
    </message>
    <message>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namespaces</translation>
    </message>
    <message>
        <source>Re&amp;gistries</source>
        <translation>Re&amp;gistres</translation>
    </message>
    <message>
        <source>Reading the store&apos;s sources, clusters, namespaces and registries…</source>
        <translation>Lecture des sources, clusters, namespaces et registres de la base…</translation>
    </message>
    <message>
        <source>The scope cannot be chosen: %1. The report covers the whole store.</source>
        <translation>Le périmètre ne peut pas être choisi : %1. Le rapport couvre toute la base.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None in this store</source>
        <translation>Aucun dans cette base</translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation>%1 (%2 choisis)</translation>
    </message>
    <message>
        <source>Scope: the whole store (nothing chosen). Lists combine with AND, the names within one list with OR.</source>
        <translation>Périmètre : toute la base (rien de choisi). Les listes se combinent par ET, les noms d&apos;une même liste par OU.</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Périmètre : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreDeltaPanel</name>
    <message>
        <source>Posture score</source>
        <translation>Score de posture</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Now %1 of %2 controls assessed</source>
        <translation>Désormais %1 contrôles évalués sur %2</translation>
    </message>
    <message>
        <source>; at the baseline %1 of %2.</source>
        <translation> ; à la référence %1 sur %2.</translation>
    </message>
    <message>
        <source>Controls not assessed are left out of the score.</source>
        <translation>Les contrôles non évalués sont exclus du score.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreHeader</name>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1 of %2 controls assessed</source>
        <translation>%1 contrôles évalués sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 évalués sur %2</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreTile</name>
    <message>
        <source>How is this computed?</source>
        <translation>Comment est-ce calculé ?</translation>
    </message>
    <message>
        <source>How is the %1 score computed?</source>
        <translation>Comment le score « %1 » est-il calculé ?</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreTrendChart</name>
    <message>
        <source>Snapshot date</source>
        <translation>Date de l&apos;instantané</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation>Score de posture</translation>
    </message>
    <message>
        <source>The overall posture score at the last snapshot of each day (after imports, collections and sign-offs). Days when no control was assessed have no score and no point.</source>
        <translation>Le score de posture global au dernier instantané de chaque jour (après imports, collectes et validations). Les jours où aucun contrôle n&apos;a été évalué n&apos;ont ni score ni point.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretPolicyPage</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rotation intervals</source>
        <translation>Intervalles de rotation</translation>
    </message>
    <message>
        <source>A secret is overdue this many days after its last observed change. A secret that declares its own interval (Vault rotation_days, the inventory&apos;s policy_days, the annotation bulkhead.dev/rotation-days) or matches a rule below uses that instead.</source>
        <translation>Un secret est en retard ce nombre de jours après sa dernière modification observée. Un secret qui déclare son propre intervalle (rotation_days de Vault, policy_days de l&apos;inventaire, l&apos;annotation bulkhead.dev/rotation-days) ou qui correspond à une règle ci-dessous utilise plutôt celui-ci.</translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation>0 (toujours en retard)</translation>
    </message>
    <message>
        <source>Legacy kubernetes.io/service-account-token secrets never expire; 0 makes each one overdue, whatever its age.</source>
        <translation>Les anciens secrets kubernetes.io/service-account-token n&apos;expirent jamais ; 0 les rend tous en retard, quelle que soit leur ancienneté.</translation>
    </message>
    <message>
        <source>&amp;Default interval:</source>
        <translation>Intervalle par &amp;défaut :</translation>
    </message>
    <message>
        <source>Service-account &amp;tokens:</source>
        <translation>&amp;Jetons de compte de service :</translation>
    </message>
    <message>
        <source>Rotation annotations</source>
        <translation>Annotations de rotation</translation>
    </message>
    <message>
        <source>Kubernetes annotations that hold the time of a secret&apos;s last rotation (RFC 3339), one per line, tried in order. Applies from the next collection on.</source>
        <translation>Annotations Kubernetes contenant l&apos;heure de la dernière rotation d&apos;un secret (RFC 3339), une par ligne, essayées dans l&apos;ordre. S&apos;applique à partir de la prochaine collecte.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Read a policy exported here or by bulkheadctl secrets policy --export</source>
        <translation>Lire une politique exportée ici ou par bulkheadctl secrets policy --export</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>For a secret that declares no interval, the first rule that matches sets it (tried top to bottom); none matching: the default. Empty cells match anything; * and ? are wildcards. Double-click a cell to edit it.</source>
        <translation>Pour un secret qui ne déclare aucun intervalle, la première règle qui correspond le fixe (essayées de haut en bas) ; si aucune ne correspond : la valeur par défaut. Les cellules vides correspondent à tout ; * et ? sont des jokers. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Import a secrets policy</source>
        <translation>Importer une politique de secrets</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the secrets policy</source>
        <translation>Exporter la politique de secrets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes annotation name (e.g. example.com/rotated-at).</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;annotation Kubernetes (p. ex. example.com/rotated-at).</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a secrets policy (%2 bytes).</source>
        <translation>%1 est trop volumineux pour une politique de secrets (%2 octets).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%Ln rules); saved when you press OK.</source>
        <translation>
            <numerusform>%1 lu (%Ln règle) ; enregistré lorsque vous cliquez sur OK.</numerusform>
            <numerusform>%1 lu (%Ln règles) ; enregistré lorsque vous cliquez sur OK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRuleDelegate</name>
    <message>
        <source>any store</source>
        <translation>tout coffre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation>0 (toujours en retard)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRulesModel</name>
    <message>
        <source>any store</source>
        <translation>tout coffre</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Rule %1 has no name: the name is shown as the reason for each secret&apos;s interval.</source>
        <translation>La règle %1 n&apos;a pas de nom : le nom est affiché comme raison de l&apos;intervalle de chaque secret.</translation>
    </message>
    <message>
        <source>Two rules are named &apos;%1&apos;: give each its own name.</source>
        <translation>Deux règles s&apos;appellent « %1 » : donnez à chacune son propre nom.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: the label &quot;%2&quot; has no key; write key=value or key (e.g. team=payments).</source>
        <translation>Règle « %1 » : le label « %2 » n&apos;a pas de clé ; écrivez key=value ou key (p. ex. team=payments).</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: the interval is a number of days, 0 or more.</source>
        <translation>Règle « %1 » : l&apos;intervalle est un nombre de jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation>0 (toujours en retard)</translation>
    </message>
    <message>
        <source>The cluster or Vault source&apos;s name, or the inventory&apos;s name (wildcards * and ?)</source>
        <translation>Nom de la source cluster ou Vault, ou de l&apos;inventaire (jokers * et ?)</translation>
    </message>
    <message>
        <source>Kubernetes namespace, Vault mount or the inventory&apos;s store column (wildcards)</source>
        <translation>Namespace Kubernetes, montage Vault ou colonne store de l&apos;inventaire (jokers)</translation>
    </message>
    <message>
        <source>Secret type, e.g. kubernetes.io/tls (wildcards)</source>
        <translation>Type de secret, p. ex. kubernetes.io/tls (jokers)</translation>
    </message>
    <message>
        <source>The secret&apos;s name or Vault path, e.g. db-* or team-a/* (wildcards)</source>
        <translation>Nom du secret ou chemin Vault, p. ex. db-* ou team-a/* (jokers)</translation>
    </message>
    <message>
        <source>key=value (equal) or key (present): Kubernetes labels, Vault custom_metadata</source>
        <translation>key=value (égal) ou key (présent) : labels Kubernetes, custom_metadata de Vault</translation>
    </message>
    <message>
        <source>Days between rotations; 0: every matching secret is overdue</source>
        <translation>Jours entre deux rotations ; 0 : chaque secret correspondant est en retard</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
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
        <source>Secret name</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SettingsDialog</name>
    <message>
        <source>&amp;Critical:</source>
        <translation>Criti&amp;que :</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>É&amp;levée :</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Moyenne :</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>&amp;Faible :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>SLA: days to fix</source>
        <translation>SLA : jours pour corriger</translation>
    </message>
    <message>
        <source>How many days a finding may stay open, counted from when it was first seen, before it is overdue. 0 means no deadline.</source>
        <translation>Nombre de jours pendant lesquels un constat peut rester ouvert, à compter de sa première détection, avant d&apos;être en retard. 0 signifie aucune échéance.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Se&amp;crets</source>
        <translation>Se&amp;crets</translation>
    </message>
    <message>
        <source>RBAC reviews: days between reviews</source>
        <translation>Revues RBAC : jours entre deux revues</translation>
    </message>
    <message>
        <source>A reviewed role binding is due for review again this many days after its last review (IAM-2); a binding with high or critical risks sooner. bulkheadctl uses the same intervals.</source>
        <translation>Un binding de rôle revu est à revoir ce nombre de jours après sa dernière revue (IAM-2) ; un binding présentant des risques élevés ou critiques plus tôt. bulkheadctl utilise les mêmes intervalles.</translation>
    </message>
    <message>
        <source>&amp;Every binding:</source>
        <translation>&amp;Tout binding :</translation>
    </message>
    <message>
        <source>High-&amp;risk bindings:</source>
        <translation>Bindings à &amp;risque élevé :</translation>
    </message>
    <message>
        <source>Workloads: trusted registries</source>
        <translation>Workloads : registres de confiance</translation>
    </message>
    <message>
        <source>Registry hosts (or host/path prefixes) your workloads&apos; images may come from, one per line, e.g. registry.example.com or ghcr.io/team. A cluster workload running an image from elsewhere is a finding (SUP-4); with none listed, the check is not applicable. Applies from the next collection on.</source>
        <translation>Hôtes de registre (ou préfixes hôte/chemin) dont les images de vos workloads peuvent provenir, un par ligne, p. ex. registry.example.com ou ghcr.io/team. Un workload de cluster exécutant une image venant d&apos;ailleurs constitue un constat (SUP-4) ; si aucun n&apos;est listé, la vérification ne s&apos;applique pas. S&apos;applique à partir de la prochaine collecte.</translation>
    </message>
    <message>
        <source>registry.example.com
ghcr.io/team</source>
        <translation>registry.example.com
ghcr.io/team</translation>
    </message>
    <message>
        <source>Image posture thresholds</source>
        <translation>Seuils de posture des images</translation>
    </message>
    <message>
        <source>The registry collector files a finding for an image over one of these; they apply from the next collection on. Off turns a check off.</source>
        <translation>Le collecteur de registre crée un constat pour une image qui dépasse l&apos;un de ces seuils ; ils s&apos;appliquent à partir de la prochaine collecte. « Désactivé » désactive une vérification.</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> couches</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Most &amp;layers:</source>
        <translation>Nombre maximal de c&amp;ouches :</translation>
    </message>
    <message>
        <source>Largest &amp;size:</source>
        <translation>Taille ma&amp;ximale :</translation>
    </message>
    <message>
        <source>Oldest &amp;image (created):</source>
        <translation>&amp;Image la plus ancienne (créée) :</translation>
    </message>
    <message>
        <source>Oldest vulnerability sca&amp;n:</source>
        <translation>A&amp;nalyse de vulnérabilités la plus ancienne :</translation>
    </message>
    <message>
        <source>Oldest S&amp;BOM:</source>
        <translation>S&amp;BOM la plus ancienne :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Lang&amp;ue</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SeverityBarChart</name>
    <message>
        <source>Open or confirmed findings by severity. Click a bar to list them.</source>
        <translation>Constats ouverts ou confirmés par sévérité. Cliquez sur une barre pour les lister.</translation>
    </message>
    <message>
        <source>%1: %2 open
Click to list them</source>
        <translation>%1 : %2 ouverts
Cliquez pour les lister</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffDialog</name>
    <message>
        <source>%1 new and %2 resolved critical or high findings</source>
        <translation>%1 nouveaux et %2 résolus parmi les constats critiques ou élevés</translation>
    </message>
    <message>
        <source>%1 acceptances and %2 attestations expiring</source>
        <translation>%1 acceptations et %2 attestations arrivent à expiration</translation>
    </message>
    <message>
        <source>Sign off the weekly review</source>
        <translation>Valider la revue hebdomadaire</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Validé par :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>— %1 of %2 controls assessed</source>
        <translation>— %1 contrôles évalués sur %2</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score :</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>aucun instantané antérieur</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>Comparé à :</translation>
    </message>
    <message>
        <source>The review:</source>
        <translation>La revue :</translation>
    </message>
    <message>
        <source>This sign-off takes a snapshot of the posture now; the next review compares with it. Sign-offs are kept and cannot be changed.</source>
        <translation>Cette validation prend un instantané de la posture actuelle ; la prochaine revue s&apos;y comparera. Les validations sont conservées et ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>What was decided: who fixes what by when, what is accepted and why.</source>
        <translation>Ce qui a été décidé : qui corrige quoi et pour quand, ce qui est accepté et pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Notes (required):</source>
        <translation>&amp;Notes (obligatoires) :</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>The operating-system user name is unknown, so the sign-off cannot say who signed.</source>
        <translation>Le nom d&apos;utilisateur du système d&apos;exploitation est inconnu, la validation ne peut donc pas indiquer qui l&apos;a signée.</translation>
    </message>
    <message>
        <source>Write what was decided in the notes.</source>
        <translation>Indiquez dans les notes ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Signing off…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>The sign-off was not recorded: %1</source>
        <translation>La validation n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln RBAC bindings new or changed</source>
        <translation>
            <numerusform>%Ln binding RBAC nouveau ou modifié</numerusform>
            <numerusform>%Ln bindings RBAC nouveaux ou modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets overdue</source>
        <translation>
            <numerusform>%Ln secret en retard</numerusform>
            <numerusform>%Ln secrets en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drills or actions due</source>
        <translation>
            <numerusform>%Ln exercice ou action à échéance</numerusform>
            <numerusform>%Ln exercices ou actions à échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln control status changes</source>
        <translation>
            <numerusform>%Ln changement d&apos;état de contrôle</numerusform>
            <numerusform>%Ln changements d&apos;état de contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coverage changes</source>
        <translation>
            <numerusform>%Ln changement de couverture</numerusform>
            <numerusform>%Ln changements de couverture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffHistoryList</name>
    <message>
        <source>Signed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation>Historique des validations</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::StartRunDialog</name>
    <message>
        <source>Start a run of %1</source>
        <translation>Démarrer une session de %1</translation>
    </message>
    <message>
        <source>alice, bob, on-call SRE</source>
        <translation>alice, bob, SRE d&apos;astreinte</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenu le :</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>The run gets the template&apos;s checklist; tick items off as the team walks through them. Every change is saved when you leave the field.</source>
        <translation>La session reçoit la liste de contrôle du modèle ; cochez les éléments à mesure que l&apos;équipe les parcourt. Chaque modification est enregistrée quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Démarrer la session</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TopAssetsModel</name>
    <message>
        <source>%1
Double-click or press Enter to list its open findings</source>
        <translation>%1
Double-cliquez ou appuyez sur Entrée pour lister ses constats ouverts</translation>
    </message>
    <message>
        <source>10 per critical, 5 per high, 2 per medium, 1 per low open finding</source>
        <translation>10 par constat ouvert critique, 5 par élevé, 2 par moyen, 1 par faible</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
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
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TrendChart</name>
    <message>
        <source>Scan date</source>
        <translation>Date d&apos;analyse</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>Open or confirmed findings at the end of each scan day. Click a legend entry to hide or show its line.</source>
        <translation>Constats ouverts ou confirmés à la fin de chaque jour d&apos;analyse. Cliquez sur une entrée de la légende pour masquer ou afficher sa courbe.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WeeklyReviewView</name>
    <message>
        <source>New critical and high findings</source>
        <translation>Nouveaux constats critiques et élevés</translation>
    </message>
    <message>
        <source>First seen since the baseline.</source>
        <translation>Détectés pour la première fois depuis la référence.</translation>
    </message>
    <message>
        <source>Show in Findings</source>
        <translation>Afficher dans Constats</translation>
    </message>
    <message>
        <source>Resolved critical and high findings</source>
        <translation>Constats critiques et élevés résolus</translation>
    </message>
    <message>
        <source>No longer reported by a newer complete scan. A source that stopped reporting resolves nothing: see coverage.</source>
        <translation>Plus signalés par une analyse complète plus récente. Une source qui ne remonte plus rien ne résout rien : voir la couverture.</translation>
    </message>
    <message>
        <source>Show resolved in Findings</source>
        <translation>Afficher les résolus dans Constats</translation>
    </message>
    <message>
        <source>Control status changes</source>
        <translation>Changements d&apos;état des contrôles</translation>
    </message>
    <message>
        <source>Controls whose status differs from the baseline.</source>
        <translation>Contrôles dont l&apos;état diffère de la référence.</translation>
    </message>
    <message>
        <source>Open Controls</source>
        <translation>Ouvrir Contrôles</translation>
    </message>
    <message>
        <source>RBAC bindings new or changed</source>
        <translation>Bindings RBAC nouveaux ou modifiés</translation>
    </message>
    <message>
        <source>Created or changed since the baseline, or since their last review.</source>
        <translation>Créés ou modifiés depuis la référence, ou depuis leur dernière revue.</translation>
    </message>
    <message>
        <source>Open RBAC</source>
        <translation>Ouvrir RBAC</translation>
    </message>
    <message>
        <source>Secrets that became overdue</source>
        <translation>Secrets passés en retard</translation>
    </message>
    <message>
        <source>Their rotation fell due since the baseline.</source>
        <translation>Leur rotation est arrivée à échéance depuis la référence.</translation>
    </message>
    <message>
        <source>Show overdue secrets</source>
        <translation>Afficher les secrets en retard</translation>
    </message>
    <message>
        <source>Risk acceptances expiring</source>
        <translation>Acceptations du risque arrivant à expiration</translation>
    </message>
    <message>
        <source>Ending within 14 days: renew them or their findings reopen.</source>
        <translation>Se terminent dans les 14 jours : renouvelez-les, sinon leurs constats seront rouverts.</translation>
    </message>
    <message>
        <source>Attestations expiring</source>
        <translation>Attestations arrivant à expiration</translation>
    </message>
    <message>
        <source>Ending within 14 days: after that their controls are not assessed.</source>
        <translation>Se terminent dans les 14 jours : ensuite leurs contrôles ne sont plus évalués.</translation>
    </message>
    <message>
        <source>Drills and actions due</source>
        <translation>Exercices et actions à échéance</translation>
    </message>
    <message>
        <source>Drills overdue or due within 14 days, and drill actions past their due date.</source>
        <translation>Exercices en retard ou à échéance dans les 14 jours, et actions d&apos;exercice ayant dépassé leur échéance.</translation>
    </message>
    <message>
        <source>Open Drills</source>
        <translation>Ouvrir Exercices</translation>
    </message>
    <message>
        <source>Comparing with the baseline…</source>
        <translation>Comparaison avec la référence…</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Rien à passer en revue pour l&apos;instant</translation>
    </message>
    <message>
        <source>The review could not be built</source>
        <translation>La revue n&apos;a pas pu être construite</translation>
    </message>
    <message>
        <source>The weekly review compares the posture now with the last sign-off. Import scanner reports or collect a registry, cluster or vault first: every import and collection takes a snapshot, and the review starts from those.</source>
        <translation>La revue hebdomadaire compare la posture actuelle à la dernière validation. Importez d&apos;abord des rapports de scanners ou collectez un registre, un cluster ou un Vault : chaque import et chaque collecte prend un instantané, et la revue part de ceux-ci.</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revue hebdomadaire</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer à :</translation>
    </message>
    <message>
        <source>The last sign-off</source>
        <translation>La dernière validation</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Une date</translation>
    </message>
    <message>
        <source>Compare with the newest snapshot at or before this date</source>
        <translation>Comparer à l&apos;instantané le plus récent à cette date ou avant</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Record that the review was held, with notes; the next review starts here.</source>
        <translation>Enregistrer que la revue a eu lieu, avec des notes ; la prochaine revue part d&apos;ici.</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>No review signed off yet.</source>
        <translation>Aucune revue validée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Built in %1 ms</source>
        <translation>Construite en %1 ms</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WelcomePage</name>
    <message>
        <source>Welcome to Bulkhead</source>
        <translation>Bienvenue dans Bulkhead</translation>
    </message>
    <message>
        <source>This store is empty. Bulkhead turns scanner reports, registries and clusters into one list of findings to triage, with an overview of your posture. Start with the reports you have.</source>
        <translation>Cette base est vide. Bulkhead transforme les rapports de scanners, les registres et les clusters en une liste unique de constats à trier, avec une vue d&apos;ensemble de votre posture. Commencez par les rapports dont vous disposez.</translation>
    </message>
    <message>
        <source>Import scanner reports…</source>
        <translation>Importer des rapports de scanners…</translation>
    </message>
    <message>
        <source>One or more report files: Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator or Kubescape JSON. The format is read from the content, not the file name.</source>
        <translation>Un ou plusieurs fichiers de rapport : Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator ou JSON Kubescape. Le format est déduit du contenu, pas du nom du fichier.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Every JSON report below a folder, for example a CI artifacts folder.</source>
        <translation>Tous les rapports JSON sous un dossier, par exemple un dossier d&apos;artefacts de CI.</translation>
    </message>
    <message>
        <source>Add a cluster from kubeconfig…</source>
        <translation>Ajouter un cluster depuis kubeconfig…</translation>
    </message>
    <message>
        <source>A Kubernetes cluster through a context of your kubeconfig, read-only: workloads checked against the runtime controls, namespace segmentation and what could be collected. Secret values are never read.</source>
        <translation>Un cluster Kubernetes via un contexte de votre kubeconfig, en lecture seule : workloads vérifiés au regard des contrôles d&apos;exécution, segmentation des namespaces et ce qui a pu être collecté. Les valeurs des secrets ne sont jamais lues.</translation>
    </message>
    <message>
        <source>Add a registry…</source>
        <translation>Ajouter un registre…</translation>
    </message>
    <message>
        <source>A container registry: images, signatures and SBOMs read through the OCI distribution API, judged against the build controls.</source>
        <translation>Un registre de conteneurs : images, signatures et SBOM lues via l&apos;API OCI Distribution, évaluées au regard des contrôles de build.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or drop report files or folders anywhere on this window.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ou déposez des fichiers ou dossiers de rapports n&apos;importe où sur cette fenêtre.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To look around first, create a demo workspace with synthetic findings and open it:&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkheadctl --db ~/bulkhead-demo.db demo&lt;/code&gt;&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkhead --db ~/bulkhead-demo.db&lt;/code&gt;</source>
        <translation>Pour découvrir d&apos;abord, créez un espace de démonstration avec des constats synthétiques et ouvrez-le :&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkheadctl --db ~/bulkhead-demo.db demo&lt;/code&gt;&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkhead --db ~/bulkhead-demo.db&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Via group</source>
        <translation>Via le groupe</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanPanel</name>
    <message>
        <source>Verb</source>
        <translation>Verbe</translation>
    </message>
    <message>
        <source>pods, pods/exec, secrets, deployments.apps, /metrics</source>
        <translation>pods, pods/exec, secrets, deployments.apps, /metrics</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>empty: cluster-wide only</source>
        <translation>vide : à l&apos;échelle du cluster uniquement</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>&amp;Who can?</source>
        <translation>&amp;Qui peut ?</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Verbe :</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource :</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace :</translation>
    </message>
    <message>
        <source>Ask who may do something: a verb and a resource, in a namespace or cluster-wide.</source>
        <translation>Demandez qui peut faire quelque chose : un verbe et une ressource, dans un namespace ou à l&apos;échelle du cluster.</translation>
    </message>
    <message>
        <source>alice, group:developers, sa:shop/deployer</source>
        <translation>alice, group:developers, sa:shop/deployer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <source>Granting chain</source>
        <translation>Chaîne d&apos;autorisation</translation>
    </message>
    <message>
        <source>Why / why not, for one subject (same verb, resource and namespace)</source>
        <translation>Pourquoi / pourquoi pas, pour un sujet (même verbe, même ressource et même namespace)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ujet :</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Nobody may %1.</source>
        <translation>Personne ne peut %1.</translation>
    </message>
    <message>
        <source> A group stands for its members; Enter on an answer explains it.</source>
        <translation> Un groupe représente ses membres ; Entrée sur une réponse l&apos;explique.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln binding subjects may %1.</source>
        <translation>
            <numerusform>%Ln sujet de binding peut %1.</numerusform>
            <numerusform>%Ln sujets de binding peuvent %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
