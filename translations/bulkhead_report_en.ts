<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PdfReport</name>
    <message numerus="yes">
        <source>%Ln findings are accepted risks, %1 as of %2 (an expired acceptance counts as open again). Soonest expiry first.</source>
        <translation>
            <numerusform>%Ln finding is an accepted risk, %1 as of %2 (an expired acceptance counts as open again). Soonest expiry first.</numerusform>
            <numerusform>%Ln findings are accepted risks, %1 as of %2 (an expired acceptance counts as open again). Soonest expiry first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them expired</source>
        <translation>
            <numerusform>%Ln of them expired</numerusform>
            <numerusform>%Ln of them expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings are open or confirmed in scope, on %1. Every critical and high one is listed below with its SLA state (due date from the SLA policy set in Bulkhead&apos;s settings, counted from first seen); medium and below are summarised.</source>
        <translation>
            <numerusform>%Ln finding is open or confirmed in scope, on %1. Every critical and high one is listed below with its SLA state (due date from the SLA policy set in Bulkhead&apos;s settings, counted from first seen); medium and below are summarised.</numerusform>
            <numerusform>%Ln findings are open or confirmed in scope, on %1. Every critical and high one is listed below with its SLA state (due date from the SLA policy set in Bulkhead&apos;s settings, counted from first seen); medium and below are summarised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assets</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the rest of a list of controls</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The posture score is %1 of 100, over %2 of %n controls that could be assessed.</source>
        <translation>
            <numerusform>The posture score is %1 of 100, over %2 of %n control that could be assessed.</numerusform>
            <numerusform>The posture score is %1 of 100, over %2 of %n controls that could be assessed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls fail (%1).</source>
        <translation>
            <numerusform>%n control fails (%1).</numerusform>
            <numerusform>%n controls fail (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls are partial.</source>
        <translation>
            <numerusform>%n control is partial.</numerusform>
            <numerusform>%n controls are partial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No control fails; %n are partial.</source>
        <translation>
            <numerusform>No control fails; %n is partial.</numerusform>
            <numerusform>No control fails; %n are partial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 critical and %Ln high findings are open.</source>
        <translation>
            <numerusform>%1 critical and %Ln high findings are open.</numerusform>
            <numerusform>%1 critical and %Ln high findings are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are past their SLA.</source>
        <translation>
            <numerusform>%Ln of them is past its SLA.</numerusform>
            <numerusform>%Ln of them are past their SLA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secrets are past their rotation policy.</source>
        <translation>
            <numerusform>%Ln secret is past its rotation policy.</numerusform>
            <numerusform>%Ln secrets are past their rotation policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls are not assessed: the collection coverage section says what was not collected.</source>
        <translation>
            <numerusform>%n control is not assessed: the collection coverage section says what was not collected.</numerusform>
            <numerusform>%n controls are not assessed: the collection coverage section says what was not collected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  (%2 of %n controls assessed; not assessed ones are left out)</source>
        <translation>
            <numerusform>%1  (%2 of %n control assessed; not assessed ones are left out)</numerusform>
            <numerusform>%1  (%2 of %n controls assessed; not assessed ones are left out)</numerusform>
        </translation>
    </message>
</context>
</TS>
