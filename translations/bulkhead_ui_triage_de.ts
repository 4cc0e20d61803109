<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClusterOperationsText</name>
    <message>
        <source>This context authenticates with an exec plugin: approve running its command first.</source>
        <translation>Dieser Kontext authentifiziert sich mit einem Exec-Plugin: Genehmigen Sie zuerst das Ausführen seines Befehls.</translation>
    </message>
</context>
<context>
    <name>CollectJobText</name>
    <message numerus="yes">
        <source>%n source</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>listing repositories</source>
        <translation>Repositorys werden aufgelistet</translation>
    </message>
    <message>
        <source>listing tags</source>
        <translation>Tags werden aufgelistet</translation>
    </message>
    <message>
        <source>reading manifests</source>
        <translation>Manifeste werden gelesen</translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation>Signaturen werden geprüft</translation>
    </message>
    <message>
        <source>discovering the cluster&apos;s API</source>
        <translation>API des Clusters wird ermittelt</translation>
    </message>
    <message>
        <source>listing resources</source>
        <translation>Ressourcen werden aufgelistet</translation>
    </message>
    <message>
        <source>writing to the store</source>
        <translation>Schreiben in den Datenbestand</translation>
    </message>
    <message>
        <source>Collect all sources</source>
        <translation>Alle Quellen erfassen</translation>
    </message>
    <message>
        <source>Collect %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish</source>
        <translation>Warten auf den Abschluss des laufenden Auftrags</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4</source>
        <comment>source: phase, items done of total</comment>
        <translation>%1: %2 %3 von %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source: phase</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled: what was not written stays as it was; nothing was deleted.</source>
        <translation>Abgebrochen: Was nicht geschrieben wurde, bleibt unverändert; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Collection failed: %1</source>
        <translation>Erfassung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Collected %1 of %2 completely</source>
        <translation>%1 von %2 vollständig erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n source failed</source>
        <translation>
            <numerusform>%n Quelle fehlgeschlagen</numerusform>
            <numerusform>%n Quellen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources failed</source>
        <translation>
            <numerusform>%Ln Quelle fehlgeschlagen</numerusform>
            <numerusform>%Ln Quellen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <comment>collection run status</comment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>collection run status</comment>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>collection run status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>collection run status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>running</source>
        <comment>collection run status</comment>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>FindingDetailText</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch-Positiv</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Fehlkonfiguration</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>cluster %1, namespace %2</source>
        <translation>Cluster %1, Namespace %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>no fix known</source>
        <translation>kein Fix bekannt</translation>
    </message>
    <message>
        <source>not due (%1)</source>
        <translation>nicht fällig (%1)</translation>
    </message>
    <message>
        <source>no deadline for this severity</source>
        <translation>keine Frist für diesen Schweregrad</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed → fixed</source>
        <translation>Installiert → Fix</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
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
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals erkannt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt erkannt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>when the finding was resolved</comment>
        <translation>Behoben am</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA-Fälligkeit</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation>Akzeptanz läuft ab</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>First and last seen in</source>
        <translation>Erstmals und zuletzt erkannt in</translation>
    </message>
    <message>
        <source>Last seen in</source>
        <translation>Zuletzt erkannt in</translation>
    </message>
    <message>
        <source>First seen in</source>
        <translation>Erstmals erkannt in</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>No other finding of this rule in the store.</source>
        <translation>Kein weiterer Befund dieser Regel im Datenbestand.</translation>
    </message>
    <message numerus="yes">
        <source>Also in %n other finding, %1 of them still reported.</source>
        <translation>
            <numerusform>Auch in %n weiteren Befund, davon %1 noch gemeldet.</numerusform>
            <numerusform>Auch in %n weiteren Befunden, davon %1 noch gemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also in %Ln other findings, %1 of them still reported.</source>
        <translation>
            <numerusform>Auch in %Ln weiteren Befund, davon %1 noch gemeldet.</numerusform>
            <numerusform>Auch in %Ln weiteren Befunden, davon %1 noch gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>%1 von %2 angezeigt.</translation>
    </message>
    <message>
        <source>No triage changes yet.</source>
        <translation>Noch keine Bewertungsänderungen.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 in %2 on %3</source>
        <translation>%1 in %2 auf %3</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The reports give no description.</source>
        <translation>Die Berichte enthalten keine Beschreibung.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Source reports</source>
        <translation>Quellberichte</translation>
    </message>
    <message>
        <source>Affected elsewhere</source>
        <translation>Auch betroffen</translation>
    </message>
    <message>
        <source>Triage history</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day after first seen</source>
        <translation>
            <numerusform>%n Tag nach erster Erkennung</numerusform>
            <numerusform>%n Tage nach erster Erkennung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days after first seen</source>
        <translation>
            <numerusform>%Ln Tag nach erster Erkennung</numerusform>
            <numerusform>%Ln Tage nach erster Erkennung</numerusform>
        </translation>
    </message>
    <message>
        <source>image</source>
        <comment>asset kind</comment>
        <translation>Image</translation>
    </message>
    <message>
        <source>filesystem</source>
        <comment>asset kind</comment>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>kubernetes</source>
        <comment>asset kind</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>other</source>
        <comment>asset kind</comment>
        <translation>sonstiges</translation>
    </message>
</context>
<context>
    <name>ImageDetailText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(no layer)</source>
        <translation>(keine Schicht)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Environment (names only)</source>
        <translation>Umgebung (nur Namen)</translation>
    </message>
    <message numerus="yes">
        <source>History (%n step)</source>
        <translation>
            <numerusform>Verlauf (%n Schritt)</numerusform>
            <numerusform>Verlauf (%n Schritte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History (%Ln steps)</source>
        <translation>
            <numerusform>Verlauf (%Ln Schritt)</numerusform>
            <numerusform>Verlauf (%Ln Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings are filed for this image yet.</source>
        <translation>Für dieses Image sind noch keine Befunde erfasst.</translation>
    </message>
    <message>
        <source>Open findings (%1)</source>
        <translation>Offene Befunde (%1)</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Keine offen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: open them in the Findings view.</source>
        <translation>
            <numerusform>… und %Ln weiterer: in der Ansicht „Befunde“ öffnen.</numerusform>
            <numerusform>… und %Ln weitere: in der Ansicht „Befunde“ öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
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
        <translation>Plattform</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>OS / arch</source>
        <translation>OS / Arch.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SBOM and scans</source>
        <translation>SBOM und Scans</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>nicht gescannt</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message numerus="yes">
        <source>(older than %Ln days: BLD-2)</source>
        <translation>
            <numerusform>(älter als %Ln Tag: BLD-2)</numerusform>
            <numerusform>(älter als %Ln Tage: BLD-2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>%1 critical, %2 high, %3 medium, %4 low</source>
        <translation>%1 kritisch, %2 hoch, %3 mittel, %4 niedrig</translation>
    </message>
</context>
<context>
    <name>ImageText</name>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Signed, not verified</source>
        <translation>Signiert, nicht verifiziert</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (Standard)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryImportText</name>
    <message numerus="yes">
        <source>Imported inventory %1: %Ln secrets (%2 added, %3 updated, %4 removed); %5 overdue.</source>
        <translation>
            <numerusform>Inventar %1 importiert: %Ln Secret (%2 hinzugefügt, %3 aktualisiert, %4 entfernt); %5 überfällig.</numerusform>
            <numerusform>Inventar %1 importiert: %Ln Secrets (%2 hinzugefügt, %3 aktualisiert, %4 entfernt); %5 überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem; nothing was imported.</source>
        <translation>
            <numerusform>%1 hat %n Problem; nichts wurde importiert.</numerusform>
            <numerusform>%1 hat %n Probleme; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problems; nothing was imported.</source>
        <translation>
            <numerusform>%1 hat %Ln Problem; nichts wurde importiert.</numerusform>
            <numerusform>%1 hat %Ln Probleme; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>%1 aus %2 importieren</translation>
    </message>
    <message>
        <source>Import folder %1</source>
        <translation>Ordner %1 importieren</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <translation>Fertig, mit Fehlern</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting for the running import to finish</source>
        <translation>Warten auf den Abschluss des laufenden Imports</translation>
    </message>
    <message>
        <source>Reading the file list…</source>
        <translation>Dateiliste wird gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4</source>
        <translation>%1 von %2 · %3 von %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing of this import was stored; the store is as it was.</source>
        <translation>Abgebrochen: Nichts von diesem Import wurde gespeichert; der Datenbestand ist unverändert.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing imported: %1 could not be imported.</source>
        <translation>Nichts importiert: %1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new findings, %3 resolved, %4 reopened</source>
        <translation>%1 importiert: %2 neue Befunde, %3 behoben, %4 wieder geöffnet</translation>
    </message>
    <message>
        <source>Imported %1: %2 new findings, %3 resolved</source>
        <translation>%1 importiert: %2 neue Befunde, %3 behoben</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3 new findings, %4 resolved, %5 reopened; %6 could not be imported.</source>
        <translation>%1 von %2 importiert: %3 neue Befunde, %4 behoben, %5 wieder geöffnet; %6 konnte(n) nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3 new findings, %4 resolved; %5 could not be imported.</source>
        <translation>%1 von %2 importiert: %3 neue Befunde, %4 behoben; %5 konnte(n) nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file could not be imported</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht importiert werden</numerusform>
            <numerusform>%Ln Dateien konnten nicht importiert werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretsText</name>
    <message>
        <source>within policy</source>
        <translation>innerhalb der Richtlinie</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>age is an upper bound</source>
        <translation>Alter ist eine Obergrenze</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>Alter unbekannt</translation>
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
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Mount</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Vault&apos;s version history: the time the current version was written.</source>
        <translation>Versionsverlauf von Vault: der Zeitpunkt, zu dem die aktuelle Version geschrieben wurde.</translation>
    </message>
    <message>
        <source>The inventory&apos;s &quot;last rotated&quot; column: what its owner states.</source>
        <translation>Die Spalte „last rotated“ des Inventars: die Angabe seines Eigentümers.</translation>
    </message>
    <message>
        <source>A rotation annotation on the Secret holding the time of the last rotation.</source>
        <translation>Eine Rotations-Annotation am Secret mit dem Zeitpunkt der letzten Rotation.</translation>
    </message>
    <message>
        <source>The newest managedFields entry that wrote data or stringData: the last write of the data through the API server.</source>
        <translation>Der neueste managedFields-Eintrag, der data oder stringData geschrieben hat: das letzte Schreiben der Daten über den API-Server.</translation>
    </message>
    <message>
        <source>Only the creation time is known, and Kubernetes does not move it on update: the last change was on or after this date, so the secret is at most this old.</source>
        <translation>Nur der Erstellungszeitpunkt ist bekannt, und Kubernetes ändert ihn bei Aktualisierungen nicht: Die letzte Änderung erfolgte an oder nach diesem Datum, das Secret ist also höchstens so alt.</translation>
    </message>
    <message>
        <source>No usable time: the age is unknown.</source>
        <translation>Kein verwertbarer Zeitpunkt: Das Alter ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Age unknown: no usable time.</source>
        <translation>Alter unbekannt: kein verwertbarer Zeitpunkt.</translation>
    </message>
    <message numerus="yes">
        <source>Last changed on or after %1: at most %Ln days old</source>
        <translation>
            <numerusform>Zuletzt geändert am oder nach dem %1: höchstens %Ln Tag alt</numerusform>
            <numerusform>Zuletzt geändert am oder nach dem %1: höchstens %Ln Tage alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last changed %1: %Ln days old</source>
        <translation>
            <numerusform>Zuletzt geändert am %1: %Ln Tag alt</numerusform>
            <numerusform>Zuletzt geändert am %1: %Ln Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Age from: %1</source>
        <translation>Alter aus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Policy: rotate every %Ln days (%1)</source>
        <translation>
            <numerusform>Richtlinie: Rotation nach %Ln Tag (%1)</numerusform>
            <numerusform>Richtlinie: Rotation nach %Ln Tagen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: %1 · %2</source>
        <translation>Fällig: %1 · %2</translation>
    </message>
    <message>
        <source>Policy: not evaluated yet</source>
        <translation>Richtlinie: noch nicht bewertet</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation>heute überfällig</translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation>%1 T überfällig</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 T</translation>
    </message>
    <message>
        <source>env</source>
        <translation>env</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>version history</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>inventory</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>annotation</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>creation only</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>nur Erstellung</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>where a secret&apos;s age comes from</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>SourceValidationText</name>
    <message>
        <source>%1 %2 does not exist.</source>
        <comment>%1 is a file&apos;s role (The CA file, The cosign key, The token file), %2 its path</comment>
        <translation>%1 %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 %2 is not a readable file.</source>
        <comment>%1 is a file&apos;s role (The CA file, The cosign key, The token file), %2 its path</comment>
        <translation>%1 %2 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, and starts with a letter or digit.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A source named %1 already exists.</source>
        <translation>Eine Quelle namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s address, e.g. https://registry.example:5000.</source>
        <translation>Geben Sie die Adresse der Registry ein, z. B. https://registry.example:5000.</translation>
    </message>
    <message>
        <source>%1 is not a registry address: use https://host[:port].</source>
        <translation>%1 ist keine Registry-Adresse: Verwenden Sie https://host[:port].</translation>
    </message>
    <message>
        <source>Give the registry&apos;s address without a path (%1); repositories are chosen with the patterns.</source>
        <translation>Geben Sie die Adresse der Registry ohne Pfad an (%1); Repositorys werden über die Muster ausgewählt.</translation>
    </message>
    <message>
        <source>Put the user name in the authentication fields, not in the address.</source>
        <translation>Tragen Sie den Benutzernamen in die Anmeldefelder ein, nicht in die Adresse.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: tick &quot;insecure&quot; to allow it, or use https.</source>
        <translation>%1 ist unverschlüsseltes HTTP: Aktivieren Sie „Unsicher“, um es zu erlauben, oder verwenden Sie https.</translation>
    </message>
    <message>
        <source>Enter the user name for basic authentication.</source>
        <translation>Geben Sie den Benutzernamen für die Basic-Authentifizierung ein.</translation>
    </message>
    <message>
        <source>Basic authentication needs the desktop keyring, which is not available; use the docker config.json instead.</source>
        <translation>Basic-Authentifizierung benötigt den Desktop-Schlüsselbund, der nicht verfügbar ist; verwenden Sie stattdessen die docker config.json.</translation>
    </message>
    <message>
        <source>Enter the password (it is stored in the desktop keyring only).</source>
        <translation>Geben Sie das Passwort ein (es wird nur im Desktop-Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Die CA-Datei</translation>
    </message>
    <message>
        <source>The cosign key</source>
        <translation>Der cosign-Schlüssel</translation>
    </message>
    <message>
        <source>Concurrency is between 1 and 64 connections.</source>
        <translation>Die Parallelität liegt zwischen 1 und 64 Verbindungen.</translation>
    </message>
</context>
<context>
    <name>VaultSourceValidationText</name>
    <message>
        <source>Enter the Vault server&apos;s address, e.g. https://vault.example:8200.</source>
        <translation>Geben Sie die Adresse des Vault-Servers ein, z. B. https://vault.example:8200.</translation>
    </message>
    <message>
        <source>%1 is not a server address: use https://host[:port].</source>
        <translation>%1 ist keine Serveradresse: Verwenden Sie https://host[:port].</translation>
    </message>
    <message>
        <source>Leave user names out of the address: the source authenticates with a token.</source>
        <translation>Lassen Sie Benutzernamen aus der Adresse weg: Die Quelle authentifiziert sich mit einem Token.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address without a path (%1): Bulkhead adds /v1/%2/metadata/ itself.</source>
        <translation>Geben Sie die Adresse des Servers ohne Pfad an (%1): Bulkhead ergänzt /v1/%2/metadata/ selbst.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: tick &quot;insecure&quot; to allow it, or use https.</source>
        <translation>%1 ist unverschlüsseltes HTTP: Aktivieren Sie „Unsicher“, um es zu erlauben, oder verwenden Sie https.</translation>
    </message>
    <message>
        <source>The name is at most 64 characters long.</source>
        <translation>Der Name ist höchstens 64 Zeichen lang.</translation>
    </message>
    <message>
        <source>Enter the KV v2 mount to read, e.g. secret.</source>
        <translation>Geben Sie den zu lesenden KV-v2-Mount ein, z. B. secret.</translation>
    </message>
    <message>
        <source>The folder %1 climbs out of the mount (&quot;..&quot;): give folders under %2/ only.</source>
        <translation>Der Ordner %1 verlässt den Mount („..“): Geben Sie nur Ordner unter %2/ an.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the token, e.g. VAULT_TOKEN.</source>
        <translation>Nennen Sie die Umgebungsvariable, die das Token enthält, z. B. VAULT_TOKEN.</translation>
    </message>
    <message>
        <source>%1 is not an environment variable name (letters, digits and &apos;_&apos;, not starting with a digit).</source>
        <translation>%1 ist kein Name einer Umgebungsvariable (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend).</translation>
    </message>
    <message>
        <source>The token file</source>
        <translation>Die Token-Datei</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Die CA-Datei</translation>
    </message>
    <message>
        <source>Token read from the file %1 at each collection; it is never stored.</source>
        <translation>Token wird bei jeder Erfassung aus der Datei %1 gelesen; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Token read from $%1 at each collection (set in this environment); it is never stored.</source>
        <translation>Token wird bei jeder Erfassung aus $%1 gelesen (in dieser Umgebung gesetzt); es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>$%1 is not set in this environment: collections started from this window fail until it is (bulkheadctl collect reads it from its own environment).</source>
        <translation>$%1 ist in dieser Umgebung nicht gesetzt: Aus diesem Fenster gestartete Erfassungen schlagen fehl, bis sie gesetzt ist (bulkheadctl collect liest sie aus seiner eigenen Umgebung).</translation>
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
        <translation>Privilegierter Container</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esk</translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation>Rechteausweitung erlaubt</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Capabilities: ALL not dropped</source>
        <translation>Capabilities: ALL nicht entzogen</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>Caps</translation>
    </message>
    <message>
        <source>Dangerous capabilities added</source>
        <translation>Gefährliche Capabilities hinzugefügt</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation>Läuft als root</translation>
    </message>
    <message>
        <source>RoFS</source>
        <translation>RoFS</translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation>Beschreibbares Root-Dateisystem</translation>
    </message>
    <message>
        <source>Secc</source>
        <translation>Secc</translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation>Kein seccomp-Profil</translation>
    </message>
    <message>
        <source>AppA</source>
        <translation>AppA</translation>
    </message>
    <message>
        <source>No AppArmor profile</source>
        <translation>Kein AppArmor-Profil</translation>
    </message>
    <message>
        <source>HNs</source>
        <translation>HNs</translation>
    </message>
    <message>
        <source>Host network, PID or IPC namespace</source>
        <translation>Host-Netzwerk-, PID- oder IPC-Namespace</translation>
    </message>
    <message>
        <source>HPath</source>
        <translation>HPath</translation>
    </message>
    <message>
        <source>hostPath volume</source>
        <translation>hostPath-Volume</translation>
    </message>
    <message>
        <source>SEnv</source>
        <translation>SEnv</translation>
    </message>
    <message>
        <source>Secret in environment variables</source>
        <translation>Secret in Umgebungsvariablen</translation>
    </message>
    <message>
        <source>SLit</source>
        <translation>SLit</translation>
    </message>
    <message>
        <source>Secret-looking literal in env</source>
        <translation>Secret-ähnlicher Literalwert in env</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Image not pinned by digest</source>
        <translation>Image nicht per Digest fixiert</translation>
    </message>
    <message>
        <source>Reg</source>
        <translation>Reg</translation>
    </message>
    <message>
        <source>Image from an untrusted registry</source>
        <translation>Image aus einer nicht vertrauenswürdigen Registry</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sig</translation>
    </message>
    <message>
        <source>Image not signed (verified)</source>
        <translation>Image nicht signiert (verifiziert)</translation>
    </message>
    <message>
        <source>Tok</source>
        <translation>Tok</translation>
    </message>
    <message>
        <source>Service account token mounted, not needed</source>
        <translation>Service-Account-Token eingehängt, obwohl nicht benötigt</translation>
    </message>
    <message>
        <source>DefSA</source>
        <translation>DefSA</translation>
    </message>
    <message>
        <source>Default service account</source>
        <translation>Standard-Service-Account</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln containers</source>
        <translation>
            <numerusform>, %Ln Container</numerusform>
            <numerusform>, %Ln Container</numerusform>
        </translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>The facts this check needs were not collected.</source>
        <translation>Die für diese Prüfung nötigen Fakten wurden nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddClusterDialog</name>
    <message>
        <source>Add cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>KUBECONFIG: %1</source>
        <translation>KUBECONFIG: %1</translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation>Cluster %1 bearbeiten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>e.g. prod-eu</source>
        <translation>z. B. prod-eu</translation>
    </message>
    <message>
        <source>Exec credential plugin</source>
        <translation>Exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>This context&apos;s user gets its credentials by running a program. Bulkhead runs exactly this command (never through a shell), and only once you approve it; any change to it in the kubeconfig needs a new approval.</source>
        <translation>Der Benutzer dieses Kontexts erhält seine Anmeldedaten durch Ausführen eines Programms. Bulkhead führt genau diesen Befehl aus (nie über eine Shell) und erst, nachdem Sie ihn genehmigt haben; jede Änderung daran in der Kubeconfig erfordert eine neue Genehmigung.</translation>
    </message>
    <message>
        <source>&amp;Approve running this command</source>
        <translation>Ausführen dieses Befehls &amp;genehmigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>K&amp;ontext:</translation>
    </message>
    <message>
        <source>API server:</source>
        <translation>API-Server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation>Kubeconfig wird gelesen…</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation>Die Kubeconfig enthält keine Kontexte.</translation>
    </message>
    <message>
        <source>Choose a context.</source>
        <translation>Wählen Sie einen Kontext.</translation>
    </message>
    <message>
        <source>Give the cluster a name.</source>
        <translation>Geben Sie dem Cluster einen Namen.</translation>
    </message>
    <message>
        <source>A source named %1 already exists.</source>
        <translation>Eine Quelle namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Approved: collections of this source run this command to get a token, which is kept in memory only.</source>
        <translation>Genehmigt: Erfassungen dieser Quelle führen diesen Befehl aus, um ein Token zu erhalten, das nur im Arbeitsspeicher gehalten wird.</translation>
    </message>
    <message>
        <source>Not approved: the source can be saved, but its collections fail until you approve the command (Sources → Manage sources…, Edit).</source>
        <translation>Nicht genehmigt: Die Quelle kann gespeichert werden, aber ihre Erfassungen schlagen fehl, bis Sie den Befehl genehmigen (Quellen → Quellen verwalten…, Bearbeiten).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: the API server answered (Kubernetes %1).</source>
        <translation>Verbunden: Der API-Server hat geantwortet (Kubernetes %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n context in %1</source>
        <translation>
            <numerusform>%n Kontext in %1</numerusform>
            <numerusform>%n Kontexte in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contexts in %1</source>
        <translation>
            <numerusform>%Ln Kontext in %1</numerusform>
            <numerusform>%Ln Kontexte in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddRegistryDialog</name>
    <message>
        <source>Connected: the registry answered.</source>
        <translation>Verbunden: Die Registry hat geantwortet.</translation>
    </message>
    <message>
        <source>Its catalog is not available to these credentials (%1); name the repositories to collect with include patterns.</source>
        <translation>Ihr Katalog ist mit diesen Anmeldedaten nicht verfügbar (%1); nennen Sie die zu erfassenden Repositorys über Einschlussmuster.</translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>Edit registry %1</source>
        <translation>Registry %1 bearbeiten</translation>
    </message>
    <message>
        <source>(unchanged: stored in the keyring)</source>
        <translation>(unverändert: im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>e.g. team-registry</source>
        <translation>z. B. team-registry</translation>
    </message>
    <message>
        <source>https://registry.example:5000</source>
        <translation>https://registry.example:5000</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>From docker config.json</source>
        <translation>Aus docker config.json</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>System-Zertifikatsspeicher</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation>Unsicher: unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Plain HTTP sends images and credentials unencrypted. The source is recorded as a finding (SUP-4) for as long as it stays insecure.</source>
        <translation>Unverschlüsseltes HTTP überträgt Images und Anmeldedaten im Klartext. Die Quelle wird als Befund (SUP-4) erfasst, solange sie unsicher bleibt.</translation>
    </message>
    <message>
        <source>all repositories (e.g. team/*, base)</source>
        <translation>alle Repositorys (z. B. team/*, base)</translation>
    </message>
    <message>
        <source>none (e.g. *-dev)</source>
        <translation>keine (z. B. *-dev)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import attached SBOMs as reports</source>
        <translation>Angehängte SBOMs als Berichte importieren</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> Verbindungen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <source>Cosign keys:</source>
        <translation>Cosign-Schlüssel:</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>Paralle&amp;lität:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cosign public keys</source>
        <translation>Öffentliche Cosign-Schlüssel</translation>
    </message>
    <message>
        <source>PEM public keys (*.pub *.pem);;All files (*)</source>
        <translation>Öffentliche PEM-Schlüssel (*.pub *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the desktop keyring…</source>
        <translation>Desktop-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The password cannot be stored: %1. Choose &quot;From docker config.json&quot; instead (docker login writes it).</source>
        <translation>Das Passwort kann nicht gespeichert werden: %1. Wählen Sie stattdessen „Aus docker config.json“ (docker login schreibt sie).</translation>
    </message>
    <message>
        <source>The password is stored in the desktop keyring, nowhere else.</source>
        <translation>Das Passwort wird im Desktop-Schlüsselbund gespeichert, nirgendwo sonst.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists at least %n repository (still paging when the test stopped).</source>
        <translation>
            <numerusform>Ihr Katalog führt mindestens %n Repository auf (beim Ende des Tests wurde noch geblättert).</numerusform>
            <numerusform>Ihr Katalog führt mindestens %n Repositorys auf (beim Ende des Tests wurde noch geblättert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists at least %Ln repositories (still paging when the test stopped).</source>
        <translation>
            <numerusform>Ihr Katalog führt mindestens %Ln Repository auf (beim Ende des Tests wurde noch geblättert).</numerusform>
            <numerusform>Ihr Katalog führt mindestens %Ln Repositorys auf (beim Ende des Tests wurde noch geblättert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists %n repository.</source>
        <translation>
            <numerusform>Ihr Katalog führt %n Repository auf.</numerusform>
            <numerusform>Ihr Katalog führt %n Repositorys auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists %Ln repositories.</source>
        <translation>
            <numerusform>Ihr Katalog führt %Ln Repository auf.</numerusform>
            <numerusform>Ihr Katalog führt %Ln Repositorys auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddVaultDialog</name>
    <message>
        <source>Connected: the token may list %1; nothing is stored there yet.</source>
        <translation>Verbunden: Das Token darf %1 auflisten; dort ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Add Vault</source>
        <translation>Vault hinzufügen</translation>
    </message>
    <message>
        <source>Edit Vault %1</source>
        <translation>Vault %1 bearbeiten</translation>
    </message>
    <message>
        <source>Bulkhead reads the metadata of a KV version 2 mount (versions, their times, custom_metadata such as owner and rotation_days), never the secrets&apos; values.</source>
        <translation>Bulkhead liest die Metadaten eines KV-Mounts der Version 2 (Versionen, deren Zeitpunkte, custom_metadata wie owner und rotation_days), nie die Werte der Secrets.</translation>
    </message>
    <message>
        <source>e.g. vault-prod</source>
        <translation>z. B. vault-prod</translation>
    </message>
    <message>
        <source>https://vault.example:8200</source>
        <translation>https://vault.example:8200</translation>
    </message>
    <message>
        <source>none (Vault Enterprise and HCP: e.g. admin/team-a)</source>
        <translation>keiner (Vault Enterprise und HCP: z. B. admin/team-a)</translation>
    </message>
    <message>
        <source>the whole mount (or folders, e.g. team-a/, shared/db/)</source>
        <translation>der gesamte Mount (oder Ordner, z. B. team-a/, shared/db/)</translation>
    </message>
    <message>
        <source>Environment &amp;variable:</source>
        <translation>Umgebungs&amp;variable:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>e.g. ~/.vault-token</source>
        <translation>z. B. ~/.vault-token</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>System-Zertifikatsspeicher</translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation>Unsicher: unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Plain HTTP sends the token unencrypted to the server at every request. Use it for a local dev server only.</source>
        <translation>Unverschlüsseltes HTTP sendet das Token bei jeder Anfrage im Klartext an den Server. Nur für einen lokalen Entwicklungsserver verwenden.</translation>
    </message>
    <message>
        <source> secrets</source>
        <translation> Secrets</translation>
    </message>
    <message>
        <source>A run reads at most this many secrets; a larger mount is recorded as partially collected.</source>
        <translation>Ein Lauf liest höchstens so viele Secrets; ein größerer Mount wird als teilweise erfasst vermerkt.</translation>
    </message>
    <message>
        <source> requests at once</source>
        <translation> Anfragen gleichzeitig</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Na&amp;mespace:</translation>
    </message>
    <message>
        <source>KV v2 m&amp;ount:</source>
        <translation>KV-v2-M&amp;ount:</translation>
    </message>
    <message>
        <source>F&amp;olders:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Vault policy needed:</source>
        <translation>Benötigte Vault-Policy:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Vault token file</source>
        <translation>Vault-Token-Datei</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file that holds the token.</source>
        <translation>Wählen Sie die Datei, die das Token enthält.</translation>
    </message>
    <message>
        <source>Listing %1/metadata/ at %2…</source>
        <translation>%1/metadata/ auf %2 wird aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the token may list %1 (%n entry directly inside).</source>
        <translation>
            <numerusform>Verbunden: Das Token darf %1 auflisten (%n Eintrag direkt darin).</numerusform>
            <numerusform>Verbunden: Das Token darf %1 auflisten (%n Einträge direkt darin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: the token may list %1 (%Ln entries directly inside).</source>
        <translation>
            <numerusform>Verbunden: Das Token darf %1 auflisten (%Ln Eintrag direkt darin).</numerusform>
            <numerusform>Verbunden: Das Token darf %1 auflisten (%Ln Einträge direkt darin).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoveragePanel</name>
    <message>
        <source>✓ complete</source>
        <translation>✓ vollständig</translation>
    </message>
    <message>
        <source>◐ partial</source>
        <translation>◐ teilweise</translation>
    </message>
    <message>
        <source>– not served by the API</source>
        <translation>– von der API nicht angeboten</translation>
    </message>
    <message>
        <source>✗ not collected: %1</source>
        <translation>✗ nicht erfasst: %1</translation>
    </message>
    <message>
        <source>RUN-4 runtime security</source>
        <translation>RUN-4 Laufzeitsicherheit</translation>
    </message>
    <message>
        <source>RUN-6 / INC-1 logs and metrics</source>
        <translation>RUN-6 / INC-1 Logs und Metriken</translation>
    </message>
    <message>
        <source>SEC-2 secret store</source>
        <translation>SEC-2 Secret-Store</translation>
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
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Controls not assessed</source>
        <translation>Nicht bewertete Kontrollen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <source>%1: collection of %2, %3</source>
        <translation>%1: Erfassung vom %2, %3</translation>
    </message>
    <message>
        <source>everything listed was collected</source>
        <translation>alles Aufgeführte wurde erfasst</translation>
    </message>
    <message>
        <source>No collection recorded coverage yet.</source>
        <translation>Noch keine Erfassung hat eine Abdeckung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not assessed: %1 was not collected completely</source>
        <translation>Nicht bewertet: %1 wurde nicht vollständig erfasst</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>awaiting attestation: no known agent runs in this cluster</source>
        <translation>Bestätigung ausstehend: In diesem Cluster läuft kein bekannter Agent</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resources not collected completely; not assessed: %1</source>
        <translation>
            <numerusform>%Ln Ressource nicht vollständig erfasst; nicht bewertet: %1</numerusform>
            <numerusform>%Ln Ressourcen nicht vollständig erfasst; nicht bewertet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingDetailPane</name>
    <message>
        <source>Select a finding to see its detail.</source>
        <translation>Wählen Sie einen Befund aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The finding could not be read: %1</source>
        <translation>Der Befund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This finding is no longer in the store.</source>
        <translation>Dieser Befund ist nicht mehr im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingGroupsModel</name>
    <message>
        <source>(no package)</source>
        <translation>(kein Paket)</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schwerster</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsFilterBar</name>
    <message>
        <source>Search ID, package, title, description  ( / )</source>
        <translation>ID, Paket, Titel, Beschreibung durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch-Positiv</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Fehlkonfiguration</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Asset name contains…</source>
        <translation>Asset-Name enthält…</translation>
    </message>
    <message>
        <source>Fix: any</source>
        <translation>Fix: beliebig</translation>
    </message>
    <message>
        <source>Fix available</source>
        <translation>Fix verfügbar</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>Kein Fix</translation>
    </message>
    <message>
        <source>SLA overdue</source>
        <translation>SLA überfällig</translation>
    </message>
    <message>
        <source>first seen: any</source>
        <translation>erstmals erkannt: beliebig</translation>
    </message>
    <message>
        <source>until: any</source>
        <translation>bis: beliebig</translation>
    </message>
    <message>
        <source>First seen on or after this day</source>
        <translation>Erstmals erkannt an oder nach diesem Tag</translation>
    </message>
    <message>
        <source>First seen on or before this day</source>
        <translation>Erstmals erkannt an oder vor diesem Tag</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by vulnerability</source>
        <translation>Nach Schwachstelle gruppieren</translation>
    </message>
    <message>
        <source>Group by asset</source>
        <translation>Nach Asset gruppieren</translation>
    </message>
    <message>
        <source>Group by package</source>
        <translation>Nach Paket gruppieren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsListModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch-Positiv</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Fehlkonfiguration</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Past its SLA due date</source>
        <translation>SLA-Fälligkeitsdatum überschritten</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals erkannt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt erkannt</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA-Fälligkeit</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständige Person</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsView</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Mark &amp;false positive…</source>
        <translation>Als &amp;Falsch-Positiv markieren…</translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation>Risiko &amp;akzeptieren…</translation>
    </message>
    <message>
        <source>Mark &amp;mitigated</source>
        <translation>Als &amp;entschärft markieren</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>&amp;Kommentieren…</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Export filtered findings to CSV…</source>
        <translation>Gefilterte Befunde als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export filtered findings to &amp;JSON…</source>
        <translation>Gefilterte Befunde als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Search findings</source>
        <translation>Befunde &amp;suchen</translation>
    </message>
    <message>
        <source>Select one or more findings first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Befunde aus.</translation>
    </message>
    <message>
        <source>Another change is still being written; try again in a moment.</source>
        <translation>Eine andere Änderung wird noch geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Counting findings…</source>
        <translation>Befunde werden gezählt…</translation>
    </message>
    <message>
        <source> · narrowed to a group or an overview selection (Clear filters to widen)</source>
        <translation> · eingeschränkt auf eine Gruppe oder eine Auswahl aus der Übersicht („Filter zurücksetzen“ hebt das auf)</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %Ln findings…</source>
        <translation>
            <numerusform>Wird auf %Ln Befund angewendet…</numerusform>
            <numerusform>Wird auf %Ln Befunde angewendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln findings.</source>
        <translation>
            <numerusform>%Ln Befund geändert.</numerusform>
            <numerusform>%Ln Befunde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln findings to %1</source>
        <translation>
            <numerusform>%Ln Befund nach %1 exportiert</numerusform>
            <numerusform>%Ln Befunde nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln ausgewählt</numerusform>
            <numerusform> · %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>This store is read-only; nothing was changed.</source>
        <translation>Dieser Datenbestand ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImageDetailPane</name>
    <message>
        <source>Show this image&apos;s findings</source>
        <translation>Befunde dieses Images anzeigen</translation>
    </message>
    <message>
        <source>Select an image to see its configuration, history, signature and findings.</source>
        <translation>Wählen Sie ein Image aus, um Konfiguration, Verlauf, Signatur und Befunde zu sehen.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Das Image konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This image is no longer in the store.</source>
        <translation>Dieses Image ist nicht mehr im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesFilterBar</name>
    <message>
        <source>Search repository, tag or digest  ( / )</source>
        <translation>Repository, Tag oder Digest durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>User: any</source>
        <translation>Benutzer: beliebig</translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation>Läuft als root</translation>
    </message>
    <message>
        <source>Non-root user</source>
        <translation>Nicht-root-Benutzer</translation>
    </message>
    <message>
        <source>SBOM: any</source>
        <translation>SBOM: beliebig</translation>
    </message>
    <message>
        <source>Has an SBOM</source>
        <translation>Mit SBOM</translation>
    </message>
    <message>
        <source>No SBOM</source>
        <translation>Ohne SBOM</translation>
    </message>
    <message>
        <source>Scan: any</source>
        <translation>Scan: beliebig</translation>
    </message>
    <message>
        <source>Scanned recently</source>
        <translation>Kürzlich gescannt</translation>
    </message>
    <message>
        <source>Not scanned recently</source>
        <translation>Nicht kürzlich gescannt</translation>
    </message>
    <message>
        <source>Whether a vulnerability scan of the image (by digest) younger than the scan age threshold in Settings was imported (BLD-2); with the threshold Off, any scan counts</source>
        <translation>Ob ein Schwachstellen-Scan des Images (per Digest) importiert wurde, der jünger ist als der Schwellenwert für das Scan-Alter in den Einstellungen (BLD-2); ist der Schwellenwert aus, zählt jeder Scan</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesListModel</name>
    <message>
        <source>not scanned</source>
        <translation>nicht gescannt</translation>
    </message>
    <message>
        <source>C %1 · H %2 · M %3 · L %4</source>
        <translation>K %1 · H %2 · M %3 · N %4</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Runs as root (BLD-5)</source>
        <translation>Läuft als root (BLD-5)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
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
        <translation>Plattform</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Sicherheitslage</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt erkannt</translation>
    </message>
    <message numerus="yes">
        <source>No imported vulnerability scan in the last %Ln days (BLD-2)</source>
        <translation>
            <numerusform>Seit %Ln Tag kein importierter Schwachstellen-Scan (BLD-2)</numerusform>
            <numerusform>Seit %Ln Tagen kein importierter Schwachstellen-Scan (BLD-2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message>
        <source>Collect now</source>
        <translation>Jetzt erfassen</translation>
    </message>
    <message>
        <source>Crawl every registry source again</source>
        <translation>Alle Registry-Quellen erneut durchsuchen</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>&amp;Search images</source>
        <translation>Images &amp;suchen</translation>
    </message>
    <message>
        <source>No registry sources yet</source>
        <translation>Noch keine Registry-Quellen</translation>
    </message>
    <message>
        <source>Bulkhead reads what your registries hold through the OCI distribution API: every repository, tag and digest with its user, age, size and layers, whether it is signed with cosign and the signature verifies with your keys, whether an SBOM is attached, and how recent its last vulnerability scan is.</source>
        <translation>Bulkhead liest über die OCI-Distribution-API, was Ihre Registrys enthalten: jedes Repository, jedes Tag und jeden Digest mit Benutzer, Alter, Größe und Schichten, ob es mit cosign signiert ist und die Signatur mit Ihren Schlüsseln verifiziert wird, ob eine SBOM angehängt ist und wie aktuell der letzte Schwachstellen-Scan ist.</translation>
    </message>
    <message>
        <source>Add registry…</source>
        <translation>Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add registry NAME URL, then bulkheadctl collect.</source>
        <translation>Oder im Terminal: bulkheadctl source add registry NAME URL, dann bulkheadctl collect.</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>Images werden gezählt…</translation>
    </message>
    <message>
        <source> · nothing collected under this filter yet: Collect now crawls the sources</source>
        <translation> · unter diesem Filter noch nichts erfasst: „Jetzt erfassen“ durchsucht die Quellen</translation>
    </message>
    <message numerus="yes">
        <source> from %n registry source</source>
        <translation>
            <numerusform> aus %n Registry-Quelle</numerusform>
            <numerusform> aus %n Registry-Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln registry sources</source>
        <translation>
            <numerusform> aus %Ln Registry-Quelle</numerusform>
            <numerusform> aus %Ln Registry-Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::InventoryImportDialog</name>
    <message>
        <source>Import secrets inventory</source>
        <translation>Secret-Inventar importieren</translation>
    </message>
    <message>
        <source>A CSV of secrets kept outside Kubernetes and Vault (cloud consoles, password managers, hardware). Its first line names the columns: name, store and last_rotated (YYYY-MM-DD or RFC 3339) are required; owner and policy_days (the rotation interval) are optional. Never put the secrets themselves in it.</source>
        <translation>Eine CSV-Datei mit Secrets außerhalb von Kubernetes und Vault (Cloud-Konsolen, Passwortmanager, Hardware). Ihre erste Zeile benennt die Spalten: name, store und last_rotated (YYYY-MM-DD oder RFC 3339) sind Pflicht; owner und policy_days (das Rotationsintervall) sind optional. Tragen Sie nie die Secrets selbst ein.</translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation>inventory.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-Da&amp;tei:</translation>
    </message>
    <message>
        <source>Inventory &amp;name:</source>
        <translation>&amp;Name des Inventars:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Secrets inventory</source>
        <translation>Secret-Inventar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Wählen Sie die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Give the inventory a name: its secrets are filed under it.</source>
        <translation>Geben Sie dem Inventar einen Namen: Seine Secrets werden darunter abgelegt.</translation>
    </message>
    <message>
        <source>Re-imports inventory %1: its secrets are replaced by the file&apos;s, and those not in the file are removed.</source>
        <translation>Importiert das Inventar %1 erneut: Seine Secrets werden durch die der Datei ersetzt, und die nicht in der Datei enthaltenen werden entfernt.</translation>
    </message>
    <message>
        <source>A new inventory, %1. A file with any problem imports nothing.</source>
        <translation>Ein neues Inventar, %1. Eine Datei mit irgendeinem Problem importiert nichts.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::JobCard</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this import; nothing of it is stored</source>
        <translation>Diesen Import abbrechen; nichts davon wird gespeichert</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this finished job from the list</source>
        <translation>Diesen abgeschlossenen Auftrag aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Stop this collection; sources not finished are recorded as cancelled</source>
        <translation>Diese Erfassung abbrechen; nicht abgeschlossene Quellen werden als abgebrochen vermerkt</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::JobsPanel</name>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>No jobs yet. Imports you start, or report files you drop on the window, appear here with their progress and result.</source>
        <translation>Noch keine Aufträge. Importe, die Sie starten, oder Berichtsdateien, die Sie auf das Fenster ziehen, erscheinen hier mit Fortschritt und Ergebnis.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MultiSelectButton</name>
    <message>
        <source>%1: any</source>
        <translation>%1: beliebig</translation>
    </message>
    <message>
        <source>%1: no restriction</source>
        <translation>%1: keine Einschränkung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln ausgewählt</numerusform>
            <numerusform>%1: %Ln ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::NamespacePanel</name>
    <message>
        <source>? not assessed</source>
        <translation>? nicht bewertet</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nein</translation>
    </message>
    <message>
        <source>NetworkPolicies were not collected for this cluster (see Coverage): segmentation is not assessed.</source>
        <translation>NetworkPolicies wurden für diesen Cluster nicht erfasst (siehe Abdeckung): Die Segmentierung ist nicht bewertet.</translation>
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
        <translation>Workloads</translation>
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
        <translation>Default-deny Ingress</translation>
    </message>
    <message>
        <source>Default-deny egress</source>
        <translation>Default-deny Egress</translation>
    </message>
    <message>
        <source>A policy selecting every pod with Ingress in policyTypes and no ingress rules (RUN-3)</source>
        <translation>Eine Policy, die jeden Pod auswählt, Ingress in policyTypes hat und keine Ingress-Regeln (RUN-3)</translation>
    </message>
    <message>
        <source>A policy selecting every pod with Egress in policyTypes and no egress rules (RUN-3)</source>
        <translation>Eine Policy, die jeden Pod auswählt, Egress in policyTypes hat und keine Egress-Regeln (RUN-3)</translation>
    </message>
    <message>
        <source>No namespaces collected.</source>
        <translation>Keine Namespaces erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln namespaces: %1 without default-deny ingress, %2 without default-deny egress.</source>
        <translation>
            <numerusform>%Ln Namespace: %1 ohne Default-deny Ingress, %2 ohne Default-deny Egress.</numerusform>
            <numerusform>%Ln Namespaces: %1 ohne Default-deny Ingress, %2 ohne Default-deny Egress.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not assessed (NetworkPolicies not collected).</source>
        <translation>
            <numerusform>%Ln nicht bewertet (NetworkPolicies nicht erfasst).</numerusform>
            <numerusform>%Ln nicht bewertet (NetworkPolicies nicht erfasst).</numerusform>
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
        <translation>Alter in Tagen</translation>
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
            <numerusform>%Ln Secret zuletzt vor %1 Tagen geändert</numerusform>
            <numerusform>%Ln Secrets zuletzt vor %1 Tagen geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretDetailPane</name>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Choose a secret to see where its age comes from, its policy and who uses it.</source>
        <translation>Wählen Sie ein Secret aus, um zu sehen, woher sein Alter stammt, welche Richtlinie gilt und wer es verwendet.</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Alter:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation>Alter aus:</translation>
    </message>
    <message>
        <source>no age is acceptable</source>
        <translation>kein Alter ist akzeptabel</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>unknown: no change time</source>
        <translation>unbekannt: kein Änderungszeitpunkt</translation>
    </message>
    <message>
        <source>not evaluated yet (the next collection, import or policy change judges it)</source>
        <translation>noch nicht bewertet (die nächste Erfassung, der nächste Import oder die nächste Richtlinienänderung bewertet es)</translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation>Deklariert:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>Token von:</translation>
    </message>
    <message>
        <source>service account %1 (a long-lived token: prefer projected tokens)</source>
        <translation>Service-Account %1 (ein langlebiges Token: besser projizierte Tokens verwenden)</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Collected:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>Usage unknown: not every workload kind was listed in the last collection.</source>
        <translation>Verwendung unbekannt: Bei der letzten Erfassung wurden nicht alle Workload-Arten aufgelistet.</translation>
    </message>
    <message>
        <source>No workload uses this secret. Check its type before deleting it: tokens and release records are read by controllers, not pods.</source>
        <translation>Kein Workload verwendet dieses Secret. Prüfen Sie seinen Typ, bevor Sie es löschen: Tokens und Release-Einträge werden von Controllern gelesen, nicht von Pods.</translation>
    </message>
    <message>
        <source>Read through environment variables by at least one workload: a mounted volume keeps it out of process listings and crash dumps (SEC-5).</source>
        <translation>Mindestens ein Workload liest es über Umgebungsvariablen: Ein eingehängtes Volume hält es aus Prozesslisten und Crash-Dumps heraus (SEC-5).</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln days (changed on or after %1)</source>
        <translation>
            <numerusform>höchstens %Ln Tag (geändert am oder nach dem %1)</numerusform>
            <numerusform>höchstens %Ln Tage (geändert am oder nach dem %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days (changed %1)</source>
        <translation>
            <numerusform>%Ln Tag (geändert am %1)</numerusform>
            <numerusform>%Ln Tage (geändert am %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotate every %Ln days</source>
        <translation>
            <numerusform>Rotation nach %Ln Tag</numerusform>
            <numerusform>Rotation nach %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days, on the secret itself</source>
        <translation>
            <numerusform>%Ln Tag, am Secret selbst</numerusform>
            <numerusform>%Ln Tage, am Secret selbst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsFilterBar</name>
    <message>
        <source>Store</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Speicherorte</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>A cluster or vault source, or an imported inventory</source>
        <translation>Eine Cluster- oder Vault-Quelle oder ein importiertes Inventar</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Herkünfte</translation>
    </message>
    <message>
        <source>Search name, namespace, mount, origin or owner  ( / )</source>
        <translation>Name, Namespace, Mount, Herkunft oder Eigentümer durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Über&amp;fällig</translation>
    </message>
    <message>
        <source>Only secrets whose rotation is due or past due</source>
        <translation>Nur Secrets, deren Rotation fällig oder überfällig ist</translation>
    </message>
    <message>
        <source>&amp;Unused</source>
        <translation>&amp;Ungenutzt</translation>
    </message>
    <message>
        <source>Only Kubernetes secrets no workload uses (when every workload kind was listed); the type column helps judge whether that is expected</source>
        <translation>Nur Kubernetes-Secrets, die kein Workload verwendet (wenn alle Workload-Arten aufgelistet wurden); die Spalte „Typ“ hilft einzuschätzen, ob das erwartet ist</translation>
    </message>
    <message>
        <source>Via &amp;env</source>
        <translation>Über &amp;env</translation>
    </message>
    <message>
        <source>Only secrets read through environment variables (env or envFrom): SEC-5</source>
        <translation>Nur Secrets, die über Umgebungsvariablen gelesen werden (env oder envFrom): SEC-5</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
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
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>Token of service account %1</source>
        <translation>Token des Service-Accounts %1</translation>
    </message>
    <message>
        <source>Collected %1</source>
        <translation>Erfasst %1</translation>
    </message>
    <message>
        <source>Workload usage is known for Kubernetes secrets only</source>
        <translation>Die Verwendung durch Workloads ist nur für Kubernetes-Secrets bekannt</translation>
    </message>
    <message>
        <source>Unknown: not every workload kind could be listed in the last collection</source>
        <translation>Unbekannt: Bei der letzten Erfassung konnten nicht alle Workload-Arten aufgelistet werden</translation>
    </message>
    <message>
        <source>No workload uses this secret</source>
        <translation>Kein Workload verwendet dieses Secret</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads use it (the detail lists them)</source>
        <translation>
            <numerusform>%n Workload verwendet es (die Details nennen ihn)</numerusform>
            <numerusform>%n Workloads verwenden es (die Details nennen sie)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read through environment variables: mount it as a volume instead (SEC-5)</source>
        <translation>Über Umgebungsvariablen gelesen: Hängen Sie es stattdessen als Volume ein (SEC-5)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Fällig %1 (%2)</translation>
    </message>
    <message>
        <source>No due date: the age is unknown</source>
        <translation>Kein Fälligkeitsdatum: Das Alter ist unbekannt</translation>
    </message>
    <message>
        <source>Not evaluated yet: the next collection or evaluation judges it</source>
        <translation>Noch nicht bewertet: Die nächste Erfassung oder Auswertung bewertet es</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Kubernetes namespace, Vault mount or the inventory&apos;s store</source>
        <translation>Kubernetes-Namespace, Vault-Mount oder Speicherort des Inventars</translation>
    </message>
    <message>
        <source>Time since the last change against the rotation interval: green under 75%, amber up to 100%, red overdue; grey with a dashed end when only the creation time is known</source>
        <translation>Zeit seit der letzten Änderung im Verhältnis zum Rotationsintervall: grün unter 75 %, gelb bis 100 %, rot überfällig; grau mit gestricheltem Ende, wenn nur der Erstellungszeitpunkt bekannt ist</translation>
    </message>
    <message>
        <source>Where the age comes from, most trustworthy first: version history, inventory, annotation, managedFields, creation only</source>
        <translation>Woher das Alter stammt, zuverlässigste Quelle zuerst: Versionsverlauf, Inventar, Annotation, managedFields, nur Erstellung</translation>
    </message>
    <message>
        <source>Workloads using the secret (Kubernetes)</source>
        <translation>Workloads, die das Secret verwenden (Kubernetes)</translation>
    </message>
    <message>
        <source>When the next rotation is due under the policy</source>
        <translation>Wann die nächste Rotation laut Richtlinie fällig ist</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Namespace / mount</source>
        <translation>Namespace / Mount</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Alter aus</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>How used</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsView</name>
    <message>
        <source>Import inventory…</source>
        <translation>Inventar importieren…</translation>
    </message>
    <message>
        <source>Import a CSV of secrets that live elsewhere (name, owner, store, last rotated, policy days); importing the same inventory again replaces its rows</source>
        <translation>Eine CSV-Datei mit Secrets importieren, die anderswo liegen (Name, Eigentümer, Speicherort, letzte Rotation, Richtlinientage); ein erneuter Import desselben Inventars ersetzt dessen Zeilen</translation>
    </message>
    <message>
        <source>Add vault…</source>
        <translation>Vault hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Vault or OpenBao KV v2 mount to read secret metadata from</source>
        <translation>Einen KV-v2-Mount von Vault oder OpenBao hinzufügen, aus dem Secret-Metadaten gelesen werden</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt erfassen</translation>
    </message>
    <message>
        <source>Collect every source again, clusters and vaults included</source>
        <translation>Alle Quellen erneut erfassen, einschließlich Cluster und Vaults</translation>
    </message>
    <message>
        <source>Exposed secrets…</source>
        <translation>Offengelegte Secrets…</translation>
    </message>
    <message>
        <source>Secrets that scanners found in images and code, in Findings</source>
        <translation>Secrets, die Scanner in Images und Code gefunden haben, unter „Befunde“</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>&amp;Search secrets</source>
        <translation>Secrets &amp;suchen</translation>
    </message>
    <message>
        <source>No secrets yet</source>
        <translation>Noch keine Secrets</translation>
    </message>
    <message>
        <source>Bulkhead tracks how old each secret is against a rotation policy, and says where every age comes from: Vault&apos;s version history, an inventory&apos;s &quot;last rotated&quot; date, a rotation annotation, the last write of the data in a Secret&apos;s managedFields, or only its creation time (then the age is an upper bound). It reads metadata only: secret values never reach the store. Kubernetes secrets come with every cluster collection, with the workloads that use them and whether through environment variables; Vault or OpenBao KV v2 metadata from a vault source; secrets that live elsewhere from an inventory CSV.</source>
        <translation>Bulkhead verfolgt, wie alt jedes Secret im Verhältnis zu einer Rotationsrichtlinie ist, und zeigt, woher jedes Alter stammt: aus dem Versionsverlauf von Vault, dem Datum „last rotated“ eines Inventars, einer Rotations-Annotation, dem letzten Schreiben der Daten in den managedFields eines Secrets oder nur aus dem Erstellungszeitpunkt (dann ist das Alter eine Obergrenze). Es liest nur Metadaten: Secret-Werte gelangen nie in den Datenbestand. Kubernetes-Secrets kommen mit jeder Cluster-Erfassung, zusammen mit den Workloads, die sie verwenden, und ob über Umgebungsvariablen; KV-v2-Metadaten von Vault oder OpenBao aus einer Vault-Quelle; Secrets, die anderswo liegen, aus einer Inventar-CSV.</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Show exposed secrets found by scanners</source>
        <translation>Von Scannern gefundene offengelegte Secrets anzeigen</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add vault NAME URL --mount M, bulkheadctl collect, or bulkheadctl secrets import-inventory FILE.csv. Rotation intervals are in Settings.</source>
        <translation>Oder im Terminal: bulkheadctl source add vault NAME URL --mount M, bulkheadctl collect oder bulkheadctl secrets import-inventory FILE.csv. Rotationsintervalle finden Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Choose a secret to see where its age comes from, its policy and who uses it.</source>
        <translation>Wählen Sie ein Secret aus, um zu sehen, woher sein Alter stammt, welche Richtlinie gilt und wer es verwendet.</translation>
    </message>
    <message>
        <source>This secret is gone from the store (a newer collection removed it).</source>
        <translation>Dieses Secret ist nicht mehr im Datenbestand (eine neuere Erfassung hat es entfernt).</translation>
    </message>
    <message>
        <source>Counting secrets…</source>
        <translation>Secrets werden gezählt…</translation>
    </message>
    <message>
        <source> · nothing collected yet: Collect now reads the sources</source>
        <translation> · noch nichts erfasst: „Jetzt erfassen“ liest die Quellen</translation>
    </message>
    <message>
        <source> · none under this filter</source>
        <translation> · keine unter diesem Filter</translation>
    </message>
    <message numerus="yes">
        <source>Age distribution: %Ln secrets with a known age under this filter (creation-only ages are upper bounds)</source>
        <translation>
            <numerusform>Altersverteilung: %Ln Secret mit bekanntem Alter unter diesem Filter (Alter nur aus der Erstellung sind Obergrenzen)</numerusform>
            <numerusform>Altersverteilung: %Ln Secrets mit bekanntem Alter unter diesem Filter (Alter nur aus der Erstellung sind Obergrenzen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n cluster or vault source</source>
        <translation>
            <numerusform> aus %n Cluster- oder Vault-Quelle</numerusform>
            <numerusform> aus %n Cluster- und Vault-Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln cluster and vault sources</source>
        <translation>
            <numerusform> aus %Ln Cluster- oder Vault-Quelle</numerusform>
            <numerusform> aus %Ln Cluster- und Vault-Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets</source>
        <translation>
            <numerusform>%Ln Secret</numerusform>
            <numerusform>%Ln Secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SeverityDelegate</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Add registry…</source>
        <translation>Registry &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add clus&amp;ter…</source>
        <translation>&amp;Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Vault…</source>
        <translation>&amp;Vault hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Collect selected</source>
        <translation>&amp;Ausgewählte erfassen</translation>
    </message>
    <message>
        <source>Collect a&amp;ll</source>
        <translation>A&amp;lle erfassen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove %1? What was collected from it (images, workloads or secrets&apos; metadata) and its runs are deleted from the store, and a registry&apos;s password from the keyring.</source>
        <translation>%1 entfernen? Was daraus erfasst wurde (Images, Workloads oder Metadaten von Secrets) und ihre Läufe werden aus dem Datenbestand gelöscht, das Passwort einer Registry aus dem Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SourcesModel</name>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>password (keyring)</source>
        <translation>Passwort (Schlüsselbund)</translation>
    </message>
    <message>
        <source>docker config.json</source>
        <translation>docker config.json</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>%1, exec plugin approved</source>
        <translation>%1, Exec-Plugin genehmigt</translation>
    </message>
    <message>
        <source>token from $%1</source>
        <translation>Token aus $%1</translation>
    </message>
    <message>
        <source>token file %1</source>
        <translation>Token-Datei %1</translation>
    </message>
    <message>
        <source>%1, namespace %2</source>
        <translation>%1, Namespace %2</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>never collected</source>
        <translation>nie erfasst</translation>
    </message>
    <message>
        <source>Approved command: %1</source>
        <translation>Genehmigter Befehl: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Last collection</source>
        <translation>Letzte Erfassung</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workloads</source>
        <translation>
            <numerusform>%Ln Workload</numerusform>
            <numerusform>%Ln Workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets</source>
        <translation>
            <numerusform>%Ln Secret</numerusform>
            <numerusform>%Ln Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
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
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>The finding is real and needs a fix. Its SLA keeps running.</source>
        <translation>Der Befund ist echt und muss behoben werden. Seine SLA läuft weiter.</translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation>Als Falsch-Positiv markieren</translation>
    </message>
    <message>
        <source>The scanner is wrong here. Say why, so that a reviewer can check it.</source>
        <translation>Der Scanner irrt sich hier. Begründen Sie es, damit eine prüfende Person es nachvollziehen kann.</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>The finding stays but is not fixed for now. Say why and until when; on that date it opens again.</source>
        <translation>Der Befund bleibt bestehen, wird aber vorerst nicht behoben. Geben Sie Grund und Frist an; an diesem Datum wird er wieder geöffnet.</translation>
    </message>
    <message>
        <source>Mark as mitigated</source>
        <translation>Als entschärft markieren</translation>
    </message>
    <message>
        <source>Something else (a network policy, a WAF rule, a configuration) removes the risk.</source>
        <translation>Etwas anderes (eine Network Policy, eine WAF-Regel, eine Konfiguration) beseitigt das Risiko.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Back to open: the earlier decision no longer holds.</source>
        <translation>Zurück auf offen: Die frühere Entscheidung gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Who takes care of it. Leave empty to clear the assignee.</source>
        <translation>Wer sich darum kümmert. Leer lassen, um die Zuständigkeit zu entfernen.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Adds a note to the triage history; nothing else changes.</source>
        <translation>Fügt dem Bewertungsverlauf eine Notiz hinzu; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>e.g. the vulnerable function is not in this build</source>
        <translation>z. B. die verwundbare Funktion ist in diesem Build nicht enthalten</translation>
    </message>
    <message>
        <source>e.g. only reachable from the internal network; fix planned with the 2.0 base image</source>
        <translation>z. B. nur aus dem internen Netz erreichbar; Fix mit dem 2.0-Basis-Image geplant</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>Akzeptiert b&amp;is:</translation>
    </message>
    <message>
        <source>empty clears the assignee</source>
        <translation>leer entfernt die Zuständigkeit</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständige Person:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>No finding is selected.</source>
        <translation>Kein Befund ist ausgewählt.</translation>
    </message>
    <message>
        <source>Say why this is a false positive.</source>
        <translation>Begründen Sie, warum dies ein Falsch-Positiv ist.</translation>
    </message>
    <message>
        <source>Say why the risk is accepted.</source>
        <translation>Begründen Sie, warum das Risiko akzeptiert wird.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Write the comment.</source>
        <translation>Schreiben Sie den Kommentar.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n finding.</source>
        <translation>
            <numerusform>Gilt für %n Befund.</numerusform>
            <numerusform>Gilt für %n Befunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln findings.</source>
        <translation>
            <numerusform>Gilt für %Ln Befund.</numerusform>
            <numerusform>Gilt für %Ln Befunde.</numerusform>
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
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>Search workload, namespace or image  ( / )</source>
        <translation>Workload, Namespace oder Image durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>Nicht bestandene Prüfung</translation>
    </message>
    <message>
        <source>Failing: any check</source>
        <translation>Nicht bestanden: beliebige Prüfung</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>Nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Only &amp;failing</source>
        <translation>Nur &amp;nicht bestandene</translation>
    </message>
    <message>
        <source>Only workloads that fail at least one check</source>
        <translation>Nur Workloads, die mindestens eine Prüfung nicht bestehen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Service-Account: %1</translation>
    </message>
    <message>
        <source>Collected %1</source>
        <translation>Erfasst %1</translation>
    </message>
    <message>
        <source>No check fails</source>
        <translation>Alle Prüfungen bestanden</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>pods, containers</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pods</source>
        <translation>
            <numerusform>%Ln Pod</numerusform>
            <numerusform>%Ln Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln containers</source>
        <translation>
            <numerusform>%Ln Container</numerusform>
            <numerusform>%Ln Container</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checks fail, the worst %1</source>
        <translation>
            <numerusform>%Ln Prüfung nicht bestanden, die schwerste %1</numerusform>
            <numerusform>%Ln Prüfungen nicht bestanden, die schwerste %1</numerusform>
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
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt erfassen</translation>
    </message>
    <message>
        <source>Collect every source again, clusters included</source>
        <translation>Alle Quellen erneut erfassen, einschließlich Cluster</translation>
    </message>
    <message>
        <source>workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>&amp;Search workloads</source>
        <translation>Workloads &amp;suchen</translation>
    </message>
    <message>
        <source>No clusters yet</source>
        <translation>Noch keine Cluster</translation>
    </message>
    <message>
        <source>Bulkhead reads what runs in your Kubernetes clusters through the API, read-only, with a context of your kubeconfig: every Deployment, StatefulSet, DaemonSet, CronJob and bare pod is checked for privileged containers, privilege escalation, capabilities, root users, writable root filesystems, seccomp and AppArmor profiles, host namespaces and paths, secrets in environment variables, unpinned or untrusted images and service-account tokens; every namespace for default-deny NetworkPolicies. Secret values are never read.</source>
        <translation>Bulkhead liest über die API, was in Ihren Kubernetes-Clustern läuft, nur lesend, mit einem Kontext Ihrer Kubeconfig: Jedes Deployment, jedes StatefulSet, jedes DaemonSet, jeder CronJob und jeder einzelne Pod wird auf privilegierte Container, Rechteausweitung, Capabilities, root-Benutzer, beschreibbare Root-Dateisysteme, seccomp- und AppArmor-Profile, Host-Namespaces und -Pfade, Secrets in Umgebungsvariablen, nicht fixierte oder nicht vertrauenswürdige Images und Service-Account-Tokens geprüft; jeder Namespace auf Default-deny-NetworkPolicies. Secret-Werte werden nie gelesen.</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then bulkheadctl collect. The Sources menu has Add cluster… too.</source>
        <translation>Oder im Terminal: bulkheadctl source add cluster NAME --context CONTEXT, dann bulkheadctl collect. Auch das Menü „Quellen“ enthält „Cluster hinzufügen…“.</translation>
    </message>
    <message>
        <source>Counting workloads…</source>
        <translation>Workloads werden gezählt…</translation>
    </message>
    <message>
        <source> · nothing collected under this filter yet: Collect now reads the clusters</source>
        <translation> · unter diesem Filter noch nichts erfasst: „Jetzt erfassen“ liest die Cluster</translation>
    </message>
    <message numerus="yes">
        <source> from %n cluster source</source>
        <translation>
            <numerusform> aus %n Cluster-Quelle</numerusform>
            <numerusform> aus %n Cluster-Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln cluster sources</source>
        <translation>
            <numerusform> aus %Ln Cluster-Quelle</numerusform>
            <numerusform> aus %Ln Cluster-Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workloads</source>
        <translation>
            <numerusform>%Ln Workload</numerusform>
            <numerusform>%Ln Workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sourceops</name>
    <message>
        <source>The password could not be stored in the keyring, so the source was not saved: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden, daher wurde die Quelle nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>Es gibt keine Quelle namens %1.</translation>
    </message>
</context>
</TS>
