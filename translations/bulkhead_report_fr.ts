<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>the PDF writer could not start painting</source>
        <translation>le générateur PDF n&apos;a pas pu commencer le rendu</translation>
    </message>
    <message>
        <source>the PDF writer failed to finish the document</source>
        <translation>le générateur PDF n&apos;a pas pu terminer le document</translation>
    </message>
    <message>
        <source>the layout differs between passes (measured %1 pages, painted %2)</source>
        <translation>la mise en page diffère entre les passes (%1 pages mesurées, %2 dessinées)</translation>
    </message>
    <message>
        <source>Build</source>
        <comment>short area name on a chart axis</comment>
        <translation>Build</translation>
    </message>
    <message>
        <source>Runtime</source>
        <comment>short area name on a chart axis</comment>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Secrets</source>
        <comment>short area name on a chart axis</comment>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>short area name on a chart axis</comment>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Supply</source>
        <comment>short area name on a chart axis</comment>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>short area name on a chart axis</comment>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Score per area (0-100)</source>
        <translation>Score par domaine (0-100)</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no score</comment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Overall score, 90 days to %1</source>
        <translation>Score global, 90 jours jusqu’au %1</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Constats ouverts par sévérité</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>impossible de créer le fichier : %1</translation>
    </message>
    <message>
        <source>not all of the data reached the disk</source>
        <translation>toutes les données n’ont pas été écrites sur le disque</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>échec de l’écriture</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation>SHA-256 n’est pas disponible</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the report history: %2</source>
        <translation>%1 a été écrit mais n’a pas été consigné dans l’historique des rapports : %2</translation>
    </message>
    <message>
        <source>DEMO STORE</source>
        <translation>BASE DE DÉMONSTRATION</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Généré le %1 par %2</translation>
    </message>
    <message>
        <source>%1: cancelled, no file written</source>
        <translation>%1 : annulé, aucun fichier écrit</translation>
    </message>
    <message>
        <source>Risk acceptances</source>
        <translation>Acceptations du risque</translation>
    </message>
    <message>
        <source>No finding in scope is marked as an accepted risk.</source>
        <translation>Aucun constat du périmètre n’est marqué comme risque accepté.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings are accepted risks, %1 as of %2 (an expired acceptance counts as open again). Soonest expiry first.</source>
        <translation>
            <numerusform>%Ln constat est un risque accepté, %1 à la date du %2 (une acceptation expirée compte de nouveau comme ouverte). Expirations les plus proches en premier.</numerusform>
            <numerusform>%Ln constats sont des risques acceptés, %1 à la date du %2 (une acceptation expirée compte de nouveau comme ouverte). Expirations les plus proches en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them expired</source>
        <translation>
            <numerusform>dont %Ln expirée</numerusform>
            <numerusform>dont %Ln expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>accepted by whom, on which day</comment>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>expired, ignored: the evidence decides</source>
        <translation>expirée, ignorée : les preuves décident</translation>
    </message>
    <message>
        <source>not in force at the report&apos;s date</source>
        <translation>non en vigueur à la date du rapport</translation>
    </message>
    <message>
        <source>valid, counted</source>
        <translation>valide, prise en compte</translation>
    </message>
    <message>
        <source>valid, the evidence decides</source>
        <translation>valide, les preuves décident</translation>
    </message>
    <message>
        <source>Attestation: none recorded (one would show that %1).</source>
        <translation>Attestation : aucune enregistrée (une attestation montrerait que %1).</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, expires %4 (%5)</source>
        <translation>%1 par %2 le %3, expire le %4 (%5)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1 (%2 octets, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Each control of the practice guide with its status as of %1. Pass and attested count 1 in the score, partial 0.5, fail 0; not assessed controls are left out of the score and listed as a coverage gap. Measures are what Bulkhead checked, with their numbers.</source>
        <translation>Chaque contrôle du guide de bonnes pratiques avec son statut à la date du %1. Conforme et attesté comptent pour 1 dans le score, partiel pour 0,5, non conforme pour 0 ; les contrôles non évalués sont exclus du score et signalés comme lacune de couverture. Les indicateurs sont ce que Bulkhead a vérifié, avec leurs chiffres.</translation>
    </message>
    <message>
        <source>Checked by: %1</source>
        <translation>Vérifié par : %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>nothing collected speaks to it, so not assessed.</source>
        <translation>aucune donnée collectée ne s’y rapporte, donc non évalué.</translation>
    </message>
    <message>
        <source>%1, so not assessed.</source>
        <comment>the reason is core&apos;s text</comment>
        <translation>%1, donc non évalué.</translation>
    </message>
    <message>
        <source>Collection coverage</source>
        <translation>Couverture de la collecte</translation>
    </message>
    <message>
        <source>Nothing was collected or imported: no source is configured and no scanner report was imported, so every control is not assessed.</source>
        <translation>Rien n’a été collecté ni importé : aucune source n’est configurée et aucun rapport de scanner n’a été importé, donc aucun contrôle n’est évalué.</translation>
    </message>
    <message>
        <source>Each source as of now (coverage is not kept per day): its last successful collection and what it could not collect. A control that depends on something missing here is not assessed, or assessed on what was seen.</source>
        <translation>Chaque source à ce jour (la couverture n’est pas conservée jour par jour) : sa dernière collecte réussie et ce qu’elle n’a pas pu collecter. Un contrôle qui dépend d’un élément manquant ici n’est pas évalué, ou est évalué sur ce qui a été vu.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Not collected, and why</source>
        <translation>Non collecté, et pourquoi</translation>
    </message>
    <message>
        <source>Appendix: sources</source>
        <translation>Annexe : sources</translation>
    </message>
    <message>
        <source>No source is configured and no scanner report was imported.</source>
        <translation>Aucune source n’est configurée et aucun rapport de scanner n’a été importé.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How this report was made</source>
        <translation>Comment ce rapport a été produit</translation>
    </message>
    <message>
        <source>Bulkhead %1 read the store %2 (store id %3) in one read transaction on %4 and laid this report out from what it read. Scores follow docs/controls-and-score.md; the findings lists and the SLA follow docs/reports.md.</source>
        <translation>Bulkhead %1 a lu la base %2 (identifiant de base %3) en une seule transaction de lecture le %4 et a composé ce rapport à partir de ce qu’il a lu. Les scores suivent docs/controls-and-score.md ; les listes de constats et le SLA suivent docs/reports.md.</translation>
    </message>
    <message>
        <source>Drills and post-incident reviews</source>
        <translation>Exercices et retours d’expérience</translation>
    </message>
    <message>
        <source>No drill is planned in the store.</source>
        <translation>Aucun exercice n’est planifié dans la base.</translation>
    </message>
    <message>
        <source>Drills as of %1: a drill is overdue when its cadence has passed since it was last completed (or since it was planned, when never completed).</source>
        <translation>Exercices à la date du %1 : un exercice est en retard lorsque sa périodicité est écoulée depuis sa dernière réalisation (ou depuis sa planification s’il n’a jamais été réalisé).</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>due day of a drill</comment>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <comment>open actions</comment>
        <translation>%1 (%2 en retard)</translation>
    </message>
    <message>
        <source>Post-incident reviews (%1)</source>
        <translation>Retours d’expérience (%1)</translation>
    </message>
    <message>
        <source>No post-incident review is recorded.</source>
        <translation>Aucun retour d’expérience n’est enregistré.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Retour d’expérience</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>open</source>
        <comment>post-incident review not completed</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>pas de SLA</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <comment>SLA: overdue by a number of days</comment>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <comment>SLA: due on a day</comment>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>pas de correctif</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings are open or confirmed in scope, on %1. Every critical and high one is listed below with its SLA state (due date from the SLA policy set in Bulkhead&apos;s settings, counted from first seen); medium and below are summarised.</source>
        <translation>
            <numerusform>%Ln constat du périmètre est ouvert ou confirmé, sur %1. Chaque constat critique ou élevé est listé ci-dessous avec son état de SLA (échéance selon la politique de SLA définie dans les paramètres de Bulkhead, comptée depuis la première détection) ; les sévérités moyenne et inférieures sont résumées.</numerusform>
            <numerusform>%Ln constats du périmètre sont ouverts ou confirmés, sur %1. Chaque constat critique ou élevé est listé ci-dessous avec son état de SLA (échéance selon la politique de SLA définie dans les paramètres de Bulkhead, comptée depuis la première détection) ; les sévérités moyenne et inférieures sont résumées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assets</source>
        <translation>
            <numerusform>%Ln actif</numerusform>
            <numerusform>%Ln actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Par sévérité</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By control</source>
        <translation>Par contrôle</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Aucun constat ouvert.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>severity</comment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <comment>severity</comment>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>severity</comment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low and other</source>
        <translation>Faible et autres</translation>
    </message>
    <message>
        <source>(rules mapped to no control)</source>
        <translation>(règles sans contrôle associé)</translation>
    </message>
    <message>
        <source>Critical and high findings (%1)</source>
        <translation>Constats critiques et élevés (%1)</translation>
    </message>
    <message>
        <source>No critical or high finding is open.</source>
        <translation>Aucun constat critique ou élevé n’est ouvert.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installed → fix</source>
        <translation>Installée → correctif</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>Medium and below</source>
        <translation>Moyenne et inférieures</translation>
    </message>
    <message>
        <source>No medium, low or unrated finding is open.</source>
        <translation>Aucun constat moyen, faible ou sans sévérité n’est ouvert.</translation>
    </message>
    <message>
        <source>Fix known</source>
        <translation>Correctif connu</translation>
    </message>
    <message>
        <source>Past SLA</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>RBAC review</source>
        <translation>Revue RBAC</translation>
    </message>
    <message>
        <source>No cluster&apos;s RBAC is in the store (none collected in scope), so there is nothing to review.</source>
        <translation>La base ne contient le RBAC d’aucun cluster (aucun collecté dans le périmètre) ; il n’y a donc rien à revoir.</translation>
    </message>
    <message>
        <source>Review status of the role bindings of each cluster as collected now (the RBAC review is not kept per day, so an as-of date does not change it). A binding is current when its review has not expired and it has not changed since.</source>
        <translation>État de revue des bindings de rôles de chaque cluster tels que collectés actuellement (la revue RBAC n’est pas conservée jour par jour, une date de référence ne la modifie donc pas). Un binding est à jour lorsque sa revue n’a pas expiré et qu’il n’a pas changé depuis.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Jamais revus</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revus</translation>
    </message>
    <message>
        <source>Risky subjects (%1)</source>
        <translation>Sujets à risque (%1)</translation>
    </message>
    <message>
        <source>No subject holds a high or critical risk rule.</source>
        <translation>Aucun sujet ne détient de règle à risque élevé ou critique.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Pire</translation>
    </message>
    <message>
        <source>Why risky</source>
        <translation>Pourquoi à risque</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <comment>RBAC subject</comment>
        <translation>%1 (namespace %2)</translation>
    </message>
    <message>
        <source>Secret rotation</source>
        <translation>Rotation des secrets</translation>
    </message>
    <message>
        <source>No secret is in the store in scope: no cluster, Vault or inventory secrets collected.</source>
        <translation>La base ne contient aucun secret dans le périmètre : aucun secret de cluster, de Vault ou d’inventaire collecté.</translation>
    </message>
    <message>
        <source>Ages as of %1 against each secret&apos;s rotation policy. The age comes from the last rotation when it is known, else from the creation time (an upper bound); a secret whose age cannot be told is counted as unknown, not as compliant.</source>
        <translation>Ancienneté à la date du %1 au regard de la politique de rotation de chaque secret. L’ancienneté est calculée depuis la dernière rotation lorsqu’elle est connue, sinon depuis la création (une borne supérieure) ; un secret dont l’ancienneté ne peut être déterminée est compté comme inconnu, non comme conforme.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Within policy</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <source>Due in 14 days</source>
        <translation>Échéance sous 14 jours</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ancienneté inconnue</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Overdue secrets (%1)</source>
        <translation>Secrets en retard (%1)</translation>
    </message>
    <message>
        <source>No secret is past its rotation policy.</source>
        <translation>Aucun secret n’a dépassé sa politique de rotation.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Ancienneté depuis</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the rest of a list of controls</comment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The posture score is %1 of 100, over %2 of %n controls that could be assessed.</source>
        <translation>
            <numerusform>Le score de posture est de %1 sur 100, calculé sur %2 contrôle évaluable sur %n.</numerusform>
            <numerusform>Le score de posture est de %1 sur 100, calculé sur les %2 contrôles évaluables parmi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No control could be assessed from what the store holds, so there is no score.</source>
        <translation>Aucun contrôle n’a pu être évalué à partir du contenu de la base ; il n’y a donc pas de score.</translation>
    </message>
    <message numerus="yes">
        <source>%n controls fail (%1).</source>
        <translation>
            <numerusform>%n contrôle est non conforme (%1).</numerusform>
            <numerusform>%n contrôles sont non conformes (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls are partial.</source>
        <translation>
            <numerusform>%n contrôle est partiellement conforme.</numerusform>
            <numerusform>%n contrôles sont partiellement conformes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No control fails; %n are partial.</source>
        <translation>
            <numerusform>Aucun contrôle n’est non conforme ; %n est partiellement conforme.</numerusform>
            <numerusform>Aucun contrôle n’est non conforme ; %n sont partiellement conformes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessed control fails or is partial.</source>
        <translation>Aucun contrôle évalué n’est non conforme ou partiellement conforme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 critical and %Ln high findings are open.</source>
        <translation>
            <numerusform>Constats ouverts : %1 de sévérité critique, %Ln de sévérité élevée.</numerusform>
            <numerusform>Constats ouverts : %1 de sévérité critique, %Ln de sévérité élevée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are past their SLA.</source>
        <translation>
            <numerusform>%Ln d’entre eux a dépassé son SLA.</numerusform>
            <numerusform>%Ln d’entre eux ont dépassé leur SLA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weakest area is %1 (%2).</source>
        <translation>Le domaine le plus faible est %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets are past their rotation policy.</source>
        <translation>
            <numerusform>%Ln secret a dépassé sa politique de rotation.</numerusform>
            <numerusform>%Ln secrets ont dépassé leur politique de rotation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls are not assessed: the collection coverage section says what was not collected.</source>
        <translation>
            <numerusform>%n contrôle n’est pas évalué : la section sur la couverture de la collecte indique ce qui n’a pas été collecté.</numerusform>
            <numerusform>%n contrôles ne sont pas évalués : la section sur la couverture de la collecte indique ce qui n’a pas été collecté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%2 of %n controls assessed; not assessed ones are left out)</source>
        <translation>
            <numerusform>%1  (%2 contrôle évalué sur %n ; les contrôles non évalués sont exclus)</numerusform>
            <numerusform>%1  (%2 contrôles évalués sur %n ; les contrôles non évalués sont exclus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 attested, %3 partial, %4 fail, %5 not assessed</source>
        <translation>%1 conformes, %2 attestés, %3 partiels, %4 non conformes, %5 non évalués</translation>
    </message>
    <message>
        <source>Statuses from</source>
        <translation>Statuts issus de</translation>
    </message>
    <message>
        <source>the snapshot of %1</source>
        <translation>l’instantané du %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a finding status: 12 open</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Findings in scope</source>
        <translation>Constats du périmètre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Score par domaine</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <source>Weight assessed</source>
        <translation>Poids évalué</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>Évolution du score</translation>
    </message>
    <message>
        <source>No snapshot with a score in the 90 days up to %1: the trend starts with the next import, collection or sign-off.</source>
        <translation>Aucun instantané avec score dans les 90 jours jusqu’au %1 : l’évolution commence avec le prochain import, la prochaine collecte ou validation.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>finding status</comment>
        <translation>ouverts</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>finding status</comment>
        <translation>confirmés</translation>
    </message>
    <message>
        <source>false positive</source>
        <comment>finding status</comment>
        <translation>faux positifs</translation>
    </message>
    <message>
        <source>risk accepted</source>
        <comment>finding status</comment>
        <translation>risque accepté</translation>
    </message>
    <message>
        <source>mitigated</source>
        <comment>finding status</comment>
        <translation>atténués</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>finding status</comment>
        <translation>résolus</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>finding status</comment>
        <translation>rouverts</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <comment>finding kind</comment>
        <translation>vulnérabilité</translation>
    </message>
    <message>
        <source>misconfiguration</source>
        <comment>finding kind</comment>
        <translation>mauvaise configuration</translation>
    </message>
    <message>
        <source>secret</source>
        <comment>finding kind</comment>
        <translation>secret</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>finding kind</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>current</source>
        <comment>RBAC binding review state</comment>
        <translation>à jour</translation>
    </message>
    <message>
        <source>due</source>
        <comment>RBAC binding review state</comment>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <comment>RBAC binding review state</comment>
        <translation>jamais revu</translation>
    </message>
    <message>
        <source>changed since review</source>
        <comment>RBAC binding review state</comment>
        <translation>modifié depuis la revue</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <comment>secret store kind</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Vault</source>
        <comment>secret store kind</comment>
        <translation>Vault</translation>
    </message>
    <message>
        <source>inventory</source>
        <comment>secret store kind</comment>
        <translation>inventaire</translation>
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
        <translation>création uniquement</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>registry</source>
        <comment>source kind</comment>
        <translation>registre</translation>
    </message>
    <message>
        <source>cluster</source>
        <comment>source kind</comment>
        <translation>cluster</translation>
    </message>
    <message>
        <source>Vault</source>
        <comment>source kind</comment>
        <translation>Vault</translation>
    </message>
    <message>
        <source>inventory</source>
        <comment>source kind</comment>
        <translation>inventaire</translation>
    </message>
    <message>
        <source>scanner</source>
        <comment>source kind</comment>
        <translation>scanner</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>collection status</comment>
        <translation>complète</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>collection status</comment>
        <translation>partielle</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>collection status</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>never collected</source>
        <comment>collection status</comment>
        <translation>jamais collectée</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>collection status</comment>
        <translation>importée</translation>
    </message>
    <message>
        <source>stale</source>
        <comment>collection status</comment>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>running</source>
        <comment>collection status</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>collection status</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>tabletop</source>
        <comment>drill kind</comment>
        <translation>exercice sur table</translation>
    </message>
    <message>
        <source>post-incident</source>
        <comment>drill kind</comment>
        <translation>retour d’expérience</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>attestation status</comment>
        <translation>conforme</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>attestation status</comment>
        <translation>partiel</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>attestation status</comment>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>attestation status</comment>
        <translation>retirée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <comment>date, time of day</comment>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a number of days, abbreviated</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Container security posture report</source>
        <translation>Rapport sur la posture de sécurité des conteneurs</translation>
    </message>
    <message>
        <source>Build and image security</source>
        <translation>Sécurité du build et des images</translation>
    </message>
    <message>
        <source>Runtime controls</source>
        <translation>Contrôles à l’exécution</translation>
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
        <translation>CI/CD et chaîne d’approvisionnement</translation>
    </message>
    <message>
        <source>Incident readiness and governance</source>
        <translation>Préparation aux incidents et gouvernance</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>severity</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>severity</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>severity</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>control status</comment>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partial</source>
        <comment>control status</comment>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>control status</comment>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Attested</source>
        <comment>control status</comment>
        <translation>Attesté</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <comment>control status</comment>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>DEMO STORE: synthetic data, not an assessment of any real system</source>
        <translation>BASE DE DÉMONSTRATION : données synthétiques, pas une évaluation d’un système réel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Date des données</translation>
    </message>
    <message>
        <source>%1 (a past date: statuses from the snapshot of that day)</source>
        <translation>%1 (date passée : statuts issus de l’instantané de ce jour)</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>Bulkhead version</source>
        <translation>Version de Bulkhead</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Identifiant de la base</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <source>What the scope and date cover</source>
        <translation>Ce que couvrent le périmètre et la date</translation>
    </message>
    <message>
        <source>Every name in this report (images, packages, clusters, bindings, secrets) is printed as it was collected or imported, as plain text. The file&apos;s SHA-256 is written beside it (FILE.sha256) and recorded in the store&apos;s report history.</source>
        <translation>Chaque nom figurant dans ce rapport (images, paquets, clusters, bindings, secrets) est reproduit tel qu’il a été collecté ou importé, en texte brut. Le SHA-256 du fichier est écrit à côté (FILE.sha256) et consigné dans l’historique des rapports de la base.</translation>
    </message>
</context>
</TS>
