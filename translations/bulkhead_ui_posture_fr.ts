<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Overview</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written but not recorded in the report history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1 / %2 / %3 / %4 days (critical / high / medium / low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui</name>
    <message>
        <source>Secrets as metadata only, never their values: age against the rotation policy, legacy service-account token secrets, who can read each secret, and whether workloads fetch them from a secret store or read them from environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster collector (secret metadata only) and Vault KV v2 metadata endpoints. The exposed secrets that scanners find in images and code are already in Findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC-1 to SEC-5 (no secrets in images, secret stores, rotation, access, volumes over environment variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives with the cluster and Vault collectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show imported secret findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checksum matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checksum differs: the file was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checksum not verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be judged by the new policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets judged by the new policy: %1 secrets, %2 overdue (%3 new findings, %4 resolved).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddActionDialog</name>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, e.g. &quot;Rotate registry robot accounts every 90 days&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control the action strengthens (e.g. SEC-3); may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AttestationDialog</name>
    <message>
        <source>evidence file %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attestation counts while Bulkhead has no evidence to assess this control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid attestation suffices, even where Bulkhead&apos;s own evidence falls short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation must show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: the control is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial: met in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: the control is not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: end the current attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows it: a configuration reviewed, a report, a ticket; who checked, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file up to %1 MiB; stored in the store with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a link; write it whole, e.g. https://wiki.example/etcd-encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the evidence: what shows that the control is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Remove it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlDetailPane</name>
    <message>
        <source>Attest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what a person checked for this control: status, evidence, links or files, and until when it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a control to see why it has its status and the evidence behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · weight %1 in the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Bulkhead assesses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Bulkhead collects speaks to this control; only an attestation can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items behind &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attestation stands in while the evidence cannot assess this control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid attestation suffices on its own, even when the evidence fails (Bulkhead cannot see all of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attestation must show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attestation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted in the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, not needed for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3, expires %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 (%2), SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier attestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by %3, expires %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsFilterBar</name>
    <message>
        <source>Search controls (id, practice, explanation)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsListModel</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsLoader</name>
    <message>
        <source>Could not assess the controls: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsView</name>
    <message>
        <source>Assessing the controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is missing; nothing to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controls could not be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls: %2 fail, %3 partial, %4 pass, %5 attested, %6 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 shown under this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the %1 score is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each assessed control counts with its weight: pass and attested 1, partial 0.5, fail 0. Controls not assessed are left out of the score and shown as coverage instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoverageBanner</name>
    <message>
        <source>Findings from a source that stopped reporting, fails or is silent are not counted as resolved: fewer findings from it mean Bulkhead sees less, not that anything was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 items at the baseline, %2 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage changed: 1 source no longer reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage changed: %1 sources no longer report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage changed: 1 new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage changed: %1 new sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillActionsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date as yyyy-MM-dd; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a text; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as yyyy-MM-dd, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillItemsModel</name>
    <message>
        <source>An item not done needs a note why before the run can be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillRunEditor</name>
    <message>
        <source>Who took part, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: timeline, impact, how it was found, which controls failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;cident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the current item off; F2 or typing edits evidence and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what did not, decisions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space marks the current action done; F2 or typing edits a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every checklist item must be done, or carry a note why it was not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drill to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: action items stay editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you make them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — run of %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick these off, or say in their notes why they were not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillTemplatesPanel</name>
    <message>
        <source>Drill templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py to my templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the chosen template that you can change; built-in templates stay as shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sched&amp;ule drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in template: read-only. Copy it to your templates to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control ids it exercises, e.g. SEC-3 SUP-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One checklist item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested &amp;cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontrols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scen&amp;ario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created; every change is saved as you leave a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drill template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation the team walks through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is told first, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsListModel</name>
    <message>
        <source>(template %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last completed run + cadence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled on %1 + cadence; no run completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsStore</name>
    <message>
        <source>The store failed without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsView</name>
    <message>
        <source>completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 open (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed a run of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter drills by name, template or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sch&amp;edule drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a drill from a built-in template or one of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the chosen drill: a new run with the template&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the drills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is scheduled yet. &quot;Schedule drill…&quot; picks a template (a built-in tabletop exercise, the post-incident review, or one of yours), an owner and a cadence; INC-2 and INC-3 are assessed from the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drill to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the runs of this drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been held yet. &quot;Start run…&quot; records a run: the day, who takes part, and the checklist to walk through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drills scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 open actions, %2 past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 open actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ListExporter</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 of the current filter to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another export is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LoadStateStack</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainStatusBar</name>
    <message>
        <source>DEMO STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was written by bulkheadctl demo: synthetic reports, not your posture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings, %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: open or confirmed, still to be fixed. %1 reports imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainWindow</name>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another store with bulkhead --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead — Demo — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Quit anyway? It is cancelled and nothing of it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scanner report files into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every report below a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a container registry to collect images from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Kubernetes cluster (a kubeconfig context) to collect workloads from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Vault or OpenBao KV v2 mount to collect secrets&apos; metadata (ages, versions) from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import secrets &amp;inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import (or re-import) a CSV of secrets kept elsewhere, with their last rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, remove and collect registry, cluster and Vault sources; see their last collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every registry, cluster and Vault source now, as a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the store again (after bulkheadctl changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bulkhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scanner reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner reports (*.json *.sarif *.cdx *.spdx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of scanner reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added registry %1; collecting it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added cluster %1; collecting it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bulkhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for the security posture of your containers: scanner reports, registries and clusters in one local store, findings to triage, posture to review.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page &quot;%1&quot; to show this evidence on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review signed off; the next review compares with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added Vault %1; collecting it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging the stored secrets by the new policy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::OverviewView</name>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing has been imported into this store yet. Import scanner reports (Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator, Kubescape) or drop report files on the window, and this page fills in: open findings by severity, their trend, overdue items and the riskiest assets.&lt;/p&gt;&lt;p&gt;To look around first, write a demo store with &lt;code&gt;bulkheadctl demo&lt;/code&gt; and open it with &lt;code&gt;bulkhead --db ~/.local/share/bulkhead/demo.db&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open or confirmed, all severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings still to act on. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open past their SLA due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings older than the SLA of their severity (Settings). Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk acceptances ending within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risks that reopen soon unless renewed. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list those findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 assets by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score: 10 per critical, 5 per high, 2 per medium, 1 per low open finding. Double-click or press Enter on an asset to list its open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scan day, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scan days from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end of each day; findings now marked false positive, accepted or mitigated are left out throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet. From now on every import and collection records the posture score, and its course appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control assessed yet, so no score: the snapshots so far found nothing to judge the controls by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1 on %2. The last snapshot of each day; a score leaves out the controls that are not assessed (see Controls).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PagedView</name>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixModel</name>
    <message>
        <source>every verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: no rule of the roles bound to it allows this verb on this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2, granted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cluster-wide: in force in every namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — only the objects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• and 1 more grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• and %1 more grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete
collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verb (a rule with verbs: [&quot;*&quot;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-resource URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 in API group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&quot; (core)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixPanel</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; allowed &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; allowed, a permission the risk rules flag &amp;nbsp; pale: only cluster-wide bindings grant it &amp;nbsp; ✓*: only named objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell: which binding, role and rule grant it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subject to see its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the permission matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding grants this subject anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cluster-wide; its grants apply in namespaces: choose one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rule grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 RBAC object of the cluster could not be read and is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RBAC objects of the cluster could not be read and are left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PlaceholderPage</name>
    <message>
        <source>Not built yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fed by&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Controls&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacFilterBar</name>
    <message>
        <source>Search subject or namespace  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subjects that a risky permission reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the subjects only the API server&apos;s default (bootstrap) bindings reach: system:kube-controller-manager, system:node, the controllers&apos; service accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacQueryWorker</name>
    <message>
        <source>Name one verb: get, list, create, delete, escalate, … (&quot;%1&quot; is not one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the resource &quot;%1&quot;: %2. Write pods, pods/exec, deployments.apps or /metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the subject &quot;%1&quot;: write alice (a user), group:NAME, sa:NAMESPACE/NAME or User/NAME, Group/NAME, ServiceAccount/NAMESPACE/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1 may %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest grant: %1 (differs in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding of this cluster applies to %1: check the spelling (a service account is sa:NAMESPACE/NAME).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacSubjectsModel</name>
    <message>
        <source>1 binding applies (directly or through its groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bindings apply (directly or through its groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service account does not exist: a binding names it, so whoever creates it gets the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached only by the API server&apos;s default (bootstrap) bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens its permission matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risky permission reaches this subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 running workload carries this service account&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running workloads carry this service account&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review state of the bindings that apply, the one that needs attention first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings that apply, directly or through the subject&apos;s groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst risk reaching the subject and the risk rules it trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running workloads whose pods carry the service account&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state of its bindings (Changed, Due, Never reviewed, Current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacView</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every source again: each cluster&apos;s RBAC is analysed anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RBAC analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead reads the Roles, ClusterRoles, RoleBindings and ClusterRoleBindings of your clusters through the API, read-only, and works out what every user, group and service account may do: its permission matrix, who can do what and why, the bindings that hand out risky rights (wildcards, secrets, exec, escalate, impersonate…), and which bindings are due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then bulkheadctl collect; bulkheadctl rbac who-can VERB RESOURCE answers there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster source yet: add one (a kubeconfig context) and Bulkhead collects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cluster source, not collected with its RBAC yet: collect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cluster sources, none collected with its RBAC yet: collect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subject to see its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 clusters analysed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · none matches this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenVEX documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trivy ignore files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF logs (*.sarif *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for auditors: the controls with their evidence and attestations, the open findings (every critical and high one listed), risk acceptances, RBAC reviews, secret rotation, drills and collection coverage, for the scope and day you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vulnerability decisions (false positives, mitigations, accepted risks) as an OpenVEX 0.2.0 document that scanners read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted risks and false positives as a .trivyignore.yaml, each with its expiry, for trivy --ignorefile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open findings as a SARIF 2.1.0 log for code-scanning dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the store as it is now. An earlier day (UTC): control statuses and scores from that day&apos;s snapshot, findings as they stood then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenVEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.trivyignore.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportHistoryModel</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenVEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.trivyignore.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportRunner</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in the report history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportsView</name>
    <message>
        <source>%1 statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignore entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports for auditors and exports of findings and decisions that other tools read. Each file gets a SHA-256 beside it (FILE.sha256) and a line in the history below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scope, the day and the paper, then write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open&amp;VEX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability decisions as an OpenVEX 0.2.0 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.&amp;trivyignore.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risks and false positives with their expiry, for trivy --ignorefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SARIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings as SARIF 2.1.0 for code-scanning dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash the file again and compare it with the SHA-256 recorded when it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing generated from this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 files written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is being written; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3.
SHA-256 %4 (in %5.sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.
SHA-256 %4 (in %5.sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewDetailPane</name>
    <message>
        <source>No risk found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding was deleted and created again after the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default binding of the API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due again %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This binding is gone: the cluster was collected again without it. Refresh the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a binding to see its subjects, risks, changes and review history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewFilterBar</name>
    <message>
        <source>&amp;Needing review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed, due again, or changed since the last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ris&amp;ky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;default bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server&apos;s own bindings (system:*, kubernetes.io/bootstrapping=rbac-defaults): it recreates them, so a review rarely changes anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search binding, role or subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewNoteDialog</name>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to %1 bindings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. still needed by the deploy pipeline; owner: platform team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter records the review; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should happen to the binding (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueModel</name>
    <message>
        <source>(cluster-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A default binding of the API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since its last review: select it to see the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueWidget</name>
    <message>
        <source>role bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is still being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more bindings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded “%1” for 1 binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded “%1” for %2 bindings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting bindings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bindings need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;met&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;not met&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every binding except the API server&apos;s defaults needs a review younger than its interval (Settings), made after its last change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewSectionWidget</name>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing since the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScheduleDrillDialog</name>
    <message>
        <source>Schedule drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes sure it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the drill is held; 0 = on demand (post-incident reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill named &quot;%1&quot; is already scheduled: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScopePicker</name>
    <message>
        <source>&amp;Sources and scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store&apos;s sources, clusters, namespaces and registries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope cannot be chosen: %1. The report covers the whole store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: the whole store (nothing chosen). Lists combine with AND, the names within one list with OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreDeltaPanel</name>
    <message>
        <source>Posture score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1 of %2 controls assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; at the baseline %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls not assessed are left out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreHeader</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 controls assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreTile</name>
    <message>
        <source>How is this computed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is the %1 score computed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScoreTrendChart</name>
    <message>
        <source>Snapshot date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall posture score at the last snapshot of each day (after imports, collections and sign-offs). Days when no control was assessed have no score and no point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretPolicyPage</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is overdue this many days after its last observed change. A secret that declares its own interval (Vault rotation_days, the inventory&apos;s policy_days, the annotation bulkhead.dev/rotation-days) or matches a rule below uses that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy kubernetes.io/service-account-token secrets never expire; 0 makes each one overdue, whatever its age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-account &amp;tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes annotations that hold the time of a secret&apos;s last rotation (RFC 3339), one per line, tried in order. Applies from the next collection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a policy exported here or by bulkheadctl secrets policy --export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a secret that declares no interval, the first rule that matches sets it (tried top to bottom); none matching: the default. Empty cells match anything; * and ? are wildcards. Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a secrets policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the secrets policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes annotation name (e.g. example.com/rotated-at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a secrets policy (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 (%2 rules); saved when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRuleDelegate</name>
    <message>
        <source>any store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRulesModel</name>
    <message>
        <source>any store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 has no name: the name is shown as the reason for each secret&apos;s interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules are named &apos;%1&apos;: give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: the label &quot;%2&quot; has no key; write key=value or key (e.g. team=payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: the interval is a number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (always overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster or Vault source&apos;s name, or the inventory&apos;s name (wildcards * and ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace, Vault mount or the inventory&apos;s store column (wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret type, e.g. kubernetes.io/tls (wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s name or Vault path, e.g. db-* or team-a/* (wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value (equal) or key (present): Kubernetes labels, Vault custom_metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between rotations; 0: every matching secret is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace / mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SettingsDialog</name>
    <message>
        <source>&amp;Critical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: days to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days a finding may stay open, counted from when it was first seen, before it is overdue. 0 means no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;crets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC reviews: days between reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewed role binding is due for review again this many days after its last review (IAM-2); a binding with high or critical risks sooner. bulkheadctl uses the same intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every binding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-&amp;risk bindings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads: trusted registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry hosts (or host/path prefixes) your workloads&apos; images may come from, one per line, e.g. registry.example.com or ghcr.io/team. A cluster workload running an image from elsewhere is a finding (SUP-4); with none listed, the check is not applicable. Applies from the next collection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.example.com
ghcr.io/team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image posture thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry collector files a finding for an image over one of these; they apply from the next collection on. Off turns a check off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most &amp;layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest &amp;image (created):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest vulnerability sca&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest S&amp;BOM:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SeverityBarChart</name>
    <message>
        <source>Open or confirmed findings by severity. Click a bar to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 open
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffDialog</name>
    <message>
        <source>%1 new and %2 resolved critical or high findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RBAC bindings new or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acceptances and %2 attestations expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drills or actions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 control status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coverage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 of %2 controls assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-off takes a snapshot of the posture now; the next review compares with it. Sign-offs are kept and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided: who fixes what by when, what is accepted and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating-system user name is unknown, so the sign-off cannot say who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was decided in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffHistoryList</name>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::StartRunDialog</name>
    <message>
        <source>Start a run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice, bob, on-call SRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run gets the template&apos;s checklist; tick items off as the team walks through them. Every change is saved when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TopAssetsModel</name>
    <message>
        <source>%1
Double-click or press Enter to list its open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 per critical, 5 per high, 2 per medium, 1 per low open finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TrendChart</name>
    <message>
        <source>Scan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or confirmed findings at the end of each scan day. Click a legend entry to hide or show its line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WeeklyReviewView</name>
    <message>
        <source>New critical and high findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen since the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved critical and high findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer reported by a newer complete scan. A source that stopped reporting resolves nothing: see coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved in Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls whose status differs from the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC bindings new or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created or changed since the baseline, or since their last review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open RBAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets that became overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their rotation fell due since the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overdue secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptances expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 14 days: renew them or their findings reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestations expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 14 days: after that their controls are not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills and actions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills overdue or due within 14 days, and drill actions past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly review compares the posture now with the last sign-off. Import scanner reports or collect a registry, cluster or vault first: every import and collection takes a snapshot, and the review starts from those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the newest snapshot at or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the review was held, with notes; the next review starts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WelcomePage</name>
    <message>
        <source>Welcome to Bulkhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is empty. Bulkhead turns scanner reports, registries and clusters into one list of findings to triage, with an overview of your posture. Start with the reports you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scanner reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more report files: Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator or Kubescape JSON. The format is read from the content, not the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every JSON report below a folder, for example a CI artifacts folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cluster from kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubernetes cluster through a context of your kubeconfig, read-only: workloads checked against the runtime controls, namespace segmentation and what could be collected. Secret values are never read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container registry: images, signatures and SBOMs read through the OCI distribution API, judged against the build controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Or drop report files or folders anywhere on this window.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look around first, create a demo workspace with synthetic findings and open it:&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkheadctl --db ~/bulkhead-demo.db demo&lt;/code&gt;&lt;br&gt;&lt;code&gt;&amp;nbsp;&amp;nbsp;bulkhead --db ~/bulkhead-demo.db&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanPanel</name>
    <message>
        <source>Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods, pods/exec, secrets, deployments.apps, /metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: cluster-wide only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who can?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask who may do something: a verb and a resource, in a namespace or cluster-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice, group:developers, sa:shop/deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / why not, for one subject (same verb, resource and namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 binding subject may %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 binding subjects may %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A group stands for its members; Enter on an answer explains it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::controlstext</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and image security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI/CD and supply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident readiness and governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds (pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds in part (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold (fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, none %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::drillstext</name>
    <message>
        <source>Post-incident review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::rbactext</name>
    <message>
        <source>no risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes/proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing SA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::reviewtext</name>
    <message>
        <source>never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding is needed as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding grants more than needed: its role or subjects should shrink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding is not needed any more and should be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has to decide (the owner, security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subjects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::weeklytext</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report since the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off yet and no snapshot to compare with: everything reads as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot as old as %1: everything reads as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the last sign-off&apos;s snapshot, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off yet: compared with the oldest snapshot, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the newest snapshot at or before %1, taken %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
