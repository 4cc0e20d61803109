<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssessmentText</name>
    <message>
        <source>Attested as partial by %1 on %2 (expires %3).</source>
        <translation>Als teilweise bestätigt von %1 am %2 (läuft ab am %3).</translation>
    </message>
    <message>
        <source>Attested as failing by %1 on %2 (expires %3).</source>
        <translation>Als nicht erfüllt bestätigt von %1 am %2 (läuft ab am %3).</translation>
    </message>
    <message>
        <source>Attested by %1 on %2 (expires %3).</source>
        <translation>Bestätigt von %1 am %2 (läuft ab am %3).</translation>
    </message>
    <message>
        <source>Attested as partial by %1 on %2 (expires %3): %4</source>
        <translation>Als teilweise bestätigt von %1 am %2 (läuft ab am %3): %4</translation>
    </message>
    <message>
        <source>Attested as failing by %1 on %2 (expires %3): %4</source>
        <translation>Als nicht erfüllt bestätigt von %1 am %2 (läuft ab am %3): %4</translation>
    </message>
    <message>
        <source>Attested by %1 on %2 (expires %3): %4</source>
        <translation>Bestätigt von %1 am %2 (läuft ab am %3): %4</translation>
    </message>
    <message>
        <source>attestation withdrawn by %1 on %2</source>
        <translation>Bestätigung von %1 am %2 zurückgezogen</translation>
    </message>
    <message>
        <source>attestation by %1 expired on %2</source>
        <translation>Bestätigung von %1 am %2 abgelaufen</translation>
    </message>
    <message>
        <source>attestation by %1 dated %2 is not in force yet</source>
        <translation>Bestätigung von %1 vom %2 ist noch nicht gültig</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>attestation that %1</source>
        <translation>Bestätigung: %1</translation>
    </message>
    <message>
        <source>no attestation recorded</source>
        <translation>keine Bestätigung erfasst</translation>
    </message>
    <message>
        <source>An attestation by %1 on %2 (expires %3) is on file; the evidence decides.</source>
        <translation>Eine Bestätigung von %1 vom %2 (läuft ab am %3) liegt vor; die Nachweise entscheiden.</translation>
    </message>
    <message>
        <source>%1; not assessed.</source>
        <translation>%1; nicht bewertet.</translation>
    </message>
    <message>
        <source>%1; the evidence decides.</source>
        <translation>%1; die Nachweise entscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>Everything checked passes, but %n of %1 measures could not be assessed.</source>
        <translation>
            <numerusform>Alles Geprüfte ist erfüllt, aber %n von %1 Messgrößen konnte nicht bewertet werden.</numerusform>
            <numerusform>Alles Geprüfte ist erfüllt, aber %n von %1 Messgrößen konnten nicht bewertet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Bulkhead collects speaks to this control, so not assessed.</source>
        <translation>Nichts, was Bulkhead erfasst, betrifft diese Kontrolle, daher nicht bewertet.</translation>
    </message>
    <message>
        <source>Until the evidence is collected, an attestation can stand in: %1.</source>
        <translation>Bis die Nachweise erfasst sind, kann eine Bestätigung einspringen: %1.</translation>
    </message>
    <message>
        <source>An attestation can stand in: %1.</source>
        <translation>Eine Bestätigung kann einspringen: %1.</translation>
    </message>
    <message>
        <source>If a tool Bulkhead cannot see covers this, an attestation can show it: %1.</source>
        <translation>Deckt ein Werkzeug, das Bulkhead nicht sehen kann, dies ab, kann eine Bestätigung es belegen: %1.</translation>
    </message>
</context>
<context>
    <name>CollectionSummary</name>
    <message>
        <source>complete</source>
        <comment>collection status</comment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>collection status</comment>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>collection status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>collection status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: counts</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <comment>summary and seconds</comment>
        <translation>%1 in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workloads</source>
        <translation>
            <numerusform>%n Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespaces</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets (%1 overdue)</source>
        <translation>
            <numerusform>%n Secret (%1 überfällig)</numerusform>
            <numerusform>%n Secrets (%1 überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings (%1 new, %2 resolved)</source>
        <translation>
            <numerusform>%n Befund (%1 neu, %2 behoben)</numerusform>
            <numerusform>%n Befunde (%1 neu, %2 behoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>not collected: %1</source>
        <translation>nicht erfasst: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 secrets</source>
        <translation>
            <numerusform>%1 Secret</numerusform>
            <numerusform>%1 Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 overdue</source>
        <translation>
            <numerusform>%1 überfällig</numerusform>
            <numerusform>%1 überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests</source>
        <translation>
            <numerusform>%1 Anfrage</numerusform>
            <numerusform>%1 Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 findings (%2 new, %3 resolved)</source>
        <translation>
            <numerusform>%1 Befund (%2 neu, %3 behoben)</numerusform>
            <numerusform>%1 Befunde (%2 neu, %3 behoben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paths not collected</source>
        <translation>
            <numerusform>%1 Pfad nicht erfasst</numerusform>
            <numerusform>%1 Pfade nicht erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n Image</numerusform>
            <numerusform>%n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failures</source>
        <translation>
            <numerusform>%n Fehlschlag</numerusform>
            <numerusform>%n Fehlschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posture findings (%1 new, %2 resolved)</source>
        <translation>
            <numerusform>%n Befund zur Sicherheitslage (%1 neu, %2 behoben)</numerusform>
            <numerusform>%n Befunde zur Sicherheitslage (%1 neu, %2 behoben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n SBOMs imported</source>
        <translation>
            <numerusform>%1, %n SBOM importiert</numerusform>
            <numerusform>%1, %n SBOMs importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlArea</name>
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
</context>
<context>
    <name>ControlCatalog</name>
    <message>
        <source>Small, verified base images without unneeded packages</source>
        <comment>BLD-1 title</comment>
        <translation>Kleine, verifizierte Basis-Images ohne unnötige Pakete</translation>
    </message>
    <message>
        <source>Start with small, verified base images and remove unnecessary packages.</source>
        <comment>BLD-1 practice</comment>
        <translation>Mit kleinen, verifizierten Basis-Images beginnen und unnötige Pakete entfernen.</translation>
    </message>
    <message>
        <source>Image size, layer count and package count (from the SBOM or scan), and whether the base image is known.</source>
        <comment>BLD-1 assessment</comment>
        <translation>Image-Größe, Anzahl der Layer und Pakete (aus SBOM oder Scan) und ob das Basis-Image bekannt ist.</translation>
    </message>
    <message>
        <source>base images come from an approved minimal source (a distroless or vetted internal base) and unneeded packages are removed in the build</source>
        <comment>BLD-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Basis-Images stammen aus einer freigegebenen minimalen Quelle (Distroless oder eine geprüfte interne Basis), und unnötige Pakete werden im Build entfernt</translation>
    </message>
    <message>
        <source>Scan images before production</source>
        <comment>BLD-2 title</comment>
        <translation>Images vor der Produktion scannen</translation>
    </message>
    <message>
        <source>Scan images for known vulnerabilities before they reach production.</source>
        <comment>BLD-2 practice</comment>
        <translation>Images auf bekannte Schwachstellen scannen, bevor sie in die Produktion gelangen.</translation>
    </message>
    <message>
        <source>Every image seen in a registry or cluster has a scan result younger than the configured maximum age, and its open critical and high vulnerabilities.</source>
        <comment>BLD-2 assessment</comment>
        <translation>Jedes in einer Registry oder einem Cluster gesehene Image hat ein Scan-Ergebnis, das jünger als das eingestellte Höchstalter ist, sowie seine offenen kritischen und hohen Schwachstellen.</translation>
    </message>
    <message>
        <source>every image is scanned for vulnerabilities before it reaches production (name the scanner and where it runs)</source>
        <comment>BLD-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Jedes Image wird vor der Produktion auf Schwachstellen gescannt (Scanner und Ort der Ausführung nennen)</translation>
    </message>
    <message>
        <source>Sign images, verify before deployment</source>
        <comment>BLD-3 title</comment>
        <translation>Images signieren, vor dem Deployment verifizieren</translation>
    </message>
    <message>
        <source>Sign images and require verification before deployment.</source>
        <comment>BLD-3 practice</comment>
        <translation>Images signieren und vor dem Deployment eine Verifizierung verlangen.</translation>
    </message>
    <message>
        <source>A signature is present (cosign tag scheme or OCI referrers) and verifies with the configured public keys.</source>
        <comment>BLD-3 assessment</comment>
        <translation>Eine Signatur ist vorhanden (cosign-Tag-Schema oder OCI-Referrers) und lässt sich mit den konfigurierten öffentlichen Schlüsseln verifizieren.</translation>
    </message>
    <message>
        <source>images are signed at build time and signatures are verified before deployment (an admission policy, say which)</source>
        <comment>BLD-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Images werden beim Build signiert und Signaturen vor dem Deployment verifiziert (eine Admission-Richtlinie, welche, angeben)</translation>
    </message>
    <message>
        <source>Up-to-date SBOM for every artifact</source>
        <comment>BLD-4 title</comment>
        <translation>Aktuelle SBOM für jedes Artefakt</translation>
    </message>
    <message>
        <source>Keep an up-to-date SBOM (software bill of materials) for every artifact.</source>
        <comment>BLD-4 practice</comment>
        <translation>Für jedes Artefakt eine aktuelle SBOM (Software-Stückliste) führen.</translation>
    </message>
    <message>
        <source>An SBOM is attached to the image (referrers or attestation tag) or imported for its digest, and it is younger than the configured maximum age.</source>
        <comment>BLD-4 assessment</comment>
        <translation>Eine SBOM ist am Image angehängt (Referrers oder Attestation-Tag) oder für seinen Digest importiert und jünger als das eingestellte Höchstalter.</translation>
    </message>
    <message>
        <source>an SBOM is produced and kept for every released artifact</source>
        <comment>BLD-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Für jedes veröffentlichte Artefakt wird eine SBOM erzeugt und aufbewahrt</translation>
    </message>
    <message>
        <source>Non-root images, privileges dropped</source>
        <comment>BLD-5 title</comment>
        <translation>Images ohne Root, Rechte reduziert</translation>
    </message>
    <message>
        <source>Run containers as non-root users and drop privileges when possible.</source>
        <comment>BLD-5 practice</comment>
        <translation>Container als Nicht-Root-Benutzer ausführen und Rechte wo möglich abgeben.</translation>
    </message>
    <message>
        <source>The image configuration&apos;s User is not empty, 0 or root.</source>
        <comment>BLD-5 assessment</comment>
        <translation>Der User der Image-Konfiguration ist nicht leer, 0 oder root.</translation>
    </message>
    <message>
        <source>images set a non-root USER</source>
        <comment>BLD-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Images setzen einen USER, der nicht root ist</translation>
    </message>
    <message>
        <source>Minimal layers, temporary files cleaned</source>
        <comment>BLD-6 title</comment>
        <translation>Wenige Layer, temporäre Dateien bereinigt</translation>
    </message>
    <message>
        <source>Minimize layers and clean temporary files during image creation.</source>
        <comment>BLD-6 practice</comment>
        <translation>Layer minimieren und temporäre Dateien beim Erstellen des Images bereinigen.</translation>
    </message>
    <message>
        <source>Layer count, build history and image size against thresholds.</source>
        <comment>BLD-6 assessment</comment>
        <translation>Anzahl der Layer, Build-Historie und Image-Größe im Vergleich zu den Schwellenwerten.</translation>
    </message>
    <message>
        <source>image builds use multi-stage builds and remove temporary files</source>
        <comment>BLD-6 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Image-Builds nutzen Multi-Stage-Builds und entfernen temporäre Dateien</translation>
    </message>
    <message>
        <source>Least privilege, capabilities dropped</source>
        <comment>RUN-1 title</comment>
        <translation>Minimale Rechte, Capabilities entfernt</translation>
    </message>
    <message>
        <source>Enforce the least privilege model; drop capabilities not needed by the app.</source>
        <comment>RUN-1 practice</comment>
        <translation>Das Prinzip minimaler Rechte durchsetzen; von der Anwendung nicht benötigte Capabilities entfernen.</translation>
    </message>
    <message>
        <source>Workloads without capabilities.drop: [ALL], with dangerous added capabilities, privileged, or allowing privilege escalation.</source>
        <comment>RUN-1 assessment</comment>
        <translation>Workloads ohne capabilities.drop: [ALL], mit gefährlichen hinzugefügten Capabilities, privilegiert oder mit erlaubter Rechteausweitung.</translation>
    </message>
    <message>
        <source>workloads drop all capabilities they do not need and none runs privileged</source>
        <comment>RUN-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Workloads entfernen alle Capabilities, die sie nicht benötigen, und keiner läuft privilegiert</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <comment>RUN-2 title</comment>
        <translation>Schreibgeschütztes Root-Dateisystem</translation>
    </message>
    <message>
        <source>Run containers in read-only mode where feasible.</source>
        <comment>RUN-2 practice</comment>
        <translation>Container wo möglich schreibgeschützt ausführen.</translation>
    </message>
    <message>
        <source>Containers whose readOnlyRootFilesystem is not true.</source>
        <comment>RUN-2 assessment</comment>
        <translation>Container, deren readOnlyRootFilesystem nicht true ist.</translation>
    </message>
    <message>
        <source>workloads run with a read-only root filesystem</source>
        <comment>RUN-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Workloads laufen mit schreibgeschütztem Root-Dateisystem</translation>
    </message>
    <message>
        <source>Network segmentation</source>
        <comment>RUN-3 title</comment>
        <translation>Netzwerksegmentierung</translation>
    </message>
    <message>
        <source>Apply network segmentation and policy rules to limit east-west traffic.</source>
        <comment>RUN-3 practice</comment>
        <translation>Netzwerksegmentierung und Richtlinien anwenden, um den Ost-West-Verkehr zu begrenzen.</translation>
    </message>
    <message>
        <source>Namespaces without a NetworkPolicy, or without default-deny for ingress and egress.</source>
        <comment>RUN-3 assessment</comment>
        <translation>Namespaces ohne NetworkPolicy oder ohne Default-Deny für Ingress und Egress.</translation>
    </message>
    <message>
        <source>network policies restrict east-west traffic with a default deny per namespace</source>
        <comment>RUN-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Network Policies beschränken den Ost-West-Verkehr mit einem Default-Deny je Namespace</translation>
    </message>
    <message>
        <source>Runtime detection</source>
        <comment>RUN-4 title</comment>
        <translation>Laufzeiterkennung</translation>
    </message>
    <message>
        <source>Use runtime security tools to detect unusual processes or file changes.</source>
        <comment>RUN-4 practice</comment>
        <translation>Laufzeit-Sicherheitswerkzeuge einsetzen, um ungewöhnliche Prozesse oder Dateiänderungen zu erkennen.</translation>
    </message>
    <message>
        <source>A known runtime-security agent (DaemonSet) runs in each collected cluster; otherwise a person attests the tool Bulkhead cannot see.</source>
        <comment>RUN-4 assessment</comment>
        <translation>In jedem erfassten Cluster läuft ein bekannter Laufzeit-Sicherheitsagent (DaemonSet); andernfalls bestätigt eine Person das Werkzeug, das Bulkhead nicht sehen kann.</translation>
    </message>
    <message>
        <source>a runtime detection tool (Falco, Tetragon or a vendor agent, say which) runs on every node and its alerts reach someone</source>
        <comment>RUN-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Ein Werkzeug zur Laufzeiterkennung (Falco, Tetragon oder ein Herstelleragent, welches, angeben) läuft auf jedem Knoten, und seine Alarme erreichen jemanden</translation>
    </message>
    <message>
        <source>Seccomp, AppArmor or SELinux per workload</source>
        <comment>RUN-5 title</comment>
        <translation>Seccomp, AppArmor oder SELinux je Workload</translation>
    </message>
    <message>
        <source>Enable profile-based security (seccomp, AppArmor, or SELinux) for each workload.</source>
        <comment>RUN-5 practice</comment>
        <translation>Profilbasierte Sicherheit (seccomp, AppArmor oder SELinux) für jeden Workload aktivieren.</translation>
    </message>
    <message>
        <source>Workloads without a seccompProfile of RuntimeDefault or Localhost, an AppArmor profile or SELinux options.</source>
        <comment>RUN-5 assessment</comment>
        <translation>Workloads ohne seccompProfile RuntimeDefault oder Localhost, ohne AppArmor-Profil oder SELinux-Optionen.</translation>
    </message>
    <message>
        <source>each workload runs with a seccomp, AppArmor or SELinux profile</source>
        <comment>RUN-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Jeder Workload läuft mit einem seccomp-, AppArmor- oder SELinux-Profil</translation>
    </message>
    <message>
        <source>Central logs and metrics</source>
        <comment>RUN-6 title</comment>
        <translation>Zentrale Logs und Metriken</translation>
    </message>
    <message>
        <source>Collect centralized logs and metrics for quick investigation.</source>
        <comment>RUN-6 practice</comment>
        <translation>Logs und Metriken zentral sammeln, um schnell untersuchen zu können.</translation>
    </message>
    <message>
        <source>A known log or metrics agent runs in each collected cluster; otherwise a person attests the system Bulkhead cannot see.</source>
        <comment>RUN-6 assessment</comment>
        <translation>In jedem erfassten Cluster läuft ein bekannter Log- oder Metrik-Agent; andernfalls bestätigt eine Person das System, das Bulkhead nicht sehen kann.</translation>
    </message>
    <message>
        <source>logs and metrics of every cluster are shipped to a central system (name it) and kept long enough to investigate</source>
        <comment>RUN-6 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Logs und Metriken jedes Clusters werden an ein zentrales System gesendet (nennen) und lange genug für Untersuchungen aufbewahrt</translation>
    </message>
    <message>
        <source>No secrets in images or code</source>
        <comment>SEC-1 title</comment>
        <translation>Keine Secrets in Images oder Code</translation>
    </message>
    <message>
        <source>Never embed secrets in images or code.</source>
        <comment>SEC-1 practice</comment>
        <translation>Niemals Secrets in Images oder Code einbetten.</translation>
    </message>
    <message>
        <source>Secret findings of the scanners, and secret-looking literal values in pod specs and image configuration.</source>
        <comment>SEC-1 assessment</comment>
        <translation>Secret-Befunde der Scanner sowie nach Secrets aussehende Literalwerte in Pod-Spezifikationen und Image-Konfiguration.</translation>
    </message>
    <message>
        <source>images and repositories are scanned for secrets and none are embedded</source>
        <comment>SEC-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Images und Repositories werden nach Secrets gescannt, und keine sind eingebettet</translation>
    </message>
    <message>
        <source>Secret stores, credentials fetched at runtime</source>
        <comment>SEC-2 title</comment>
        <translation>Secret-Stores, Zugangsdaten zur Laufzeit abgerufen</translation>
    </message>
    <message>
        <source>Use secret stores or vaults; fetch credentials at runtime with strict limits.</source>
        <comment>SEC-2 practice</comment>
        <translation>Secret-Stores oder Vaults nutzen; Zugangsdaten zur Laufzeit mit strengen Beschränkungen abrufen.</translation>
    </message>
    <message>
        <source>A Vault source, External Secrets or a CSI secret store is found; otherwise a person attests the store Bulkhead cannot see.</source>
        <comment>SEC-2 assessment</comment>
        <translation>Eine Vault-Quelle, External Secrets oder ein CSI-Secret-Store wird gefunden; andernfalls bestätigt eine Person den Store, den Bulkhead nicht sehen kann.</translation>
    </message>
    <message>
        <source>applications fetch credentials from a secret store at runtime (Vault, a cloud secret manager or External Secrets, say which)</source>
        <comment>SEC-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Anwendungen rufen Zugangsdaten zur Laufzeit aus einem Secret-Store ab (Vault, ein Cloud-Secret-Manager oder External Secrets, welcher, angeben)</translation>
    </message>
    <message>
        <source>Rotation and short-lived credentials</source>
        <comment>SEC-3 title</comment>
        <translation>Rotation und kurzlebige Zugangsdaten</translation>
    </message>
    <message>
        <source>Rotate tokens and use short-lived credentials when possible.</source>
        <comment>SEC-3 practice</comment>
        <translation>Tokens rotieren und wo möglich kurzlebige Zugangsdaten verwenden.</translation>
    </message>
    <message>
        <source>Secrets older than their rotation policy (Vault metadata, inventories, managedFields) and legacy service-account token secrets.</source>
        <comment>SEC-3 assessment</comment>
        <translation>Secrets, die älter sind als ihre Rotationsrichtlinie (Vault-Metadaten, Inventare, managedFields), und veraltete Service-Account-Token-Secrets.</translation>
    </message>
    <message>
        <source>credentials are rotated within policy and short-lived tokens are used where possible</source>
        <comment>SEC-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Zugangsdaten werden gemäß Richtlinie rotiert, und wo möglich werden kurzlebige Tokens verwendet</translation>
    </message>
    <message>
        <source>Secrets encrypted and access-controlled</source>
        <comment>SEC-4 title</comment>
        <translation>Secrets verschlüsselt und zugriffsgeschützt</translation>
    </message>
    <message>
        <source>Encrypt secrets in transit and at rest; protect with access controls.</source>
        <comment>SEC-4 practice</comment>
        <translation>Secrets bei Übertragung und Speicherung verschlüsseln; mit Zugriffskontrollen schützen.</translation>
    </message>
    <message>
        <source>Who can read secrets through RBAC; encryption at rest cannot be seen from outside, so it needs an attestation as well.</source>
        <comment>SEC-4 assessment</comment>
        <translation>Wer Secrets über RBAC lesen kann; die Verschlüsselung im Ruhezustand ist von außen nicht sichtbar und braucht daher zusätzlich eine Bestätigung.</translation>
    </message>
    <message>
        <source>secrets are encrypted at rest (Kubernetes EncryptionConfiguration or KMS for etcd, the vault&apos;s storage) and in transit</source>
        <comment>SEC-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Secrets sind im Ruhezustand (Kubernetes-EncryptionConfiguration oder KMS für etcd, der Speicher des Vaults) und bei der Übertragung verschlüsselt</translation>
    </message>
    <message>
        <source>Secret volumes over environment variables</source>
        <comment>SEC-5 title</comment>
        <translation>Secret-Volumes statt Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Prefer volumes or secret mounts over environment variables.</source>
        <comment>SEC-5 practice</comment>
        <translation>Volumes oder Secret-Mounts gegenüber Umgebungsvariablen bevorzugen.</translation>
    </message>
    <message>
        <source>Workloads that pass secrets as environment variables (secretKeyRef, envFrom.secretRef).</source>
        <comment>SEC-5 assessment</comment>
        <translation>Workloads, die Secrets als Umgebungsvariablen übergeben (secretKeyRef, envFrom.secretRef).</translation>
    </message>
    <message>
        <source>workloads receive secrets through volumes or mounts, not environment variables</source>
        <comment>SEC-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Workloads erhalten Secrets über Volumes oder Mounts, nicht über Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Least privilege for accounts</source>
        <comment>IAM-1 title</comment>
        <translation>Minimale Rechte für Konten</translation>
    </message>
    <message>
        <source>Apply the principle of least privilege to service accounts and users.</source>
        <comment>IAM-1 practice</comment>
        <translation>Das Prinzip minimaler Rechte auf Service-Accounts und Benutzer anwenden.</translation>
    </message>
    <message>
        <source>RBAC risk rules: wildcards, cluster-admin, reading secrets, exec, escalate/bind/impersonate, token creation, default service account use, token automount.</source>
        <comment>IAM-1 assessment</comment>
        <translation>RBAC-Risikoregeln: Wildcards, cluster-admin, Lesen von Secrets, exec, escalate/bind/impersonate, Token-Erstellung, Nutzung des Default-Service-Accounts, automatisch eingebundene Tokens.</translation>
    </message>
    <message>
        <source>service accounts and users hold only the permissions they need</source>
        <comment>IAM-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Service-Accounts und Benutzer haben nur die Rechte, die sie benötigen</translation>
    </message>
    <message>
        <source>Clear RBAC boundaries, bindings reviewed</source>
        <comment>IAM-2 title</comment>
        <translation>Klare RBAC-Grenzen, Bindings überprüft</translation>
    </message>
    <message>
        <source>Use RBAC with clear role boundaries; review bindings regularly.</source>
        <comment>IAM-2 practice</comment>
        <translation>RBAC mit klaren Rollengrenzen nutzen; Bindings regelmäßig überprüfen.</translation>
    </message>
    <message>
        <source>Every binding has a review younger than its interval; bindings new since the last review.</source>
        <comment>IAM-2 assessment</comment>
        <translation>Jedes Binding hat eine Überprüfung, die jünger als sein Intervall ist; Bindings, die seit der letzten Überprüfung neu sind.</translation>
    </message>
    <message>
        <source>RBAC bindings are reviewed on a schedule (give the date of the last review)</source>
        <comment>IAM-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>RBAC-Bindings werden planmäßig überprüft (Datum der letzten Überprüfung angeben)</translation>
    </message>
    <message>
        <source>Dedicated non-root user</source>
        <comment>IAM-3 title</comment>
        <translation>Eigener Benutzer ohne Root</translation>
    </message>
    <message>
        <source>Avoid running containers as root; specify a dedicated user.</source>
        <comment>IAM-3 practice</comment>
        <translation>Container nicht als root ausführen; einen eigenen Benutzer festlegen.</translation>
    </message>
    <message>
        <source>Workloads without runAsNonRoot, or with runAsUser 0.</source>
        <comment>IAM-3 assessment</comment>
        <translation>Workloads ohne runAsNonRoot oder mit runAsUser 0.</translation>
    </message>
    <message>
        <source>containers run as a dedicated non-root user</source>
        <comment>IAM-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Container laufen mit einem eigenen Benutzer, der nicht root ist</translation>
    </message>
    <message>
        <source>Restricted capabilities per service account</source>
        <comment>IAM-4 title</comment>
        <translation>Eingeschränkte Capabilities je Service-Account</translation>
    </message>
    <message>
        <source>Restrict container capabilities to only what the app needs.</source>
        <comment>IAM-4 practice</comment>
        <translation>Container-Capabilities auf das beschränken, was die Anwendung benötigt.</translation>
    </message>
    <message>
        <source>As RUN-1, grouped by the service account of each workload.</source>
        <comment>IAM-4 assessment</comment>
        <translation>Wie RUN-1, gruppiert nach dem Service-Account jedes Workloads.</translation>
    </message>
    <message>
        <source>the workloads of each service account have only the capabilities the app needs</source>
        <comment>IAM-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Die Workloads jedes Service-Accounts haben nur die Capabilities, die die Anwendung benötigt</translation>
    </message>
    <message>
        <source>Scan in the pipeline, gate before publishing</source>
        <comment>SUP-1 title</comment>
        <translation>Scan in der Pipeline, Gate vor der Veröffentlichung</translation>
    </message>
    <message>
        <source>Scan dependencies and vulnerabilities in the pipeline; gate gates before publishing.</source>
        <comment>SUP-1 practice</comment>
        <translation>Abhängigkeiten und Schwachstellen in der Pipeline scannen; vor der Veröffentlichung über ein Gate prüfen.</translation>
    </message>
    <message>
        <source>Scan recency of the images; that the pipeline gates publishing needs an attestation as well.</source>
        <comment>SUP-1 assessment</comment>
        <translation>Aktualität der Image-Scans; dass die Pipeline die Veröffentlichung über ein Gate absichert, braucht zusätzlich eine Bestätigung.</translation>
    </message>
    <message>
        <source>the CI pipeline scans every image and a gate (bulkheadctl gate or another) blocks publishing on failure (link the pipeline)</source>
        <comment>SUP-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Die CI-Pipeline scannt jedes Image, und ein Gate (bulkheadctl gate oder ein anderes) blockiert bei Fehlern die Veröffentlichung (Pipeline verlinken)</translation>
    </message>
    <message>
        <source>Sign and verify in the release</source>
        <comment>SUP-2 title</comment>
        <translation>Im Release signieren und verifizieren</translation>
    </message>
    <message>
        <source>Sign and verify images as part of the release process.</source>
        <comment>SUP-2 practice</comment>
        <translation>Images als Teil des Release-Prozesses signieren und verifizieren.</translation>
    </message>
    <message>
        <source>As BLD-3, for the release tags.</source>
        <comment>SUP-2 assessment</comment>
        <translation>Wie BLD-3, für die Release-Tags.</translation>
    </message>
    <message>
        <source>the release process signs images and deployment verifies the signature</source>
        <comment>SUP-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Der Release-Prozess signiert Images, und das Deployment verifiziert die Signatur</translation>
    </message>
    <message>
        <source>SBOM and policy-as-code</source>
        <comment>SUP-3 title</comment>
        <translation>SBOM und Policy-as-Code</translation>
    </message>
    <message>
        <source>Maintain an up-to-date SBOM and enforce policy-as-code checks.</source>
        <comment>SUP-3 practice</comment>
        <translation>Eine aktuelle SBOM pflegen und Policy-as-Code-Prüfungen durchsetzen.</translation>
    </message>
    <message>
        <source>SBOM presence; that a policy is evaluated in the pipeline needs an attestation as well.</source>
        <comment>SUP-3 assessment</comment>
        <translation>Vorhandensein der SBOM; dass in der Pipeline eine Richtlinie ausgewertet wird, braucht zusätzlich eine Bestätigung.</translation>
    </message>
    <message>
        <source>a policy-as-code check (the gate&apos;s policy file, OPA or Kyverno) runs in the pipeline and an SBOM is published per release</source>
        <comment>SUP-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Eine Policy-as-Code-Prüfung (die Richtliniendatei des Gates, OPA oder Kyverno) läuft in der Pipeline, und je Release wird eine SBOM veröffentlicht</translation>
    </message>
    <message>
        <source>Trusted registries, restricted push</source>
        <comment>SUP-4 title</comment>
        <translation>Vertrauenswürdige Registries, eingeschränkter Push</translation>
    </message>
    <message>
        <source>Use trusted registries and restrict who can publish or push images.</source>
        <comment>SUP-4 practice</comment>
        <translation>Vertrauenswürdige Registries nutzen und einschränken, wer Images veröffentlichen oder pushen darf.</translation>
    </message>
    <message>
        <source>Workload images outside the allowed registries; push rights cannot be seen from outside, so they need an attestation as well.</source>
        <comment>SUP-4 assessment</comment>
        <translation>Workload-Images außerhalb der erlaubten Registries; Push-Rechte sind von außen nicht sichtbar und brauchen daher zusätzlich eine Bestätigung.</translation>
    </message>
    <message>
        <source>only named people or pipelines can push to the production registries (link the registry&apos;s access settings)</source>
        <comment>SUP-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Nur namentlich benannte Personen oder Pipelines können in die Produktions-Registries pushen (Zugriffseinstellungen der Registry verlinken)</translation>
    </message>
    <message>
        <source>Automated remediation</source>
        <comment>SUP-5 title</comment>
        <translation>Automatisierte Behebung</translation>
    </message>
    <message>
        <source>Automate remediation workflows for detected issues.</source>
        <comment>SUP-5 practice</comment>
        <translation>Behebungsabläufe für erkannte Probleme automatisieren.</translation>
    </message>
    <message>
        <source>Findings with a fix available that are past their SLA due date.</source>
        <comment>SUP-5 assessment</comment>
        <translation>Befunde mit verfügbarem Fix, deren SLA-Frist überschritten ist.</translation>
    </message>
    <message>
        <source>detected issues open tickets or pull requests automatically (Renovate, Dependabot or similar) and fixes ship within SLA</source>
        <comment>SUP-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Erkannte Probleme erzeugen automatisch Tickets oder Pull-Requests (Renovate, Dependabot o. Ä.), und Fixes werden innerhalb des SLA ausgeliefert</translation>
    </message>
    <message>
        <source>Central logging, tracing and alerting</source>
        <comment>INC-1 title</comment>
        <translation>Zentrales Logging, Tracing und Alerting</translation>
    </message>
    <message>
        <source>Centralize logging, tracing, and alerting for quick response.</source>
        <comment>INC-1 practice</comment>
        <translation>Logging, Tracing und Alerting zentralisieren, um schnell reagieren zu können.</translation>
    </message>
    <message>
        <source>A known log, tracing or alerting agent runs in each collected cluster; otherwise a person attests the system Bulkhead cannot see.</source>
        <comment>INC-1 assessment</comment>
        <translation>In jedem erfassten Cluster läuft ein bekannter Logging-, Tracing- oder Alerting-Agent; andernfalls bestätigt eine Person das System, das Bulkhead nicht sehen kann.</translation>
    </message>
    <message>
        <source>logs, traces and alerts reach an on-call person (name the alerting system and the rota)</source>
        <comment>INC-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Logs, Traces und Alarme erreichen eine Person in Rufbereitschaft (Alerting-System und Bereitschaftsplan nennen)</translation>
    </message>
    <message>
        <source>Runbooks and regular tabletop drills</source>
        <comment>INC-2 title</comment>
        <translation>Runbooks und regelmäßige Planspiele</translation>
    </message>
    <message>
        <source>Prepare runbooks and perform tabletop drills regularly.</source>
        <comment>INC-2 practice</comment>
        <translation>Runbooks vorbereiten und regelmäßig Planspiele durchführen.</translation>
    </message>
    <message>
        <source>Scheduled tabletop drills held within their cadence, with their checklists completed.</source>
        <comment>INC-2 assessment</comment>
        <translation>Geplante Planspiele, die innerhalb ihres Rhythmus abgehalten wurden, mit abgeschlossenen Checklisten.</translation>
    </message>
    <message>
        <source>runbooks exist and tabletop drills are held on a schedule</source>
        <comment>INC-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Runbooks existieren, und Planspiele finden planmäßig statt</translation>
    </message>
    <message>
        <source>Controls reviewed after incidents</source>
        <comment>INC-3 title</comment>
        <translation>Kontrollen nach Vorfällen überprüft</translation>
    </message>
    <message>
        <source>Review security controls after incidents and update defenses accordingly.</source>
        <comment>INC-3 practice</comment>
        <translation>Sicherheitskontrollen nach Vorfällen überprüfen und die Abwehr entsprechend anpassen.</translation>
    </message>
    <message>
        <source>Post-incident reviews completed with at least one action; open actions past their due date.</source>
        <comment>INC-3 assessment</comment>
        <translation>Abgeschlossene Nachbetrachtungen mit mindestens einer Maßnahme; offene Maßnahmen nach Fälligkeit.</translation>
    </message>
    <message>
        <source>every incident ends with a review of the controls that failed and owned follow-up actions</source>
        <comment>INC-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>Jeder Vorfall endet mit einer Überprüfung der versagenden Kontrollen und Folgemaßnahmen mit zuständiger Person</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>no registry collected</source>
        <translation>keine Registry erfasst</translation>
    </message>
    <message>
        <source>no image found in the collected registries</source>
        <translation>kein Image in den erfassten Registries gefunden</translation>
    </message>
    <message>
        <source>Not verified: %1.</source>
        <translation>Nicht verifiziert: %1.</translation>
    </message>
    <message>
        <source>images signed and verified with a configured key</source>
        <translation>Images, mit einem konfigurierten Schlüssel signiert und verifiziert</translation>
    </message>
    <message>
        <source>release-tagged images (tags like 1.4 or v2.0.1) signed and verified</source>
        <translation>Release-Images (Tags wie 1.4 oder v2.0.1) signiert und verifiziert</translation>
    </message>
    <message>
        <source>no release-tagged image (a tag like 1.4 or v2.0.1) found in the collected registries</source>
        <translation>kein Release-Image (Tag wie 1.4 oder v2.0.1) in den erfassten Registries gefunden</translation>
    </message>
    <message numerus="yes">
        <source>images with an SBOM attached, younger than %n days</source>
        <translation>
            <numerusform>Images mit angehängter SBOM, jünger als %n Tag</numerusform>
            <numerusform>Images mit angehängter SBOM, jünger als %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 without an SBOM, %2 with an SBOM older than %n days.</source>
        <translation>
            <numerusform>%1 ohne SBOM, %2 mit einer SBOM älter als %n Tag.</numerusform>
            <numerusform>%1 ohne SBOM, %2 mit einer SBOM älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>images with an SBOM attached</source>
        <translation>Images mit angehängter SBOM</translation>
    </message>
    <message>
        <source>A policy file evaluated by `bulkheadctl gate` against this store shows as its own measure; a pipeline gating elsewhere needs an attestation.</source>
        <translation>Eine mit `bulkheadctl gate` gegen diesen Datenbestand ausgewertete Richtliniendatei erscheint als eigene Messgröße; eine Pipeline, die anderswo prüft, braucht eine Bestätigung.</translation>
    </message>
    <message>
        <source>images whose config sets a non-root USER</source>
        <translation>Images, deren Konfiguration einen USER ungleich root setzt</translation>
    </message>
    <message>
        <source>no image config could be read in the collected registries</source>
        <translation>in den erfassten Registries konnte keine Image-Konfiguration gelesen werden</translation>
    </message>
    <message>
        <source>images within the size limit (%1 compressed)</source>
        <translation>Images innerhalb der Größengrenze (%1 komprimiert)</translation>
    </message>
    <message>
        <source>the image size limit is off (Settings, Posture)</source>
        <translation>die Größengrenze für Images ist ausgeschaltet (Einstellungen, Sicherheitslage)</translation>
    </message>
    <message numerus="yes">
        <source>images within the layer limit (%n layers)</source>
        <translation>
            <numerusform>Images innerhalb der Layer-Grenze (%n Layer)</numerusform>
            <numerusform>Images innerhalb der Layer-Grenze (%n Layer)</numerusform>
        </translation>
    </message>
    <message>
        <source>the image layer limit is off (Settings, Posture)</source>
        <translation>die Layer-Grenze für Images ist ausgeschaltet (Einstellungen, Sicherheitslage)</translation>
    </message>
    <message numerus="yes">
        <source>images in registries and clusters with a vulnerability scan younger than %n days</source>
        <translation>
            <numerusform>Images in Registries und Clustern mit einem Schwachstellen-Scan, jünger als %n Tag</numerusform>
            <numerusform>Images in Registries und Clustern mit einem Schwachstellen-Scan, jünger als %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no registry or cluster collected</source>
        <translation>keine Registry und kein Cluster erfasst</translation>
    </message>
    <message>
        <source>no image found in the collected registries or clusters</source>
        <translation>kein Image in den erfassten Registries oder Clustern gefunden</translation>
    </message>
    <message>
        <source>%1 (running in a cluster)</source>
        <translation>%1 (läuft in einem Cluster)</translation>
    </message>
    <message>
        <source>%1 registry image digests and %2 more running in clusters.</source>
        <translation>%1 Image-Digests aus Registries und %2 weitere, die in Clustern laufen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a rule id on an asset</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 critical</source>
        <comment>open findings</comment>
        <translation>%1 kritisch</translation>
    </message>
    <message>
        <source>%1 high</source>
        <comment>open findings</comment>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <comment>open findings</comment>
        <translation>%1 mittel</translation>
    </message>
    <message>
        <source>%1 low</source>
        <comment>open findings</comment>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>%1 info</source>
        <comment>open findings</comment>
        <translation>%1 Info</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <comment>open findings</comment>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>findings of this control resolved or decided</source>
        <translation>Befunde dieser Kontrolle behoben oder entschieden</translation>
    </message>
    <message>
        <source>Open by severity: %1.</source>
        <translation>Offen nach Schweregrad: %1.</translation>
    </message>
    <message>
        <source>findings with a fix available remediated within their SLA</source>
        <translation>Befunde mit verfügbarem Fix innerhalb ihres SLA behoben</translation>
    </message>
    <message>
        <source>no vulnerability scan imported</source>
        <translation>kein Schwachstellen-Scan importiert</translation>
    </message>
    <message>
        <source>%1 on %2 (fixed in %3)</source>
        <translation>%1 auf %2 (behoben in %3)</translation>
    </message>
    <message>
        <source>SLA days: critical %1, high %2, medium %3, low %4.</source>
        <translation>SLA-Tage: kritisch %1, hoch %2, mittel %3, niedrig %4.</translation>
    </message>
    <message numerus="yes">
        <source>scanners that delivered a report within %n days</source>
        <translation>
            <numerusform>Scanner, die innerhalb von %n Tag einen Bericht geliefert haben</numerusform>
            <numerusform>Scanner, die innerhalb von %n Tagen einen Bericht geliefert haben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest report %2)</source>
        <translation>%1 (neuester Bericht %2)</translation>
    </message>
    <message>
        <source>no scanner report imported</source>
        <translation>kein Scanner-Bericht importiert</translation>
    </message>
    <message>
        <source>Newest scanner report %1. A `bulkheadctl gate` run against this store shows as its own measure; a pipeline gating elsewhere needs an attestation.</source>
        <translation>Neuester Scanner-Bericht %1. Ein Lauf von `bulkheadctl gate` gegen diesen Datenbestand erscheint als eigene Messgröße; eine Pipeline, die anderswo prüft, braucht eine Bestätigung.</translation>
    </message>
    <message>
        <source>workload resources listed</source>
        <translation>Workload-Ressourcen aufgelistet</translation>
    </message>
    <message>
        <source>no workload found in the collected clusters</source>
        <translation>kein Workload in den erfassten Clustern gefunden</translation>
    </message>
    <message numerus="yes">
        <source>the check applied to none of the %n workloads</source>
        <translation>
            <numerusform>die Prüfung traf auf keinen der %n Workloads zu</numerusform>
            <numerusform>die Prüfung traf auf keinen der %n Workloads zu</numerusform>
        </translation>
    </message>
    <message>
        <source>Workloads failing each check: %1.</source>
        <translation>Workloads, die jede Prüfung nicht bestehen: %1.</translation>
    </message>
    <message>
        <source>workloads without privileged mode, privilege escalation, extra capabilities or host access</source>
        <translation>Workloads ohne privilegierten Modus, Rechteausweitung, zusätzliche Capabilities oder Host-Zugriff</translation>
    </message>
    <message>
        <source>workloads with a read-only root filesystem</source>
        <translation>Workloads mit schreibgeschütztem Root-Dateisystem</translation>
    </message>
    <message>
        <source>workloads with a seccomp and AppArmor profile</source>
        <translation>Workloads mit seccomp- und AppArmor-Profil</translation>
    </message>
    <message>
        <source>workloads that cannot run as root</source>
        <translation>Workloads, die nicht als root laufen können</translation>
    </message>
    <message>
        <source>service accounts whose workloads drop all capabilities and add none dangerous</source>
        <translation>Service-Accounts, deren Workloads alle Capabilities entfernen und keine gefährlichen hinzufügen</translation>
    </message>
    <message>
        <source>workloads receiving secrets as volumes, not environment variables</source>
        <translation>Workloads, die Secrets als Volumes statt als Umgebungsvariablen erhalten</translation>
    </message>
    <message>
        <source>workloads without secret-looking literal environment values</source>
        <translation>Workloads ohne nach Secrets aussehende literale Umgebungswerte</translation>
    </message>
    <message>
        <source>workloads running images from trusted registries</source>
        <translation>Workloads, die Images aus vertrauenswürdigen Registries ausführen</translation>
    </message>
    <message>
        <source>no trusted registry list is configured (Settings), so the check does not apply</source>
        <translation>keine Liste vertrauenswürdiger Registries konfiguriert (Einstellungen), daher greift die Prüfung nicht</translation>
    </message>
    <message>
        <source>workloads with their own service account and no automounted token they do not need</source>
        <translation>Workloads mit eigenem Service-Account und ohne automatisch eingebundenes, unnötiges Token</translation>
    </message>
    <message>
        <source>workloads running signed and verified images</source>
        <translation>Workloads, die signierte und verifizierte Images ausführen</translation>
    </message>
    <message>
        <source>namespaces with NetworkPolicies denying ingress and egress by default</source>
        <translation>Namespaces mit NetworkPolicies, die Ingress und Egress standardmäßig verweigern</translation>
    </message>
    <message>
        <source>NetworkPolicies were not listed in cluster %1</source>
        <translation>NetworkPolicies wurden im Cluster %1 nicht aufgelistet</translation>
    </message>
    <message>
        <source>no namespace found in the collected clusters</source>
        <translation>kein Namespace in den erfassten Clustern gefunden</translation>
    </message>
    <message>
        <source>%1 without any NetworkPolicy, %2 without default-deny ingress, %3 without default-deny egress.</source>
        <translation>%1 ohne jede NetworkPolicy, %2 ohne Default-Deny für Ingress, %3 ohne Default-Deny für Egress.</translation>
    </message>
    <message>
        <source>no NetworkPolicy</source>
        <translation>keine NetworkPolicy</translation>
    </message>
    <message>
        <source>no default-deny ingress</source>
        <translation>kein Default-Deny für Ingress</translation>
    </message>
    <message>
        <source>no default-deny egress</source>
        <translation>kein Default-Deny für Egress</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>namespace (what it lacks)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>NetworkPolicies listed</source>
        <translation>NetworkPolicies aufgelistet</translation>
    </message>
    <message>
        <source>clusters running a runtime-security agent</source>
        <translation>Cluster mit einem Laufzeit-Sicherheitsagenten</translation>
    </message>
    <message>
        <source>clusters running a log or metrics agent</source>
        <translation>Cluster mit einem Log- oder Metrik-Agenten</translation>
    </message>
    <message>
        <source>clusters using a secret store (external-secrets, CSI, Vault)</source>
        <translation>Cluster, die einen Secret-Store nutzen (external-secrets, CSI, Vault)</translation>
    </message>
    <message>
        <source>clusters shipping logs and metrics centrally</source>
        <translation>Cluster, die Logs und Metriken zentral übermitteln</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an agent in a cluster</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>no cluster collected</source>
        <translation>kein Cluster erfasst</translation>
    </message>
    <message>
        <source>cluster resources listed</source>
        <translation>Cluster-Ressourcen aufgelistet</translation>
    </message>
    <message>
        <source>%1 were not listed in cluster %2 (%3)</source>
        <translation>%1 wurden im Cluster %2 nicht aufgelistet (%3)</translation>
    </message>
    <message>
        <source>%1 were not listed in cluster %2 (%3: %4)</source>
        <translation>%1 wurden im Cluster %2 nicht aufgelistet (%3: %4)</translation>
    </message>
    <message>
        <source>The newest collection of registry %1 was partial: images it did not reach are not counted.</source>
        <translation>Die neueste Erfassung der Registry %1 war unvollständig: Images, die sie nicht erreicht hat, sind nicht gezählt.</translation>
    </message>
    <message>
        <source>The newest collections of registries %1 were partial: images they did not reach are not counted.</source>
        <translation>Die neuesten Erfassungen der Registries %1 waren unvollständig: Images, die sie nicht erreicht haben, sind nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>policy gates (`bulkheadctl gate`) evaluated within %n days</source>
        <translation>
            <numerusform>Richtlinien-Gates (`bulkheadctl gate`), innerhalb von %n Tag ausgewertet</numerusform>
            <numerusform>Richtlinien-Gates (`bulkheadctl gate`), innerhalb von %n Tagen ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest run %2)</source>
        <translation>%1 (neuester Lauf %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>gate runs sentence, then the newest run&apos;s sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Newest: %1 on %2 by %3, passed.</source>
        <translation>Neuester: %1 am %2 von %3, bestanden.</translation>
    </message>
    <message>
        <source>Newest: %1 on %2 by %3, violations found.</source>
        <translation>Neuester: %1 am %2 von %3, Verstöße gefunden.</translation>
    </message>
    <message>
        <source>no RBAC analysis in the collected clusters</source>
        <translation>keine RBAC-Analyse in den erfassten Clustern</translation>
    </message>
    <message>
        <source>role bindings granting no risky permission</source>
        <translation>Role-Bindings ohne riskante Berechtigung</translation>
    </message>
    <message>
        <source>no role binding besides the API server&apos;s bootstrap bindings</source>
        <translation>kein Role-Binding außer den Bootstrap-Bindings des API-Servers</translation>
    </message>
    <message numerus="yes">
        <source>role bindings reviewed within %n days (%1 for high-risk ones)</source>
        <translation>
            <numerusform>Role-Bindings, innerhalb von %n Tag überprüft (%1 für solche mit hohem Risiko)</numerusform>
            <numerusform>Role-Bindings, innerhalb von %n Tagen überprüft (%1 für solche mit hohem Risiko)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never reviewed, %2 past their interval, %3 changed since their review.</source>
        <translation>%1 nie überprüft, %2 über ihrem Intervall, %3 seit ihrer Überprüfung geändert.</translation>
    </message>
    <message>
        <source>subjects that cannot read secrets</source>
        <translation>Subjekte, die keine Secrets lesen können</translation>
    </message>
    <message>
        <source>no subject bound besides the API server&apos;s bootstrap bindings</source>
        <translation>kein gebundenes Subjekt außer über die Bootstrap-Bindings des API-Servers</translation>
    </message>
    <message>
        <source>Encryption in transit and at rest is not visible to Bulkhead: attest it.</source>
        <translation>Verschlüsselung bei Übertragung und Speicherung ist für Bulkhead nicht sichtbar: bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>secrets rotated within their policy</source>
        <translation>Secrets gemäß ihrer Richtlinie rotiert</translation>
    </message>
    <message>
        <source>no secret store collected or inventory imported</source>
        <translation>kein Secret-Store erfasst und kein Inventar importiert</translation>
    </message>
    <message numerus="yes">
        <source>the %n secrets were not evaluated against the rotation policy yet</source>
        <translation>
            <numerusform>das %n Secret wurde noch nicht gegen die Rotationsrichtlinie geprüft</numerusform>
            <numerusform>die %n Secrets wurden noch nicht gegen die Rotationsrichtlinie geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no known change time, so no due date.</source>
        <translation>
            <numerusform>Bei %n davon ist kein Änderungszeitpunkt bekannt, daher kein Fälligkeitsdatum.</numerusform>
            <numerusform>Bei %n davon ist kein Änderungszeitpunkt bekannt, daher kein Fälligkeitsdatum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes secrets that are not long-lived service-account tokens</source>
        <translation>Kubernetes-Secrets, die keine langlebigen Service-Account-Tokens sind</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <comment>an action item, its owner and due day</comment>
        <translation>%1 (%2, fällig %3)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>keine zuständige Person</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Es wurden keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>tabletop drills held within their cadence</source>
        <translation>Planspiele, innerhalb ihres Rhythmus abgehalten</translation>
    </message>
    <message>
        <source>checklist items done in each drill&apos;s last completed run</source>
        <translation>Checklistenpunkte, im letzten abgeschlossenen Durchlauf jeder Übung erledigt</translation>
    </message>
    <message>
        <source>drill action items done by their due date</source>
        <translation>Maßnahmen aus Übungen, bis zur Fälligkeit erledigt</translation>
    </message>
    <message>
        <source>no drill scheduled</source>
        <translation>keine Übung geplant</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <comment>a drill and its due day</comment>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message>
        <source>Next due: %1 on %2.</source>
        <translation>Als Nächstes fällig: %1 am %2.</translation>
    </message>
    <message>
        <source>no scheduled tabletop drill has been completed yet</source>
        <translation>noch kein geplantes Planspiel abgeschlossen</translation>
    </message>
    <message>
        <source>post-incident reviews completed with action items</source>
        <translation>Nachbetrachtungen mit Maßnahmen abgeschlossen</translation>
    </message>
    <message>
        <source>post-incident action items done by their due date</source>
        <translation>Maßnahmen aus Nachbetrachtungen, bis zur Fälligkeit erledigt</translation>
    </message>
    <message>
        <source>no action items</source>
        <translation>keine Maßnahmen</translation>
    </message>
    <message>
        <source>%1, held %2: %3</source>
        <translation>%1, abgehalten %2: %3</translation>
    </message>
    <message>
        <source>no post-incident review recorded</source>
        <translation>keine Nachbetrachtung erfasst</translation>
    </message>
    <message>
        <source>a post-incident review is in progress since %1; none has been completed yet</source>
        <translation>eine Nachbetrachtung läuft seit %1; noch keine ist abgeschlossen</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <comment>images</comment>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>%1 signed-not-verified</source>
        <comment>images</comment>
        <translation>%1 signiert, nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 unsigned</source>
        <comment>images</comment>
        <translation>%1 unsigniert</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scheduled drills have not been completed yet.</source>
        <translation>
            <numerusform>%n von %1 geplanten Übungen wurde noch nicht abgeschlossen.</numerusform>
            <numerusform>%n von %1 geplanten Übungen wurden noch nicht abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open for %n days</source>
        <translation>
            <numerusform>seit %n Tag offen</numerusform>
            <numerusform>seit %n Tagen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews still open and held within the last %n days are not counted yet.</source>
        <translation>
            <numerusform>Noch offene Nachbetrachtungen aus dem letzten %n Tag werden noch nicht gezählt.</numerusform>
            <numerusform>Noch offene Nachbetrachtungen aus den letzten %n Tagen werden noch nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate runs in the last %1 days (%2 passed, %3 with violations).</source>
        <translation>
            <numerusform>%n Gate-Lauf in den letzten %1 Tagen (%2 bestanden, %3 mit Verstößen).</numerusform>
            <numerusform>%n Gate-Läufe in den letzten %1 Tagen (%2 bestanden, %3 mit Verstößen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <source>pass</source>
        <comment>control status</comment>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>control status</comment>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>control status</comment>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>attested</source>
        <comment>control status</comment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not assessed</source>
        <comment>control status</comment>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>control id, status, reason</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, attested, partial)</source>
        <translation>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt, bestätigt, teilweise)</numerusform>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt, bestätigt, teilweise)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, attested)</source>
        <translation>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt, bestätigt)</numerusform>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt, bestätigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, partial)</source>
        <translation>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt, teilweise)</numerusform>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt, teilweise)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass)</source>
        <translation>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt)</numerusform>
            <numerusform>%n von %1 Kontrollen nicht erfüllt (zulässig: erfüllt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>posture score %1 (min %2; %n of %3 controls assessed)</source>
        <translation>
            <numerusform>Sicherheitsbewertung %1 (min. %2; %n von %3 Kontrollen bewertet)</numerusform>
            <numerusform>Sicherheitsbewertung %1 (min. %2; %n von %3 Kontrollen bewertet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no posture score, no control assessed (min %1; %n of %2 controls assessed)</source>
        <translation>
            <numerusform>keine Sicherheitsbewertung, keine Kontrolle bewertet (min. %1; %n von %2 Kontrollen bewertet)</numerusform>
            <numerusform>keine Sicherheitsbewertung, keine Kontrolle bewertet (min. %1; %n von %2 Kontrollen bewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>control area, score</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <comment>evidence lines not shown</comment>
        <translation>
            <numerusform>... und %n weitere</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gate %1: %2, %3 of %n rules violated (scope: %4)</source>
        <comment>policy, PASSED/FAILED, count, scope</comment>
        <translation>
            <numerusform>Gate %1: %2, %3 von %n Regel verletzt (Umfang: %4)</numerusform>
            <numerusform>Gate %1: %2, %3 von %n Regeln verletzt (Umfang: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role bindings of %1 with a risk of severity %2 or worse</source>
        <translation>
            <numerusform>%n von %1 Role-Bindings mit einem Risiko ab Schweregrad %2</numerusform>
            <numerusform>%n von %1 Role-Bindings mit einem Risiko ab Schweregrad %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no role binding in scope: nothing to check (collect a cluster source)</source>
        <translation>kein Role-Binding im Umfang: nichts zu prüfen (eine Cluster-Quelle erfassen)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <comment>binding, worst severity, rule ids</comment>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets of %1 overdue for rotation</source>
        <translation>
            <numerusform>%n von %1 Secrets überfällig für die Rotation</numerusform>
            <numerusform>%n von %1 Secrets überfällig für die Rotation</numerusform>
        </translation>
    </message>
    <message>
        <source>no secret in scope: nothing to check</source>
        <translation>kein Secret im Umfang: nichts zu prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets were not evaluated against the rotation policy yet (`bulkheadctl secrets evaluate`)</source>
        <translation>
            <numerusform>%n Secret wurde noch nicht anhand der Rotationsrichtlinie bewertet (`bulkheadctl secrets evaluate`)</numerusform>
            <numerusform>%n Secrets wurden noch nicht anhand der Rotationsrichtlinie bewertet (`bulkheadctl secrets evaluate`)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %2, %n days overdue)</source>
        <comment>secret, due date</comment>
        <translation>
            <numerusform>%1 (fällig am %2, seit %n Tag überfällig)</numerusform>
            <numerusform>%1 (fällig am %2, seit %n Tagen überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (%3 -&gt; %4)</source>
        <comment>finding, asset, package and version, fixed version</comment>
        <translation>%1 in %2 (%3 -&gt; %4)</translation>
    </message>
    <message>
        <source>%1 in %2 (%3, no fix known)</source>
        <comment>finding, asset, package and version</comment>
        <translation>%1 in %2 (%3, kein Fix bekannt)</translation>
    </message>
    <message>
        <source>%1 in %2 (fixed in %3)</source>
        <translation>%1 in %2 (behoben in %3)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>finding, asset</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>risk-accepted</source>
        <comment>finding status</comment>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>false-positive</source>
        <comment>finding status</comment>
        <translation>Falsch-Positiv</translation>
    </message>
    <message>
        <source>mitigated</source>
        <comment>finding status</comment>
        <translation>entschärft</translation>
    </message>
    <message>
        <source>only findings with a fix available</source>
        <translation>nur Befunde mit verfügbarem Fix</translation>
    </message>
    <message>
        <source>only findings of kind %1</source>
        <translation>nur Befunde der Art %1</translation>
    </message>
    <message>
        <source>the rule counts open and confirmed findings</source>
        <translation>die Regel zählt offene und bestätigte Befunde</translation>
    </message>
    <message>
        <source>the rule counts open and confirmed findings, and those marked %1</source>
        <translation>die Regel zählt offene und bestätigte Befunde sowie die als %1 markierten</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>counted statuses; limits</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n counted %1 findings (max %2)</source>
        <translation>
            <numerusform>%n gezählter Befund mit Schweregrad %1 (max. %2)</numerusform>
            <numerusform>%n gezählte Befunde mit Schweregrad %1 (max. %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open %1 findings (max %2)</source>
        <translation>
            <numerusform>%n offener Befund mit Schweregrad %1 (max. %2)</numerusform>
            <numerusform>%n offene Befunde mit Schweregrad %1 (max. %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity, finding</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n days</source>
        <comment>severity and its SLA</comment>
        <translation>
            <numerusform>%1 %n Tag</numerusform>
            <numerusform>%1 %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message numerus="yes">
        <source>%n counted findings of severity %1 or worse past the SLA (%2)</source>
        <translation>
            <numerusform>%n gezählter Befund ab Schweregrad %1 nach Ablauf der SLA (%2)</numerusform>
            <numerusform>%n gezählte Befunde ab Schweregrad %1 nach Ablauf der SLA (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open findings of severity %1 or worse past the SLA (%2)</source>
        <translation>
            <numerusform>%n offener Befund ab Schweregrad %1 nach Ablauf der SLA (%2)</numerusform>
            <numerusform>%n offene Befunde ab Schweregrad %1 nach Ablauf der SLA (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, due %3 (%n days overdue)</source>
        <comment>severity, finding, due date</comment>
        <translation>
            <numerusform>%1: %2, fällig am %3 (seit %n Tag überfällig)</numerusform>
            <numerusform>%1: %2, fällig am %3 (seit %n Tagen überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>image, why it fails</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>signature state</comment>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>signed, not verified</source>
        <comment>signature state</comment>
        <translation>signiert, nicht verifiziert</translation>
    </message>
    <message>
        <source>unsigned</source>
        <comment>signature state</comment>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <comment>signature state</comment>
        <translation>ungültige Signatur</translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 not signed and verified with a configured key</source>
        <translation>
            <numerusform>%n von %1 Images aus Registries nicht mit einem konfigurierten Schlüssel signiert und verifiziert</numerusform>
            <numerusform>%n von %1 Images aus Registries nicht mit einem konfigurierten Schlüssel signiert und verifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 unsigned or with an invalid signature</source>
        <translation>
            <numerusform>%n von %1 Images aus Registries unsigniert oder mit ungültiger Signatur</numerusform>
            <numerusform>%n von %1 Images aus Registries unsigniert oder mit ungültiger Signatur</numerusform>
        </translation>
    </message>
    <message>
        <source>no registry image in scope: nothing to check (collect a registry source)</source>
        <translation>kein Image aus Registries im Umfang: nichts zu prüfen (eine Registry-Quelle erfassen)</translation>
    </message>
    <message>
        <source>SBOM of %1</source>
        <translation>SBOM vom %1</translation>
    </message>
    <message>
        <source>no SBOM</source>
        <translation>keine SBOM</translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 without an SBOM younger than %2 days</source>
        <translation>
            <numerusform>%n von %1 Images aus Registries ohne SBOM, die jünger als %2 Tage ist</numerusform>
            <numerusform>%n von %1 Images aus Registries ohne SBOM, die jünger als %2 Tage ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 without an SBOM</source>
        <translation>
            <numerusform>%n von %1 Images aus Registries ohne SBOM</numerusform>
            <numerusform>%n von %1 Images aus Registries ohne SBOM</numerusform>
        </translation>
    </message>
    <message>
        <source>an SBOM without a creation time counts as current</source>
        <translation>eine SBOM ohne Erstellungszeitpunkt gilt als aktuell</translation>
    </message>
    <message>
        <source>no USER</source>
        <translation>kein USER</translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 running as root</source>
        <translation>
            <numerusform>%n von %1 Images aus Registries läuft als root</numerusform>
            <numerusform>%n von %1 Images aus Registries laufen als root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images whose config could not be read are not checked</source>
        <translation>
            <numerusform>%n Image, dessen Konfiguration nicht gelesen werden konnte, wird nicht geprüft</numerusform>
            <numerusform>%n Images, deren Konfiguration nicht gelesen werden konnte, werden nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>no registry image with a readable config in scope: nothing to check</source>
        <translation>kein Image aus Registries mit lesbarer Konfiguration im Umfang: nichts zu prüfen</translation>
    </message>
    <message>
        <source>sources</source>
        <comment>scope field</comment>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>clusters</source>
        <comment>scope field</comment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>namespaces</source>
        <comment>scope field</comment>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>registries</source>
        <comment>scope field</comment>
        <translation>Registries</translation>
    </message>
    <message>
        <source>registry images are checked whatever the scope&apos;s %1</source>
        <translation>Images aus Registries werden unabhängig davon geprüft, welche %1 der Umfang nennt</translation>
    </message>
    <message>
        <source>role bindings are checked whatever the scope&apos;s %1</source>
        <translation>Role-Bindings werden unabhängig davon geprüft, welche %1 der Umfang nennt</translation>
    </message>
    <message>
        <source>secrets are checked whatever the scope&apos;s %1</source>
        <translation>Secrets werden unabhängig davon geprüft, welche %1 der Umfang nennt</translation>
    </message>
    <message>
        <source>findings are checked whatever the scope&apos;s %1</source>
        <translation>Befunde werden unabhängig davon geprüft, welche %1 der Umfang nennt</translation>
    </message>
    <message>
        <source>--scope registry=%1: no registry source has this name or host and no scanned image comes from it</source>
        <translation>--scope registry=%1: keine Registry-Quelle hat diesen Namen oder Host, und kein gescanntes Image stammt daraus</translation>
    </message>
    <message>
        <source>--scope cluster=%1: no cluster source has this name and no finding is on it</source>
        <translation>--scope cluster=%1: keine Cluster-Quelle hat diesen Namen, und kein Befund bezieht sich auf diesen Cluster</translation>
    </message>
    <message>
        <source>--scope namespace=%1: no collected or scanned object is in this namespace</source>
        <translation>--scope namespace=%1: kein erfasstes oder gescanntes Objekt liegt in diesem Namespace</translation>
    </message>
    <message>
        <source>--scope source=%1: no configured source or scanner tool has this name</source>
        <translation>--scope source=%1: keine eingerichtete Quelle und kein Scanner-Werkzeug hat diesen Namen</translation>
    </message>
    <message>
        <source>the posture and its controls are the whole store&apos;s: the scope does not narrow them</source>
        <translation>Sicherheitslage und Kontrollen gelten für den gesamten Datenbestand: der Umfang schränkt sie nicht ein</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>severity</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message numerus="yes">
        <source>%n of %1 images not signed and verified</source>
        <translation>
            <numerusform>%n von %1 Images nicht signiert und verifiziert</numerusform>
            <numerusform>%n von %1 Images nicht signiert und verifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 release images not signed and verified</source>
        <translation>
            <numerusform>%n von %1 Release-Images nicht signiert und verifiziert</numerusform>
            <numerusform>%n von %1 Release-Images nicht signiert und verifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without a current SBOM</source>
        <translation>
            <numerusform>%n von %1 Images ohne aktuelle SBOM</numerusform>
            <numerusform>%n von %1 Images ohne aktuelle SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without an SBOM</source>
        <translation>
            <numerusform>%n von %1 Images ohne SBOM</numerusform>
            <numerusform>%n von %1 Images ohne SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images running as root</source>
        <translation>
            <numerusform>%n von %1 Images läuft als root</numerusform>
            <numerusform>%n von %1 Images laufen als root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images over the size limit</source>
        <translation>
            <numerusform>%n von %1 Images über der Größengrenze</numerusform>
            <numerusform>%n von %1 Images über der Größengrenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images over the layer limit</source>
        <translation>
            <numerusform>%n von %1 Images über der Layer-Grenze</numerusform>
            <numerusform>%n von %1 Images über der Layer-Grenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without a recent scan</source>
        <translation>
            <numerusform>%n von %1 Images ohne aktuellen Scan</numerusform>
            <numerusform>%n von %1 Images ohne aktuellen Scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 findings open</source>
        <translation>
            <numerusform>%n von %1 Befunden offen</numerusform>
            <numerusform>%n von %1 Befunden offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 open findings with a fix available past their SLA</source>
        <translation>
            <numerusform>%n von %1 offenen Befunden mit verfügbarem Fix über ihrem SLA</numerusform>
            <numerusform>%n von %1 offenen Befunden mit verfügbarem Fix über ihrem SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scanners without a recent report</source>
        <translation>
            <numerusform>%n von %1 Scannern ohne aktuellen Bericht</numerusform>
            <numerusform>%n von %1 Scannern ohne aktuellen Bericht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads over-privileged</source>
        <translation>
            <numerusform>%n von %1 Workloads mit zu vielen Rechten</numerusform>
            <numerusform>%n von %1 Workloads mit zu vielen Rechten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads with a writable root filesystem</source>
        <translation>
            <numerusform>%n von %1 Workloads mit beschreibbarem Root-Dateisystem</numerusform>
            <numerusform>%n von %1 Workloads mit beschreibbarem Root-Dateisystem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads without a seccomp or AppArmor profile</source>
        <translation>
            <numerusform>%n von %1 Workloads ohne seccomp- oder AppArmor-Profil</numerusform>
            <numerusform>%n von %1 Workloads ohne seccomp- oder AppArmor-Profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads allowed to run as root</source>
        <translation>
            <numerusform>%n von %1 Workloads darf als root laufen</numerusform>
            <numerusform>%n von %1 Workloads dürfen als root laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 service accounts with workloads keeping capabilities</source>
        <translation>
            <numerusform>%n von %1 Service-Accounts mit Workloads, die Capabilities behalten</numerusform>
            <numerusform>%n von %1 Service-Accounts mit Workloads, die Capabilities behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads taking secrets from environment variables</source>
        <translation>
            <numerusform>%n von %1 Workloads bezieht Secrets aus Umgebungsvariablen</numerusform>
            <numerusform>%n von %1 Workloads beziehen Secrets aus Umgebungsvariablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads with secret-looking literal values</source>
        <translation>
            <numerusform>%n von %1 Workloads mit nach Secrets aussehenden Literalwerten</numerusform>
            <numerusform>%n von %1 Workloads mit nach Secrets aussehenden Literalwerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads running images from untrusted registries</source>
        <translation>
            <numerusform>%n von %1 Workloads führt Images aus nicht vertrauenswürdigen Registries aus</numerusform>
            <numerusform>%n von %1 Workloads führen Images aus nicht vertrauenswürdigen Registries aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads using the default service account or an automounted token</source>
        <translation>
            <numerusform>%n von %1 Workloads nutzt den Default-Service-Account oder ein automatisch eingebundenes Token</numerusform>
            <numerusform>%n von %1 Workloads nutzen den Default-Service-Account oder ein automatisch eingebundenes Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads running images not signed and verified</source>
        <translation>
            <numerusform>%n von %1 Workloads führt nicht signierte und verifizierte Images aus</numerusform>
            <numerusform>%n von %1 Workloads führen nicht signierte und verifizierte Images aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 namespaces not segmented</source>
        <translation>
            <numerusform>%n von %1 Namespaces nicht segmentiert</numerusform>
            <numerusform>%n von %1 Namespaces nicht segmentiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a runtime-security agent</source>
        <translation>
            <numerusform>%n von %1 Clustern ohne Laufzeit-Sicherheitsagenten</numerusform>
            <numerusform>%n von %1 Clustern ohne Laufzeit-Sicherheitsagenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a log or metrics agent</source>
        <translation>
            <numerusform>%n von %1 Clustern ohne Log- oder Metrik-Agenten</numerusform>
            <numerusform>%n von %1 Clustern ohne Log- oder Metrik-Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a secret store</source>
        <translation>
            <numerusform>%n von %1 Clustern ohne Secret-Store</numerusform>
            <numerusform>%n von %1 Clustern ohne Secret-Store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 bindings risky</source>
        <translation>
            <numerusform>%n von %1 Bindings riskant</numerusform>
            <numerusform>%n von %1 Bindings riskant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 bindings needing review</source>
        <translation>
            <numerusform>%n von %1 Bindings muss überprüft werden</numerusform>
            <numerusform>%n von %1 Bindings müssen überprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 subjects able to read secrets</source>
        <translation>
            <numerusform>%n von %1 Subjekten kann Secrets lesen</numerusform>
            <numerusform>%n von %1 Subjekten können Secrets lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 secrets overdue for rotation</source>
        <translation>
            <numerusform>%n von %1 Secrets überfällig für die Rotation</numerusform>
            <numerusform>%n von %1 Secrets überfällig für die Rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 Kubernetes secrets legacy service-account tokens</source>
        <translation>
            <numerusform>%n von %1 Kubernetes-Secrets ist ein veraltetes Service-Account-Token</numerusform>
            <numerusform>%n von %1 Kubernetes-Secrets sind veraltete Service-Account-Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 policy gates without a recent run</source>
        <translation>
            <numerusform>%n von %1 Richtlinien-Gates ohne aktuellen Lauf</numerusform>
            <numerusform>%n von %1 Richtlinien-Gates ohne aktuellen Lauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scheduled drills overdue</source>
        <translation>
            <numerusform>%n von %1 geplanten Übungen überfällig</numerusform>
            <numerusform>%n von %1 geplanten Übungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checklist items not done</source>
        <translation>
            <numerusform>%n von %1 Checklistenpunkten nicht erledigt</numerusform>
            <numerusform>%n von %1 Checklistenpunkten nicht erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action items past due</source>
        <translation>
            <numerusform>%n von %1 Maßnahmen überfällig</numerusform>
            <numerusform>%n von %1 Maßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 post-incident reviews incomplete or without action items</source>
        <translation>
            <numerusform>%n von %1 Nachbetrachtungen unvollständig oder ohne Maßnahmen</numerusform>
            <numerusform>%n von %1 Nachbetrachtungen unvollständig oder ohne Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>critical</source>
        <comment>worst severity</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <comment>worst severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>worst severity</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <comment>worst severity</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <comment>worst severity</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>worst severity</comment>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>examples of failing items</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings with a fix available past their SLA</source>
        <translation>Keine offenen Befunde mit verfügbarem Fix über ihrem SLA</translation>
    </message>
    <message>
        <source>%1, so not assessed.</source>
        <translation>%1, daher nicht bewertet.</translation>
    </message>
    <message>
        <source>%1: %2, so not assessed.</source>
        <comment>measure label: reason</comment>
        <translation>%1: %2, daher nicht bewertet.</translation>
    </message>
    <message>
        <source>nothing collected speaks to it</source>
        <translation>nichts Erfasstes betrifft sie</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, worst %2</source>
        <comment>count sentence, worst severity</comment>
        <translation>%1, höchster Schweregrad %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>count sentence: examples</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count sentence, then a detail sentence</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RbacExplain</name>
    <message>
        <source>%1 on %2</source>
        <comment>verbs on resources</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (API group %2)</source>
        <translation>%1 (API-Gruppe %2)</translation>
    </message>
    <message>
        <source>%1 named %2</source>
        <translation>%1 mit Namen %2</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
    <message>
        <source>not the verb %1</source>
        <translation>nicht das Verb %1</translation>
    </message>
    <message>
        <source>not the API group %1</source>
        <translation>nicht die API-Gruppe %1</translation>
    </message>
    <message>
        <source>no resources</source>
        <translation>keine Ressourcen</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>a resource</comment>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>only the objects named %1 (the request names none)</source>
        <translation>nur die Objekte mit Namen %1 (die Anfrage nennt keines)</translation>
    </message>
    <message>
        <source>not the object %1</source>
        <translation>nicht das Objekt %1</translation>
    </message>
    <message>
        <source>no non-resource URLs</source>
        <translation>keine Nicht-Ressourcen-URLs</translation>
    </message>
    <message>
        <source>not the URL %1</source>
        <translation>nicht die URL %1</translation>
    </message>
    <message>
        <source>a RoleBinding cannot grant non-resource URLs</source>
        <translation>ein RoleBinding kann keine Nicht-Ressourcen-URLs gewähren</translation>
    </message>
    <message>
        <source>a RoleBinding cannot grant the cluster-scoped %1</source>
        <translation>ein RoleBinding kann die clusterweiten %1 nicht gewähren</translation>
    </message>
    <message>
        <source>only in namespace %1, not cluster-wide</source>
        <translation>nur im Namespace %1, nicht clusterweit</translation>
    </message>
    <message>
        <source>only in namespace %1, not in %2</source>
        <translation>nur im Namespace %1, nicht in %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>reasons</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 may %2: %3</source>
        <translation>%1 darf %2: %3</translation>
    </message>
    <message>
        <source>the closest grant, %1 (%2), grants %3 %4, but %5</source>
        <translation>die nächstliegende Berechtigung, %1 (%2), gewährt %3 %4, aber %5</translation>
    </message>
    <message>
        <source>%1, via group %2</source>
        <translation>%1, über Gruppe %2</translation>
    </message>
    <message>
        <source>%1 applies to it but names %2, which does not exist</source>
        <translation>%1 gilt dafür, nennt aber %2, das nicht existiert</translation>
    </message>
    <message>
        <source>no RoleBinding or ClusterRoleBinding names it</source>
        <translation>kein RoleBinding oder ClusterRoleBinding nennt es</translation>
    </message>
    <message>
        <source>no RoleBinding or ClusterRoleBinding names it or its groups (%1)</source>
        <translation>kein RoleBinding oder ClusterRoleBinding nennt es oder seine Gruppen (%1)</translation>
    </message>
    <message>
        <source>the roles bound to it grant nothing</source>
        <translation>die daran gebundenen Rollen gewähren nichts</translation>
    </message>
    <message>
        <source>%1 may not %2: %3</source>
        <translation>%1 darf nicht %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 may %2: %3 (and %n more)</source>
        <translation>
            <numerusform>%1 darf %2: %3 (und %n weitere)</numerusform>
            <numerusform>%1 darf %2: %3 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Status as recorded on %1 (snapshot after %2); the evidence behind it is not kept.</source>
        <translation>Status wie am %1 erfasst (Schnappschuss nach %2); die zugrunde liegenden Nachweise werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Not in the snapshot of %1 (the control was added to the catalog later).</source>
        <translation>Nicht im Schnappschuss vom %1 (die Kontrolle wurde später in den Katalog aufgenommen).</translation>
    </message>
    <message>
        <source>The score, the control statuses and the trend cover the whole store; the scope narrows the findings, RBAC, secrets, coverage and sources sections.</source>
        <translation>Score, Kontrollstatus und Verlauf umfassen den gesamten Datenbestand; der Umfang schränkt die Abschnitte Befunde, RBAC, Secrets, Abdeckung und Quellen ein.</translation>
    </message>
    <message>
        <source>Drills and post-incident reviews are not narrowed by the scope.</source>
        <translation>Notfallübungen und Nachbetrachtungen werden durch den Umfang nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>Namespaces narrow findings, RBAC bindings (cluster-wide bindings stay in) and Kubernetes secrets; coverage and sources are per source and not narrowed by namespace.</source>
        <translation>Namespaces schränken Befunde, RBAC-Bindings (clusterweite Bindings bleiben enthalten) und Kubernetes-Secrets ein; Abdeckung und Quellen gelten je Quelle und werden nicht nach Namespace eingeschränkt.</translation>
    </message>
    <message>
        <source>Coverage and the sources appendix list the sources, clusters and registries the scope names; secrets those of the clusters and sources it names (registries hold none); RBAC the clusters it names.</source>
        <translation>Abdeckung und Quellen-Anhang führen die Quellen, Cluster und Registries auf, die der Umfang nennt; Secrets die der genannten Cluster und Quellen (Registries enthalten keine); RBAC die genannten Cluster.</translation>
    </message>
    <message>
        <source>Data as of %1 (end of day, UTC): control statuses and scores as recorded in the snapshot of %2.</source>
        <translation>Daten mit Stand %1 (Tagesende, UTC): Kontrollstatus und Scores wie im Schnappschuss vom %2 erfasst.</translation>
    </message>
    <message>
        <source>Findings first seen by then and not resolved before it, with their current triage; secret ages and drills at that moment.</source>
        <translation>Befunde, die bis dahin erstmals gesehen und vorher nicht behoben wurden, mit ihrer aktuellen Triage; Alter der Secrets und Notfallübungen zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>RBAC review status and collection coverage are current (%1), not as of %2.</source>
        <translation>RBAC-Überprüfungsstatus und Erfassungsabdeckung sind aktuell (%1), nicht mit Stand %2.</translation>
    </message>
</context>
<context>
    <name>ReviewCompareText</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>last successful run %1</source>
        <translation>letzter erfolgreicher Lauf am %1</translation>
    </message>
    <message>
        <source>never collected successfully</source>
        <translation>noch nie erfolgreich erfasst</translation>
    </message>
    <message>
        <source>newest report scanned %1</source>
        <translation>neuester Bericht gescannt am %1</translation>
    </message>
    <message>
        <source>last import %1</source>
        <translation>letzter Import am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; what it reported is not counted as resolved</source>
        <translation>%1; was sie gemeldet hat, gilt nicht als behoben</translation>
    </message>
    <message>
        <source>%1 attested %2 by %3</source>
        <translation>%1 bestätigt (%2) von %3</translation>
    </message>
    <message>
        <source>expires %1 (attested %2)</source>
        <translation>läuft am %1 ab (bestätigt am %2)</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Notfallübung %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue since %1 (every %n days; last held %2)</source>
        <translation>
            <numerusform>überfällig seit %1 (alle %n Tag; zuletzt abgehalten am %2)</numerusform>
            <numerusform>überfällig seit %1 (alle %n Tage; zuletzt abgehalten am %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1 (every %n days; last held %2)</source>
        <translation>
            <numerusform>fällig am %1 (alle %n Tag; zuletzt abgehalten am %2)</numerusform>
            <numerusform>fällig am %1 (alle %n Tage; zuletzt abgehalten am %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Action of %1: %2</source>
        <translation>Maßnahme aus %1: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>%1, owner %2</source>
        <translation>%1, verantwortlich: %2</translation>
    </message>
    <message>
        <source>%1, control %2</source>
        <translation>%1, Kontrolle %2</translation>
    </message>
    <message>
        <source>removed since the baseline (%1, %2)</source>
        <translation>seit der Vergleichsbasis entfernt (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n runs failed since</source>
        <translation>
            <numerusform>%1; seitdem %n Lauf fehlgeschlagen</numerusform>
            <numerusform>%1; seitdem %n Läufe fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n runs failed since: %2</source>
        <translation>
            <numerusform>%1; seitdem %n Lauf fehlgeschlagen: %2</numerusform>
            <numerusform>%1; seitdem %n Läufe fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the last run failed</source>
        <translation>%1; der letzte Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no successful run since the baseline (%1)</source>
        <translation>kein erfolgreicher Lauf seit der Vergleichsbasis (%1)</translation>
    </message>
    <message>
        <source>no newer report since the baseline (%1)</source>
        <translation>kein neuerer Bericht seit der Vergleichsbasis (%1)</translation>
    </message>
    <message>
        <source>new since the baseline: %1, %2</source>
        <translation>neu seit der Vergleichsbasis: %1, %2</translation>
    </message>
    <message>
        <source>no baseline: %1, %2</source>
        <translation>keine Vergleichsbasis: %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
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
        <translation>Info</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>severity, what happened</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>severity, what happened: rule title</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>zuerst gesehen am %1</translation>
    </message>
    <message>
        <source>resolved %1 (a newer scan no longer reports it)</source>
        <translation>behoben am %1 (ein neuerer Scan meldet ihn nicht mehr)</translation>
    </message>
    <message>
        <source>changed since its review on %1</source>
        <translation>geändert seit der Überprüfung am %1</translation>
    </message>
    <message>
        <source>created %1, not reviewed yet</source>
        <translation>erstellt am %1, noch nicht überprüft</translation>
    </message>
    <message>
        <source>%1; risks: %2</source>
        <translation>%1; Risiken: %2</translation>
    </message>
    <message>
        <source>rotation due %1</source>
        <translation>Rotation fällig am %1</translation>
    </message>
    <message numerus="yes">
        <source>rotation due %1 (policy %n days)</source>
        <translation>
            <numerusform>Rotation fällig am %1 (Richtlinie %n Tag)</numerusform>
            <numerusform>Rotation fällig am %1 (Richtlinie %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotation due %1 (policy %n days: %2)</source>
        <translation>
            <numerusform>Rotation fällig am %1 (Richtlinie %n Tag: %2)</numerusform>
            <numerusform>Rotation fällig am %1 (Richtlinie %n Tage: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, accepted by %2 until %3</source>
        <translation>%1, akzeptiert von %2 bis %3</translation>
    </message>
    <message>
        <source>%1, accepted by %2 until %3: %4</source>
        <translation>%1, akzeptiert von %2 bis %3: %4</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>Image runs as root</source>
        <translation>Image läuft als root</translation>
    </message>
    <message>
        <source>The image config sets no USER, or sets user 0/root, so every container started from it runs as root unless its runtime overrides the user. A process that escapes or abuses a root container starts with the most privilege the runtime allows. Create an unprivileged user in the Dockerfile and end with `USER &lt;uid&gt;` (a numeric uid lets Kubernetes check runAsNonRoot); CIS Docker Benchmark 4.1.</source>
        <translation>Die Image-Konfiguration setzt keinen USER oder setzt den Benutzer 0/root, sodass jeder daraus gestartete Container als root läuft, sofern seine Runtime den Benutzer nicht überschreibt. Ein Prozess, der aus einem root-Container ausbricht oder ihn missbraucht, startet mit den höchsten Rechten, die die Runtime zulässt. Legen Sie im Dockerfile einen unprivilegierten Benutzer an und schließen Sie mit `USER &lt;uid&gt;` ab (mit einer numerischen UID kann Kubernetes runAsNonRoot prüfen); CIS Docker Benchmark 4.1.</translation>
    </message>
    <message>
        <source>Image is not signed</source>
        <translation>Image ist nicht signiert</translation>
    </message>
    <message>
        <source>No cosign signature was found for this digest, neither under the cosign tag (sha256-&lt;digest&gt;.sig) nor as an OCI referrer. Without a signature, a deployment cannot tell the image the pipeline built from one pushed by anyone with write access to the registry. Sign images in the release pipeline (`cosign sign --key cosign.key &lt;image&gt;@&lt;digest&gt;`) and verify signatures before deployment.</source>
        <translation>Für diesen Digest wurde keine cosign-Signatur gefunden, weder unter dem cosign-Tag (sha256-&lt;digest&gt;.sig) noch als OCI-Referrer. Ohne Signatur kann ein Deployment das von der Pipeline gebaute Image nicht von einem unterscheiden, das irgendjemand mit Schreibzugriff auf die Registry gepusht hat. Signieren Sie Images in der Release-Pipeline (`cosign sign --key cosign.key &lt;image&gt;@&lt;digest&gt;`) und verifizieren Sie die Signaturen vor dem Deployment.</translation>
    </message>
    <message>
        <source>Image signature is invalid</source>
        <translation>Image-Signatur ist ungültig</translation>
    </message>
    <message>
        <source>A signature stored for this image cannot be right: its payload names another manifest digest, is not a cosign simple-signing document, or the signature is not decodable. This happens when a signature is copied to another image, when a tag was re-pushed after signing, or when someone tampers with the registry. Find out how the signature got there, delete it, and sign the digest that is deployed.</source>
        <translation>Eine für dieses Image gespeicherte Signatur kann nicht stimmen: Ihr Payload nennt einen anderen Manifest-Digest, ist kein cosign-Simple-Signing-Dokument, oder die Signatur lässt sich nicht dekodieren. Das passiert, wenn eine Signatur auf ein anderes Image kopiert wird, wenn ein Tag nach dem Signieren erneut gepusht wurde oder wenn jemand die Registry manipuliert. Klären Sie, wie die Signatur dorthin gelangt ist, löschen Sie sie und signieren Sie den Digest, der deployt ist.</translation>
    </message>
    <message>
        <source>Image signature not verified by a trusted key</source>
        <translation>Image-Signatur nicht mit einem vertrauenswürdigen Schlüssel verifiziert</translation>
    </message>
    <message>
        <source>The image carries a well-formed signature for its digest, but none of the public keys configured for this registry source verifies it (or no key is configured). A signature only proves something when it is checked against a key you trust. Add the release key (cosign.pub) to the source, or sign the image with a key that is configured.</source>
        <translation>Das Image trägt eine formal korrekte Signatur für seinen Digest, aber keiner der für diese Registry-Quelle konfigurierten öffentlichen Schlüssel verifiziert sie (oder es ist kein Schlüssel konfiguriert). Eine Signatur beweist nur dann etwas, wenn sie gegen einen Schlüssel geprüft wird, dem Sie vertrauen. Hinterlegen Sie den Release-Schlüssel (cosign.pub) in der Quelle oder signieren Sie das Image mit einem konfigurierten Schlüssel.</translation>
    </message>
    <message>
        <source>Image has no SBOM</source>
        <translation>Image hat keine SBOM</translation>
    </message>
    <message>
        <source>No SBOM (SPDX or CycloneDX) is attached to this image as an OCI referrer or a cosign attachment. Without a bill of materials, the packages in the image cannot be checked when a new vulnerability is published. Generate an SBOM in the build (syft, trivy, `docker buildx build --sbom=true`) and attach it to the digest (`oras attach` or a cosign attestation).</source>
        <translation>An diesem Image ist keine SBOM (SPDX oder CycloneDX) als OCI-Referrer oder cosign-Anhang angehängt. Ohne Stückliste lassen sich die Pakete im Image nicht prüfen, wenn eine neue Schwachstelle veröffentlicht wird. Erzeugen Sie im Build eine SBOM (syft, trivy, `docker buildx build --sbom=true`) und hängen Sie sie an den Digest an (`oras attach` oder eine cosign-Attestation).</translation>
    </message>
    <message>
        <source>Image SBOM is stale</source>
        <translation>SBOM des Images ist veraltet</translation>
    </message>
    <message>
        <source>The SBOM attached to this image is older than the limit set in the posture settings. An SBOM made long before the image was last rebuilt may not list what the image contains now. Generate the SBOM in the same pipeline run that builds the image, and attach the new one to the digest.</source>
        <translation>Die an dieses Image angehängte SBOM ist älter als der in den Einstellungen (Schwellenwerte für Images) festgelegte Grenzwert. Eine SBOM, die lange vor dem letzten Neubau des Images erzeugt wurde, führt möglicherweise nicht auf, was das Image jetzt enthält. Erzeugen Sie die SBOM im selben Pipeline-Lauf, der das Image baut, und hängen Sie die neue SBOM an den Digest an.</translation>
    </message>
    <message>
        <source>Image has too many layers</source>
        <translation>Image hat zu viele Layer</translation>
    </message>
    <message>
        <source>The image has more layers than the limit set in the posture settings. Many layers usually mean files added in one step and deleted in a later one (still shipped in the earlier layer), slower pulls and a harder review of what the image contains. Use a multi-stage build and copy only the result into a small final stage; combine related RUN steps.</source>
        <translation>Das Image hat mehr Layer als der in den Einstellungen (Schwellenwerte für Images) festgelegte Grenzwert. Viele Layer bedeuten meist Dateien, die in einem Schritt hinzugefügt und in einem späteren gelöscht werden (im früheren Layer aber weiterhin ausgeliefert werden), langsamere Pulls und eine mühsamere Prüfung dessen, was das Image enthält. Verwenden Sie einen Multi-Stage-Build und kopieren Sie nur das Ergebnis in eine kleine finale Stage; fassen Sie zusammengehörige RUN-Schritte zusammen.</translation>
    </message>
    <message>
        <source>Image is larger than the limit</source>
        <translation>Image überschreitet die Größengrenze</translation>
    </message>
    <message>
        <source>The compressed size of the image&apos;s layers is over the limit set in the posture settings. Large images usually carry build tools, package caches or whole distributions the application does not need, and every extra package is attack surface and vulnerability noise. Start from a slim or distroless base, build in a separate stage and install only what runs; CIS Docker Benchmark 4.3.</source>
        <translation>Die komprimierte Größe der Image-Layer liegt über dem in den Einstellungen (Schwellenwerte für Images) festgelegten Grenzwert. Große Images enthalten meist Build-Werkzeuge, Paket-Caches oder ganze Distributionen, die die Anwendung nicht braucht, und jedes zusätzliche Paket ist Angriffsfläche und erzeugt Rauschen bei den Schwachstellen. Beginnen Sie mit einem schlanken oder Distroless-Basis-Image, bauen Sie in einer separaten Stage und installieren Sie nur, was tatsächlich ausgeführt wird; CIS Docker Benchmark 4.3.</translation>
    </message>
    <message>
        <source>Image was built too long ago</source>
        <translation>Image wurde vor zu langer Zeit gebaut</translation>
    </message>
    <message>
        <source>The image config&apos;s creation time is older than the limit set in the posture settings. An image that is not rebuilt keeps the base image and packages of its build day, so every fix published since is missing. Rebuild images regularly (with --pull and without cache for the base) even when the application did not change; CIS Docker Benchmark 4.4.</source>
        <translation>Der Erstellungszeitpunkt in der Image-Konfiguration ist älter als der in den Einstellungen (Schwellenwerte für Images) festgelegte Grenzwert. Ein Image, das nicht neu gebaut wird, behält Basis-Image und Pakete vom Tag seines Builds, sodass ihm jeder seitdem veröffentlichte Fix fehlt. Bauen Sie Images regelmäßig neu (mit --pull und ohne Cache für die Basis), auch wenn sich die Anwendung nicht geändert hat; CIS Docker Benchmark 4.4.</translation>
    </message>
    <message>
        <source>Secret-looking value in the image environment</source>
        <translation>Secret-ähnlicher Wert in der Umgebung des Images</translation>
    </message>
    <message>
        <source>The image config sets an environment variable whose name looks like a credential (PASSWORD, TOKEN, SECRET, API_KEY, ...) to a literal value. Anyone who can pull the image can read it with `docker inspect`, and it stays in the image history. Bulkhead records only the name, never the value. Remove the ENV instruction, rotate the credential, and pass secrets at run time (Kubernetes Secrets, Docker secrets, a *_FILE variable) or at build time with `RUN --mount=type=secret`; CIS Docker Benchmark 4.10.</source>
        <translation>Die Image-Konfiguration setzt eine Umgebungsvariable, deren Name nach Zugangsdaten aussieht (PASSWORD, TOKEN, SECRET, API_KEY, ...), auf einen Literalwert. Jeder, der das Image pullen kann, kann ihn mit `docker inspect` auslesen, und er bleibt in der Image-Historie erhalten. Bulkhead erfasst nur den Namen, nie den Wert. Entfernen Sie die ENV-Anweisung, rotieren Sie die Zugangsdaten und übergeben Sie Secrets zur Laufzeit (Kubernetes Secrets, Docker Secrets, eine *_FILE-Variable) oder zur Build-Zeit mit `RUN --mount=type=secret`; CIS Docker Benchmark 4.10.</translation>
    </message>
    <message>
        <source>Image has no recent vulnerability scan</source>
        <translation>Image hat keinen aktuellen Schwachstellen-Scan</translation>
    </message>
    <message>
        <source>No vulnerability scan of this image digest (or of its index or config) has been imported, or the newest one is older than the limit set in the posture settings. An image in a registry without a current scan may be deployed with known vulnerabilities nobody has seen. Scan every pushed image (Trivy, Grype) in the pipeline and on a schedule, and import the reports; CIS Docker Benchmark 4.4.</source>
        <translation>Für diesen Image-Digest (oder seinen Index bzw. seine Konfiguration) wurde kein Schwachstellen-Scan importiert, oder der neueste ist älter als der in den Einstellungen (Schwellenwerte für Images) festgelegte Grenzwert. Ein Image in einer Registry ohne aktuellen Scan kann mit bekannten Schwachstellen deployt werden, die niemand bemerkt hat. Scannen Sie jedes gepushte Image (Trivy, Grype) in der Pipeline und nach Zeitplan, und importieren Sie die Berichte; CIS Docker Benchmark 4.4.</translation>
    </message>
    <message>
        <source>Registry reached without TLS verification</source>
        <translation>Registry ohne TLS-Verifizierung angesprochen</translation>
    </message>
    <message>
        <source>The registry source is marked insecure: images are pulled over plain HTTP or without verifying the registry&apos;s certificate. Anyone on the network path can then serve other images or read credentials. Serve the registry over HTTPS with a certificate the clients trust (a private CA is fine: give its certificate to the source), then clear the insecure flag; CIS Docker Benchmark: ensure insecure registries are not used.</source>
        <translation>Die Registry-Quelle ist als unsicher markiert: Images werden über unverschlüsseltes HTTP oder ohne Prüfung des Registry-Zertifikats gepullt. Jeder auf dem Netzwerkpfad kann dann andere Images ausliefern oder Zugangsdaten mitlesen. Betreiben Sie die Registry über HTTPS mit einem Zertifikat, dem die Clients vertrauen (eine private CA ist in Ordnung: Hinterlegen Sie ihr Zertifikat in der Quelle), und deaktivieren Sie dann die Option „Unsicher“; CIS Docker Benchmark: Sicherstellen, dass keine unsicheren Registries verwendet werden.</translation>
    </message>
    <message>
        <source>Container runs privileged</source>
        <translation>Container läuft privilegiert</translation>
    </message>
    <message>
        <source>The container sets securityContext.privileged: true. A privileged container has every Linux capability, sees the node&apos;s devices and is not confined by seccomp or AppArmor: whoever controls it controls the node. Remove `privileged: true`; grant only the capability the workload needs (capabilities.add) and keep the rest dropped. Pod Security Standards: Baseline; CIS 5.2.2.</source>
        <translation>Der Container setzt securityContext.privileged: true. Ein privilegierter Container besitzt alle Linux-Capabilities, sieht die Geräte des Knotens und wird weder durch seccomp noch durch AppArmor eingeschränkt: Wer ihn kontrolliert, kontrolliert den Knoten. Entfernen Sie `privileged: true`; gewähren Sie nur die Capability, die der Workload braucht (capabilities.add), und lassen Sie alle übrigen entzogen. Pod Security Standards: Baseline; CIS 5.2.2.</translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation>Rechteausweitung erlaubt</translation>
    </message>
    <message>
        <source>allowPrivilegeEscalation is not set to false (it defaults to true), or the container is privileged or adds CAP_SYS_ADMIN, which always allow it. A process can then gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). Set `securityContext.allowPrivilegeEscalation: false` on every container. Pod Security Standards: Restricted; CIS 5.2.5.</source>
        <translation>allowPrivilegeEscalation ist nicht auf false gesetzt (der Standardwert ist true), oder der Container ist privilegiert oder fügt CAP_SYS_ADMIN hinzu, was sie in jedem Fall erlaubt. Ein Prozess kann dann über setuid-Binaries oder Datei-Capabilities mehr Rechte erlangen als sein Elternprozess (no_new_privs ist nicht gesetzt). Setzen Sie `securityContext.allowPrivilegeEscalation: false` für jeden Container. Pod Security Standards: Restricted; CIS 5.2.5.</translation>
    </message>
    <message>
        <source>Container does not drop all capabilities</source>
        <translation>Container entzieht nicht alle Capabilities</translation>
    </message>
    <message>
        <source>securityContext.capabilities.drop does not contain ALL, so the container keeps the runtime&apos;s default capability set (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, NET_RAW, ...). Most applications need none of them. Set `capabilities: {drop: [ALL]}` and add back only what is needed (usually NET_BIND_SERVICE, or nothing when the port is above 1024). Pod Security Standards: Restricted; CIS 5.2.9.</source>
        <translation>securityContext.capabilities.drop enthält nicht ALL, sodass der Container den Standardsatz an Capabilities der Runtime behält (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, NET_RAW, ...). Die meisten Anwendungen brauchen keine davon. Setzen Sie `capabilities: {drop: [ALL]}` und fügen Sie nur das Nötige wieder hinzu (meist NET_BIND_SERVICE, oder nichts, wenn der Port über 1024 liegt). Pod Security Standards: Restricted; CIS 5.2.9.</translation>
    </message>
    <message>
        <source>Container adds a dangerous capability</source>
        <translation>Container fügt eine gefährliche Capability hinzu</translation>
    </message>
    <message>
        <source>securityContext.capabilities.add grants a capability that reaches beyond the container: SYS_ADMIN, SYS_MODULE or ALL amount to root on the node; SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF and NET_ADMIN read other processes, files or traffic or change the node&apos;s network; NET_RAW allows spoofed packets. The severity follows the most dangerous capability. Remove the capability, or move the task that needs it into a separate, reviewed component (a node agent, an init step). Pod Security Standards: Baseline; CIS 5.2.8.</source>
        <translation>securityContext.capabilities.add gewährt eine Capability, die über den Container hinausreicht: SYS_ADMIN, SYS_MODULE oder ALL kommen root auf dem Knoten gleich; SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF und NET_ADMIN lesen andere Prozesse, Dateien oder Datenverkehr oder ändern das Netzwerk des Knotens; NET_RAW erlaubt gefälschte (gespoofte) Pakete. Der Schweregrad richtet sich nach der gefährlichsten Capability. Entfernen Sie die Capability oder verlagern Sie die Aufgabe, die sie braucht, in eine separate, geprüfte Komponente (einen Agenten auf dem Knoten, einen Init-Schritt). Pod Security Standards: Baseline; CIS 5.2.8.</translation>
    </message>
    <message>
        <source>Container may run as root</source>
        <translation>Container kann als root laufen</translation>
    </message>
    <message>
        <source>runAsUser is 0, or runAsNonRoot is not true and neither runAsUser nor the image (when the registry knows it) sets a non-root user, so the container&apos;s processes run as uid 0. Root inside a container is one kernel bug or misconfigured mount away from root on the node. Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod&apos;s or container&apos;s securityContext, and build the image with a numeric USER. Pod Security Standards: Restricted; CIS 5.2.6.</source>
        <translation>runAsUser ist 0, oder runAsNonRoot ist nicht true und weder runAsUser noch das Image (sofern die Registry es kennt) setzt einen Nicht-root-Benutzer, sodass die Prozesse des Containers mit UID 0 laufen. Von root im Container ist es nur ein Kernel-Bug oder ein falsch konfigurierter Mount bis zu root auf dem Knoten. Setzen Sie `runAsNonRoot: true` und einen von 0 verschiedenen `runAsUser` im securityContext des Pods oder Containers, und bauen Sie das Image mit einem numerischen USER. Pod Security Standards: Restricted; CIS 5.2.6.</translation>
    </message>
    <message>
        <source>Root filesystem is writable</source>
        <translation>Root-Dateisystem ist beschreibbar</translation>
    </message>
    <message>
        <source>securityContext.readOnlyRootFilesystem is not true. An attacker in the container can then change its binaries and configuration, drop tools and persist until the pod is replaced. Set `readOnlyRootFilesystem: true` and mount an emptyDir where the application must write (/tmp, caches).</source>
        <translation>securityContext.readOnlyRootFilesystem ist nicht true. Ein Angreifer im Container kann dann dessen Binaries und Konfiguration ändern, Werkzeuge ablegen und sich festsetzen, bis der Pod ersetzt wird. Setzen Sie `readOnlyRootFilesystem: true` und hängen Sie ein emptyDir dort ein, wo die Anwendung schreiben muss (/tmp, Caches).</translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation>Kein seccomp-Profil</translation>
    </message>
    <message>
        <source>Neither the container nor the pod sets seccompProfile to RuntimeDefault or Localhost (nor does the old seccomp annotation), or the profile is Unconfined. Without a seccomp filter every system call is open to the container, including the rarely used ones most kernel exploits go through. Set `securityContext.seccompProfile.type: RuntimeDefault` at pod level (or a Localhost profile). Pod Security Standards: Restricted; CIS 5.7.2.</source>
        <translation>Weder der Container noch der Pod setzt seccompProfile auf RuntimeDefault oder Localhost (auch nicht über die alte seccomp-Annotation), oder das Profil ist Unconfined. Ohne seccomp-Filter steht dem Container jeder Systemaufruf offen, auch die selten genutzten, über die die meisten Kernel-Exploits laufen. Setzen Sie `securityContext.seccompProfile.type: RuntimeDefault` auf Pod-Ebene (oder ein Localhost-Profil). Pod Security Standards: Restricted; CIS 5.7.2.</translation>
    </message>
    <message>
        <source>No AppArmor profile</source>
        <translation>Kein AppArmor-Profil</translation>
    </message>
    <message>
        <source>The container names no AppArmor profile (securityContext.appArmorProfile or the annotation container.apparmor.security.beta.kubernetes.io/&lt;container&gt;), or names unconfined. On AppArmor nodes the runtime may apply its default profile, but nothing in the spec says so, and unconfined turns it off. Set `securityContext.appArmorProfile.type: RuntimeDefault` (Kubernetes 1.30+) or the annotation `runtime/default`, or a Localhost profile. Pod Security Standards: Baseline; CIS 5.7.2.</source>
        <translation>Der Container nennt kein AppArmor-Profil (securityContext.appArmorProfile oder die Annotation container.apparmor.security.beta.kubernetes.io/&lt;container&gt;) oder nennt unconfined. Auf Knoten mit AppArmor wendet die Runtime möglicherweise ihr Standardprofil an, doch nichts in der Spec legt das fest, und unconfined schaltet es ab. Setzen Sie `securityContext.appArmorProfile.type: RuntimeDefault` (Kubernetes 1.30+) oder die Annotation `runtime/default` oder ein Localhost-Profil. Pod Security Standards: Baseline; CIS 5.7.2.</translation>
    </message>
    <message>
        <source>Pod shares the node&apos;s namespaces</source>
        <translation>Pod teilt die Namespaces des Knotens</translation>
    </message>
    <message>
        <source>hostNetwork, hostPID or hostIPC is true: the pod sees the node&apos;s network interfaces and every service listening on them, every process of the node, or its shared memory. Such pods can sniff traffic, signal or inspect other containers&apos; processes and reach services bound to localhost. Remove the setting; expose ports through a Service instead of hostNetwork. Pod Security Standards: Baseline; CIS 5.2.3, 5.2.4.</source>
        <translation>hostNetwork, hostPID oder hostIPC ist true: Der Pod sieht die Netzwerkschnittstellen des Knotens und jeden Dienst, der darauf lauscht, jeden Prozess des Knotens oder dessen Shared Memory. Solche Pods können Datenverkehr mitschneiden, Prozessen anderer Container Signale senden oder sie untersuchen und Dienste erreichen, die an localhost gebunden sind. Entfernen Sie die Einstellung; stellen Sie Ports über einen Service statt über hostNetwork bereit. Pod Security Standards: Baseline; CIS 5.2.3, 5.2.4.</translation>
    </message>
    <message>
        <source>Pod mounts a path of the node</source>
        <translation>Pod hängt einen Pfad des Knotens ein</translation>
    </message>
    <message>
        <source>A hostPath volume mounts a directory or file of the node into the pod (the path is in the message). Node paths such as /, /etc, /var/run/docker.sock or /var/lib/kubelet give a container the node&apos;s credentials or its container runtime (High); other paths still expose node data and tie the pod to one node (Medium). Use emptyDir, a PersistentVolumeClaim, a ConfigMap or a CSI driver instead; where a node agent needs the path, mount it readOnly. Pod Security Standards: Baseline.</source>
        <translation>Ein hostPath-Volume hängt ein Verzeichnis oder eine Datei des Knotens in den Pod ein (der Pfad steht in der Meldung). Knotenpfade wie /, /etc, /var/run/docker.sock oder /var/lib/kubelet geben einem Container die Zugangsdaten des Knotens oder dessen Container-Runtime in die Hand (Hoch); andere Pfade legen immer noch Daten des Knotens offen und binden den Pod an einen Knoten (Mittel). Verwenden Sie stattdessen emptyDir, einen PersistentVolumeClaim, eine ConfigMap oder einen CSI-Treiber; wo ein Agent auf dem Knoten den Pfad braucht, hängen Sie ihn readOnly ein. Pod Security Standards: Baseline.</translation>
    </message>
    <message>
        <source>Secret passed as environment variable</source>
        <translation>Secret als Umgebungsvariable übergeben</translation>
    </message>
    <message>
        <source>The container reads a Secret through env[].valueFrom.secretKeyRef (Low) or every key of one through envFrom[].secretRef (Medium). Environment variables are inherited by child processes, printed by debug endpoints and crash reports, and cannot change while the pod runs, so the secret cannot be rotated in place. Mount the Secret as a volume (read-only files) and let the application read it from there; CIS 5.4.1.</source>
        <translation>Der Container liest ein Secret über env[].valueFrom.secretKeyRef (Niedrig) oder alle Schlüssel eines Secrets über envFrom[].secretRef (Mittel). Umgebungsvariablen werden an Kindprozesse vererbt, von Debug-Endpunkten und in Absturzberichten ausgegeben und können sich nicht ändern, solange der Pod läuft, sodass das Secret nicht im laufenden Betrieb rotiert werden kann. Hängen Sie das Secret als Volume ein (schreibgeschützte Dateien) und lassen Sie die Anwendung es von dort lesen; CIS 5.4.1.</translation>
    </message>
    <message>
        <source>Secret-looking literal value in the pod spec</source>
        <translation>Secret-ähnlicher Literalwert in der Pod-Spec</translation>
    </message>
    <message>
        <source>An environment variable whose name looks like a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIAL, ...) is set to a literal value in the workload&apos;s spec. Anyone who can read the Deployment or Pod, its manifests in git or the API server&apos;s audit log can read it. Bulkhead records only the variable&apos;s name, never the value. Rotate the credential, store it in a Secret (or a secret store through external-secrets or the CSI driver) and mount it as a file.</source>
        <translation>Eine Umgebungsvariable, deren Name nach Zugangsdaten aussieht (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIAL, ...), ist in der Spec des Workloads auf einen Literalwert gesetzt. Jeder, der das Deployment oder den Pod, dessen Manifeste in Git oder das Audit-Log des API-Servers lesen kann, kann ihn lesen. Bulkhead erfasst nur den Namen der Variable, nie den Wert. Rotieren Sie die Zugangsdaten, legen Sie sie in einem Secret ab (oder in einem Secret-Store, angebunden über external-secrets oder den CSI-Treiber) und hängen Sie sie als Datei ein.</translation>
    </message>
    <message>
        <source>Image not pinned by digest</source>
        <translation>Image nicht per Digest fixiert</translation>
    </message>
    <message>
        <source>The image is referenced by a tag without a digest, by latest, or without any tag. A tag can be moved to other content at any time, so two nodes can run different images under one spec and a pushed image reaches production without review. Reference images by digest (`registry/app@sha256:...`, optionally with the tag for readability) and let the pipeline update the digest.</source>
        <translation>Das Image wird über ein Tag ohne Digest, über latest oder ganz ohne Tag referenziert. Ein Tag kann jederzeit auf andere Inhalte umgehängt werden, sodass zwei Knoten unter derselben Spec unterschiedliche Images ausführen können und ein gepushtes Image ohne Prüfung in die Produktion gelangt. Referenzieren Sie Images per Digest (`registry/app@sha256:...`, zur besseren Lesbarkeit optional mit Tag) und lassen Sie die Pipeline den Digest aktualisieren.</translation>
    </message>
    <message>
        <source>Image from an untrusted registry</source>
        <translation>Image aus einer nicht vertrauenswürdigen Registry</translation>
    </message>
    <message>
        <source>The image&apos;s registry (Docker Hub when the reference names none) is not in the trusted registries of the settings. Images from elsewhere bypass the scanning, signing and push controls of the team&apos;s registries. Mirror the image into a trusted registry and deploy it from there, or add the registry to the trusted list if it is one; enforce the list with an admission policy.</source>
        <translation>Die Registry des Images (Docker Hub, wenn die Referenz keine nennt) steht nicht in der Liste der vertrauenswürdigen Registries in den Einstellungen. Images von anderswo umgehen die Scan-, Signatur- und Push-Kontrollen der Registries des Teams. Spiegeln Sie das Image in eine vertrauenswürdige Registry und deployen Sie es von dort, oder nehmen Sie die Registry in die Liste auf, wenn sie vertrauenswürdig ist; setzen Sie die Liste mit einer Admission-Richtlinie durch.</translation>
    </message>
    <message>
        <source>Deployed image not signed and verified</source>
        <translation>Deploytes Image nicht signiert und verifiziert</translation>
    </message>
    <message>
        <source>The registry collector found the deployed image unsigned (Medium), with an invalid signature (High) or with a signature no configured key verifies (Low). The cluster cannot tell the image the pipeline built from one pushed by anyone else with write access. Sign images in the release pipeline (cosign), configure the public key on the registry source, and verify signatures at admission (sigstore policy-controller, Kyverno).</source>
        <translation>Der Registry-Collector hat das deployte Image als unsigniert (Mittel), mit ungültiger Signatur (Hoch) oder mit einer Signatur vorgefunden, die kein konfigurierter Schlüssel verifiziert (Niedrig). Der Cluster kann das von der Pipeline gebaute Image nicht von einem unterscheiden, das jemand anderes mit Schreibzugriff gepusht hat. Signieren Sie Images in der Release-Pipeline (cosign), konfigurieren Sie den öffentlichen Schlüssel in der Registry-Quelle und verifizieren Sie Signaturen bei der Admission (sigstore policy-controller, Kyverno).</translation>
    </message>
    <message>
        <source>Service account token mounted but not needed</source>
        <translation>Service-Account-Token eingehängt, aber nicht benötigt</translation>
    </message>
    <message>
        <source>The pod mounts its service account&apos;s API token (automountServiceAccountToken is not false on the pod nor on the service account), yet no RoleBinding or ClusterRoleBinding grants that account anything. The token is of no use to the application but of use to an attacker in the container. Set `automountServiceAccountToken: false` on the service account or the pod; CIS 5.1.6.</source>
        <translation>Der Pod hängt das API-Token seines Service-Accounts ein (automountServiceAccountToken ist weder am Pod noch am Service-Account auf false gesetzt), doch kein RoleBinding oder ClusterRoleBinding gewährt diesem Account irgendetwas. Das Token nützt der Anwendung nichts, wohl aber einem Angreifer im Container. Setzen Sie `automountServiceAccountToken: false` am Service-Account oder am Pod; CIS 5.1.6.</translation>
    </message>
    <message>
        <source>Pod runs as the default service account</source>
        <translation>Pod läuft unter dem Standard-Service-Account</translation>
    </message>
    <message>
        <source>The pod sets no serviceAccountName (or sets default), so it shares the namespace&apos;s default service account with every other pod that does. Any permission granted to default is granted to all of them, and access cannot be told apart in audit logs. Create a service account per workload, set serviceAccountName, and grant it only what it needs; CIS 5.1.5.</source>
        <translation>Der Pod setzt keinen serviceAccountName (oder setzt default) und teilt sich daher den Service-Account default des Namespace mit allen anderen Pods, bei denen das ebenso ist. Jede Berechtigung, die default erhält, erhalten sie alle, und in Audit-Logs lassen sich ihre Zugriffe nicht auseinanderhalten. Legen Sie je Workload einen eigenen Service-Account an, setzen Sie serviceAccountName und gewähren Sie ihm nur, was er braucht; CIS 5.1.5.</translation>
    </message>
    <message>
        <source>Namespace has no NetworkPolicy</source>
        <translation>Namespace hat keine NetworkPolicy</translation>
    </message>
    <message>
        <source>No NetworkPolicy exists in the namespace, so every pod in it accepts traffic from every pod of the cluster and may connect anywhere. One compromised pod reaches all others. Add a default-deny policy for ingress and egress and allow the flows the workloads need; CIS 5.3.2.</source>
        <translation>Im Namespace gibt es keine NetworkPolicy, sodass jeder Pod darin Datenverkehr von jedem Pod des Clusters annimmt und überallhin Verbindungen aufbauen darf. Ein kompromittierter Pod erreicht alle anderen. Fügen Sie eine Default-Deny-Richtlinie für Ingress und Egress hinzu und erlauben Sie die Verbindungen, die die Workloads brauchen; CIS 5.3.2.</translation>
    </message>
    <message>
        <source>Namespace has no default-deny ingress policy</source>
        <translation>Namespace hat keine Default-Deny-Richtlinie für Ingress</translation>
    </message>
    <message>
        <source>No NetworkPolicy in the namespace selects every pod (empty podSelector) with Ingress in its policyTypes and no ingress rules. Pods not selected by some policy accept connections from anywhere in the cluster. Add `podSelector: {}` with `policyTypes: [Ingress]` and no rules, then allow what is needed with further policies.</source>
        <translation>Keine NetworkPolicy im Namespace wählt jeden Pod aus (leerer podSelector) und hat zugleich Ingress in ihren policyTypes und keine Ingress-Regeln. Pods, die von keiner Richtlinie ausgewählt werden, nehmen Verbindungen von überall im Cluster an. Fügen Sie `podSelector: {}` mit `policyTypes: [Ingress]` und ohne Regeln hinzu und erlauben Sie dann das Nötige mit weiteren Richtlinien.</translation>
    </message>
    <message>
        <source>Namespace has no default-deny egress policy</source>
        <translation>Namespace hat keine Default-Deny-Richtlinie für Egress</translation>
    </message>
    <message>
        <source>No NetworkPolicy in the namespace selects every pod with Egress in its policyTypes and no egress rules, so pods may open connections anywhere: other namespaces, the cloud metadata service, the internet. Egress limits what an attacker can reach and exfiltrate. Add `podSelector: {}` with `policyTypes: [Egress]` and no rules, then allow DNS and the needed destinations.</source>
        <translation>Keine NetworkPolicy im Namespace wählt jeden Pod aus und hat zugleich Egress in ihren policyTypes und keine Egress-Regeln, sodass Pods überallhin Verbindungen öffnen dürfen: zu anderen Namespaces, zum Metadatendienst der Cloud, ins Internet. Egress-Beschränkungen begrenzen, was ein Angreifer erreichen und exfiltrieren kann. Fügen Sie `podSelector: {}` mit `policyTypes: [Egress]` und ohne Regeln hinzu und erlauben Sie dann DNS und die benötigten Ziele.</translation>
    </message>
    <message>
        <source>Cluster reached without TLS verification</source>
        <translation>Cluster ohne TLS-Verifizierung angesprochen</translation>
    </message>
    <message>
        <source>The kubeconfig sets insecure-skip-tls-verify for this cluster: Bulkhead (and kubectl) accept any certificate from the API server, so anyone on the network path can read the credentials sent to it and answer in its name. Put the cluster&apos;s CA in the kubeconfig (certificate-authority-data) and remove insecure-skip-tls-verify.</source>
        <translation>Die kubeconfig setzt insecure-skip-tls-verify für diesen Cluster: Bulkhead (und kubectl) akzeptieren jedes Zertifikat vom API-Server, sodass jeder auf dem Netzwerkpfad die an ihn gesendeten Zugangsdaten mitlesen und in seinem Namen antworten kann. Tragen Sie die CA des Clusters in die kubeconfig ein (certificate-authority-data) und entfernen Sie insecure-skip-tls-verify.</translation>
    </message>
    <message>
        <source>Role grants wildcard permissions</source>
        <translation>Rolle gewährt Wildcard-Berechtigungen</translation>
    </message>
    <message>
        <source>A rule of the bound role has &quot;*&quot; in its verbs, resources or apiGroups. A wildcard grants every verb, resource or API group the cluster serves, including the ones added later by new Kubernetes versions and CRDs, so nobody can say what the binding allows. Cluster-wide (a ClusterRoleBinding, or a RoleBinding in kube-system): High; in one namespace: Medium. List the verbs and resources the subjects need instead. CIS 5.1.3.</source>
        <translation>Eine Regel der gebundenen Rolle enthält &quot;*&quot; in ihren verbs, resources oder apiGroups. Eine Wildcard gewährt jedes Verb, jede Ressource bzw. jede API-Gruppe, die der Cluster bereitstellt, einschließlich derer, die später durch neue Kubernetes-Versionen und CRDs hinzukommen, sodass niemand sagen kann, was das Binding erlaubt. Clusterweit (ein ClusterRoleBinding oder ein RoleBinding in kube-system): Hoch; in einem Namespace: Mittel. Führen Sie stattdessen die Verben und Ressourcen auf, die die Subjekte brauchen. CIS 5.1.3.</translation>
    </message>
    <message>
        <source>cluster-admin (or an equivalent role) is bound</source>
        <translation>cluster-admin (oder eine gleichwertige Rolle) ist gebunden</translation>
    </message>
    <message>
        <source>The binding grants the ClusterRole cluster-admin, or a role with a rule for every verb on every resource of every API group. Its subjects can do anything in the cluster (Critical), or in the binding&apos;s namespace, including reading every secret and changing its roles (High). Keep cluster-admin for break-glass accounts; give people and controllers narrower roles (admin, edit, view, or a role of their own). CIS 5.1.1.</source>
        <translation>Das Binding gewährt die ClusterRole cluster-admin oder eine Rolle mit einer Regel für jedes Verb auf jeder Ressource jeder API-Gruppe. Seine Subjekte können alles im Cluster tun (Kritisch) oder alles im Namespace des Bindings, darunter jedes Secret lesen und seine Rollen ändern (Hoch). Behalten Sie cluster-admin Break-Glass-Accounts vor; geben Sie Personen und Controllern engere Rollen (admin, edit, view oder eine eigene Rolle). CIS 5.1.1.</translation>
    </message>
    <message>
        <source>Role can read secrets</source>
        <translation>Rolle kann Secrets lesen</translation>
    </message>
    <message>
        <source>The binding grants get, list or watch on secrets. Secrets hold passwords, API keys, TLS keys and (on older clusters) service account tokens, so reading them usually means gaining the access they protect; list and watch return the values of every secret at once. Cluster-wide: High; in one namespace: Medium; only named secrets: one step lower. Grant get on the named secrets the workload needs (resourceNames), or mount them into its pods instead of reading them through the API. Also the evidence of SEC-4 (who can read secrets). CIS 5.1.2.</source>
        <translation>Das Binding gewährt get, list oder watch auf secrets. Secrets enthalten Passwörter, API-Schlüssel, TLS-Schlüssel und (auf älteren Clustern) Service-Account-Tokens; wer sie lesen kann, erlangt daher meist den Zugang, den sie schützen; list und watch liefern die Werte aller Secrets auf einmal. Clusterweit: Hoch; in einem Namespace: Mittel; nur benannte Secrets: eine Stufe niedriger. Gewähren Sie get auf die benannten Secrets, die der Workload braucht (resourceNames), oder hängen Sie sie in seine Pods ein, statt sie über die API zu lesen. Dient auch als Nachweis für SEC-4 (wer Secrets lesen kann). CIS 5.1.2.</translation>
    </message>
    <message>
        <source>Role can exec into, attach to or port-forward to pods</source>
        <translation>Rolle erlaubt exec, attach oder port-forward auf Pods</translation>
    </message>
    <message>
        <source>The binding grants create or get on pods/exec, pods/attach or pods/portforward. Its subjects can run commands inside running containers and reach their ports, and so read the secrets, tokens and data those containers hold, bypassing the application&apos;s own access control. Cluster-wide: High; in one namespace: Medium. Keep exec for break-glass roles, use logs and metrics for day-to-day debugging, and audit its use.</source>
        <translation>Das Binding gewährt create oder get auf pods/exec, pods/attach oder pods/portforward. Seine Subjekte können Befehle in laufenden Containern ausführen und deren Ports erreichen und so die Secrets, Tokens und Daten lesen, die diese Container halten, unter Umgehung der Zugriffskontrolle der Anwendung selbst. Clusterweit: Hoch; in einem Namespace: Mittel. Behalten Sie exec Break-Glass-Rollen vor, nutzen Sie Logs und Metriken für das tägliche Debugging und auditieren Sie die Nutzung von exec.</translation>
    </message>
    <message>
        <source>Role can create pods or workload controllers</source>
        <translation>Rolle kann Pods oder Workload-Controller anlegen</translation>
    </message>
    <message>
        <source>The binding grants create on pods, deployments, statefulsets, daemonsets, replicasets, jobs, cronjobs or replicationcontrollers. Whoever can create a pod in a namespace can run it as any service account of that namespace and so gains that account&apos;s permissions, and can mount the namespace&apos;s secrets and config maps, unless admission (Pod Security) stops it. Cluster-wide: High; in one namespace: Medium. Let a deployment pipeline hold this right rather than people, and keep powerful service accounts out of namespaces where others create pods. CIS 5.1.4.</source>
        <translation>Das Binding gewährt create auf pods, deployments, statefulsets, daemonsets, replicasets, jobs, cronjobs oder replicationcontrollers. Wer in einem Namespace einen Pod anlegen kann, kann ihn unter jedem Service-Account dieses Namespace laufen lassen und erhält so dessen Berechtigungen; außerdem kann er die Secrets und ConfigMaps des Namespace einhängen, sofern die Admission (Pod Security) das nicht verhindert. Clusterweit: Hoch; in einem Namespace: Mittel. Überlassen Sie dieses Recht einer Deployment-Pipeline statt Personen, und halten Sie mächtige Service-Accounts aus Namespaces heraus, in denen andere Pods anlegen. CIS 5.1.4.</translation>
    </message>
    <message>
        <source>Role can escalate, bind or impersonate</source>
        <translation>Rolle erlaubt escalate, bind oder impersonate</translation>
    </message>
    <message>
        <source>The binding grants escalate or bind on roles or clusterroles, or impersonate on users, groups, service accounts or uids. escalate lets a subject write roles with permissions it does not have, bind lets it bind roles it does not hold, impersonate lets it act as someone else: each is a path to more privilege than the binding shows, up to cluster-admin. Cluster-wide: Critical; in one namespace: High (resourceNames do not lower it: one named role or user is enough). Remove these verbs from every role that is not the RBAC administration&apos;s own. CIS 5.1.8.</source>
        <translation>Das Binding gewährt escalate oder bind auf roles oder clusterroles oder impersonate auf users, groups, serviceaccounts oder uids. escalate erlaubt einem Subjekt, Rollen mit Berechtigungen zu schreiben, die es selbst nicht hat, bind erlaubt ihm, Rollen zu binden, die es nicht besitzt, impersonate erlaubt ihm, als jemand anderes zu handeln: Jedes davon ist ein Weg zu mehr Rechten, als das Binding zeigt, bis hin zu cluster-admin. Clusterweit: Kritisch; in einem Namespace: Hoch (resourceNames senken die Einstufung nicht: eine einzige benannte Rolle oder ein einziger benannter Benutzer genügt). Entfernen Sie diese Verben aus jeder Rolle, die nicht der RBAC-Administration selbst gehört. CIS 5.1.8.</translation>
    </message>
    <message>
        <source>Role can create service account tokens</source>
        <translation>Rolle kann Service-Account-Tokens erstellen</translation>
    </message>
    <message>
        <source>The binding grants create on serviceaccounts/token (the TokenRequest API). Its subjects can mint tokens for service accounts and then act with those accounts&apos; permissions, from anywhere and for as long as the token lives. Cluster-wide: High; in one namespace: Medium. Grant it only to the components that hand out tokens, limited by resourceNames. CIS 5.1.13.</source>
        <translation>Das Binding gewährt create auf serviceaccounts/token (die TokenRequest-API). Seine Subjekte können Tokens für Service-Accounts ausstellen und dann mit deren Berechtigungen handeln, von überall und so lange, wie das Token gültig ist. Clusterweit: Hoch; in einem Namespace: Mittel. Gewähren Sie dieses Recht nur den Komponenten, die Tokens ausgeben, beschränkt über resourceNames. CIS 5.1.13.</translation>
    </message>
    <message>
        <source>Role can reach the kubelet API through nodes/proxy</source>
        <translation>Rolle erreicht die kubelet-API über nodes/proxy</translation>
    </message>
    <message>
        <source>The binding grants get or create on nodes/proxy. Requests through it reach the kubelet&apos;s API directly: its subjects can run commands in every pod of every node, and those requests bypass the API server&apos;s admission and audit logging. Critical. Remove nodes/proxy from every role people or applications hold; monitoring that needs kubelet metrics can use nodes/metrics. CIS 5.1.10.</source>
        <translation>Das Binding gewährt get oder create auf nodes/proxy. Anfragen darüber erreichen direkt die API des kubelet: Seine Subjekte können in jedem Pod jedes Knotens Befehle ausführen, und diese Anfragen umgehen Admission und Audit-Logging des API-Servers. Kritisch. Entfernen Sie nodes/proxy aus jeder Rolle, die Personen oder Anwendungen innehaben; Monitoring, das kubelet-Metriken braucht, kann nodes/metrics verwenden. CIS 5.1.10.</translation>
    </message>
    <message>
        <source>Role can approve certificate signing requests</source>
        <translation>Rolle kann Zertifikatsanforderungen (CSRs) genehmigen</translation>
    </message>
    <message>
        <source>The binding grants update on certificatesigningrequests/approval together with approve on signers. Its subjects can approve their own certificate requests and so obtain a client certificate for any user or group the signer issues, for example system:masters, which no RBAC rule can restrict. High. Leave approval to the controller manager and the node bootstrap approver. CIS 5.1.11.</source>
        <translation>Das Binding gewährt update auf certificatesigningrequests/approval zusammen mit approve auf signers. Seine Subjekte können ihre eigenen Zertifikatsanforderungen genehmigen und so ein Client-Zertifikat für jeden Benutzer und jede Gruppe erhalten, für die der Signer ausstellt, zum Beispiel system:masters, das keine RBAC-Regel einschränken kann. Hoch. Überlassen Sie die Genehmigung dem Controller Manager und dem Bootstrap-Approver für Knoten. CIS 5.1.11.</translation>
    </message>
    <message>
        <source>Role can change admission webhooks</source>
        <translation>Rolle kann Admission-Webhooks ändern</translation>
    </message>
    <message>
        <source>The binding grants create, update, patch or delete on validatingwebhookconfigurations or mutatingwebhookconfigurations. A mutating webhook sees and may change every object written to the API server, secrets included; deleting or redirecting a validating webhook switches off the policies it enforces. High. Keep these rights with the operators that install their own webhooks. CIS 5.1.12.</source>
        <translation>Das Binding gewährt create, update, patch oder delete auf validatingwebhookconfigurations oder mutatingwebhookconfigurations. Ein Mutating Webhook sieht jedes an den API-Server geschriebene Objekt, Secrets eingeschlossen, und kann es ändern; wer einen Validating Webhook löscht oder umleitet, schaltet die Richtlinien ab, die er durchsetzt. Hoch. Belassen Sie diese Rechte bei den Operatoren, die ihre eigenen Webhooks installieren. CIS 5.1.12.</translation>
    </message>
    <message>
        <source>Role can create persistent volumes</source>
        <translation>Rolle kann PersistentVolumes anlegen</translation>
    </message>
    <message>
        <source>The binding grants create on persistentvolumes. A persistent volume can point at a hostPath, so whoever can create one and a pod that claims it reads and writes the node&apos;s files, past the Pod Security rules that forbid hostPath in pods. Medium. Let storage classes provision volumes dynamically and keep PersistentVolume creation with the cluster&apos;s administrators. CIS 5.1.9.</source>
        <translation>Das Binding gewährt create auf persistentvolumes. Ein PersistentVolume kann auf einen hostPath zeigen; wer eines anlegen kann und dazu einen Pod, der es beansprucht, liest und schreibt also die Dateien des Knotens, vorbei an den Pod-Security-Regeln, die hostPath in Pods verbieten. Mittel. Lassen Sie Volumes über StorageClasses dynamisch bereitstellen und überlassen Sie das Anlegen von PersistentVolumes den Administratoren des Clusters. CIS 5.1.9.</translation>
    </message>
    <message>
        <source>Binding grants access to anonymous or every authenticated user</source>
        <translation>Binding gewährt Zugriff für anonyme oder alle authentifizierten Benutzer</translation>
    </message>
    <message>
        <source>A subject of the binding is the user system:anonymous, the group system:unauthenticated (any request without credentials) or the group system:authenticated (every user and service account with any valid credential). Whatever the role grants, it grants to everyone who can reach the API server: Critical for anonymous access, High for every authenticated user, one step lower in one namespace; Low when the role only allows health, version and discovery URLs and self-reviews (the defaults), Medium when the role does not exist yet. Bind named users, groups or service accounts instead; CIS 5.1.7 and the guidance on anonymous access.</source>
        <translation>Ein Subjekt des Bindings ist der Benutzer system:anonymous, die Gruppe system:unauthenticated (jede Anfrage ohne Zugangsdaten) oder die Gruppe system:authenticated (jeder Benutzer und Service-Account mit irgendwelchen gültigen Zugangsdaten). Was auch immer die Rolle gewährt, gewährt sie jedem, der den API-Server erreichen kann: Kritisch bei anonymem Zugriff, Hoch für alle authentifizierten Benutzer, eine Stufe niedriger in einem Namespace; Niedrig, wenn die Rolle nur Health-, Version- und Discovery-URLs sowie Self-Reviews erlaubt (die Standardeinstellungen), Mittel, wenn die Rolle noch nicht existiert. Binden Sie stattdessen benannte Benutzer, Gruppen oder Service-Accounts; CIS 5.1.7 und die Empfehlungen zum anonymen Zugriff.</translation>
    </message>
    <message>
        <source>Binding names a service account that does not exist</source>
        <translation>Binding nennt einen nicht existierenden Service-Account</translation>
    </message>
    <message>
        <source>A ServiceAccount subject of the binding does not exist in its namespace (service accounts were listed completely). Whoever creates a service account of that name later, perhaps in a namespace where others create pods, receives the binding&apos;s permissions without any RBAC change. Medium. Remove the subject, or the binding if it has no other subjects.</source>
        <translation>Ein ServiceAccount-Subjekt des Bindings existiert in seinem Namespace nicht (die Service-Accounts wurden vollständig aufgelistet). Wer später einen Service-Account dieses Namens anlegt, vielleicht in einem Namespace, in dem andere Pods anlegen, erhält die Berechtigungen des Bindings ohne jede RBAC-Änderung. Mittel. Entfernen Sie das Subjekt oder, wenn es keine weiteren Subjekte hat, das Binding.</translation>
    </message>
    <message>
        <source>Binding refers to a role that does not exist</source>
        <translation>Binding verweist auf eine nicht existierende Rolle</translation>
    </message>
    <message>
        <source>The binding&apos;s roleRef names a Role or ClusterRole that does not exist, so the binding grants nothing today. Whoever creates a role of that name later grants its rules to the binding&apos;s subjects without touching the binding, and reviews of bindings cannot see what it will grant. Low. Delete the binding, or restore the role it was made for.</source>
        <translation>Die roleRef des Bindings nennt eine Role oder ClusterRole, die nicht existiert, sodass das Binding derzeit nichts gewährt. Wer später eine Rolle dieses Namens anlegt, gewährt deren Regeln den Subjekten des Bindings, ohne das Binding anzufassen, und bei Überprüfungen der Bindings ist nicht zu erkennen, was es gewähren wird. Niedrig. Löschen Sie das Binding oder stellen Sie die Rolle wieder her, für die es angelegt wurde.</translation>
    </message>
    <message>
        <source>Secret not rotated within its rotation interval</source>
        <translation>Secret nicht innerhalb seines Rotationsintervalls rotiert</translation>
    </message>
    <message>
        <source>The secret&apos;s last observed change is older than the rotation interval its policy sets (a rule, an interval declared on the secret, or the default). A credential that lives long gives a leak a long time to be used. The age comes from the best signal available (Vault version history, the inventory, a rotation annotation, the managedFields entry that last wrote the data, or only the creation time, which bounds the last change from below). Rotate the secret; the finding closes when a newer change is observed.</source>
        <translation>Die letzte beobachtete Änderung des Secrets liegt länger zurück als das Rotationsintervall, das seine Richtlinie festlegt (eine Regel, ein am Secret deklariertes Intervall oder der Standardwert). Langlebige Zugangsdaten geben einem Leak viel Zeit, ausgenutzt zu werden. Das Alter stammt aus dem besten verfügbaren Signal (Vault-Versionsverlauf, Inventar, eine Rotations-Annotation, der managedFields-Eintrag, der die Daten zuletzt geschrieben hat, oder nur der Erstellungszeitpunkt, der eine untere Schranke für die letzte Änderung bildet). Rotieren Sie das Secret; der Befund wird geschlossen, sobald eine neuere Änderung beobachtet wird.</translation>
    </message>
    <message>
        <source>Long-lived service-account token secret</source>
        <translation>Langlebiges Service-Account-Token-Secret</translation>
    </message>
    <message>
        <source>A Secret of type kubernetes.io/service-account-token holds a token that never expires and stays valid until the Secret is deleted. Workloads get short-lived, audience-bound tokens through the TokenRequest API (projected volumes) without such a Secret. Delete the Secret, or where a long-lived token is truly needed, record why and rotate it.</source>
        <translation>Ein Secret vom Typ kubernetes.io/service-account-token enthält ein Token, das nie abläuft und gültig bleibt, bis das Secret gelöscht wird. Workloads erhalten kurzlebige, an eine Audience gebundene Tokens über die TokenRequest-API (projizierte Volumes), ohne ein solches Secret. Löschen Sie das Secret, oder halten Sie, wo ein langlebiges Token wirklich nötig ist, die Begründung fest und rotieren Sie es.</translation>
    </message>
    <message>
        <source>Secret exposed through environment variables</source>
        <translation>Secret über Umgebungsvariablen offengelegt</translation>
    </message>
    <message>
        <source>Workloads read this Secret through env (secretKeyRef) or envFrom. Environment variables are copied into child processes, show up in crash dumps, debug endpoints and logs, and do not change while the container runs, so a rotation needs a restart. Mount the Secret as a volume instead.</source>
        <translation>Workloads lesen dieses Secret über env (secretKeyRef) oder envFrom. Umgebungsvariablen werden in Kindprozesse kopiert, tauchen in Crash-Dumps, Debug-Endpunkten und Logs auf und ändern sich nicht, solange der Container läuft, sodass eine Rotation einen Neustart erfordert. Hängen Sie das Secret stattdessen als Volume ein.</translation>
    </message>
</context>
<context>
    <name>bulkhead::CollectTask</name>
    <message>
        <source>No sources to collect.</source>
        <translation>Keine Quellen zu erfassen.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>bulkhead::ImportTask</name>
    <message>
        <source>No report files found to import.</source>
        <translation>Keine Berichtsdateien zum Importieren gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n findings (%2 new, %3 unchanged, %4 resolved, %5 reopened), %6</source>
        <translation>
            <numerusform>%1: %n Befund (%2 neu, %3 unverändert, %4 behoben, %5 wieder geöffnet), %6</numerusform>
            <numerusform>%1: %n Befunde (%2 neu, %3 unverändert, %4 behoben, %5 wieder geöffnet), %6</numerusform>
        </translation>
    </message>
</context>
</TS>
