<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DrillsText</name>
    <message numerus="yes">
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Every %Ln day</numerusform>
            <numerusform>Every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretReevaluationText</name>
    <message numerus="yes">
        <source>Secrets judged by the new policy: %Ln secrets, %1 overdue (%2 new findings, %3 resolved).</source>
        <translation>
            <numerusform>Secrets judged by the new policy: %Ln secret, %1 overdue (%2 new findings, %3 resolved).</numerusform>
            <numerusform>Secrets judged by the new policy: %Ln secrets, %1 overdue (%2 new findings, %3 resolved).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AttestationDialog</name>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ControlsView</name>
    <message numerus="yes">
        <source>%Ln controls: %1 fail, %2 partial, %3 pass, %4 attested, %5 not assessed</source>
        <translation>
            <numerusform>%Ln control: %1 fail, %2 partial, %3 pass, %4 attested, %5 not assessed</numerusform>
            <numerusform>%Ln controls: %1 fail, %2 partial, %3 pass, %4 attested, %5 not assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoverageBanner</name>
    <message numerus="yes">
        <source>Coverage changed: %Ln sources no longer report</source>
        <translation>
            <numerusform>Coverage changed: %Ln source no longer reports</numerusform>
            <numerusform>Coverage changed: %Ln sources no longer report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage changed: %Ln new sources</source>
        <translation>
            <numerusform>Coverage changed: %Ln new source</numerusform>
            <numerusform>Coverage changed: %Ln new sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsListModel</name>
    <message numerus="yes">
        <source>%Ln open, %1 overdue</source>
        <translation>
            <numerusform>%Ln open, %1 overdue</numerusform>
            <numerusform>%Ln open, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DrillsView</name>
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
            <numerusform>, %Ln open (%1 overdue)</numerusform>
            <numerusform>, %Ln open (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln open</source>
        <translation>
            <numerusform>, %Ln open</numerusform>
            <numerusform>, %Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drills</source>
        <translation>
            <numerusform>%Ln drill</numerusform>
            <numerusform>%Ln drills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln overdue</numerusform>
            <numerusform> · %Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln open actions, %1 past due</source>
        <translation>
            <numerusform> · %Ln open action, %1 past due</numerusform>
            <numerusform> · %Ln open actions, %1 past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln open actions</source>
        <translation>
            <numerusform> · %Ln open action</numerusform>
            <numerusform> · %Ln open actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainStatusBar</name>
    <message numerus="yes">
        <source>%Ln findings, %1 open</source>
        <translation>
            <numerusform>%Ln finding, %1 open</numerusform>
            <numerusform>%Ln findings, %1 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: open or confirmed, still to be fixed. %Ln reports imported.</source>
        <translation>
            <numerusform>Open: open or confirmed, still to be fixed. %Ln report imported.</numerusform>
            <numerusform>Open: open or confirmed, still to be fixed. %Ln reports imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::OverviewView</name>
    <message numerus="yes">
        <source>risk acceptances ending within %Ln days</source>
        <translation>
            <numerusform>risk acceptances ending within %Ln day</numerusform>
            <numerusform>risk acceptances ending within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan days from %1 to %2.</source>
        <translation>
            <numerusform>%Ln scan day from %1 to %2.</numerusform>
            <numerusform>%Ln scan days from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixModel</name>
    <message numerus="yes">
        <source>• and %Ln more grants</source>
        <translation>
            <numerusform>• and %Ln more grant</numerusform>
            <numerusform>• and %Ln more grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::PermissionMatrixPanel</name>
    <message numerus="yes">
        <source>%Ln rule grants</source>
        <translation>
            <numerusform>%Ln rule grant</numerusform>
            <numerusform>%Ln rule grants</numerusform>
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
            <numerusform>%Ln resource</numerusform>
            <numerusform>%Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RBAC objects of the cluster could not be read and are left out: %1</source>
        <translation>
            <numerusform>%Ln RBAC object of the cluster could not be read and is left out: %1</numerusform>
            <numerusform>%Ln RBAC objects of the cluster could not be read and are left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacSubjectsModel</name>
    <message numerus="yes">
        <source>%Ln bindings apply (directly or through its groups)</source>
        <translation>
            <numerusform>%Ln binding applies (directly or through its groups)</numerusform>
            <numerusform>%Ln bindings apply (directly or through its groups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running workloads carry this service account&apos;s token</source>
        <translation>
            <numerusform>%Ln running workload carries this service account&apos;s token</numerusform>
            <numerusform>%Ln running workloads carry this service account&apos;s token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RbacView</name>
    <message numerus="yes">
        <source>%Ln cluster sources, none collected with its RBAC yet: collect now.</source>
        <translation>
            <numerusform>%Ln cluster source, not collected with its RBAC yet: collect now.</numerusform>
            <numerusform>%Ln cluster sources, none collected with its RBAC yet: collect now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln clusters analysed)</source>
        <translation>
            <numerusform> (%Ln cluster analysed)</numerusform>
            <numerusform> (%Ln clusters analysed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects</source>
        <translation>
            <numerusform>%Ln subject</numerusform>
            <numerusform>%Ln subjects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportsView</name>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ignore entries</source>
        <translation>
            <numerusform>%Ln ignore entry</numerusform>
            <numerusform>%Ln ignore entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written.</source>
        <translation>
            <numerusform>%Ln file written.</numerusform>
            <numerusform>%Ln files written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewNoteDialog</name>
    <message numerus="yes">
        <source>Applies to %Ln bindings.</source>
        <translation>
            <numerusform>Applies to %Ln binding.</numerusform>
            <numerusform>Applies to %Ln bindings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewQueueWidget</name>
    <message numerus="yes">
        <source>Recorded “%1” for %Ln bindings.</source>
        <translation>
            <numerusform>Recorded “%1” for %Ln binding.</numerusform>
            <numerusform>Recorded “%1” for %Ln bindings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bindings need review</source>
        <translation>
            <numerusform>%Ln binding needs review</numerusform>
            <numerusform>%Ln bindings need review</numerusform>
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
    <name>bulkhead::ui::SecretPolicyPage</name>
    <message numerus="yes">
        <source>Read %1 (%Ln rules); saved when you press OK.</source>
        <translation>
            <numerusform>Read %1 (%Ln rule); saved when you press OK.</numerusform>
            <numerusform>Read %1 (%Ln rules); saved when you press OK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretRulesModel</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SignoffDialog</name>
    <message numerus="yes">
        <source>%Ln RBAC bindings new or changed</source>
        <translation>
            <numerusform>%Ln RBAC binding new or changed</numerusform>
            <numerusform>%Ln RBAC bindings new or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets overdue</source>
        <translation>
            <numerusform>%Ln secret overdue</numerusform>
            <numerusform>%Ln secrets overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drills or actions due</source>
        <translation>
            <numerusform>%Ln drill or action due</numerusform>
            <numerusform>%Ln drills or actions due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln control status changes</source>
        <translation>
            <numerusform>%Ln control status change</numerusform>
            <numerusform>%Ln control status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coverage changes</source>
        <translation>
            <numerusform>%Ln coverage change</numerusform>
            <numerusform>%Ln coverage changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WhoCanPanel</name>
    <message numerus="yes">
        <source>%Ln binding subjects may %1.</source>
        <translation>
            <numerusform>%Ln binding subject may %1.</numerusform>
            <numerusform>%Ln binding subjects may %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
