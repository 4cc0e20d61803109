<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessmentText</name>
    <message numerus="yes">
        <source>Everything checked passes, but %n of %1 measures could not be assessed.</source>
        <translation>
            <numerusform>Everything checked passes, but %n of %1 measures could not be assessed.</numerusform>
            <numerusform>Everything checked passes, but %n of %1 measures could not be assessed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionSummary</name>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workloads</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespaces</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets (%1 overdue)</source>
        <translation>
            <numerusform>%n secret (%1 overdue)</numerusform>
            <numerusform>%n secrets (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings (%1 new, %2 resolved)</source>
        <translation>
            <numerusform>%n finding (%1 new, %2 resolved)</numerusform>
            <numerusform>%n findings (%1 new, %2 resolved)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 secrets</source>
        <translation>
            <numerusform>%1 secret</numerusform>
            <numerusform>%1 secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 overdue</source>
        <translation>
            <numerusform>%1 overdue</numerusform>
            <numerusform>%1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests</source>
        <translation>
            <numerusform>%1 request</numerusform>
            <numerusform>%1 requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 findings (%2 new, %3 resolved)</source>
        <translation>
            <numerusform>%1 finding (%2 new, %3 resolved)</numerusform>
            <numerusform>%1 findings (%2 new, %3 resolved)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paths not collected</source>
        <translation>
            <numerusform>%1 path not collected</numerusform>
            <numerusform>%1 paths not collected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failures</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posture findings (%1 new, %2 resolved)</source>
        <translation>
            <numerusform>%n posture finding (%1 new, %2 resolved)</numerusform>
            <numerusform>%n posture findings (%1 new, %2 resolved)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n SBOMs imported</source>
        <translation>
            <numerusform>%1, %n SBOM imported</numerusform>
            <numerusform>%1, %n SBOMs imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>%n of %1 scheduled drills have not been completed yet.</source>
        <translation>
            <numerusform>%n of %1 scheduled drills has not been completed yet.</numerusform>
            <numerusform>%n of %1 scheduled drills have not been completed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open for %n days</source>
        <translation>
            <numerusform>open for %n day</numerusform>
            <numerusform>open for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews still open and held within the last %n days are not counted yet.</source>
        <translation>
            <numerusform>Reviews still open and held within the last %n day are not counted yet.</numerusform>
            <numerusform>Reviews still open and held within the last %n days are not counted yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the check applied to none of the %n workloads</source>
        <translation>
            <numerusform>the check did not apply to the %n workload</numerusform>
            <numerusform>the check applied to none of the %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scanners that delivered a report within %n days</source>
        <translation>
            <numerusform>scanners that delivered a report within %n day</numerusform>
            <numerusform>scanners that delivered a report within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>policy gates (`bulkheadctl gate`) evaluated within %n days</source>
        <translation>
            <numerusform>policy gates (`bulkheadctl gate`) evaluated within %n day</numerusform>
            <numerusform>policy gates (`bulkheadctl gate`) evaluated within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate runs in the last %1 days (%2 passed, %3 with violations).</source>
        <translation>
            <numerusform>%n gate run in the last %1 days (%2 passed, %3 with violations).</numerusform>
            <numerusform>%n gate runs in the last %1 days (%2 passed, %3 with violations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>role bindings reviewed within %n days (%1 for high-risk ones)</source>
        <translation>
            <numerusform>role bindings reviewed within %n day (%1 for high-risk ones)</numerusform>
            <numerusform>role bindings reviewed within %n days (%1 for high-risk ones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>images with an SBOM attached, younger than %n days</source>
        <translation>
            <numerusform>images with an SBOM attached, younger than %n day</numerusform>
            <numerusform>images with an SBOM attached, younger than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 without an SBOM, %2 with an SBOM older than %n days.</source>
        <translation>
            <numerusform>%1 without an SBOM, %2 with an SBOM older than %n day.</numerusform>
            <numerusform>%1 without an SBOM, %2 with an SBOM older than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>images within the layer limit (%n layers)</source>
        <translation>
            <numerusform>images within the layer limit (%n layer)</numerusform>
            <numerusform>images within the layer limit (%n layers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>images in registries and clusters with a vulnerability scan younger than %n days</source>
        <translation>
            <numerusform>images in registries and clusters with a vulnerability scan younger than %n day</numerusform>
            <numerusform>images in registries and clusters with a vulnerability scan younger than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n secrets were not evaluated against the rotation policy yet</source>
        <translation>
            <numerusform>the %n secret was not evaluated against the rotation policy yet</numerusform>
            <numerusform>the %n secrets were not evaluated against the rotation policy yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no known change time, so no due date.</source>
        <translation>
            <numerusform>%n of them has no known change time, so no due date.</numerusform>
            <numerusform>%n of them have no known change time, so no due date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, attested, partial)</source>
        <translation>
            <numerusform>%n control of %1 not passing (accepted: pass, attested, partial)</numerusform>
            <numerusform>%n controls of %1 not passing (accepted: pass, attested, partial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, attested)</source>
        <translation>
            <numerusform>%n control of %1 not passing (accepted: pass, attested)</numerusform>
            <numerusform>%n controls of %1 not passing (accepted: pass, attested)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, partial)</source>
        <translation>
            <numerusform>%n control of %1 not passing (accepted: pass, partial)</numerusform>
            <numerusform>%n controls of %1 not passing (accepted: pass, partial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass)</source>
        <translation>
            <numerusform>%n control of %1 not passing (accepted: pass)</numerusform>
            <numerusform>%n controls of %1 not passing (accepted: pass)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>posture score %1 (min %2; %n of %3 controls assessed)</source>
        <translation>
            <numerusform>posture score %1 (min %2; %n of %3 controls assessed)</numerusform>
            <numerusform>posture score %1 (min %2; %n of %3 controls assessed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no posture score, no control assessed (min %1; %n of %2 controls assessed)</source>
        <translation>
            <numerusform>no posture score, no control assessed (min %1; %n of %2 controls assessed)</numerusform>
            <numerusform>no posture score, no control assessed (min %1; %n of %2 controls assessed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <comment>evidence lines not shown</comment>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gate %1: %2, %3 of %n rules violated (scope: %4)</source>
        <comment>policy, PASSED/FAILED, count, scope</comment>
        <translation>
            <numerusform>Gate %1: %2, %3 of %n rules violated (scope: %4)</numerusform>
            <numerusform>Gate %1: %2, %3 of %n rules violated (scope: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role bindings of %1 with a risk of severity %2 or worse</source>
        <translation>
            <numerusform>%n role binding of %1 with a risk of severity %2 or worse</numerusform>
            <numerusform>%n role bindings of %1 with a risk of severity %2 or worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets of %1 overdue for rotation</source>
        <translation>
            <numerusform>%n secret of %1 overdue for rotation</numerusform>
            <numerusform>%n secrets of %1 overdue for rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets were not evaluated against the rotation policy yet (`bulkheadctl secrets evaluate`)</source>
        <translation>
            <numerusform>%n secret was not evaluated against the rotation policy yet (`bulkheadctl secrets evaluate`)</numerusform>
            <numerusform>%n secrets were not evaluated against the rotation policy yet (`bulkheadctl secrets evaluate`)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %2, %n days overdue)</source>
        <comment>secret, due date</comment>
        <translation>
            <numerusform>%1 (due %2, %n day overdue)</numerusform>
            <numerusform>%1 (due %2, %n days overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted %1 findings (max %2)</source>
        <translation>
            <numerusform>%n counted %1 finding (max %2)</numerusform>
            <numerusform>%n counted %1 findings (max %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open %1 findings (max %2)</source>
        <translation>
            <numerusform>%n open %1 finding (max %2)</numerusform>
            <numerusform>%n open %1 findings (max %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n days</source>
        <comment>severity and its SLA</comment>
        <translation>
            <numerusform>%1 %n day</numerusform>
            <numerusform>%1 %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted findings of severity %1 or worse past the SLA (%2)</source>
        <translation>
            <numerusform>%n counted finding of severity %1 or worse past the SLA (%2)</numerusform>
            <numerusform>%n counted findings of severity %1 or worse past the SLA (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open findings of severity %1 or worse past the SLA (%2)</source>
        <translation>
            <numerusform>%n open finding of severity %1 or worse past the SLA (%2)</numerusform>
            <numerusform>%n open findings of severity %1 or worse past the SLA (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, due %3 (%n days overdue)</source>
        <comment>severity, finding, due date</comment>
        <translation>
            <numerusform>%1: %2, due %3 (%n day overdue)</numerusform>
            <numerusform>%1: %2, due %3 (%n days overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 not signed and verified with a configured key</source>
        <translation>
            <numerusform>%n registry image of %1 not signed and verified with a configured key</numerusform>
            <numerusform>%n registry images of %1 not signed and verified with a configured key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 unsigned or with an invalid signature</source>
        <translation>
            <numerusform>%n registry image of %1 unsigned or with an invalid signature</numerusform>
            <numerusform>%n registry images of %1 unsigned or with an invalid signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 without an SBOM younger than %2 days</source>
        <translation>
            <numerusform>%n registry image of %1 without an SBOM younger than %2 days</numerusform>
            <numerusform>%n registry images of %1 without an SBOM younger than %2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 without an SBOM</source>
        <translation>
            <numerusform>%n registry image of %1 without an SBOM</numerusform>
            <numerusform>%n registry images of %1 without an SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 running as root</source>
        <translation>
            <numerusform>%n registry image of %1 running as root</numerusform>
            <numerusform>%n registry images of %1 running as root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images whose config could not be read are not checked</source>
        <translation>
            <numerusform>%n image whose config could not be read is not checked</numerusform>
            <numerusform>%n images whose config could not be read are not checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message numerus="yes">
        <source>%n of %1 images not signed and verified</source>
        <translation>
            <numerusform>%n of %1 images not signed and verified</numerusform>
            <numerusform>%n of %1 images not signed and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 release images not signed and verified</source>
        <translation>
            <numerusform>%n of %1 release images not signed and verified</numerusform>
            <numerusform>%n of %1 release images not signed and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without a current SBOM</source>
        <translation>
            <numerusform>%n of %1 images without a current SBOM</numerusform>
            <numerusform>%n of %1 images without a current SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without an SBOM</source>
        <translation>
            <numerusform>%n of %1 images without an SBOM</numerusform>
            <numerusform>%n of %1 images without an SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images running as root</source>
        <translation>
            <numerusform>%n of %1 images running as root</numerusform>
            <numerusform>%n of %1 images running as root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images over the size limit</source>
        <translation>
            <numerusform>%n of %1 images over the size limit</numerusform>
            <numerusform>%n of %1 images over the size limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images over the layer limit</source>
        <translation>
            <numerusform>%n of %1 images over the layer limit</numerusform>
            <numerusform>%n of %1 images over the layer limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without a recent scan</source>
        <translation>
            <numerusform>%n of %1 images without a recent scan</numerusform>
            <numerusform>%n of %1 images without a recent scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 findings open</source>
        <translation>
            <numerusform>%n of %1 findings open</numerusform>
            <numerusform>%n of %1 findings open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 open findings with a fix available past their SLA</source>
        <translation>
            <numerusform>%n of %1 open findings with a fix available past their SLA</numerusform>
            <numerusform>%n of %1 open findings with a fix available past their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scanners without a recent report</source>
        <translation>
            <numerusform>%n of %1 scanners without a recent report</numerusform>
            <numerusform>%n of %1 scanners without a recent report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads over-privileged</source>
        <translation>
            <numerusform>%n of %1 workloads over-privileged</numerusform>
            <numerusform>%n of %1 workloads over-privileged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads with a writable root filesystem</source>
        <translation>
            <numerusform>%n of %1 workloads with a writable root filesystem</numerusform>
            <numerusform>%n of %1 workloads with a writable root filesystem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads without a seccomp or AppArmor profile</source>
        <translation>
            <numerusform>%n of %1 workloads without a seccomp or AppArmor profile</numerusform>
            <numerusform>%n of %1 workloads without a seccomp or AppArmor profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads allowed to run as root</source>
        <translation>
            <numerusform>%n of %1 workloads allowed to run as root</numerusform>
            <numerusform>%n of %1 workloads allowed to run as root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 service accounts with workloads keeping capabilities</source>
        <translation>
            <numerusform>%n of %1 service accounts with workloads keeping capabilities</numerusform>
            <numerusform>%n of %1 service accounts with workloads keeping capabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads taking secrets from environment variables</source>
        <translation>
            <numerusform>%n of %1 workloads taking secrets from environment variables</numerusform>
            <numerusform>%n of %1 workloads taking secrets from environment variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads with secret-looking literal values</source>
        <translation>
            <numerusform>%n of %1 workloads with secret-looking literal values</numerusform>
            <numerusform>%n of %1 workloads with secret-looking literal values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads running images from untrusted registries</source>
        <translation>
            <numerusform>%n of %1 workloads running images from untrusted registries</numerusform>
            <numerusform>%n of %1 workloads running images from untrusted registries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads using the default service account or an automounted token</source>
        <translation>
            <numerusform>%n of %1 workloads using the default service account or an automounted token</numerusform>
            <numerusform>%n of %1 workloads using the default service account or an automounted token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads running images not signed and verified</source>
        <translation>
            <numerusform>%n of %1 workloads running images not signed and verified</numerusform>
            <numerusform>%n of %1 workloads running images not signed and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 namespaces not segmented</source>
        <translation>
            <numerusform>%n of %1 namespaces not segmented</numerusform>
            <numerusform>%n of %1 namespaces not segmented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a runtime-security agent</source>
        <translation>
            <numerusform>%n of %1 clusters without a runtime-security agent</numerusform>
            <numerusform>%n of %1 clusters without a runtime-security agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a log or metrics agent</source>
        <translation>
            <numerusform>%n of %1 clusters without a log or metrics agent</numerusform>
            <numerusform>%n of %1 clusters without a log or metrics agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a secret store</source>
        <translation>
            <numerusform>%n of %1 clusters without a secret store</numerusform>
            <numerusform>%n of %1 clusters without a secret store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 bindings risky</source>
        <translation>
            <numerusform>%n of %1 bindings risky</numerusform>
            <numerusform>%n of %1 bindings risky</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 bindings needing review</source>
        <translation>
            <numerusform>%n of %1 bindings needing review</numerusform>
            <numerusform>%n of %1 bindings needing review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 subjects able to read secrets</source>
        <translation>
            <numerusform>%n of %1 subjects able to read secrets</numerusform>
            <numerusform>%n of %1 subjects able to read secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 secrets overdue for rotation</source>
        <translation>
            <numerusform>%n of %1 secrets overdue for rotation</numerusform>
            <numerusform>%n of %1 secrets overdue for rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 Kubernetes secrets legacy service-account tokens</source>
        <translation>
            <numerusform>%n of %1 Kubernetes secrets legacy service-account tokens</numerusform>
            <numerusform>%n of %1 Kubernetes secrets legacy service-account tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 policy gates without a recent run</source>
        <translation>
            <numerusform>%n of %1 policy gates without a recent run</numerusform>
            <numerusform>%n of %1 policy gates without a recent run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scheduled drills overdue</source>
        <translation>
            <numerusform>%n of %1 scheduled drills overdue</numerusform>
            <numerusform>%n of %1 scheduled drills overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checklist items not done</source>
        <translation>
            <numerusform>%n of %1 checklist items not done</numerusform>
            <numerusform>%n of %1 checklist items not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action items past due</source>
        <translation>
            <numerusform>%n of %1 action items past due</numerusform>
            <numerusform>%n of %1 action items past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 post-incident reviews incomplete or without action items</source>
        <translation>
            <numerusform>%n of %1 post-incident reviews incomplete or without action items</numerusform>
            <numerusform>%n of %1 post-incident reviews incomplete or without action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>examples of failing items</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RbacExplain</name>
    <message numerus="yes">
        <source>%1 may %2: %3 (and %n more)</source>
        <translation>
            <numerusform>%1 may %2: %3 (and %n more)</numerusform>
            <numerusform>%1 may %2: %3 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCompareText</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue since %1 (every %n days; last held %2)</source>
        <translation>
            <numerusform>overdue since %1 (every %n day; last held %2)</numerusform>
            <numerusform>overdue since %1 (every %n days; last held %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1 (every %n days; last held %2)</source>
        <translation>
            <numerusform>due %1 (every %n day; last held %2)</numerusform>
            <numerusform>due %1 (every %n days; last held %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n runs failed since</source>
        <translation>
            <numerusform>%1; %n run failed since</numerusform>
            <numerusform>%1; %n runs failed since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n runs failed since: %2</source>
        <translation>
            <numerusform>%1; %n run failed since: %2</numerusform>
            <numerusform>%1; %n runs failed since: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message numerus="yes">
        <source>rotation due %1 (policy %n days)</source>
        <translation>
            <numerusform>rotation due %1 (policy %n day)</numerusform>
            <numerusform>rotation due %1 (policy %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotation due %1 (policy %n days: %2)</source>
        <translation>
            <numerusform>rotation due %1 (policy %n day: %2)</numerusform>
            <numerusform>rotation due %1 (policy %n days: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ImportTask</name>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n findings (%2 new, %3 unchanged, %4 resolved, %5 reopened), %6</source>
        <translation>
            <numerusform>%1: %n finding (%2 new, %3 unchanged, %4 resolved, %5 reopened), %6</numerusform>
            <numerusform>%1: %n findings (%2 new, %3 unchanged, %4 resolved, %5 reopened), %6</numerusform>
        </translation>
    </message>
</context>
</TS>
