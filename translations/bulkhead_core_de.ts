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
