<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>the PDF writer could not start painting</source>
        <translation>der PDF-Writer konnte nicht mit dem Zeichnen beginnen</translation>
    </message>
    <message>
        <source>the PDF writer failed to finish the document</source>
        <translation>der PDF-Writer konnte das Dokument nicht abschließen</translation>
    </message>
    <message>
        <source>the layout differs between passes (measured %1 pages, painted %2)</source>
        <translation>das Layout unterscheidet sich zwischen den Durchläufen (%1 Seiten vermessen, %2 gezeichnet)</translation>
    </message>
    <message>
        <source>Build</source>
        <comment>short area name on a chart axis</comment>
        <translation>Build</translation>
    </message>
    <message>
        <source>Runtime</source>
        <comment>short area name on a chart axis</comment>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Secrets</source>
        <comment>short area name on a chart axis</comment>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>short area name on a chart axis</comment>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Supply</source>
        <comment>short area name on a chart axis</comment>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>short area name on a chart axis</comment>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Score per area (0-100)</source>
        <translation>Score je Bereich (0–100)</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no score</comment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Overall score, 90 days to %1</source>
        <translation>Gesamtscore, 90 Tage bis %1</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>not all of the data reached the disk</source>
        <translation>nicht alle Daten wurden auf den Datenträger geschrieben</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation>SHA-256 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the report history: %2</source>
        <translation>%1 wurde geschrieben, aber nicht im Berichtsverlauf erfasst: %2</translation>
    </message>
    <message>
        <source>DEMO STORE</source>
        <translation>DEMO-DATENBESTAND</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>%1: cancelled, no file written</source>
        <translation>%1: abgebrochen, keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Risk acceptances</source>
        <translation>Risikoakzeptanzen</translation>
    </message>
    <message>
        <source>No finding in scope is marked as an accepted risk.</source>
        <translation>Kein Befund im Umfang ist als akzeptiertes Risiko markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings are accepted risks, %1 as of %2 (an expired acceptance counts as open again). Soonest expiry first.</source>
        <translation>
            <numerusform>%Ln Befund ist als Risiko akzeptiert, %1, Stand %2 (eine abgelaufene Akzeptanz gilt wieder als offen). Früheste Ablaufdaten zuerst.</numerusform>
            <numerusform>%Ln Befunde sind als Risiko akzeptiert, %1, Stand %2 (eine abgelaufene Akzeptanz gilt wieder als offen). Früheste Ablaufdaten zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them expired</source>
        <translation>
            <numerusform>davon %Ln abgelaufen</numerusform>
            <numerusform>davon %Ln abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>accepted by whom, on which day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>expired, ignored: the evidence decides</source>
        <translation>abgelaufen, ignoriert: die Nachweise entscheiden</translation>
    </message>
    <message>
        <source>not in force at the report&apos;s date</source>
        <translation>zum Berichtsdatum nicht gültig</translation>
    </message>
    <message>
        <source>valid, counted</source>
        <translation>gültig, angerechnet</translation>
    </message>
    <message>
        <source>valid, the evidence decides</source>
        <translation>gültig, die Nachweise entscheiden</translation>
    </message>
    <message>
        <source>Attestation: none recorded (one would show that %1).</source>
        <translation>Bestätigung: keine erfasst (eine Bestätigung würde belegen, dass %1).</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, expires %4 (%5)</source>
        <translation>%1 von %2 am %3, läuft ab am %4 (%5)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1 (%2 Byte, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Each control of the practice guide with its status as of %1. Pass and attested count 1 in the score, partial 0.5, fail 0; not assessed controls are left out of the score and listed as a coverage gap. Measures are what Bulkhead checked, with their numbers.</source>
        <translation>Jede Kontrolle des Praxisleitfadens mit ihrem Status, Stand %1. Erfüllt und bestätigt zählen im Score 1, teilweise 0,5, nicht erfüllt 0; nicht bewertete Kontrollen bleiben beim Score außen vor und werden als Abdeckungslücke aufgeführt. Messgrößen sind das, was Bulkhead geprüft hat, mit ihren Zahlen.</translation>
    </message>
    <message>
        <source>Checked by: %1</source>
        <translation>Geprüft durch: %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>nothing collected speaks to it, so not assessed.</source>
        <translation>nichts Erfasstes spricht dazu, daher nicht bewertet.</translation>
    </message>
    <message>
        <source>%1, so not assessed.</source>
        <comment>the reason is core&apos;s text</comment>
        <translation>%1, daher nicht bewertet.</translation>
    </message>
    <message>
        <source>Collection coverage</source>
        <translation>Abdeckung der Erfassung</translation>
    </message>
    <message>
        <source>Nothing was collected or imported: no source is configured and no scanner report was imported, so every control is not assessed.</source>
        <translation>Es wurde nichts erfasst oder importiert: Es ist keine Quelle eingerichtet und kein Scanner-Bericht importiert, daher ist keine Kontrolle bewertet.</translation>
    </message>
    <message>
        <source>Each source as of now (coverage is not kept per day): its last successful collection and what it could not collect. A control that depends on something missing here is not assessed, or assessed on what was seen.</source>
        <translation>Jede Quelle mit aktuellem Stand (die Abdeckung wird nicht tageweise gespeichert): ihre letzte erfolgreiche Erfassung und was sie nicht erfassen konnte. Eine Kontrolle, die von etwas hier Fehlendem abhängt, ist nicht bewertet oder nur anhand des Gesehenen bewertet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Not collected, and why</source>
        <translation>Nicht erfasst, und warum</translation>
    </message>
    <message>
        <source>Appendix: sources</source>
        <translation>Anhang: Quellen</translation>
    </message>
    <message>
        <source>No source is configured and no scanner report was imported.</source>
        <translation>Es ist keine Quelle eingerichtet und kein Scanner-Bericht importiert.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>How this report was made</source>
        <translation>Wie dieser Bericht entstanden ist</translation>
    </message>
    <message>
        <source>Bulkhead %1 read the store %2 (store id %3) in one read transaction on %4 and laid this report out from what it read. Scores follow docs/controls-and-score.md; the findings lists and the SLA follow docs/reports.md.</source>
        <translation>Bulkhead %1 hat den Datenbestand %2 (Datenbestands-ID %3) am %4 in einer einzigen Lesetransaktion gelesen und diesen Bericht aus dem Gelesenen erstellt. Die Scores folgen docs/controls-and-score.md, die Befundlisten und die SLA folgen docs/reports.md.</translation>
    </message>
    <message>
        <source>Drills and post-incident reviews</source>
        <translation>Notfallübungen und Nachbetrachtungen</translation>
    </message>
    <message>
        <source>No drill is planned in the store.</source>
        <translation>Im Datenbestand ist keine Notfallübung geplant.</translation>
    </message>
    <message>
        <source>Drills as of %1: a drill is overdue when its cadence has passed since it was last completed (or since it was planned, when never completed).</source>
        <translation>Notfallübungen, Stand %1: Eine Übung ist überfällig, wenn seit ihrem letzten Abschluss (oder, falls nie abgeschlossen, seit ihrer Planung) mehr als ihr Intervall vergangen ist.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste fällig</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>due day of a drill</comment>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <comment>open actions</comment>
        <translation>%1 (%2 überfällig)</translation>
    </message>
    <message>
        <source>Post-incident reviews (%1)</source>
        <translation>Nachbetrachtungen (%1)</translation>
    </message>
    <message>
        <source>No post-incident review is recorded.</source>
        <translation>Es ist keine Nachbetrachtung erfasst.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Erledigte Maßnahmen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <comment>post-incident review not completed</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>keine SLA</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <comment>SLA: overdue by a number of days</comment>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>due %1</source>
        <comment>SLA: due on a day</comment>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>kein Fix</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings are open or confirmed in scope, on %1. Every critical and high one is listed below with its SLA state (due date from the SLA policy set in Bulkhead&apos;s settings, counted from first seen); medium and below are summarised.</source>
        <translation>
            <numerusform>%Ln Befund im Umfang ist offen oder bestätigt, auf %1. Jeder kritische und hohe Befund ist unten mit seinem SLA-Status aufgeführt (Fälligkeit laut der SLA-Richtlinie in den Einstellungen von Bulkhead, gezählt ab dem ersten Auftreten); mittlere und niedrigere sind zusammengefasst.</numerusform>
            <numerusform>%Ln Befunde im Umfang sind offen oder bestätigt, auf %1. Jeder kritische und hohe Befund ist unten mit seinem SLA-Status aufgeführt (Fälligkeit laut der SLA-Richtlinie in den Einstellungen von Bulkhead, gezählt ab dem ersten Auftreten); mittlere und niedrigere sind zusammengefasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assets</source>
        <translation>
            <numerusform>%Ln Asset</numerusform>
            <numerusform>%Ln Assets</numerusform>
        </translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By control</source>
        <translation>Nach Kontrolle</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>severity</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <comment>severity</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>severity</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low and other</source>
        <translation>Niedrig u. a.</translation>
    </message>
    <message>
        <source>(rules mapped to no control)</source>
        <translation>(Regeln ohne zugeordnete Kontrolle)</translation>
    </message>
    <message>
        <source>Critical and high findings (%1)</source>
        <translation>Kritische und hohe Befunde (%1)</translation>
    </message>
    <message>
        <source>No critical or high finding is open.</source>
        <translation>Kein kritischer oder hoher Befund ist offen.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed → fix</source>
        <translation>Installiert → Fix</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA-Fälligkeit</translation>
    </message>
    <message>
        <source>Medium and below</source>
        <translation>Mittel und niedriger</translation>
    </message>
    <message>
        <source>No medium, low or unrated finding is open.</source>
        <translation>Kein mittlerer, niedriger oder unbewerteter Befund ist offen.</translation>
    </message>
    <message>
        <source>Fix known</source>
        <translation>Fix bekannt</translation>
    </message>
    <message>
        <source>Past SLA</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>RBAC review</source>
        <translation>RBAC-Überprüfung</translation>
    </message>
    <message>
        <source>No cluster&apos;s RBAC is in the store (none collected in scope), so there is nothing to review.</source>
        <translation>Der Datenbestand enthält keine RBAC-Daten eines Clusters (im Umfang keine erfasst), daher gibt es nichts zu überprüfen.</translation>
    </message>
    <message>
        <source>Review status of the role bindings of each cluster as collected now (the RBAC review is not kept per day, so an as-of date does not change it). A binding is current when its review has not expired and it has not changed since.</source>
        <translation>Überprüfungsstatus der Role-Bindings jedes Clusters nach aktuellem Erfassungsstand (die RBAC-Überprüfung wird nicht tageweise gespeichert, ein Stichtag ändert sie daher nicht). Ein Binding ist aktuell, wenn seine Überprüfung nicht abgelaufen ist und es sich seitdem nicht geändert hat.</translation>
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
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nie überprüft</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Risky subjects (%1)</source>
        <translation>Riskante Subjekte (%1)</translation>
    </message>
    <message>
        <source>No subject holds a high or critical risk rule.</source>
        <translation>Kein Subjekt hat eine Regel mit hohem oder kritischem Risiko.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Höchstes</translation>
    </message>
    <message>
        <source>Why risky</source>
        <translation>Warum riskant</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <comment>RBAC subject</comment>
        <translation>%1 (Namespace %2)</translation>
    </message>
    <message>
        <source>Secret rotation</source>
        <translation>Secret-Rotation</translation>
    </message>
    <message>
        <source>No secret is in the store in scope: no cluster, Vault or inventory secrets collected.</source>
        <translation>Der Datenbestand enthält im Umfang kein Secret: keine Cluster-, Vault- oder Inventar-Secrets erfasst.</translation>
    </message>
    <message>
        <source>Ages as of %1 against each secret&apos;s rotation policy. The age comes from the last rotation when it is known, else from the creation time (an upper bound); a secret whose age cannot be told is counted as unknown, not as compliant.</source>
        <translation>Alter mit Stand %1, gemessen an der Rotationsrichtlinie jedes Secrets. Das Alter ergibt sich aus der letzten Rotation, sofern bekannt, sonst aus dem Erstellungszeitpunkt (eine Obergrenze); ein Secret, dessen Alter sich nicht bestimmen lässt, zählt als unbekannt, nicht als konform.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Within policy</source>
        <translation>Richtlinie eingehalten</translation>
    </message>
    <message>
        <source>Due in 14 days</source>
        <translation>Fällig in 14 Tagen</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Overdue secrets (%1)</source>
        <translation>Überfällige Secrets (%1)</translation>
    </message>
    <message>
        <source>No secret is past its rotation policy.</source>
        <translation>Kein Secret hat seine Rotationsrichtlinie überschritten.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Alter aus</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the rest of a list of controls</comment>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The posture score is %1 of 100, over %2 of %n controls that could be assessed.</source>
        <translation>
            <numerusform>Die Sicherheitsbewertung beträgt %1 von 100, ermittelt aus %2 von %n Kontrolle, die bewertet werden konnten.</numerusform>
            <numerusform>Die Sicherheitsbewertung beträgt %1 von 100, ermittelt aus %2 von %n Kontrollen, die bewertet werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No control could be assessed from what the store holds, so there is no score.</source>
        <translation>Anhand des Datenbestands konnte keine Kontrolle bewertet werden, daher gibt es keinen Score.</translation>
    </message>
    <message numerus="yes">
        <source>%n controls fail (%1).</source>
        <translation>
            <numerusform>%n Kontrolle ist nicht erfüllt (%1).</numerusform>
            <numerusform>%n Kontrollen sind nicht erfüllt (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls are partial.</source>
        <translation>
            <numerusform>%n Kontrolle ist teilweise erfüllt.</numerusform>
            <numerusform>%n Kontrollen sind teilweise erfüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No control fails; %n are partial.</source>
        <translation>
            <numerusform>Keine Kontrolle ist nicht erfüllt; %n ist teilweise erfüllt.</numerusform>
            <numerusform>Keine Kontrolle ist nicht erfüllt; %n sind teilweise erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessed control fails or is partial.</source>
        <translation>Keine bewertete Kontrolle ist nicht oder nur teilweise erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 critical and %Ln high findings are open.</source>
        <translation>
            <numerusform>Offene Befunde: %1 kritisch, %Ln hoch.</numerusform>
            <numerusform>Offene Befunde: %1 kritisch, %Ln hoch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are past their SLA.</source>
        <translation>
            <numerusform>Davon hat %Ln die SLA-Frist überschritten.</numerusform>
            <numerusform>Davon haben %Ln die SLA-Frist überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weakest area is %1 (%2).</source>
        <translation>Der schwächste Bereich ist %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets are past their rotation policy.</source>
        <translation>
            <numerusform>%Ln Secret hat seine Rotationsrichtlinie überschritten.</numerusform>
            <numerusform>%Ln Secrets haben ihre Rotationsrichtlinie überschritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls are not assessed: the collection coverage section says what was not collected.</source>
        <translation>
            <numerusform>%n Kontrolle ist nicht bewertet: Der Abschnitt zur Abdeckung der Erfassung nennt, was nicht erfasst wurde.</numerusform>
            <numerusform>%n Kontrollen sind nicht bewertet: Der Abschnitt zur Abdeckung der Erfassung nennt, was nicht erfasst wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Gesamtscore</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%2 of %n controls assessed; not assessed ones are left out)</source>
        <translation>
            <numerusform>%1  (%2 von %n Kontrolle bewertet; nicht bewertete bleiben außen vor)</numerusform>
            <numerusform>%1  (%2 von %n Kontrollen bewertet; nicht bewertete bleiben außen vor)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 attested, %3 partial, %4 fail, %5 not assessed</source>
        <translation>%1 erfüllt, %2 bestätigt, %3 teilweise, %4 nicht erfüllt, %5 nicht bewertet</translation>
    </message>
    <message>
        <source>Statuses from</source>
        <translation>Status aus</translation>
    </message>
    <message>
        <source>the snapshot of %1</source>
        <translation>dem Snapshot vom %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a finding status: 12 open</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Findings in scope</source>
        <translation>Befunde im Umfang</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation>Score je Bereich</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Weight assessed</source>
        <translation>Bewertetes Gewicht</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>Score-Verlauf</translation>
    </message>
    <message>
        <source>No snapshot with a score in the 90 days up to %1: the trend starts with the next import, collection or sign-off.</source>
        <translation>Kein Snapshot mit Score in den 90 Tagen bis %1: Der Verlauf beginnt mit dem nächsten Import, der nächsten Erfassung oder Freigabe.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>finding status</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>finding status</comment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>false positive</source>
        <comment>finding status</comment>
        <translation>Falsch-Positiv</translation>
    </message>
    <message>
        <source>risk accepted</source>
        <comment>finding status</comment>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>mitigated</source>
        <comment>finding status</comment>
        <translation>entschärft</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>finding status</comment>
        <translation>behoben</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>finding status</comment>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <comment>finding kind</comment>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>misconfiguration</source>
        <comment>finding kind</comment>
        <translation>Fehlkonfiguration</translation>
    </message>
    <message>
        <source>secret</source>
        <comment>finding kind</comment>
        <translation>Secret</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>finding kind</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>current</source>
        <comment>RBAC binding review state</comment>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>due</source>
        <comment>RBAC binding review state</comment>
        <translation>fällig</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <comment>RBAC binding review state</comment>
        <translation>nie überprüft</translation>
    </message>
    <message>
        <source>changed since review</source>
        <comment>RBAC binding review state</comment>
        <translation>seit Überprüfung geändert</translation>
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
        <translation>Inventar</translation>
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
    <message>
        <source>registry</source>
        <comment>source kind</comment>
        <translation>Registry</translation>
    </message>
    <message>
        <source>cluster</source>
        <comment>source kind</comment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Vault</source>
        <comment>source kind</comment>
        <translation>Vault</translation>
    </message>
    <message>
        <source>inventory</source>
        <comment>source kind</comment>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>scanner</source>
        <comment>source kind</comment>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>collection status</comment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>collection status</comment>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>collection status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>never collected</source>
        <comment>collection status</comment>
        <translation>nie erfasst</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>collection status</comment>
        <translation>importiert</translation>
    </message>
    <message>
        <source>stale</source>
        <comment>collection status</comment>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>running</source>
        <comment>collection status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>collection status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>tabletop</source>
        <comment>drill kind</comment>
        <translation>Planspiel</translation>
    </message>
    <message>
        <source>post-incident</source>
        <comment>drill kind</comment>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>attestation status</comment>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>attestation status</comment>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>attestation status</comment>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>attestation status</comment>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <comment>date, time of day</comment>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a number of days, abbreviated</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Container security posture report</source>
        <translation>Bericht zur Sicherheitslage der Container</translation>
    </message>
    <message>
        <source>Build and image security</source>
        <translation>Build- und Image-Sicherheit</translation>
    </message>
    <message>
        <source>Runtime controls</source>
        <translation>Laufzeitkontrollen</translation>
    </message>
    <message>
        <source>Secrets and configuration</source>
        <translation>Secrets und Konfiguration</translation>
    </message>
    <message>
        <source>Access and identity</source>
        <translation>Zugriff und Identität</translation>
    </message>
    <message>
        <source>CI/CD and supply chain</source>
        <translation>CI/CD und Lieferkette</translation>
    </message>
    <message>
        <source>Incident readiness and governance</source>
        <translation>Vorfallbereitschaft und Governance</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>severity</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>severity</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>severity</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>control status</comment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partial</source>
        <comment>control status</comment>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>control status</comment>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Attested</source>
        <comment>control status</comment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <comment>control status</comment>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>DEMO STORE: synthetic data, not an assessment of any real system</source>
        <translation>DEMO-DATENBESTAND: synthetische Daten, keine Bewertung eines realen Systems</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>%1 (a past date: statuses from the snapshot of that day)</source>
        <translation>%1 (ein zurückliegendes Datum: Status aus dem Snapshot dieses Tages)</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Bulkhead version</source>
        <translation>Bulkhead-Version</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Datenbestands-ID</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Datenbestandsdatei</translation>
    </message>
    <message>
        <source>What the scope and date cover</source>
        <translation>Was Umfang und Datum abdecken</translation>
    </message>
    <message>
        <source>Every name in this report (images, packages, clusters, bindings, secrets) is printed as it was collected or imported, as plain text. The file&apos;s SHA-256 is written beside it (FILE.sha256) and recorded in the store&apos;s report history.</source>
        <translation>Jeder Name in diesem Bericht (Images, Pakete, Cluster, Bindings, Secrets) ist so wiedergegeben, wie er erfasst oder importiert wurde, als reiner Text. Der SHA-256 der Datei steht daneben (FILE.sha256) und ist im Berichtsverlauf des Datenbestands erfasst.</translation>
    </message>
</context>
</TS>
