<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message numerus="yes">
        <source>%n source failed</source>
        <translation>
            <numerusform>%n source failed</numerusform>
            <numerusform>%n sources failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources failed</source>
        <translation>
            <numerusform>%Ln source failed</numerusform>
            <numerusform>%Ln sources failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDetailText</name>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day after first seen</source>
        <translation>
            <numerusform>%n day after first seen</numerusform>
            <numerusform>%n days after first seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days after first seen</source>
        <translation>
            <numerusform>%Ln day after first seen</numerusform>
            <numerusform>%Ln days after first seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also in %n other finding, %1 of them still reported.</source>
        <translation>
            <numerusform>Also in %n other finding, %1 of them still reported.</numerusform>
            <numerusform>Also in %n other findings, %1 of them still reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also in %Ln other findings, %1 of them still reported.</source>
        <translation>
            <numerusform>Also in %Ln other finding, %1 of them still reported.</numerusform>
            <numerusform>Also in %Ln other findings, %1 of them still reported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDetailText</name>
    <message numerus="yes">
        <source>History (%n step)</source>
        <translation>
            <numerusform>History (%n step)</numerusform>
            <numerusform>History (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History (%Ln steps)</source>
        <translation>
            <numerusform>History (%Ln step)</numerusform>
            <numerusform>History (%Ln steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: open them in the Findings view.</source>
        <translation>
            <numerusform>… and %Ln more: open it in the Findings view.</numerusform>
            <numerusform>… and %Ln more: open them in the Findings view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(older than %Ln days: BLD-2)</source>
        <translation>
            <numerusform>(older than %Ln day: BLD-2)</numerusform>
            <numerusform>(older than %Ln days: BLD-2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageText</name>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryImportText</name>
    <message numerus="yes">
        <source>Imported inventory %1: %Ln secrets (%2 added, %3 updated, %4 removed); %5 overdue.</source>
        <translation>
            <numerusform>Imported inventory %1: %Ln secret (%2 added, %3 updated, %4 removed); %5 overdue.</numerusform>
            <numerusform>Imported inventory %1: %Ln secrets (%2 added, %3 updated, %4 removed); %5 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem; nothing was imported.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported.</numerusform>
            <numerusform>%1 has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problems; nothing was imported.</source>
        <translation>
            <numerusform>%1 has %Ln problem; nothing was imported.</numerusform>
            <numerusform>%1 has %Ln problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file could not be imported</source>
        <translation>
            <numerusform>%n file could not be imported</numerusform>
            <numerusform>%n files could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln file could not be imported</numerusform>
            <numerusform>%Ln files could not be imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretsText</name>
    <message numerus="yes">
        <source>Last changed on or after %1: at most %Ln days old</source>
        <translation>
            <numerusform>Last changed on or after %1: at most %Ln day old</numerusform>
            <numerusform>Last changed on or after %1: at most %Ln days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last changed %1: %Ln days old</source>
        <translation>
            <numerusform>Last changed %1: %Ln day old</numerusform>
            <numerusform>Last changed %1: %Ln days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy: rotate every %Ln days (%1)</source>
        <translation>
            <numerusform>Policy: rotate every %Ln day (%1)</numerusform>
            <numerusform>Policy: rotate every %Ln days (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadText</name>
    <message numerus="yes">
        <source>, %Ln containers</source>
        <translation>
            <numerusform>, %Ln container</numerusform>
            <numerusform>, %Ln containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddClusterDialog</name>
    <message numerus="yes">
        <source>%n context in %1</source>
        <translation>
            <numerusform>%n context in %1</numerusform>
            <numerusform>%n contexts in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contexts in %1</source>
        <translation>
            <numerusform>%Ln context in %1</numerusform>
            <numerusform>%Ln contexts in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddRegistryDialog</name>
    <message numerus="yes">
        <source>Its catalog lists at least %n repository (still paging when the test stopped).</source>
        <translation>
            <numerusform>Its catalog lists at least %n repository (still paging when the test stopped).</numerusform>
            <numerusform>Its catalog lists at least %n repositories (still paging when the test stopped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists at least %Ln repositories (still paging when the test stopped).</source>
        <translation>
            <numerusform>Its catalog lists at least %Ln repository (still paging when the test stopped).</numerusform>
            <numerusform>Its catalog lists at least %Ln repositories (still paging when the test stopped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists %n repository.</source>
        <translation>
            <numerusform>Its catalog lists %n repository.</numerusform>
            <numerusform>Its catalog lists %n repositories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its catalog lists %Ln repositories.</source>
        <translation>
            <numerusform>Its catalog lists %Ln repository.</numerusform>
            <numerusform>Its catalog lists %Ln repositories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddVaultDialog</name>
    <message numerus="yes">
        <source>Connected: the token may list %1 (%n entry directly inside).</source>
        <translation>
            <numerusform>Connected: the token may list %1 (%n entry directly inside).</numerusform>
            <numerusform>Connected: the token may list %1 (%n entries directly inside).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: the token may list %1 (%Ln entries directly inside).</source>
        <translation>
            <numerusform>Connected: the token may list %1 (%Ln entry directly inside).</numerusform>
            <numerusform>Connected: the token may list %1 (%Ln entries directly inside).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoveragePanel</name>
    <message numerus="yes">
        <source>%Ln resources not collected completely; not assessed: %1</source>
        <translation>
            <numerusform>%Ln resource not collected completely; not assessed: %1</numerusform>
            <numerusform>%Ln resources not collected completely; not assessed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsView</name>
    <message numerus="yes">
        <source>Applying to %Ln findings…</source>
        <translation>
            <numerusform>Applying to %Ln finding…</numerusform>
            <numerusform>Applying to %Ln findings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln findings.</source>
        <translation>
            <numerusform>Changed %Ln finding.</numerusform>
            <numerusform>Changed %Ln findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln findings to %1</source>
        <translation>
            <numerusform>Exported %Ln finding to %1</numerusform>
            <numerusform>Exported %Ln findings to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln selected</numerusform>
            <numerusform> · %Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesListModel</name>
    <message numerus="yes">
        <source>No imported vulnerability scan in the last %Ln days (BLD-2)</source>
        <translation>
            <numerusform>No imported vulnerability scan in the last %Ln day (BLD-2)</numerusform>
            <numerusform>No imported vulnerability scan in the last %Ln days (BLD-2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message numerus="yes">
        <source> from %n registry source</source>
        <translation>
            <numerusform> from %n registry source</numerusform>
            <numerusform> from %n registry sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln registry sources</source>
        <translation>
            <numerusform> from %Ln registry source</numerusform>
            <numerusform> from %Ln registry sources</numerusform>
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
    <name>bulkhead::ui::MultiSelectButton</name>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln selected</numerusform>
            <numerusform>%1: %Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::NamespacePanel</name>
    <message numerus="yes">
        <source>%Ln namespaces: %1 without default-deny ingress, %2 without default-deny egress.</source>
        <translation>
            <numerusform>%Ln namespace: %1 without default-deny ingress, %2 without default-deny egress.</numerusform>
            <numerusform>%Ln namespaces: %1 without default-deny ingress, %2 without default-deny egress.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not assessed (NetworkPolicies not collected).</source>
        <translation>
            <numerusform>%Ln not assessed (NetworkPolicies not collected).</numerusform>
            <numerusform>%Ln not assessed (NetworkPolicies not collected).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretAgeChart</name>
    <message numerus="yes">
        <source>%Ln secrets last changed %1 days ago</source>
        <translation>
            <numerusform>%Ln secret last changed %1 days ago</numerusform>
            <numerusform>%Ln secrets last changed %1 days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretDetailPane</name>
    <message numerus="yes">
        <source>at most %Ln days (changed on or after %1)</source>
        <translation>
            <numerusform>at most %Ln day (changed on or after %1)</numerusform>
            <numerusform>at most %Ln days (changed on or after %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days (changed %1)</source>
        <translation>
            <numerusform>%Ln day (changed %1)</numerusform>
            <numerusform>%Ln days (changed %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotate every %Ln days</source>
        <translation>
            <numerusform>rotate every %Ln day</numerusform>
            <numerusform>rotate every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days, on the secret itself</source>
        <translation>
            <numerusform>%Ln day, on the secret itself</numerusform>
            <numerusform>%Ln days, on the secret itself</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsListModel</name>
    <message numerus="yes">
        <source>%n workloads use it (the detail lists them)</source>
        <translation>
            <numerusform>%n workload uses it (the detail lists it)</numerusform>
            <numerusform>%n workloads use it (the detail lists them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsView</name>
    <message numerus="yes">
        <source>Age distribution: %Ln secrets with a known age under this filter (creation-only ages are upper bounds)</source>
        <translation>
            <numerusform>Age distribution: %Ln secret with a known age under this filter (creation-only ages are upper bounds)</numerusform>
            <numerusform>Age distribution: %Ln secrets with a known age under this filter (creation-only ages are upper bounds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n cluster or vault source</source>
        <translation>
            <numerusform> from %n cluster or vault source</numerusform>
            <numerusform> from %n cluster and vault sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln cluster and vault sources</source>
        <translation>
            <numerusform> from %Ln cluster or vault source</numerusform>
            <numerusform> from %Ln cluster and vault sources</numerusform>
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
    <name>bulkhead::ui::SourcesModel</name>
    <message numerus="yes">
        <source>%Ln workloads</source>
        <translation>
            <numerusform>%Ln workload</numerusform>
            <numerusform>%Ln workloads</numerusform>
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
</context>
<context>
    <name>bulkhead::ui::TriageDialog</name>
    <message numerus="yes">
        <source>Applies to %n finding.</source>
        <translation>
            <numerusform>Applies to %n finding.</numerusform>
            <numerusform>Applies to %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln findings.</source>
        <translation>
            <numerusform>Applies to %Ln finding.</numerusform>
            <numerusform>Applies to %Ln findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsListModel</name>
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
            <numerusform>%Ln container</numerusform>
            <numerusform>%Ln containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checks fail, the worst %1</source>
        <translation>
            <numerusform>%Ln check fails, the worst %1</numerusform>
            <numerusform>%Ln checks fail, the worst %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsView</name>
    <message numerus="yes">
        <source> from %n cluster source</source>
        <translation>
            <numerusform> from %n cluster source</numerusform>
            <numerusform> from %n cluster sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %Ln cluster sources</source>
        <translation>
            <numerusform> from %Ln cluster source</numerusform>
            <numerusform> from %Ln cluster sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workloads</source>
        <translation>
            <numerusform>%Ln workload</numerusform>
            <numerusform>%Ln workloads</numerusform>
        </translation>
    </message>
</context>
</TS>
