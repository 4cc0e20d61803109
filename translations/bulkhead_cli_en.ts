<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttestCommand</name>
    <message numerus="yes">
        <source>%1: %n attestations, newest first</source>
        <translation>
            <numerusform>%1: %n attestation, newest first</numerusform>
            <numerusform>%1: %n attestations, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n statements to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>Wrote %n statement to %1 (checksum in %2.sha256)</numerusform>
            <numerusform>Wrote %n statements to %1 (checksum in %2.sha256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n results to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>Wrote %n result to %1 (checksum in %2.sha256)</numerusform>
            <numerusform>Wrote %n results to %1 (checksum in %2.sha256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ignore entries to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>Wrote %n ignore entry to %1 (checksum in %2.sha256)</numerusform>
            <numerusform>Wrote %n ignore entries to %1 (checksum in %2.sha256)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>imported %1: %2: %n findings</source>
        <translation>
            <numerusform>imported %1: %2: %n finding</numerusform>
            <numerusform>imported %1: %2: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %1: %2 by %3: %n findings</source>
        <translation>
            <numerusform>imported %1: %2 by %3: %n finding</numerusform>
            <numerusform>imported %1: %2 by %3: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n components</source>
        <translation>
            <numerusform>, %n component</numerusform>
            <numerusform>, %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n triage decisions carried over</source>
        <translation>
            <numerusform>, %n triage decision carried over</numerusform>
            <numerusform>, %n triage decisions carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warnings</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation>
            <numerusform>  ... and %n more warning</numerusform>
            <numerusform>  ... and %n more warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>total: %n files imported, %1 not imported; %2 findings (%3 new, %4 resolved, %5 reopened) in %6s</source>
        <translation>
            <numerusform>total: %n file imported, %1 not imported; %2 findings (%3 new, %4 resolved, %5 reopened) in %6s</numerusform>
            <numerusform>total: %n files imported, %1 not imported; %2 findings (%3 new, %4 resolved, %5 reopened) in %6s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RbacCommand</name>
    <message numerus="yes">
        <source>%n bindings reviewed: %1, by %2</source>
        <translation>
            <numerusform>%n binding reviewed: %1, by %2</numerusform>
            <numerusform>%n bindings reviewed: %1, by %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCommand</name>
    <message numerus="yes">
        <source>(%n paths)</source>
        <translation>
            <numerusform>(%n path)</numerusform>
            <numerusform>(%n paths)</numerusform>
        </translation>
    </message>
</context>
</TS>
