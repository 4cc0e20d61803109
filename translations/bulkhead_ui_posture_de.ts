<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChecksumCheckText</name>
    <message>
        <source>it could not be read</source>
        <translation>sie konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: checksum matches</source>
        <translation>%1: Prüfsumme stimmt überein</translation>
    </message>
    <message>
        <source>%1: checksum differs: the file was changed after it was written</source>
        <translation>%1: Prüfsumme weicht ab: Die Datei wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>%1: file missing</source>
        <translation>%1: Datei fehlt</translation>
    </message>
    <message>
        <source>%1: checksum not verified: %2</source>
        <translation>%1: Prüfsumme nicht geprüft: %2</translation>
    </message>
</context>
<context>
    <name>ControlsText</name>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
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
        <translation>Notfallbereitschaft und Governance</translation>
    </message>
    <message>
        <source>holds (pass)</source>
        <translation>gilt (erfüllt)</translation>
    </message>
    <message>
        <source>holds in part (partial)</source>
        <translation>gilt teilweise (teilweise)</translation>
    </message>
    <message>
        <source>does not hold (fail)</source>
        <translation>gilt nicht (nicht erfüllt)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not assessed: %1</source>
        <translation>nicht bewertet: %1</translation>
    </message>
    <message>
        <source>%1 %2, none %3</source>
        <translation>%1 %2, keiner %3</translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation>In %1 anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DrillsText</name>
    <message>
        <source>Post-incident review</source>
        <translation>Nachbetrachtung (Post-Incident-Review)</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Planspiel</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 von %2 Punkten erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Täglich (%Ln)</numerusform>
            <numerusform>Alle %Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
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
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
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
        <translation>Notfallübungen</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenreview</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>the store could not be read: %1</source>
        <translation>der Datenbestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the report history: %2</source>
        <translation>%1 wurde geschrieben, aber nicht im Berichtsverlauf vermerkt: %2</translation>
    </message>
    <message>
        <source>SLA %1 / %2 / %3 / %4 days (critical / high / medium / low)</source>
        <translation>SLA %1 / %2 / %3 / %4 Tage (kritisch / hoch / mittel / niedrig)</translation>
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
        <translation>kein Risiko</translation>
    </message>
    <message>
        <source>cluster-admin</source>
        <translation>cluster-admin</translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation>Wildcard</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
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
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>CSR approve</source>
        <translation>CSR genehmigen</translation>
    </message>
    <message>
        <source>create pods</source>
        <translation>Pods erstellen</translation>
    </message>
    <message>
        <source>create PV</source>
        <translation>PV erstellen</translation>
    </message>
    <message>
        <source>missing SA</source>
        <translation>SA fehlt</translation>
    </message>
    <message>
        <source>missing role</source>
        <translation>Rolle fehlt</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nie überprüft</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>review state: due for review again</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>never reviewed</source>
        <translation>nie überprüft</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Reduzieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>The binding is needed as it is.</source>
        <translation>Das Binding wird so benötigt, wie es ist.</translation>
    </message>
    <message>
        <source>The binding grants more than needed: its role or subjects should shrink.</source>
        <translation>Das Binding gewährt mehr als nötig: Seine Rolle oder seine Subjekte sollten eingeschränkt werden.</translation>
    </message>
    <message>
        <source>The binding is not needed any more and should be deleted.</source>
        <translation>Das Binding wird nicht mehr benötigt und sollte gelöscht werden.</translation>
    </message>
    <message>
        <source>Someone else has to decide (the owner, security).</source>
        <translation>Jemand anderes muss entscheiden (die verantwortliche Person, das Security-Team).</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>(no subjects)</source>
        <translation>(keine Subjekte)</translation>
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
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>SecretReevaluationText</name>
    <message>
        <source>The secrets could not be judged by the new policy: %1</source>
        <translation>Die Secrets konnten nicht nach der neuen Richtlinie bewertet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Secrets judged by the new policy: %Ln secrets, %1 overdue (%2 new findings, %3 resolved).</source>
        <translation>
            <numerusform>Secrets nach der neuen Richtlinie bewertet: %Ln Secret, %1 überfällig (%2 neue Befunde, %3 behoben).</numerusform>
            <numerusform>Secrets nach der neuen Richtlinie bewertet: %Ln Secrets, %1 überfällig (%2 neue Befunde, %3 behoben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReviewText</name>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>attested</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Registry %1</source>
        <translation>Registry %1</translation>
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
        <translation>Inventar %1</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 Berichte</translation>
    </message>
    <message>
        <source>Stopped reporting</source>
        <translation>Meldet nicht mehr</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Schlägt fehl</translation>
    </message>
    <message>
        <source>No report since the baseline</source>
        <translation>Kein Bericht seit der Vergleichsbasis</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>No sign-off yet and no snapshot to compare with: everything reads as new.</source>
        <translation>Noch keine Freigabe und kein Snapshot zum Vergleichen: Alles erscheint als neu.</translation>
    </message>
    <message>
        <source>No snapshot as old as %1: everything reads as new.</source>
        <translation>Kein Snapshot, der bis %1 zurückreicht: Alles erscheint als neu.</translation>
    </message>
    <message>
        <source>Compared with the last sign-off&apos;s snapshot, %1.</source>
        <translation>Verglichen mit dem Snapshot der letzten Freigabe, %1.</translation>
    </message>
    <message>
        <source>No sign-off yet: compared with the oldest snapshot, %1.</source>
        <translation>Noch keine Freigabe: verglichen mit dem ältesten Snapshot, %1.</translation>
    </message>
    <message>
        <source>Compared with the newest snapshot at or before %1, taken %2.</source>
        <translation>Verglichen mit dem neuesten Snapshot am oder vor dem %1, aufgenommen am %2.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddActionDialog</name>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>What changes, e.g. &quot;Rotate registry robot accounts every 90 days&quot;</source>
        <translation>Was sich ändert, z. B. „Robot-Konten der Registry alle 90 Tage rotieren“</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>The control the action strengthens (e.g. SEC-3); may stay empty</source>
        <translation>Die Kontrolle, die die Maßnahme stärkt (z. B. SEC-3); darf leer bleiben</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation>&amp;Kontrolle:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Geben Sie an, worin die Maßnahme besteht.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AttestationDialog</name>
    <message>
        <source>evidence file %1 %2</source>
        <translation>Nachweisdatei %1 %2</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>evidence file %1: %2</source>
        <translation>Nachweisdatei %1: %2</translation>
    </message>
    <message>
        <source>An attestation counts while Bulkhead has no evidence to assess this control.</source>
        <translation>Eine Bestätigung zählt, solange Bulkhead keine Nachweise hat, um diese Kontrolle zu bewerten.</translation>
    </message>
    <message>
        <source>A valid attestation suffices, even where Bulkhead&apos;s own evidence falls short.</source>
        <translation>Eine gültige Bestätigung genügt, auch wo Bulkheads eigene Nachweise nicht ausreichen.</translation>
    </message>
    <message>
        <source>Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the evidence.</source>
        <translation>Einen Teil dieser Kontrolle kann Bulkhead nicht einsehen: Sie braucht neben den Nachweisen auch eine Bestätigung.</translation>
    </message>
    <message>
        <source>Attest %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The attestation must show: %1</source>
        <translation>Die Bestätigung muss zeigen: %1</translation>
    </message>
    <message>
        <source>Pass: the control is met</source>
        <translation>Erfüllt: Die Kontrolle ist eingehalten</translation>
    </message>
    <message>
        <source>Partial: met in part</source>
        <translation>Teilweise: teilweise eingehalten</translation>
    </message>
    <message>
        <source>Fail: the control is not met</source>
        <translation>Nicht erfüllt: Die Kontrolle ist nicht eingehalten</translation>
    </message>
    <message>
        <source>Withdrawn: end the current attestation</source>
        <translation>Zurückgezogen: die aktuelle Bestätigung beenden</translation>
    </message>
    <message>
        <source>What shows it: a configuration reviewed, a report, a ticket; who checked, and where</source>
        <translation>Was es belegt: eine geprüfte Konfiguration, ein Bericht, ein Ticket; wer geprüft hat und wo</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>&amp;Link hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Each file up to %1 MiB; stored in the store with its SHA-256.</source>
        <translation>Jede Datei bis %1 MiB; wird mit ihrem SHA-256 im Datenbestand gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Läuft &amp;ab am:</translation>
    </message>
    <message>
        <source>Record attestation</source>
        <translation>Bestätigung erfassen</translation>
    </message>
    <message>
        <source>“%1” is not a link; write it whole, e.g. https://wiki.example/etcd-encryption</source>
        <translation>„%1“ ist kein Link; schreiben Sie ihn vollständig, z. B. https://wiki.example/etcd-encryption</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Nachweisdateien anhängen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird erfasst…</translation>
    </message>
    <message>
        <source>Describe the evidence: what shows that the control is met.</source>
        <translation>Beschreiben Sie den Nachweis: Was zeigt, dass die Kontrolle eingehalten ist?</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1. Remove it to go on.</source>
        <translation>%1. Entfernen Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Nichts wurde erfasst: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlDetailPane</name>
    <message>
        <source>Attest…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Record what a person checked for this control: status, evidence, links or files, and until when it holds</source>
        <translation>Erfassen, was eine Person für diese Kontrolle geprüft hat: Status, Nachweis, Links oder Dateien und bis wann es gilt</translation>
    </message>
    <message>
        <source>Choose a control to see why it has its status and the evidence behind it.</source>
        <translation>Wählen Sie eine Kontrolle, um zu sehen, warum sie ihren Status hat und welche Nachweise dahinterstehen.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source> · weight %1 in the score</source>
        <translation> · Gewicht %1 in der Bewertung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>How Bulkhead assesses it</source>
        <translation>Wie Bulkhead sie bewertet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Nothing Bulkhead collects speaks to this control; only an attestation can.</source>
        <translation>Nichts, was Bulkhead erfasst, betrifft diese Kontrolle; nur eine Bestätigung kann sie belegen.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>The items behind &quot;%1&quot; (%2)</source>
        <translation>Die Einträge hinter „%1“ (%2)</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>An attestation stands in while the evidence cannot assess this control.</source>
        <translation>Eine Bestätigung springt ein, solange die Nachweise diese Kontrolle nicht bewerten können.</translation>
    </message>
    <message>
        <source>A valid attestation suffices on its own, even when the evidence fails (Bulkhead cannot see all of it).</source>
        <translation>Eine gültige Bestätigung genügt allein, selbst wenn die Nachweise nicht erfüllt sind (Bulkhead sieht nicht alles).</translation>
    </message>
    <message>
        <source>Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the evidence.</source>
        <translation>Einen Teil dieser Kontrolle kann Bulkhead nicht einsehen: Sie braucht neben den Nachweisen auch eine Bestätigung.</translation>
    </message>
    <message>
        <source>An attestation must show: %1</source>
        <translation>Eine Bestätigung muss zeigen: %1</translation>
    </message>
    <message>
        <source>No attestation recorded.</source>
        <translation>Keine Bestätigung erfasst.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>expired: not counted</source>
        <translation>abgelaufen: zählt nicht</translation>
    </message>
    <message>
        <source>counted in the status</source>
        <translation>zählt für den Status</translation>
    </message>
    <message>
        <source>valid, not needed for the status</source>
        <translation>gültig, für den Status nicht nötig</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, expires %4 (%5)</source>
        <translation>%1 von %2 am %3, läuft ab am %4 (%5)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>File %1 (%2), SHA-256 %3</source>
        <translation>Datei %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>Earlier attestations</source>
        <translation>Frühere Bestätigungen</translation>
    </message>
    <message>
        <source>%1: %2 by %3, expires %4 — %5</source>
        <translation>%1: %2 von %3, läuft ab am %4 — %5</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsFilterBar</name>
    <message>
        <source>Search controls (id, practice, explanation)  Ctrl+F</source>
        <translation>Kontrollen durchsuchen (ID, Praxis, Erläuterung)  Strg+F</translation>
    </message>
    <message>
        <source>Search controls</source>
        <translation>Kontrollen durchsuchen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsListModel</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsLoader</name>
    <message>
        <source>Could not assess the controls: %1</source>
        <translation>Die Kontrollen konnten nicht bewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsView</name>
    <message>
        <source>Assessing the controls…</source>
        <translation>Kontrollen werden bewertet…</translation>
    </message>
    <message>
        <source>&amp;Search controls</source>
        <translation>Kontrollen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>The store is missing; nothing to assess.</source>
        <translation>Der Datenbestand fehlt; es gibt nichts zu bewerten.</translation>
    </message>
    <message>
        <source>The controls could not be assessed.</source>
        <translation>Die Kontrollen konnten nicht bewertet werden.</translation>
    </message>
    <message>
        <source>No control matches this filter.</source>
        <translation>Keine Kontrolle entspricht diesem Filter.</translation>
    </message>
    <message>
        <source> · %1 shown under this filter</source>
        <translation> · %1 bei diesem Filter angezeigt</translation>
    </message>
    <message>
        <source> · assessed %1</source>
        <translation> · bewertet %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>How the %1 score is computed</source>
        <translation>Wie die Bewertung „%1“ berechnet wird</translation>
    </message>
    <message>
        <source>Each assessed control counts with its weight: pass and attested 1, partial 0.5, fail 0. Controls not assessed are left out of the score and shown as coverage instead.</source>
        <translation>Jede bewertete Kontrolle zählt mit ihrem Gewicht: erfüllt und bestätigt 1, teilweise 0,5, nicht erfüllt 0. Nicht bewertete Kontrollen fließen nicht in die Bewertung ein und erscheinen stattdessen als Abdeckung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln controls: %1 fail, %2 partial, %3 pass, %4 attested, %5 not assessed</source>
        <translation>
            <numerusform>%Ln Kontrolle: %1 nicht erfüllt, %2 teilweise, %3 erfüllt, %4 bestätigt, %5 nicht bewertet</numerusform>
            <numerusform>%Ln Kontrollen: %1 nicht erfüllt, %2 teilweise, %3 erfüllt, %4 bestätigt, %5 nicht bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoverageBanner</name>
    <message>
        <source>Findings from a source that stopped reporting, fails or is silent are not counted as resolved: fewer findings from it mean Bulkhead sees less, not that anything was fixed.</source>
        <translation>Befunde einer Quelle, die nicht mehr meldet, fehlschlägt oder schweigt, zählen nicht als behoben: Weniger Befunde von ihr bedeuten, dass Bulkhead weniger sieht, nicht dass etwas behoben wurde.</translation>
    </message>
    <message>
        <source>(%1 items at the baseline, %2 now)</source>
        <translation>(%1 Einträge in der Vergleichsbasis, %2 jetzt)</translation>
    </message>
    <message numerus="yes">
        <source>Coverage changed: %Ln sources no longer report</source>
        <translation>
            <numerusform>Abdeckung geändert: %Ln Quelle meldet nicht mehr</numerusform>
            <numerusform>Abdeckung geändert: %Ln Quellen melden nicht mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage changed: %Ln new sources</source>
        <translation>
            <numerusform>Abdeckung geändert: %Ln neue Quelle</numerusform>
            <numerusform>Abdeckung geändert: %Ln neue Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CredentialsPage</name>
    <message>
        <source>A registry&apos;s docker config may name a credential helper (&quot;credsStore&quot; or &quot;credHelpers&quot;) that gives the login. Bulkhead runs docker-credential-NAME only for the helpers listed here, because a config file could otherwise make it run any program. The login the helper returns is used for the collection and never stored.</source>
        <translation>Die Docker-Konfiguration einer Registry kann einen Credential-Helper nennen („credsStore“ oder „credHelpers“), der die Anmeldedaten liefert. Bulkhead startet docker-credential-NAME nur für die hier eingetragenen Helper, denn sonst könnte eine Konfigurationsdatei es jedes beliebige Programm ausführen lassen. Die Anmeldedaten, die der Helper liefert, werden nur für die Erfassung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Approved credential helpers (one name per line, e.g. pass, secretservice, ecr-login):</source>
        <translation>Zugelassene Credential-&amp;Helper (ein Name pro Zeile, z. B. pass, secretservice, ecr-login):</translation>
    </message>
    <message>
        <source>bulkheadctl reads the same list; BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,... adds to it for one run.</source>
        <translation>bulkheadctl liest dieselbe Liste; BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,... ergänzt sie für einen Aufruf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential helper name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (the part after docker-credential-).</source>
        <translation>„%1“ ist kein Name eines Credential-Helpers: erlaubt sind Buchstaben, Ziffern, „.“, „_“ und „-“ (der Teil nach docker-credential-).</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillActionsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Due date as yyyy-MM-dd; empty for none</source>
        <translation>Fälligkeitsdatum als JJJJ-MM-TT; leer für keines</translation>
    </message>
    <message>
        <source>An action needs a text; it was left as it was.</source>
        <translation>Eine Maßnahme braucht einen Text; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as yyyy-MM-dd, or leave it empty.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillItemsModel</name>
    <message>
        <source>An item not done needs a note why before the run can be completed</source>
        <translation>Ein nicht erledigter Punkt braucht eine Begründung, bevor der Durchlauf abgeschlossen werden kann</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillRunEditor</name>
    <message>
        <source>Who took part, comma-separated</source>
        <translation>Wer teilgenommen hat, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>What happened: timeline, impact, how it was found, which controls failed</source>
        <translation>Was geschah: Zeitablauf, Auswirkung, wie es entdeckt wurde, welche Kontrollen versagt haben</translation>
    </message>
    <message>
        <source>In&amp;cident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>Space ticks the current item off; F2 or typing edits evidence and notes</source>
        <translation>Leertaste hakt den aktuellen Punkt ab; F2 oder Tippen bearbeitet Nachweise und Notizen</translation>
    </message>
    <message>
        <source>What went well, what did not, decisions taken</source>
        <translation>Was gut lief, was nicht, getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>Space marks the current action done; F2 or typing edits a cell</source>
        <translation>Leertaste markiert die aktuelle Maßnahme als erledigt; F2 oder Tippen bearbeitet eine Zelle</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>Maßnahme &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Co&amp;mplete run</source>
        <translation>Durchlauf a&amp;bschließen</translation>
    </message>
    <message>
        <source>Every checklist item must be done, or carry a note why it was not</source>
        <translation>Jeder Checklistenpunkt muss erledigt sein oder eine Begründung tragen, warum nicht</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Acti&amp;on items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>Check&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Choose a drill to see its runs.</source>
        <translation>Wählen Sie eine Notfallübung, um ihre Durchläufe zu sehen.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Completed: action items stay editable</source>
        <translation>Abgeschlossen: Maßnahmen bleiben bearbeitbar</translation>
    </message>
    <message>
        <source>Changes are saved as you make them</source>
        <translation>Änderungen werden sofort gespeichert</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 — run of %2 · %3 · %4</source>
        <translation>%1 — Durchlauf vom %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Run completed.</source>
        <translation>Durchlauf abgeschlossen.</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>Nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Tick these off, or say in their notes why they were not done: %1</source>
        <translation>Haken Sie diese ab oder begründen Sie in den Notizen, warum sie nicht erledigt wurden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Alle Änderungen gespeichert %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillTemplatesPanel</name>
    <message>
        <source>Drill templates</source>
        <translation>Übungsvorlagen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Co&amp;py to my templates</source>
        <translation>In meine Vorlagen &amp;kopieren</translation>
    </message>
    <message>
        <source>A copy of the chosen template that you can change; built-in templates stay as shipped</source>
        <translation>Eine änderbare Kopie der gewählten Vorlage; mitgelieferte Vorlagen bleiben unverändert</translation>
    </message>
    <message>
        <source>Sched&amp;ule drill…</source>
        <translation>Übun&amp;g planen…</translation>
    </message>
    <message>
        <source>Built-in template: read-only. Copy it to your templates to change it.</source>
        <translation>Mitgelieferte Vorlage: schreibgeschützt. Kopieren Sie sie in Ihre Vorlagen, um sie zu ändern.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Control ids it exercises, e.g. SEC-3 SUP-4</source>
        <translation>IDs der Kontrollen, die sie übt, z. B. SEC-3 SUP-4</translation>
    </message>
    <message>
        <source>One checklist item per line</source>
        <translation>Ein Checklistenpunkt pro Zeile</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Suggested &amp;cadence:</source>
        <translation>Empfohlener &amp;Rhythmus:</translation>
    </message>
    <message>
        <source>C&amp;ontrols:</source>
        <translation>K&amp;ontrollen:</translation>
    </message>
    <message>
        <source>Scen&amp;ario:</source>
        <translation>Sz&amp;enario:</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>Check&amp;liste:</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>Created; every change is saved as you leave a field</source>
        <translation>Angelegt; jede Änderung wird beim Verlassen eines Felds gespeichert</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Alle Änderungen gespeichert %1</translation>
    </message>
    <message>
        <source>New drill template</source>
        <translation>Neue Übungsvorlage</translation>
    </message>
    <message>
        <source>The situation the team walks through.</source>
        <translation>Die Lage, die das Team durchspielt.</translation>
    </message>
    <message>
        <source>Who is told first, and how?</source>
        <translation>Wer wird zuerst informiert, und wie?</translation>
    </message>
    <message>
        <source>%1 (our version)</source>
        <translation>%1 (unsere Fassung)</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsListModel</name>
    <message>
        <source>(template %1)</source>
        <translation>(Vorlage %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <source>Last completed run + cadence (%1)</source>
        <translation>Letzter abgeschlossener Durchlauf + Rhythmus (%1)</translation>
    </message>
    <message>
        <source>Scheduled on %1 + cadence; no run completed yet</source>
        <translation>Geplant am %1 + Rhythmus; noch kein Durchlauf abgeschlossen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Zuletzt abgeschlossen</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, %1 overdue</source>
        <translation>
            <numerusform>%Ln offen, %1 überfällig</numerusform>
            <numerusform>%Ln offen, %1 überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln offen</numerusform>
            <numerusform>%Ln offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsStore</name>
    <message>
        <source>The store failed without saying why.</source>
        <translation>Der Datenbestand ist ohne Angabe von Gründen fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsView</name>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>&amp;Drills</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Completed a run of %1.</source>
        <translation>Durchlauf von %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Filter drills by name, template or owner</source>
        <translation>Notfallübungen nach Name, Vorlage oder verantwortlicher Person filtern</translation>
    </message>
    <message>
        <source>Sch&amp;edule drill…</source>
        <translation>Übung &amp;planen…</translation>
    </message>
    <message>
        <source>Schedule a drill from a built-in template or one of yours</source>
        <translation>Eine Notfallübung aus einer mitgelieferten oder eigenen Vorlage planen</translation>
    </message>
    <message>
        <source>Start &amp;run…</source>
        <translation>Durchlauf &amp;starten…</translation>
    </message>
    <message>
        <source>Hold the chosen drill: a new run with the template&apos;s checklist</source>
        <translation>Die gewählte Übung abhalten: ein neuer Durchlauf mit der Checkliste der Vorlage</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Durchlaufverlauf</translation>
    </message>
    <message>
        <source>Run histor&amp;y</source>
        <translation>Durchlaufverlau&amp;f</translation>
    </message>
    <message>
        <source>Cannot read the drills: %1</source>
        <translation>Die Notfallübungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No drill is scheduled yet. &quot;Schedule drill…&quot; picks a template (a built-in tabletop exercise, the post-incident review, or one of yours), an owner and a cadence; INC-2 and INC-3 are assessed from the runs.</source>
        <translation>Noch keine Notfallübung geplant. „Übung planen…“ wählt eine Vorlage (ein mitgeliefertes Planspiel, die Nachbetrachtung oder eine eigene), eine verantwortliche Person und einen Rhythmus; INC-2 und INC-3 werden anhand der Durchläufe bewertet.</translation>
    </message>
    <message>
        <source>Choose a drill to see its runs.</source>
        <translation>Wählen Sie eine Notfallübung, um ihre Durchläufe zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read the runs of this drill: %1</source>
        <translation>Die Durchläufe dieser Übung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has not been held yet. &quot;Start run…&quot; records a run: the day, who takes part, and the checklist to walk through.</source>
        <translation>%1 wurde noch nicht abgehalten. „Durchlauf starten…“ erfasst einen Durchlauf: den Tag, die Teilnehmenden und die abzuarbeitende Checkliste.</translation>
    </message>
    <message>
        <source>This drill</source>
        <translation>Diese Notfallübung</translation>
    </message>
    <message>
        <source>The drill was not scheduled: %1</source>
        <translation>Die Notfallübung wurde nicht geplant: %1</translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation>Der Durchlauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>No drills scheduled</source>
        <translation>Keine Notfallübungen geplant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln Maßnahme</numerusform>
            <numerusform>%Ln Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln open (%1 overdue)</source>
        <translation>
            <numerusform>, %Ln offen (%1 überfällig)</numerusform>
            <numerusform>, %Ln offen (%1 überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln open</source>
        <translation>
            <numerusform>, %Ln offen</numerusform>
            <numerusform>, %Ln offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drills</source>
        <translation>
            <numerusform>%Ln Notfallübung</numerusform>
            <numerusform>%Ln Notfallübungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln überfällig</numerusform>
            <numerusform> · %Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln open actions, %1 past due</source>
        <translation>
            <numerusform> · %Ln offene Maßnahme, %1 überfällig</numerusform>
            <numerusform> · %Ln offene Maßnahmen, %1 überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln open actions</source>
        <translation>
            <numerusform> · %Ln offene Maßnahme</numerusform>
            <numerusform> · %Ln offene Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LanguagePage</name>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Bulkhead shows the chosen language, with its date and number formats, the next time it starts. bulkheadctl and the PDF reports follow the same choice.</source>
        <translation>Bulkhead verwendet die gewählte Sprache mit ihren Datums- und Zahlenformaten ab dem nächsten Start. bulkheadctl und die PDF-Berichte folgen derselben Auswahl.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Bulkhead to use the new language.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Starten Sie Bulkhead neu, um die neue Sprache zu verwenden.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ListExporter</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the %1 of the current filter to a CSV or JSON file</source>
        <translation>%1 des aktuellen Filters in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>%1 &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1: another export is still running</source>
        <translation>%1: Ein anderer Export läuft noch</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1 werden nach %2 exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 %2 nach %3 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LoadStateStack</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainStatusBar</name>
    <message>
        <source>DEMO STORE</source>
        <translation>DEMO-DATENBESTAND</translation>
    </message>
    <message>
        <source>This store was written by bulkheadctl demo: synthetic reports, not your posture.</source>
        <translation>Dieser Datenbestand wurde von bulkheadctl demo erzeugt: synthetische Berichte, nicht Ihre Sicherheitslage.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>Zahlen nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings, %1 open</source>
        <translation>
            <numerusform>%Ln Befund, %1 offen</numerusform>
            <numerusform>%Ln Befunde, %1 offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: open or confirmed, still to be fixed. %Ln reports imported.</source>
        <translation>
            <numerusform>Offen: offen oder bestätigt, noch zu beheben. %Ln Bericht importiert.</numerusform>
            <numerusform>Offen: offen oder bestätigt, noch zu beheben. %Ln Berichte importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainWindow</name>
    <message>
        <source>Cannot open the store</source>
        <translation>Der Datenbestand kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Choose another store with bulkhead --db PATH.</source>
        <translation>Wählen Sie mit bulkhead --db PATH einen anderen Datenbestand.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Bulkhead — Demo — %1</source>
        <translation>Bulkhead — Demo — %1</translation>
    </message>
    <message>
        <source>Bulkhead — %1</source>
        <translation>Bulkhead — %1</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>An import is still running. Quit anyway? It is cancelled and nothing of it is stored.</source>
        <translation>Ein Import läuft noch. Trotzdem beenden? Er wird abgebrochen und nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>Berichte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import scanner report files into the store</source>
        <translation>Scanner-Berichtsdateien in den Datenbestand importieren</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every report below a folder</source>
        <translation>Alle Berichte unterhalb eines Ordners importieren</translation>
    </message>
    <message>
        <source>&amp;Add registry…</source>
        <translation>&amp;Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Add a container registry to collect images from</source>
        <translation>Eine Container-Registry hinzufügen, aus der Images erfasst werden</translation>
    </message>
    <message>
        <source>Add &amp;cluster…</source>
        <translation>&amp;Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Kubernetes cluster (a kubeconfig context) to collect workloads from</source>
        <translation>Einen Kubernetes-Cluster (einen kubeconfig-Kontext) hinzufügen, aus dem Workloads erfasst werden</translation>
    </message>
    <message>
        <source>Add &amp;Vault…</source>
        <translation>&amp;Vault hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Vault or OpenBao KV v2 mount to collect secrets&apos; metadata (ages, versions) from</source>
        <translation>Einen KV-v2-Mount von Vault oder OpenBao hinzufügen, aus dem Secret-Metadaten (Alter, Versionen) erfasst werden</translation>
    </message>
    <message>
        <source>Import secrets &amp;inventory…</source>
        <translation>Secret-In&amp;ventar importieren…</translation>
    </message>
    <message>
        <source>Import (or re-import) a CSV of secrets kept elsewhere, with their last rotation</source>
        <translation>Eine CSV-Datei mit anderswo verwalteten Secrets und ihrer letzten Rotation (erneut) importieren</translation>
    </message>
    <message>
        <source>Manage &amp;sources…</source>
        <translation>&amp;Quellen verwalten…</translation>
    </message>
    <message>
        <source>Edit, remove and collect registry, cluster and Vault sources; see their last collection</source>
        <translation>Registry-, Cluster- und Vault-Quellen bearbeiten, entfernen und erfassen; ihre letzte Erfassung ansehen</translation>
    </message>
    <message>
        <source>&amp;Collect now</source>
        <translation>&amp;Jetzt erfassen</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Collect every registry, cluster and Vault source now, as a job</source>
        <translation>Alle Registry-, Cluster- und Vault-Quellen jetzt als Auftrag erfassen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the store again (after bulkheadctl changed it)</source>
        <translation>Den Datenbestand neu lesen (nachdem bulkheadctl ihn geändert hat)</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;Search findings</source>
        <translation>Befunde &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Bulkhead</source>
        <translation>&amp;Über Bulkhead</translation>
    </message>
    <message>
        <source>Show &amp;jobs panel</source>
        <translation>Auf&amp;tragsbereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Import scanner reports</source>
        <translation>Scanner-Berichte importieren</translation>
    </message>
    <message>
        <source>Scanner reports (*.json *.sarif *.cdx *.spdx);;All files (*)</source>
        <translation>Scanner-Berichte (*.json *.sarif *.cdx *.spdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of scanner reports</source>
        <translation>Einen Ordner mit Scanner-Berichten importieren</translation>
    </message>
    <message>
        <source>Added registry %1; collecting it now.</source>
        <translation>Registry %1 hinzugefügt; sie wird jetzt erfasst.</translation>
    </message>
    <message>
        <source>Added cluster %1; collecting it now.</source>
        <translation>Cluster %1 hinzugefügt; er wird jetzt erfasst.</translation>
    </message>
    <message>
        <source>About Bulkhead</source>
        <translation>Über Bulkhead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for the security posture of your containers: scanner reports, registries and clusters in one local store, findings to triage, posture to review.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Dashboard für die Sicherheitslage Ihrer Container: Scanner-Berichte, Registries und Cluster in einem lokalen Datenbestand, Befunde zum Bewerten, die Sicherheitslage zum Überprüfen.&lt;/p&gt;&lt;p&gt;Datenbestand: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attestation of %1 recorded.</source>
        <translation>Bestätigung von %1 erfasst.</translation>
    </message>
    <message>
        <source>No page &quot;%1&quot; to show this evidence on.</source>
        <translation>Keine Seite „%1“, auf der dieser Nachweis angezeigt werden kann.</translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation>Filter nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Weekly review signed off; the next review compares with this one.</source>
        <translation>Wochenreview freigegeben; das nächste Review vergleicht mit diesem.</translation>
    </message>
    <message>
        <source>Added Vault %1; collecting it now.</source>
        <translation>Vault %1 hinzugefügt; es wird jetzt erfasst.</translation>
    </message>
    <message>
        <source>Judging the stored secrets by the new policy…</source>
        <translation>Gespeicherte Secrets werden nach der neuen Richtlinie bewertet…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::OverviewView</name>
    <message>
        <source>Reading the store…</source>
        <translation>Datenbestand wird gelesen…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation>Die Übersicht konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing has been imported into this store yet. Import scanner reports (Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator, Kubescape) or drop report files on the window, and this page fills in: open findings by severity, their trend, overdue items and the riskiest assets.&lt;/p&gt;&lt;p&gt;To look around first, write a demo store with &lt;code&gt;bulkheadctl demo&lt;/code&gt; and open it with &lt;code&gt;bulkhead --db ~/.local/share/bulkhead/demo.db&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In diesen Datenbestand wurde noch nichts importiert. Importieren Sie Scanner-Berichte (Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator, Kubescape) oder ziehen Sie Berichtsdateien auf das Fenster, dann füllt sich diese Seite: offene Befunde nach Schweregrad, ihr Verlauf, überfällige Einträge und die riskantesten Assets.&lt;/p&gt;&lt;p&gt;Um sich zuerst umzusehen, erzeugen Sie mit &lt;code&gt;bulkheadctl demo&lt;/code&gt; einen Demo-Datenbestand und öffnen ihn mit &lt;code&gt;bulkhead --db ~/.local/share/bulkhead/demo.db&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Posture overview</source>
        <translation>Übersicht der Sicherheitslage</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>open or confirmed, all severities</source>
        <translation>offen oder bestätigt, alle Schweregrade</translation>
    </message>
    <message>
        <source>Findings still to act on. Click to list them.</source>
        <translation>Befunde, die noch zu bearbeiten sind. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>open past their SLA due date</source>
        <translation>offen über ihre SLA-Frist hinaus</translation>
    </message>
    <message>
        <source>Open findings older than the SLA of their severity (Settings). Click to list them.</source>
        <translation>Offene Befunde, die älter sind als das SLA ihres Schweregrads (Einstellungen). Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Acceptances expiring</source>
        <translation>Ablaufende Risikoakzeptanzen</translation>
    </message>
    <message>
        <source>Accepted risks that reopen soon unless renewed. Click to list them.</source>
        <translation>Akzeptierte Risiken, die bald wieder geöffnet werden, wenn sie nicht verlängert werden. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Click a bar to list those findings.</source>
        <translation>Klicken Sie auf einen Balken, um diese Befunde aufzulisten.</translation>
    </message>
    <message>
        <source>Open findings over time</source>
        <translation>Offene Befunde im Zeitverlauf</translation>
    </message>
    <message>
        <source>Posture score over time</source>
        <translation>Sicherheitsbewertung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Top 10 assets by risk</source>
        <translation>Top 10 Assets nach Risiko</translation>
    </message>
    <message>
        <source>Risk score: 10 per critical, 5 per high, 2 per medium, 1 per low open finding. Double-click or press Enter on an asset to list its open findings.</source>
        <translation>Risikowert: 10 je kritischem, 5 je hohem, 2 je mittlerem, 1 je niedrigem offenen Befund. Doppelklicken oder Eingabe auf einem Asset listet seine offenen Befunde auf.</translation>
    </message>
    <message>
        <source>As of %1 · %2</source>
        <translation>Stand %1 · %2</translation>
    </message>
    <message>
        <source>Read in %1 ms</source>
        <translation>Gelesen in %1 ms</translation>
    </message>
    <message>
        <source>One scan day, %1.</source>
        <translation>Ein Scantag, %1.</translation>
    </message>
    <message>
        <source>Open at the end of each day; findings now marked false positive, accepted or mitigated are left out throughout.</source>
        <translation>Offen am Ende jedes Tages; Befunde, die jetzt als Falsch-Positiv, akzeptiert oder entschärft markiert sind, bleiben durchgehend unberücksichtigt.</translation>
    </message>
    <message>
        <source>No snapshot yet. From now on every import and collection records the posture score, and its course appears here.</source>
        <translation>Noch kein Snapshot. Ab jetzt hält jeder Import und jede Erfassung die Sicherheitsbewertung fest, und ihr Verlauf erscheint hier.</translation>
    </message>
    <message>
        <source>No control assessed yet, so no score: the snapshots so far found nothing to judge the controls by.</source>
        <translation>Noch keine Kontrolle bewertet, daher keine Bewertung: Die bisherigen Snapshots fanden nichts, woran die Kontrollen zu messen wären.</translation>
    </message>
    <message>
        <source>Latest %1 on %2. The last snapshot of each day; a score leaves out the controls that are not assessed (see Controls).</source>
        <translation>Zuletzt %1 am %2. Der letzte Snapshot jedes Tages; eine Bewertung lässt die nicht bewerteten Kontrollen außen vor (siehe Kontrollen).</translation>
    </message>
    <message numerus="yes">
        <source>risk acceptances ending within %Ln days</source>
        <translation>
            <numerusform>Risikoakzeptanzen, die innerhalb von %Ln Tag enden</numerusform>
            <numerusform>Risikoakzeptanzen, die innerhalb von %Ln Tagen enden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan days from %1 to %2.</source>
        <translation>
            <numerusform>%Ln Scantag vom %1 bis %2.</numerusform>
            <numerusform>%Ln Scantage vom %1 bis %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PagedView</name>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixModel</name>
    <message>
        <source>every verb</source>
        <translation>jedes Verb</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 may not %2: no rule of the roles bound to it allows this verb on this resource.</source>
        <translation>%1 darf nicht %2: Keine Regel der gebundenen Rollen erlaubt dieses Verb auf dieser Ressource.</translation>
    </message>
    <message>
        <source>%1 may %2, granted by:</source>
        <translation>%1 darf %2, gewährt durch:</translation>
    </message>
    <message>
        <source> (cluster-wide: in force in every namespace)</source>
        <translation> (clusterweit: gilt in jedem Namespace)</translation>
    </message>
    <message>
        <source> — only the objects %1</source>
        <translation> — nur die Objekte %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>delete
collection</source>
        <translation>delete
collection</translation>
    </message>
    <message>
        <source>Every verb (a rule with verbs: [&quot;*&quot;])</source>
        <translation>Jedes Verb (eine Regel mit verbs: [&quot;*&quot;])</translation>
    </message>
    <message>
        <source>Non-resource URL %1</source>
        <translation>Nicht-Ressourcen-URL %1</translation>
    </message>
    <message>
        <source>Resource %1 in API group %2</source>
        <translation>Ressource %1 in API-Gruppe %2</translation>
    </message>
    <message>
        <source>&quot;&quot; (core)</source>
        <translation>&quot;&quot; (core)</translation>
    </message>
    <message numerus="yes">
        <source>• and %Ln more grants</source>
        <translation>
            <numerusform>• und %Ln weitere Berechtigung</numerusform>
            <numerusform>• und %Ln weitere Berechtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixPanel</name>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; allowed &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; allowed, a permission the risk rules flag &amp;nbsp; pale: only cluster-wide bindings grant it &amp;nbsp; ✓*: only named objects</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; erlaubt &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; erlaubt, eine von den Risikoregeln markierte Berechtigung &amp;nbsp; blass: nur clusterweite Bindings gewähren sie &amp;nbsp; ✓*: nur benannte Objekte</translation>
    </message>
    <message>
        <source>Why this cell</source>
        <translation>Warum diese Zelle</translation>
    </message>
    <message>
        <source>Choose a cell: which binding, role and rule grant it shows here.</source>
        <translation>Wählen Sie eine Zelle: Hier erscheint, welches Binding, welche Rolle und welche Regel sie gewähren.</translation>
    </message>
    <message>
        <source>Choose a subject to see its permissions.</source>
        <translation>Wählen Sie ein Subjekt, um seine Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>Building the permission matrix…</source>
        <translation>Berechtigungsmatrix wird erstellt…</translation>
    </message>
    <message>
        <source>Cluster-wide</source>
        <translation>Clusterweit</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>No binding grants this subject anything.</source>
        <translation>Kein Binding gewährt diesem Subjekt etwas.</translation>
    </message>
    <message>
        <source>Nothing cluster-wide; its grants apply in namespaces: choose one above.</source>
        <translation>Nichts clusterweit; seine Berechtigungen gelten in Namespaces: Wählen Sie oben einen aus.</translation>
    </message>
    <message>
        <source>%1 from %2 %3: %4.</source>
        <translation>%1 aus %2 %3: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule grants</source>
        <translation>
            <numerusform>%Ln Regelberechtigung</numerusform>
            <numerusform>%Ln Regelberechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings</source>
        <translation>
            <numerusform>%Ln Binding</numerusform>
            <numerusform>%Ln Bindings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resources</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RBAC objects of the cluster could not be read and are left out: %1</source>
        <translation>
            <numerusform>%Ln RBAC-Objekt des Clusters konnte nicht gelesen werden und bleibt unberücksichtigt: %1</numerusform>
            <numerusform>%Ln RBAC-Objekte des Clusters konnten nicht gelesen werden und bleiben unberücksichtigt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacFilterBar</name>
    <message>
        <source>Search subject or namespace  (Ctrl+F)</source>
        <translation>Subjekt oder Namespace suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation>Subjektart</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Service-Accounts</translation>
    </message>
    <message>
        <source>Only &amp;risky</source>
        <translation>Nur &amp;riskante</translation>
    </message>
    <message>
        <source>Only subjects that a risky permission reaches</source>
        <translation>Nur Subjekte, die eine riskante Berechtigung erreicht</translation>
    </message>
    <message>
        <source>Show &amp;defaults</source>
        <translation>Stan&amp;dards anzeigen</translation>
    </message>
    <message>
        <source>Show the subjects only the API server&apos;s default (bootstrap) bindings reach: system:kube-controller-manager, system:node, the controllers&apos; service accounts…</source>
        <translation>Subjekte anzeigen, die nur die Standard-Bindings (Bootstrap) des API-Servers erreichen: system:kube-controller-manager, system:node, die Service-Accounts der Controller…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacQueryWorker</name>
    <message>
        <source>Name one verb: get, list, create, delete, escalate, … (&quot;%1&quot; is not one)</source>
        <translation>Nennen Sie ein Verb: get, list, create, delete, escalate, … („%1“ ist keines)</translation>
    </message>
    <message>
        <source>Cannot read the resource &quot;%1&quot;: %2. Write pods, pods/exec, deployments.apps or /metrics.</source>
        <translation>Die Ressource „%1“ kann nicht gelesen werden: %2. Schreiben Sie pods, pods/exec, deployments.apps oder /metrics.</translation>
    </message>
    <message>
        <source>Cannot read the subject &quot;%1&quot;: write alice (a user), group:NAME, sa:NAMESPACE/NAME or User/NAME, Group/NAME, ServiceAccount/NAMESPACE/NAME.</source>
        <translation>Das Subjekt „%1“ kann nicht gelesen werden: Schreiben Sie alice (ein Benutzer), group:NAME, sa:NAMESPACE/NAME oder User/NAME, Group/NAME, ServiceAccount/NAMESPACE/NAME.</translation>
    </message>
    <message>
        <source>Yes: %1 may %2.</source>
        <translation>Ja: %1 darf %2.</translation>
    </message>
    <message>
        <source>No: %1 may not %2.</source>
        <translation>Nein: %1 darf nicht %2.</translation>
    </message>
    <message>
        <source>Closest grant: %1 (differs in: %2)</source>
        <translation>Nächstliegende Berechtigung: %1 (abweichend in: %2)</translation>
    </message>
    <message>
        <source>No binding of this cluster applies to %1: check the spelling (a service account is sa:NAMESPACE/NAME).</source>
        <translation>Kein Binding dieses Clusters gilt für %1: Prüfen Sie die Schreibweise (ein Service-Account ist sa:NAMESPACE/NAME).</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacSubjectsModel</name>
    <message>
        <source>This service account does not exist: a binding names it, so whoever creates it gets the permissions</source>
        <translation>Dieser Service-Account existiert nicht: Ein Binding nennt ihn, also erhält jeder, der ihn anlegt, die Berechtigungen</translation>
    </message>
    <message>
        <source>Reached only by the API server&apos;s default (bootstrap) bindings</source>
        <translation>Nur von den Standard-Bindings (Bootstrap) des API-Servers erreicht</translation>
    </message>
    <message>
        <source>Enter opens its permission matrix</source>
        <translation>Eingabe öffnet seine Berechtigungsmatrix</translation>
    </message>
    <message>
        <source>No risky permission reaches this subject</source>
        <translation>Keine riskante Berechtigung erreicht dieses Subjekt</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Höchstes Risiko: %1</translation>
    </message>
    <message>
        <source>The review state of the bindings that apply, the one that needs attention first: %1</source>
        <translation>Der Überprüfungsstatus der geltenden Bindings, der dringlichste zuerst: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Bindings that apply, directly or through the subject&apos;s groups</source>
        <translation>Geltende Bindings, direkt oder über die Gruppen des Subjekts</translation>
    </message>
    <message>
        <source>The worst risk reaching the subject and the risk rules it trips</source>
        <translation>Das schlimmste Risiko, das das Subjekt erreicht, und die Risikoregeln, die es auslöst</translation>
    </message>
    <message>
        <source>Running workloads whose pods carry the service account&apos;s token</source>
        <translation>Laufende Workloads, deren Pods das Token des Service-Accounts tragen</translation>
    </message>
    <message>
        <source>Review state of its bindings (Changed, Due, Never reviewed, Current)</source>
        <translation>Überprüfungsstatus seiner Bindings (Geändert, Fällig, Nie überprüft, Aktuell)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings apply (directly or through its groups)</source>
        <translation>
            <numerusform>%Ln Binding gilt (direkt oder über seine Gruppen)</numerusform>
            <numerusform>%Ln Bindings gelten (direkt oder über seine Gruppen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running workloads carry this service account&apos;s token</source>
        <translation>
            <numerusform>%Ln laufender Workload trägt das Token dieses Service-Accounts</numerusform>
            <numerusform>%Ln laufende Workloads tragen das Token dieses Service-Accounts</numerusform>
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
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt erfassen</translation>
    </message>
    <message>
        <source>Collect every source again: each cluster&apos;s RBAC is analysed anew</source>
        <translation>Alle Quellen erneut erfassen: Das RBAC jedes Clusters wird neu analysiert</translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation>&amp;Subjekte</translation>
    </message>
    <message>
        <source>W&amp;ho can</source>
        <translation>&amp;Wer darf</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Übe&amp;rprüfung</translation>
    </message>
    <message>
        <source>&amp;Search subjects</source>
        <translation>Subjekte &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Find subject</source>
        <translation>Subjekt suchen</translation>
    </message>
    <message>
        <source>No RBAC analysis yet</source>
        <translation>Noch keine RBAC-Analyse</translation>
    </message>
    <message>
        <source>Bulkhead reads the Roles, ClusterRoles, RoleBindings and ClusterRoleBindings of your clusters through the API, read-only, and works out what every user, group and service account may do: its permission matrix, who can do what and why, the bindings that hand out risky rights (wildcards, secrets, exec, escalate, impersonate…), and which bindings are due for review.</source>
        <translation>Bulkhead liest die Roles, ClusterRoles, RoleBindings und ClusterRoleBindings Ihrer Cluster über die API, nur lesend, und ermittelt, was jeder Benutzer, jede Gruppe und jeder Service-Account darf: die Berechtigungsmatrix, wer was darf und warum, die Bindings, die riskante Rechte vergeben (Wildcards, Secrets, exec, escalate, impersonate…), und welche Bindings zur Überprüfung fällig sind.</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then bulkheadctl collect; bulkheadctl rbac who-can VERB RESOURCE answers there too.</source>
        <translation>Oder im Terminal: bulkheadctl source add cluster NAME --context CONTEXT, dann bulkheadctl collect; bulkheadctl rbac who-can VERB RESOURCE antwortet auch dort.</translation>
    </message>
    <message>
        <source>No cluster source yet: add one (a kubeconfig context) and Bulkhead collects it.</source>
        <translation>Noch keine Cluster-Quelle: Fügen Sie eine hinzu (einen kubeconfig-Kontext), und Bulkhead erfasst sie.</translation>
    </message>
    <message>
        <source>Choose a subject to see its permissions.</source>
        <translation>Wählen Sie ein Subjekt, um seine Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>Counting subjects…</source>
        <translation>Subjekte werden gezählt…</translation>
    </message>
    <message>
        <source> · none matches this filter</source>
        <translation> · keines entspricht diesem Filter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster sources, none collected with its RBAC yet: collect now.</source>
        <translation>
            <numerusform>%Ln Cluster-Quelle, noch nicht mit ihrem RBAC erfasst: jetzt erfassen.</numerusform>
            <numerusform>%Ln Cluster-Quellen, noch keine mit ihrem RBAC erfasst: jetzt erfassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln clusters analysed)</source>
        <translation>
            <numerusform> (%Ln Cluster analysiert)</numerusform>
            <numerusform> (%Ln Cluster analysiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects</source>
        <translation>
            <numerusform>%Ln Subjekt</numerusform>
            <numerusform>%Ln Subjekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>OpenVEX documents (*.json)</source>
        <translation>OpenVEX-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>Trivy ignore files (*.yaml *.yml)</source>
        <translation>Trivy-Ignore-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>SARIF logs (*.sarif *.json)</source>
        <translation>SARIF-Logs (*.sarif *.json)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Generate PDF report</source>
        <translation>PDF-Bericht erzeugen</translation>
    </message>
    <message>
        <source>A PDF for auditors: the controls with their evidence and attestations, the open findings (every critical and high one listed), risk acceptances, RBAC reviews, secret rotation, drills and collection coverage, for the scope and day you choose.</source>
        <translation>Ein PDF für Auditoren: die Kontrollen mit ihren Nachweisen und Bestätigungen, die offenen Befunde (jeder kritische und hohe einzeln aufgeführt), Risikoakzeptanzen, RBAC-Überprüfungen, Secret-Rotation, Notfallübungen und Erfassungsabdeckung, für den gewählten Umfang und Tag.</translation>
    </message>
    <message>
        <source>The vulnerability decisions (false positives, mitigations, accepted risks) as an OpenVEX 0.2.0 document that scanners read back.</source>
        <translation>Die Entscheidungen zu Schwachstellen (Falsch-Positive, Entschärfungen, akzeptierte Risiken) als OpenVEX-0.2.0-Dokument, das Scanner wieder einlesen.</translation>
    </message>
    <message>
        <source>The accepted risks and false positives as a .trivyignore.yaml, each with its expiry, for trivy --ignorefile.</source>
        <translation>Die akzeptierten Risiken und Falsch-Positive als .trivyignore.yaml, jeweils mit Ablaufdatum, für trivy --ignorefile.</translation>
    </message>
    <message>
        <source>The open findings as a SARIF 2.1.0 log for code-scanning dashboards.</source>
        <translation>Die offenen Befunde als SARIF-2.1.0-Log für Code-Scanning-Dashboards.</translation>
    </message>
    <message>
        <source>Today: the store as it is now. An earlier day (UTC): control statuses and scores from that day&apos;s snapshot, findings as they stood then.</source>
        <translation>Heute: der Datenbestand, wie er jetzt ist. Ein früherer Tag (UTC): Kontrollstatus und Bewertungen aus dem Snapshot jenes Tages, Befunde so, wie sie damals standen.</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Daten&amp;stand:</translation>
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
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it.</source>
        <translation>%1 ist ein Ordner; geben Sie eine Datei darin an.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
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
        <translation>Papier: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
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
        <source>By</source>
        <translation>Von</translation>
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
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>It is not in the report history: %1</source>
        <translation>Sie steht nicht im Berichtsverlauf: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>PDF reports for auditors and exports of findings and decisions that other tools read. Each file gets a SHA-256 beside it (FILE.sha256) and a line in the history below.</source>
        <translation>PDF-Berichte für Auditoren und Exporte von Befunden und Entscheidungen, die andere Werkzeuge lesen. Jede Datei erhält daneben einen SHA-256 (DATEI.sha256) und eine Zeile im Verlauf unten.</translation>
    </message>
    <message>
        <source>&amp;Generate PDF report…</source>
        <translation>PDF-Bericht &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Choose the scope, the day and the paper, then write the PDF</source>
        <translation>Umfang, Tag und Papier wählen, dann das PDF schreiben</translation>
    </message>
    <message>
        <source>Open&amp;VEX…</source>
        <translation>Open&amp;VEX…</translation>
    </message>
    <message>
        <source>Vulnerability decisions as an OpenVEX 0.2.0 document</source>
        <translation>Entscheidungen zu Schwachstellen als OpenVEX-0.2.0-Dokument</translation>
    </message>
    <message>
        <source>.&amp;trivyignore.yaml…</source>
        <translation>.&amp;trivyignore.yaml…</translation>
    </message>
    <message>
        <source>Accepted risks and false positives with their expiry, for trivy --ignorefile</source>
        <translation>Akzeptierte Risiken und Falsch-Positive mit Ablaufdatum, für trivy --ignorefile</translation>
    </message>
    <message>
        <source>&amp;SARIF…</source>
        <translation>&amp;SARIF…</translation>
    </message>
    <message>
        <source>Open findings as SARIF 2.1.0 for code-scanning dashboards</source>
        <translation>Offene Befunde als SARIF 2.1.0 für Code-Scanning-Dashboards</translation>
    </message>
    <message>
        <source>Export findings:</source>
        <translation>Befunde exportieren:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Report &amp;history</source>
        <translation>&amp;Berichtsverlauf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Verify checksum</source>
        <translation>Prüfsumme &amp;kontrollieren</translation>
    </message>
    <message>
        <source>Hash the file again and compare it with the SHA-256 recorded when it was written</source>
        <translation>Die Datei erneut hashen und mit dem beim Schreiben erfassten SHA-256 vergleichen</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing generated from this store yet.</source>
        <translation>Aus diesem Datenbestand wurde noch nichts erzeugt.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 files written.</source>
        <translation>Die neuesten %1 von %2 geschriebenen Dateien.</translation>
    </message>
    <message>
        <source>A report is being written; wait for it or cancel it first.</source>
        <translation>Ein Bericht wird gerade geschrieben; warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Datenbestand wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v von %m Seiten</translation>
    </message>
    <message>
        <source>Writing pages…</source>
        <translation>Seiten werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Abgebrochen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3.
SHA-256 %4 (in %5.sha256)</source>
        <translation>%1 geschrieben: %2 Seiten, %3.
SHA-256 %4 (in %5.sha256)</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.
SHA-256 %4 (in %5.sha256)</source>
        <translation>%1 geschrieben: %2, %3.
SHA-256 %4 (in %5.sha256)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>%1: file missing</source>
        <translation>%1: Datei fehlt</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Der Ordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln Aussage</numerusform>
            <numerusform>%Ln Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ignore entries</source>
        <translation>
            <numerusform>%Ln Ignore-Eintrag</numerusform>
            <numerusform>%Ln Ignore-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln Ergebnis</numerusform>
            <numerusform>%Ln Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written.</source>
        <translation>
            <numerusform>%Ln Datei geschrieben.</numerusform>
            <numerusform>%Ln Dateien geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewDetailPane</name>
    <message>
        <source>No risk found.</source>
        <translation>Kein Risiko gefunden.</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Höchstes Risiko: %1</translation>
    </message>
    <message>
        <source>Since the last review (%1)</source>
        <translation>Seit der letzten Überprüfung (%1)</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Unverändert.</translation>
    </message>
    <message>
        <source>The binding was deleted and created again after the review.</source>
        <translation>Das Binding wurde nach der Überprüfung gelöscht und neu angelegt.</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Überprüfungsverlauf</translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation>Nie überprüft.</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>default binding of the API server</source>
        <translation>Standard-Binding des API-Servers</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt am %1</translation>
    </message>
    <message>
        <source>due again %1</source>
        <translation>wieder fällig am %1</translation>
    </message>
    <message>
        <source>needs review now</source>
        <translation>jetzt zu überprüfen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (existiert nicht)</translation>
    </message>
    <message>
        <source>Subjects (%1)</source>
        <translation>Subjekte (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>This binding is gone: the cluster was collected again without it. Refresh the queue.</source>
        <translation>Dieses Binding gibt es nicht mehr: Der Cluster wurde ohne es neu erfasst. Aktualisieren Sie die Warteschlange.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select a binding to see its subjects, risks, changes and review history.</source>
        <translation>Wählen Sie ein Binding, um seine Subjekte, Risiken, Änderungen und seinen Überprüfungsverlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewFilterBar</name>
    <message>
        <source>&amp;Needing review</source>
        <translation>&amp;Zu überprüfen</translation>
    </message>
    <message>
        <source>Never reviewed, due again, or changed since the last review</source>
        <translation>Nie überprüft, wieder fällig oder seit der letzten Überprüfung geändert</translation>
    </message>
    <message>
        <source>Only ris&amp;ky</source>
        <translation>Nur ris&amp;kante</translation>
    </message>
    <message>
        <source>Show &amp;default bindings</source>
        <translation>Stan&amp;dard-Bindings anzeigen</translation>
    </message>
    <message>
        <source>The API server&apos;s own bindings (system:*, kubernetes.io/bootstrapping=rbac-defaults): it recreates them, so a review rarely changes anything</source>
        <translation>Die eigenen Bindings des API-Servers (system:*, kubernetes.io/bootstrapping=rbac-defaults): Er legt sie neu an, daher ändert eine Überprüfung selten etwas</translation>
    </message>
    <message>
        <source>Search binding, role or subject</source>
        <translation>Binding, Rolle oder Subjekt suchen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewNoteDialog</name>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Beibehalten</translation>
    </message>
    <message>
        <source>&amp;Reduce</source>
        <translation>&amp;Reduzieren</translation>
    </message>
    <message>
        <source>Remove (&amp;X)</source>
        <translation>Entfernen (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Review bindings</source>
        <translation>Bindings überprüfen</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Überprüfung von %1</translation>
    </message>
    <message>
        <source>e.g. still needed by the deploy pipeline; owner: platform team</source>
        <translation>z. B. weiterhin von der Deploy-Pipeline benötigt; verantwortlich: Plattform-Team</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Enter records the review; Shift+Enter starts a new line.</source>
        <translation>Eingabe erfasst die Überprüfung; Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Überprüfung erfassen</translation>
    </message>
    <message>
        <source>No binding is selected.</source>
        <translation>Kein Binding ausgewählt.</translation>
    </message>
    <message>
        <source>Say what should happen to the binding (%1).</source>
        <translation>Geben Sie an, was mit dem Binding geschehen soll (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln bindings.</source>
        <translation>
            <numerusform>Gilt für %Ln Binding.</numerusform>
            <numerusform>Gilt für %Ln Bindings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueModel</name>
    <message>
        <source>(cluster-wide)</source>
        <translation>(clusterweit)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt am %1</translation>
    </message>
    <message>
        <source>A default binding of the API server</source>
        <translation>Ein Standard-Binding des API-Servers</translation>
    </message>
    <message>
        <source>The role does not exist</source>
        <translation>Die Rolle existiert nicht</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Kein Risiko gefunden</translation>
    </message>
    <message>
        <source>Changed since its last review: select it to see the difference</source>
        <translation>Seit der letzten Überprüfung geändert: Auswählen, um den Unterschied zu sehen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjekte</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Letzte Entscheidung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueWidget</name>
    <message>
        <source>role bindings</source>
        <translation>Rollen-Bindings</translation>
    </message>
    <message>
        <source>A review is still being written; try again in a moment.</source>
        <translation>Eine Überprüfung wird noch gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Select one or more bindings first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Bindings aus.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird erfasst…</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Nichts wurde erfasst: %1</translation>
    </message>
    <message>
        <source>Counting bindings…</source>
        <translation>Bindings werden gezählt…</translation>
    </message>
    <message>
        <source>No binding needs review.</source>
        <translation>Kein Binding muss überprüft werden.</translation>
    </message>
    <message>
        <source>No binding matches.</source>
        <translation>Kein Binding passt.</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed)</source>
        <translation>IAM-2: %1 von %2 Bindings überprüft und aktuell (%3 fällig, %4 nie überprüft, %5 geändert)</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;met&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;erfüllt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;not met&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;nicht erfüllt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every binding except the API server&apos;s defaults needs a review younger than its interval (Settings), made after its last change.</source>
        <translation>Jedes Binding außer den Standard-Bindings des API-Servers braucht eine Überprüfung, die jünger als sein Intervall (Einstellungen) ist und nach seiner letzten Änderung erfolgte.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded “%1” for %Ln bindings.</source>
        <translation>
            <numerusform>„%1“ für %Ln Binding erfasst.</numerusform>
            <numerusform>„%1“ für %Ln Bindings erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings need review</source>
        <translation>
            <numerusform>%Ln Binding muss überprüft werden</numerusform>
            <numerusform>%Ln Bindings müssen überprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings</source>
        <translation>
            <numerusform>%Ln Binding</numerusform>
            <numerusform>%Ln Bindings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewSectionWidget</name>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie Eingabe, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Nothing since the baseline.</source>
        <translation>Nichts seit der Vergleichsbasis.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScheduleDrillDialog</name>
    <message>
        <source>Schedule drill</source>
        <translation>Notfallübung planen</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>Who makes sure it is held</source>
        <translation>Wer dafür sorgt, dass sie stattfindet</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>How often the drill is held; 0 = on demand (post-incident reviews)</source>
        <translation>Wie oft die Übung stattfindet; 0 = bei Bedarf (Nachbetrachtungen)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>The drill needs a name.</source>
        <translation>Die Notfallübung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A drill named &quot;%1&quot; is already scheduled: choose another name.</source>
        <translation>Eine Notfallübung namens „%1“ ist bereits geplant: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScopePicker</name>
    <message>
        <source>&amp;Sources and scanners</source>
        <translation>&amp;Quellen und Scanner</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namespaces</translation>
    </message>
    <message>
        <source>Re&amp;gistries</source>
        <translation>Re&amp;gistries</translation>
    </message>
    <message>
        <source>Reading the store&apos;s sources, clusters, namespaces and registries…</source>
        <translation>Quellen, Cluster, Namespaces und Registries des Datenbestands werden gelesen…</translation>
    </message>
    <message>
        <source>The scope cannot be chosen: %1. The report covers the whole store.</source>
        <translation>Der Umfang kann nicht gewählt werden: %1. Der Bericht umfasst den gesamten Datenbestand.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None in this store</source>
        <translation>Keine in diesem Datenbestand</translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation>%1 (%2 gewählt)</translation>
    </message>
    <message>
        <source>Scope: the whole store (nothing chosen). Lists combine with AND, the names within one list with OR.</source>
        <translation>Umfang: der gesamte Datenbestand (nichts gewählt). Listen werden mit UND verknüpft, die Namen innerhalb einer Liste mit ODER.</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreDeltaPanel</name>
    <message>
        <source>Posture score</source>
        <translation>Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Now %1 of %2 controls assessed</source>
        <translation>Jetzt %1 von %2 Kontrollen bewertet</translation>
    </message>
    <message>
        <source>; at the baseline %1 of %2.</source>
        <translation>; in der Vergleichsbasis %1 von %2.</translation>
    </message>
    <message>
        <source>Controls not assessed are left out of the score.</source>
        <translation>Nicht bewertete Kontrollen fließen nicht in die Bewertung ein.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreHeader</name>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 of %2 controls assessed</source>
        <translation>%1 von %2 Kontrollen bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreTile</name>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>How is the %1 score computed?</source>
        <translation>Wie wird die Bewertung „%1“ berechnet?</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreTrendChart</name>
    <message>
        <source>Snapshot date</source>
        <translation>Snapshot-Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation>Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>The overall posture score at the last snapshot of each day (after imports, collections and sign-offs). Days when no control was assessed have no score and no point.</source>
        <translation>Die Gesamtbewertung der Sicherheitslage beim letzten Snapshot jedes Tages (nach Importen, Erfassungen und Freigaben). Tage, an denen keine Kontrolle bewertet wurde, haben keine Bewertung und keinen Punkt.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretPolicyPage</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotation intervals</source>
        <translation>Rotationsintervalle</translation>
    </message>
    <message>
        <source>A secret is overdue this many days after its last observed change. A secret that declares its own interval (Vault rotation_days, the inventory&apos;s policy_days, the annotation bulkhead.dev/rotation-days) or matches a rule below uses that instead.</source>
        <translation>Ein Secret ist so viele Tage nach seiner zuletzt beobachteten Änderung überfällig. Ein Secret, das ein eigenes Intervall angibt (Vault rotation_days, policy_days des Inventars, die Annotation bulkhead.dev/rotation-days) oder zu einer Regel unten passt, verwendet stattdessen dieses.</translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation>0 (immer überfällig)</translation>
    </message>
    <message>
        <source>Legacy kubernetes.io/service-account-token secrets never expire; 0 makes each one overdue, whatever its age.</source>
        <translation>Veraltete kubernetes.io/service-account-token-Secrets laufen nie ab; 0 macht jedes davon überfällig, unabhängig vom Alter.</translation>
    </message>
    <message>
        <source>&amp;Default interval:</source>
        <translation>&amp;Standardintervall:</translation>
    </message>
    <message>
        <source>Service-account &amp;tokens:</source>
        <translation>Service-Account-&amp;Tokens:</translation>
    </message>
    <message>
        <source>Rotation annotations</source>
        <translation>Rotations-Annotationen</translation>
    </message>
    <message>
        <source>Kubernetes annotations that hold the time of a secret&apos;s last rotation (RFC 3339), one per line, tried in order. Applies from the next collection on.</source>
        <translation>Kubernetes-Annotationen mit dem Zeitpunkt der letzten Rotation eines Secrets (RFC 3339), eine pro Zeile, in dieser Reihenfolge geprüft. Gilt ab der nächsten Erfassung.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Read a policy exported here or by bulkheadctl secrets policy --export</source>
        <translation>Eine hier oder mit bulkheadctl secrets policy --export exportierte Richtlinie einlesen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>For a secret that declares no interval, the first rule that matches sets it (tried top to bottom); none matching: the default. Empty cells match anything; * and ? are wildcards. Double-click a cell to edit it.</source>
        <translation>Für ein Secret ohne eigenes Intervall legt es die erste passende Regel fest (von oben nach unten geprüft); passt keine: der Standard. Leere Zellen passen auf alles; * und ? sind Platzhalter. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Import a secrets policy</source>
        <translation>Eine Secret-Richtlinie importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the secrets policy</source>
        <translation>Die Secret-Richtlinie exportieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes annotation name (e.g. example.com/rotated-at).</source>
        <translation>„%1“ ist kein Kubernetes-Annotationsname (z. B. example.com/rotated-at).</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a secrets policy (%2 bytes).</source>
        <translation>%1 ist zu groß für eine Secret-Richtlinie (%2 Byte).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%Ln rules); saved when you press OK.</source>
        <translation>
            <numerusform>%1 gelesen (%Ln Regel); wird gespeichert, wenn Sie auf OK klicken.</numerusform>
            <numerusform>%1 gelesen (%Ln Regeln); wird gespeichert, wenn Sie auf OK klicken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRuleDelegate</name>
    <message>
        <source>any store</source>
        <translation>jeder Store</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation>0 (immer überfällig)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRulesModel</name>
    <message>
        <source>any store</source>
        <translation>jeder Store</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Rule %1 has no name: the name is shown as the reason for each secret&apos;s interval.</source>
        <translation>Regel %1 hat keinen Namen: Der Name wird als Grund für das Intervall jedes Secrets angezeigt.</translation>
    </message>
    <message>
        <source>Two rules are named &apos;%1&apos;: give each its own name.</source>
        <translation>Zwei Regeln heißen „%1“: Geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: the label &quot;%2&quot; has no key; write key=value or key (e.g. team=payments).</source>
        <translation>Regel „%1“: Das Label „%2“ hat keinen Schlüssel; schreiben Sie key=value oder key (z. B. team=payments).</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: the interval is a number of days, 0 or more.</source>
        <translation>Regel „%1“: Das Intervall ist eine Anzahl von Tagen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation>0 (immer überfällig)</translation>
    </message>
    <message>
        <source>The cluster or Vault source&apos;s name, or the inventory&apos;s name (wildcards * and ?)</source>
        <translation>Name der Cluster- oder Vault-Quelle oder des Inventars (Platzhalter * und ?)</translation>
    </message>
    <message>
        <source>Kubernetes namespace, Vault mount or the inventory&apos;s store column (wildcards)</source>
        <translation>Kubernetes-Namespace, Vault-Mount oder die Spalte store des Inventars (Platzhalter)</translation>
    </message>
    <message>
        <source>Secret type, e.g. kubernetes.io/tls (wildcards)</source>
        <translation>Secret-Typ, z. B. kubernetes.io/tls (Platzhalter)</translation>
    </message>
    <message>
        <source>The secret&apos;s name or Vault path, e.g. db-* or team-a/* (wildcards)</source>
        <translation>Name des Secrets oder Vault-Pfad, z. B. db-* oder team-a/* (Platzhalter)</translation>
    </message>
    <message>
        <source>key=value (equal) or key (present): Kubernetes labels, Vault custom_metadata</source>
        <translation>key=value (gleich) oder key (vorhanden): Kubernetes-Labels, Vault custom_metadata</translation>
    </message>
    <message>
        <source>Days between rotations; 0: every matching secret is overdue</source>
        <translation>Tage zwischen Rotationen; 0: Jedes passende Secret ist überfällig</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <source>Secret name</source>
        <translation>Secret-Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SettingsDialog</name>
    <message>
        <source>&amp;Critical:</source>
        <translation>&amp;Kritisch:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>&amp;Hoch:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Mittel:</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>&amp;Niedrig:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>SLA: days to fix</source>
        <translation>SLA: Tage bis zur Behebung</translation>
    </message>
    <message>
        <source>How many days a finding may stay open, counted from when it was first seen, before it is overdue. 0 means no deadline.</source>
        <translation>Wie viele Tage ein Befund ab seiner ersten Sichtung offen bleiben darf, bevor er überfällig ist. 0 bedeutet keine Frist.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Se&amp;crets</source>
        <translation>Se&amp;crets</translation>
    </message>
    <message>
        <source>RBAC reviews: days between reviews</source>
        <translation>RBAC-Überprüfungen: Tage zwischen Überprüfungen</translation>
    </message>
    <message>
        <source>A reviewed role binding is due for review again this many days after its last review (IAM-2); a binding with high or critical risks sooner. bulkheadctl uses the same intervals.</source>
        <translation>Ein überprüftes Rollen-Binding ist so viele Tage nach seiner letzten Überprüfung wieder fällig (IAM-2); ein Binding mit hohen oder kritischen Risiken früher. bulkheadctl verwendet dieselben Intervalle.</translation>
    </message>
    <message>
        <source>&amp;Every binding:</source>
        <translation>&amp;Jedes Binding:</translation>
    </message>
    <message>
        <source>High-&amp;risk bindings:</source>
        <translation>Bindings mit hohem &amp;Risiko:</translation>
    </message>
    <message>
        <source>Workloads: trusted registries</source>
        <translation>Workloads: vertrauenswürdige Registries</translation>
    </message>
    <message>
        <source>Registry hosts (or host/path prefixes) your workloads&apos; images may come from, one per line, e.g. registry.example.com or ghcr.io/team. A cluster workload running an image from elsewhere is a finding (SUP-4); with none listed, the check is not applicable. Applies from the next collection on.</source>
        <translation>Registry-Hosts (oder Host/Pfad-Präfixe), aus denen die Images Ihrer Workloads stammen dürfen, einer pro Zeile, z. B. registry.example.com oder ghcr.io/team. Ein Cluster-Workload mit einem Image von anderswo ist ein Befund (SUP-4); ist keiner eingetragen, entfällt die Prüfung. Gilt ab der nächsten Erfassung.</translation>
    </message>
    <message>
        <source>registry.example.com
ghcr.io/team</source>
        <translation>registry.example.com
ghcr.io/team</translation>
    </message>
    <message>
        <source>Image posture thresholds</source>
        <translation>Schwellenwerte für Images</translation>
    </message>
    <message>
        <source>The registry collector files a finding for an image over one of these; they apply from the next collection on. Off turns a check off.</source>
        <translation>Der Registry-Collector legt einen Befund für ein Image an, das einen dieser Werte überschreitet; sie gelten ab der nächsten Erfassung. „Aus“ schaltet eine Prüfung ab.</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> Schichten</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Most &amp;layers:</source>
        <translation>Höchstzahl an &amp;Schichten:</translation>
    </message>
    <message>
        <source>Largest &amp;size:</source>
        <translation>Maximale &amp;Größe:</translation>
    </message>
    <message>
        <source>Oldest &amp;image (created):</source>
        <translation>Ältestes &amp;Image (erstellt):</translation>
    </message>
    <message>
        <source>Oldest vulnerability sca&amp;n:</source>
        <translation>Ältester Sch&amp;wachstellen-Scan:</translation>
    </message>
    <message>
        <source>Oldest S&amp;BOM:</source>
        <translation>Älteste S&amp;BOM:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SeverityBarChart</name>
    <message>
        <source>Open or confirmed findings by severity. Click a bar to list them.</source>
        <translation>Offene oder bestätigte Befunde nach Schweregrad. Klicken Sie auf einen Balken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>%1: %2 open
Click to list them</source>
        <translation>%1: %2 offen
Klicken, um sie aufzulisten</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffDialog</name>
    <message>
        <source>%1 new and %2 resolved critical or high findings</source>
        <translation>%1 neue und %2 behobene kritische oder hohe Befunde</translation>
    </message>
    <message>
        <source>%1 acceptances and %2 attestations expiring</source>
        <translation>%1 Risikoakzeptanzen und %2 Bestätigungen laufen ab</translation>
    </message>
    <message>
        <source>Sign off the weekly review</source>
        <translation>Wochenreview freigeben</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Freigegeben von:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>— %1 of %2 controls assessed</source>
        <translation>— %1 von %2 Kontrollen bewertet</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>kein früherer Snapshot</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>Verglichen mit:</translation>
    </message>
    <message>
        <source>The review:</source>
        <translation>Das Review:</translation>
    </message>
    <message>
        <source>This sign-off takes a snapshot of the posture now; the next review compares with it. Sign-offs are kept and cannot be changed.</source>
        <translation>Diese Freigabe hält einen Snapshot der aktuellen Sicherheitslage fest; das nächste Review vergleicht damit. Freigaben werden aufbewahrt und können nicht geändert werden.</translation>
    </message>
    <message>
        <source>What was decided: who fixes what by when, what is accepted and why.</source>
        <translation>Was entschieden wurde: wer was bis wann behebt, was akzeptiert wird und warum.</translation>
    </message>
    <message>
        <source>&amp;Notes (required):</source>
        <translation>&amp;Notizen (erforderlich):</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>The operating-system user name is unknown, so the sign-off cannot say who signed.</source>
        <translation>Der Benutzername des Betriebssystems ist unbekannt, daher kann die Freigabe nicht angeben, wer freigegeben hat.</translation>
    </message>
    <message>
        <source>Write what was decided in the notes.</source>
        <translation>Schreiben Sie in die Notizen, was entschieden wurde.</translation>
    </message>
    <message>
        <source>Signing off…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <source>The sign-off was not recorded: %1</source>
        <translation>Die Freigabe wurde nicht erfasst: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln RBAC bindings new or changed</source>
        <translation>
            <numerusform>%Ln RBAC-Binding neu oder geändert</numerusform>
            <numerusform>%Ln RBAC-Bindings neu oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets overdue</source>
        <translation>
            <numerusform>%Ln Secret überfällig</numerusform>
            <numerusform>%Ln Secrets überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drills or actions due</source>
        <translation>
            <numerusform>%Ln Notfallübung oder Maßnahme fällig</numerusform>
            <numerusform>%Ln Notfallübungen oder Maßnahmen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln control status changes</source>
        <translation>
            <numerusform>%Ln Statusänderung einer Kontrolle</numerusform>
            <numerusform>%Ln Statusänderungen von Kontrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coverage changes</source>
        <translation>
            <numerusform>%Ln Änderung der Abdeckung</numerusform>
            <numerusform>%Ln Änderungen der Abdeckung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffHistoryList</name>
    <message>
        <source>Signed</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation>Freigabeverlauf</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::StartRunDialog</name>
    <message>
        <source>Start a run of %1</source>
        <translation>Durchlauf von %1 starten</translation>
    </message>
    <message>
        <source>alice, bob, on-call SRE</source>
        <translation>alice, bob, SRE in Rufbereitschaft</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Abgehalten am:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>The run gets the template&apos;s checklist; tick items off as the team walks through them. Every change is saved when you leave the field.</source>
        <translation>Der Durchlauf erhält die Checkliste der Vorlage; haken Sie Punkte ab, während das Team sie durchgeht. Jede Änderung wird beim Verlassen des Felds gespeichert.</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Durchlauf starten</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TopAssetsModel</name>
    <message>
        <source>%1
Double-click or press Enter to list its open findings</source>
        <translation>%1
Doppelklicken oder Eingabe drücken, um seine offenen Befunde aufzulisten</translation>
    </message>
    <message>
        <source>10 per critical, 5 per high, 2 per medium, 1 per low open finding</source>
        <translation>10 je kritischem, 5 je hohem, 2 je mittlerem, 1 je niedrigem offenen Befund</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
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
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TrendChart</name>
    <message>
        <source>Scan date</source>
        <translation>Scandatum</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>Open or confirmed findings at the end of each scan day. Click a legend entry to hide or show its line.</source>
        <translation>Offene oder bestätigte Befunde am Ende jedes Scantags. Klicken Sie auf einen Legendeneintrag, um seine Linie aus- oder einzublenden.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WeeklyReviewView</name>
    <message>
        <source>New critical and high findings</source>
        <translation>Neue kritische und hohe Befunde</translation>
    </message>
    <message>
        <source>First seen since the baseline.</source>
        <translation>Erstmals seit der Vergleichsbasis gesehen.</translation>
    </message>
    <message>
        <source>Show in Findings</source>
        <translation>Unter Befunde anzeigen</translation>
    </message>
    <message>
        <source>Resolved critical and high findings</source>
        <translation>Behobene kritische und hohe Befunde</translation>
    </message>
    <message>
        <source>No longer reported by a newer complete scan. A source that stopped reporting resolves nothing: see coverage.</source>
        <translation>Von einem neueren vollständigen Scan nicht mehr gemeldet. Eine Quelle, die nicht mehr meldet, behebt nichts: siehe Abdeckung.</translation>
    </message>
    <message>
        <source>Show resolved in Findings</source>
        <translation>Behobene unter Befunde anzeigen</translation>
    </message>
    <message>
        <source>Control status changes</source>
        <translation>Statusänderungen von Kontrollen</translation>
    </message>
    <message>
        <source>Controls whose status differs from the baseline.</source>
        <translation>Kontrollen, deren Status von der Vergleichsbasis abweicht.</translation>
    </message>
    <message>
        <source>Open Controls</source>
        <translation>Kontrollen öffnen</translation>
    </message>
    <message>
        <source>RBAC bindings new or changed</source>
        <translation>RBAC-Bindings neu oder geändert</translation>
    </message>
    <message>
        <source>Created or changed since the baseline, or since their last review.</source>
        <translation>Seit der Vergleichsbasis oder seit ihrer letzten Überprüfung angelegt oder geändert.</translation>
    </message>
    <message>
        <source>Open RBAC</source>
        <translation>RBAC öffnen</translation>
    </message>
    <message>
        <source>Secrets that became overdue</source>
        <translation>Überfällig gewordene Secrets</translation>
    </message>
    <message>
        <source>Their rotation fell due since the baseline.</source>
        <translation>Ihre Rotation wurde seit der Vergleichsbasis fällig.</translation>
    </message>
    <message>
        <source>Show overdue secrets</source>
        <translation>Überfällige Secrets anzeigen</translation>
    </message>
    <message>
        <source>Risk acceptances expiring</source>
        <translation>Ablaufende Risikoakzeptanzen</translation>
    </message>
    <message>
        <source>Ending within 14 days: renew them or their findings reopen.</source>
        <translation>Enden innerhalb von 14 Tagen: Verlängern Sie sie, sonst werden ihre Befunde wieder geöffnet.</translation>
    </message>
    <message>
        <source>Attestations expiring</source>
        <translation>Ablaufende Bestätigungen</translation>
    </message>
    <message>
        <source>Ending within 14 days: after that their controls are not assessed.</source>
        <translation>Enden innerhalb von 14 Tagen: Danach sind ihre Kontrollen nicht bewertet.</translation>
    </message>
    <message>
        <source>Drills and actions due</source>
        <translation>Fällige Notfallübungen und Maßnahmen</translation>
    </message>
    <message>
        <source>Drills overdue or due within 14 days, and drill actions past their due date.</source>
        <translation>Überfällige oder innerhalb von 14 Tagen fällige Notfallübungen sowie Übungsmaßnahmen nach ihrem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Open Drills</source>
        <translation>Notfallübungen öffnen</translation>
    </message>
    <message>
        <source>Comparing with the baseline…</source>
        <translation>Vergleich mit der Vergleichsbasis…</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu überprüfen</translation>
    </message>
    <message>
        <source>The review could not be built</source>
        <translation>Das Review konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The weekly review compares the posture now with the last sign-off. Import scanner reports or collect a registry, cluster or vault first: every import and collection takes a snapshot, and the review starts from those.</source>
        <translation>Das Wochenreview vergleicht die aktuelle Sicherheitslage mit der letzten Freigabe. Importieren Sie zuerst Scanner-Berichte oder erfassen Sie eine Registry, einen Cluster oder ein Vault: Jeder Import und jede Erfassung erstellt einen Snapshot, und das Review geht davon aus.</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenreview</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>The last sign-off</source>
        <translation>Der letzten Freigabe</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Einem Datum</translation>
    </message>
    <message>
        <source>Compare with the newest snapshot at or before this date</source>
        <translation>Mit dem neuesten Snapshot an oder vor diesem Datum vergleichen</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Record that the review was held, with notes; the next review starts here.</source>
        <translation>Festhalten, dass das Review stattgefunden hat, mit Notizen; das nächste Review beginnt hier.</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>No review signed off yet.</source>
        <translation>Noch kein Review freigegeben.</translation>
    </message>
    <message>
        <source>Built in %1 ms</source>
        <translation>Erstellt in %1 ms</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WelcomePage</name>
    <message>
        <source>Welcome to Bulkhead</source>
        <translation>Willkommen bei Bulkhead</translation>
    </message>
    <message>
        <source>This store is empty. Bulkhead turns scanner reports, registries and clusters into one list of findings to triage, with an overview of your posture. Start with the reports you have.</source>
        <translation>Dieser Datenbestand ist leer. Bulkhead macht aus Scanner-Berichten, Registries und Clustern eine Liste von Befunden zum Bewerten, mit einer Übersicht Ihrer Sicherheitslage. Beginnen Sie mit den Berichten, die Sie haben.</translation>
    </message>
    <message>
        <source>Import scanner reports…</source>
        <translation>Scanner-Berichte importieren…</translation>
    </message>
    <message>
        <source>One or more report files: Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator or Kubescape JSON. The format is read from the content, not the file name.</source>
        <translation>Eine oder mehrere Berichtsdateien: Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator oder Kubescape-JSON. Das Format wird am Inhalt erkannt, nicht am Dateinamen.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Einen Ordner importieren…</translation>
    </message>
    <message>
        <source>Every JSON report below a folder, for example a CI artifacts folder.</source>
        <translation>Jeder JSON-Bericht unterhalb eines Ordners, zum Beispiel eines CI-Artefaktordners.</translation>
    </message>
    <message>
        <source>Add a cluster from kubeconfig…</source>
        <translation>Einen Cluster aus kubeconfig hinzufügen…</translation>
    </message>
    <message>
        <source>A Kubernetes cluster through a context of your kubeconfig, read-only: workloads checked against the runtime controls, namespace segmentation and what could be collected. Secret values are never read.</source>
        <translation>Ein Kubernetes-Cluster über einen Kontext Ihrer kubeconfig, nur lesend: Workloads geprüft anhand der Laufzeitkontrollen, Namespace-Segmentierung und was erfasst werden konnte. Secret-Werte werden nie gelesen.</translation>
    </message>
    <message>
        <source>Add a registry…</source>
        <translation>Eine Registry hinzufügen…</translation>
    </message>
    <message>
        <source>A container registry: images, signatures and SBOMs read through the OCI distribution API, judged against the build controls.</source>
        <translation>Eine Container-Registry: Images, Signaturen und SBOMs, gelesen über die OCI-Distribution-API und anhand der Build-Kontrollen bewertet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or drop report files or folders anywhere on this window.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oder ziehen Sie Berichtsdateien oder Ordner an eine beliebige Stelle dieses Fensters.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To look around first, create a demo workspace with synthetic findings and open it:&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkheadctl --db ~/bulkhead-demo.db demo&lt;/code&gt;&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkhead --db ~/bulkhead-demo.db&lt;/code&gt;</source>
        <translation>Um sich zuerst umzusehen, erzeugen Sie einen Demo-Arbeitsbereich mit synthetischen Befunden und öffnen ihn:&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkheadctl --db ~/bulkhead-demo.db demo&lt;/code&gt;&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkhead --db ~/bulkhead-demo.db&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Via group</source>
        <translation>Über Gruppe</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanPanel</name>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
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
        <translation>leer: nur clusterweit</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>&amp;Who can?</source>
        <translation>&amp;Wer darf?</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Verb:</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Ask who may do something: a verb and a resource, in a namespace or cluster-wide.</source>
        <translation>Fragen Sie, wer etwas darf: ein Verb und eine Ressource, in einem Namespace oder clusterweit.</translation>
    </message>
    <message>
        <source>alice, group:developers, sa:shop/deployer</source>
        <translation>alice, group:developers, sa:shop/deployer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <source>Granting chain</source>
        <translation>Berechtigungskette</translation>
    </message>
    <message>
        <source>Why / why not, for one subject (same verb, resource and namespace)</source>
        <translation>Warum / warum nicht, für ein Subjekt (gleiches Verb, gleiche Ressource und gleicher Namespace)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubjekt:</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>Nobody may %1.</source>
        <translation>Niemand darf %1.</translation>
    </message>
    <message>
        <source> A group stands for its members; Enter on an answer explains it.</source>
        <translation> Eine Gruppe steht für ihre Mitglieder; Eingabe auf einer Antwort erklärt sie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln binding subjects may %1.</source>
        <translation>
            <numerusform>%Ln Binding-Subjekt darf %1.</numerusform>
            <numerusform>%Ln Binding-Subjekte dürfen %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
