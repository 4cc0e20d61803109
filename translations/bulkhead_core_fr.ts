<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentText</name>
    <message>
        <source>Attested as partial by %1 on %2 (expires %3).</source>
        <translation>Attesté comme partiel par %1 le %2 (expire le %3).</translation>
    </message>
    <message>
        <source>Attested as failing by %1 on %2 (expires %3).</source>
        <translation>Attesté comme non conforme par %1 le %2 (expire le %3).</translation>
    </message>
    <message>
        <source>Attested by %1 on %2 (expires %3).</source>
        <translation>Attesté par %1 le %2 (expire le %3).</translation>
    </message>
    <message>
        <source>Attested as partial by %1 on %2 (expires %3): %4</source>
        <translation>Attesté comme partiel par %1 le %2 (expire le %3) : %4</translation>
    </message>
    <message>
        <source>Attested as failing by %1 on %2 (expires %3): %4</source>
        <translation>Attesté comme non conforme par %1 le %2 (expire le %3) : %4</translation>
    </message>
    <message>
        <source>Attested by %1 on %2 (expires %3): %4</source>
        <translation>Attesté par %1 le %2 (expire le %3) : %4</translation>
    </message>
    <message>
        <source>attestation withdrawn by %1 on %2</source>
        <translation>attestation retirée par %1 le %2</translation>
    </message>
    <message>
        <source>attestation by %1 expired on %2</source>
        <translation>attestation de %1 expirée le %2</translation>
    </message>
    <message>
        <source>attestation by %1 dated %2 is not in force yet</source>
        <translation>l&apos;attestation de %1 datée du %2 n&apos;est pas encore en vigueur</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>attestation</translation>
    </message>
    <message>
        <source>attestation that %1</source>
        <translation>attestation : %1</translation>
    </message>
    <message>
        <source>no attestation recorded</source>
        <translation>aucune attestation enregistrée</translation>
    </message>
    <message>
        <source>An attestation by %1 on %2 (expires %3) is on file; the evidence decides.</source>
        <translation>Une attestation de %1 du %2 (expire le %3) est enregistrée ; les preuves décident.</translation>
    </message>
    <message>
        <source>%1; not assessed.</source>
        <translation>%1 ; non évalué.</translation>
    </message>
    <message>
        <source>%1; the evidence decides.</source>
        <translation>%1 ; les preuves décident.</translation>
    </message>
    <message numerus="yes">
        <source>Everything checked passes, but %n of %1 measures could not be assessed.</source>
        <translation>
            <numerusform>Tout ce qui a été vérifié est conforme, mais %n indicateur sur %1 n&apos;a pas pu être évalué.</numerusform>
            <numerusform>Tout ce qui a été vérifié est conforme, mais %n indicateurs sur %1 n&apos;ont pas pu être évalués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Bulkhead collects speaks to this control, so not assessed.</source>
        <translation>Rien de ce que Bulkhead collecte ne concerne ce contrôle, donc non évalué.</translation>
    </message>
    <message>
        <source>Until the evidence is collected, an attestation can stand in: %1.</source>
        <translation>En attendant la collecte des preuves, une attestation peut en tenir lieu : %1.</translation>
    </message>
    <message>
        <source>An attestation can stand in: %1.</source>
        <translation>Une attestation peut en tenir lieu : %1.</translation>
    </message>
    <message>
        <source>If a tool Bulkhead cannot see covers this, an attestation can show it: %1.</source>
        <translation>Si un outil que Bulkhead ne peut pas voir couvre ce point, une attestation peut le montrer : %1.</translation>
    </message>
</context>
<context>
    <name>CollectionSummary</name>
    <message>
        <source>complete</source>
        <comment>collection status</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>collection status</comment>
        <translation>partielle</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>collection status</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>collection status</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: counts</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <comment>summary and seconds</comment>
        <translation>%1 en %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
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
            <numerusform>%n secret (%1 en retard)</numerusform>
            <numerusform>%n secrets (%1 en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings (%1 new, %2 resolved)</source>
        <translation>
            <numerusform>%n constat (%1 nouveaux, %2 résolus)</numerusform>
            <numerusform>%n constats (%1 nouveaux, %2 résolus)</numerusform>
        </translation>
    </message>
    <message>
        <source>not collected: %1</source>
        <translation>non collecté : %1</translation>
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
            <numerusform>%1 en retard</numerusform>
            <numerusform>%1 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 requests</source>
        <translation>
            <numerusform>%1 requête</numerusform>
            <numerusform>%1 requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 findings (%2 new, %3 resolved)</source>
        <translation>
            <numerusform>%1 constat (%2 nouveaux, %3 résolus)</numerusform>
            <numerusform>%1 constats (%2 nouveaux, %3 résolus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paths not collected</source>
        <translation>
            <numerusform>%1 chemin non collecté</numerusform>
            <numerusform>%1 chemins non collectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
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
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posture findings (%1 new, %2 resolved)</source>
        <translation>
            <numerusform>%n constat de posture (%1 nouveaux, %2 résolus)</numerusform>
            <numerusform>%n constats de posture (%1 nouveaux, %2 résolus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n SBOMs imported</source>
        <translation>
            <numerusform>%1, %n SBOM importé</numerusform>
            <numerusform>%1, %n SBOM importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlArea</name>
    <message>
        <source>Build and image security</source>
        <translation>Sécurité du build et des images</translation>
    </message>
    <message>
        <source>Runtime controls</source>
        <translation>Contrôles à l&apos;exécution</translation>
    </message>
    <message>
        <source>Secrets and configuration</source>
        <translation>Secrets et configuration</translation>
    </message>
    <message>
        <source>Access and identity</source>
        <translation>Accès et identité</translation>
    </message>
    <message>
        <source>CI/CD and supply chain</source>
        <translation>CI/CD et chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Incident readiness and governance</source>
        <translation>Préparation aux incidents et gouvernance</translation>
    </message>
</context>
<context>
    <name>ControlCatalog</name>
    <message>
        <source>Small, verified base images without unneeded packages</source>
        <comment>BLD-1 title</comment>
        <translation>Images de base légères et vérifiées, sans paquets superflus</translation>
    </message>
    <message>
        <source>Start with small, verified base images and remove unnecessary packages.</source>
        <comment>BLD-1 practice</comment>
        <translation>Partir d&apos;images de base légères et vérifiées et supprimer les paquets inutiles.</translation>
    </message>
    <message>
        <source>Image size, layer count and package count (from the SBOM or scan), and whether the base image is known.</source>
        <comment>BLD-1 assessment</comment>
        <translation>Taille de l&apos;image, nombre de couches et de paquets (d&apos;après le SBOM ou l&apos;analyse), et si l&apos;image de base est connue.</translation>
    </message>
    <message>
        <source>base images come from an approved minimal source (a distroless or vetted internal base) and unneeded packages are removed in the build</source>
        <comment>BLD-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les images de base proviennent d&apos;une source minimale approuvée (distroless ou une base interne validée) et les paquets inutiles sont supprimés lors du build</translation>
    </message>
    <message>
        <source>Scan images before production</source>
        <comment>BLD-2 title</comment>
        <translation>Analyser les images avant la production</translation>
    </message>
    <message>
        <source>Scan images for known vulnerabilities before they reach production.</source>
        <comment>BLD-2 practice</comment>
        <translation>Analyser les images à la recherche de vulnérabilités connues avant leur mise en production.</translation>
    </message>
    <message>
        <source>Every image seen in a registry or cluster has a scan result younger than the configured maximum age, and its open critical and high vulnerabilities.</source>
        <comment>BLD-2 assessment</comment>
        <translation>Chaque image vue dans un registre ou un cluster a un résultat d&apos;analyse plus récent que l&apos;âge maximal configuré, et ses vulnérabilités critiques et élevées ouvertes.</translation>
    </message>
    <message>
        <source>every image is scanned for vulnerabilities before it reaches production (name the scanner and where it runs)</source>
        <comment>BLD-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>chaque image est analysée pour détecter les vulnérabilités avant sa mise en production (indiquer le scanner et où il s&apos;exécute)</translation>
    </message>
    <message>
        <source>Sign images, verify before deployment</source>
        <comment>BLD-3 title</comment>
        <translation>Signer les images, les vérifier avant le déploiement</translation>
    </message>
    <message>
        <source>Sign images and require verification before deployment.</source>
        <comment>BLD-3 practice</comment>
        <translation>Signer les images et exiger leur vérification avant le déploiement.</translation>
    </message>
    <message>
        <source>A signature is present (cosign tag scheme or OCI referrers) and verifies with the configured public keys.</source>
        <comment>BLD-3 assessment</comment>
        <translation>Une signature est présente (schéma de tags cosign ou referrers OCI) et se vérifie avec les clés publiques configurées.</translation>
    </message>
    <message>
        <source>images are signed at build time and signatures are verified before deployment (an admission policy, say which)</source>
        <comment>BLD-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les images sont signées au build et les signatures sont vérifiées avant le déploiement (une politique d&apos;admission, préciser laquelle)</translation>
    </message>
    <message>
        <source>Up-to-date SBOM for every artifact</source>
        <comment>BLD-4 title</comment>
        <translation>SBOM à jour pour chaque artefact</translation>
    </message>
    <message>
        <source>Keep an up-to-date SBOM (software bill of materials) for every artifact.</source>
        <comment>BLD-4 practice</comment>
        <translation>Tenir à jour un SBOM (nomenclature logicielle) pour chaque artefact.</translation>
    </message>
    <message>
        <source>An SBOM is attached to the image (referrers or attestation tag) or imported for its digest, and it is younger than the configured maximum age.</source>
        <comment>BLD-4 assessment</comment>
        <translation>Un SBOM est attaché à l&apos;image (referrers ou tag d&apos;attestation) ou importé pour son digest, et il est plus récent que l&apos;âge maximal configuré.</translation>
    </message>
    <message>
        <source>an SBOM is produced and kept for every released artifact</source>
        <comment>BLD-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>un SBOM est produit et conservé pour chaque artefact publié</translation>
    </message>
    <message>
        <source>Non-root images, privileges dropped</source>
        <comment>BLD-5 title</comment>
        <translation>Images sans root, privilèges réduits</translation>
    </message>
    <message>
        <source>Run containers as non-root users and drop privileges when possible.</source>
        <comment>BLD-5 practice</comment>
        <translation>Exécuter les conteneurs avec un utilisateur non root et réduire les privilèges lorsque c&apos;est possible.</translation>
    </message>
    <message>
        <source>The image configuration&apos;s User is not empty, 0 or root.</source>
        <comment>BLD-5 assessment</comment>
        <translation>Le champ User de la configuration de l&apos;image n&apos;est ni vide, ni 0, ni root.</translation>
    </message>
    <message>
        <source>images set a non-root USER</source>
        <comment>BLD-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les images définissent un USER non root</translation>
    </message>
    <message>
        <source>Minimal layers, temporary files cleaned</source>
        <comment>BLD-6 title</comment>
        <translation>Couches minimales, fichiers temporaires nettoyés</translation>
    </message>
    <message>
        <source>Minimize layers and clean temporary files during image creation.</source>
        <comment>BLD-6 practice</comment>
        <translation>Réduire le nombre de couches et nettoyer les fichiers temporaires lors de la création de l&apos;image.</translation>
    </message>
    <message>
        <source>Layer count, build history and image size against thresholds.</source>
        <comment>BLD-6 assessment</comment>
        <translation>Nombre de couches, historique de build et taille de l&apos;image par rapport aux seuils.</translation>
    </message>
    <message>
        <source>image builds use multi-stage builds and remove temporary files</source>
        <comment>BLD-6 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les builds d&apos;images utilisent des builds multi-étapes et suppriment les fichiers temporaires</translation>
    </message>
    <message>
        <source>Least privilege, capabilities dropped</source>
        <comment>RUN-1 title</comment>
        <translation>Moindre privilège, capabilities supprimées</translation>
    </message>
    <message>
        <source>Enforce the least privilege model; drop capabilities not needed by the app.</source>
        <comment>RUN-1 practice</comment>
        <translation>Appliquer le principe du moindre privilège ; supprimer les capabilities dont l&apos;application n&apos;a pas besoin.</translation>
    </message>
    <message>
        <source>Workloads without capabilities.drop: [ALL], with dangerous added capabilities, privileged, or allowing privilege escalation.</source>
        <comment>RUN-1 assessment</comment>
        <translation>Workloads sans capabilities.drop: [ALL], avec des capabilities dangereuses ajoutées, privilégiés ou autorisant l&apos;élévation de privilèges.</translation>
    </message>
    <message>
        <source>workloads drop all capabilities they do not need and none runs privileged</source>
        <comment>RUN-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les workloads suppriment toutes les capabilities dont ils n&apos;ont pas besoin et aucun ne s&apos;exécute en mode privilégié</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <comment>RUN-2 title</comment>
        <translation>Système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>Run containers in read-only mode where feasible.</source>
        <comment>RUN-2 practice</comment>
        <translation>Exécuter les conteneurs en lecture seule lorsque c&apos;est possible.</translation>
    </message>
    <message>
        <source>Containers whose readOnlyRootFilesystem is not true.</source>
        <comment>RUN-2 assessment</comment>
        <translation>Conteneurs dont readOnlyRootFilesystem n&apos;est pas à true.</translation>
    </message>
    <message>
        <source>workloads run with a read-only root filesystem</source>
        <comment>RUN-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les workloads s&apos;exécutent avec un système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>Network segmentation</source>
        <comment>RUN-3 title</comment>
        <translation>Segmentation réseau</translation>
    </message>
    <message>
        <source>Apply network segmentation and policy rules to limit east-west traffic.</source>
        <comment>RUN-3 practice</comment>
        <translation>Appliquer une segmentation réseau et des règles de politique pour limiter le trafic est-ouest.</translation>
    </message>
    <message>
        <source>Namespaces without a NetworkPolicy, or without default-deny for ingress and egress.</source>
        <comment>RUN-3 assessment</comment>
        <translation>Namespaces sans NetworkPolicy, ou sans refus par défaut pour l&apos;ingress et l&apos;egress.</translation>
    </message>
    <message>
        <source>network policies restrict east-west traffic with a default deny per namespace</source>
        <comment>RUN-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>des network policies restreignent le trafic est-ouest avec un refus par défaut par namespace</translation>
    </message>
    <message>
        <source>Runtime detection</source>
        <comment>RUN-4 title</comment>
        <translation>Détection à l&apos;exécution</translation>
    </message>
    <message>
        <source>Use runtime security tools to detect unusual processes or file changes.</source>
        <comment>RUN-4 practice</comment>
        <translation>Utiliser des outils de sécurité à l&apos;exécution pour détecter les processus ou modifications de fichiers inhabituels.</translation>
    </message>
    <message>
        <source>A known runtime-security agent (DaemonSet) runs in each collected cluster; otherwise a person attests the tool Bulkhead cannot see.</source>
        <comment>RUN-4 assessment</comment>
        <translation>Un agent de sécurité à l&apos;exécution connu (DaemonSet) tourne dans chaque cluster collecté ; sinon une personne atteste l&apos;outil que Bulkhead ne peut pas voir.</translation>
    </message>
    <message>
        <source>a runtime detection tool (Falco, Tetragon or a vendor agent, say which) runs on every node and its alerts reach someone</source>
        <comment>RUN-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>un outil de détection à l&apos;exécution (Falco, Tetragon ou un agent commercial, préciser lequel) tourne sur chaque nœud et ses alertes parviennent à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Seccomp, AppArmor or SELinux per workload</source>
        <comment>RUN-5 title</comment>
        <translation>Seccomp, AppArmor ou SELinux par workload</translation>
    </message>
    <message>
        <source>Enable profile-based security (seccomp, AppArmor, or SELinux) for each workload.</source>
        <comment>RUN-5 practice</comment>
        <translation>Activer une sécurité par profil (seccomp, AppArmor ou SELinux) pour chaque workload.</translation>
    </message>
    <message>
        <source>Workloads without a seccompProfile of RuntimeDefault or Localhost, an AppArmor profile or SELinux options.</source>
        <comment>RUN-5 assessment</comment>
        <translation>Workloads sans seccompProfile RuntimeDefault ou Localhost, sans profil AppArmor ni options SELinux.</translation>
    </message>
    <message>
        <source>each workload runs with a seccomp, AppArmor or SELinux profile</source>
        <comment>RUN-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>chaque workload s&apos;exécute avec un profil seccomp, AppArmor ou SELinux</translation>
    </message>
    <message>
        <source>Central logs and metrics</source>
        <comment>RUN-6 title</comment>
        <translation>Journaux et métriques centralisés</translation>
    </message>
    <message>
        <source>Collect centralized logs and metrics for quick investigation.</source>
        <comment>RUN-6 practice</comment>
        <translation>Centraliser la collecte des journaux et des métriques pour enquêter rapidement.</translation>
    </message>
    <message>
        <source>A known log or metrics agent runs in each collected cluster; otherwise a person attests the system Bulkhead cannot see.</source>
        <comment>RUN-6 assessment</comment>
        <translation>Un agent de journaux ou de métriques connu tourne dans chaque cluster collecté ; sinon une personne atteste le système que Bulkhead ne peut pas voir.</translation>
    </message>
    <message>
        <source>logs and metrics of every cluster are shipped to a central system (name it) and kept long enough to investigate</source>
        <comment>RUN-6 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les journaux et métriques de chaque cluster sont envoyés vers un système central (le nommer) et conservés assez longtemps pour enquêter</translation>
    </message>
    <message>
        <source>No secrets in images or code</source>
        <comment>SEC-1 title</comment>
        <translation>Aucun secret dans les images ou le code</translation>
    </message>
    <message>
        <source>Never embed secrets in images or code.</source>
        <comment>SEC-1 practice</comment>
        <translation>Ne jamais intégrer de secrets dans les images ou le code.</translation>
    </message>
    <message>
        <source>Secret findings of the scanners, and secret-looking literal values in pod specs and image configuration.</source>
        <comment>SEC-1 assessment</comment>
        <translation>Constats de secrets des scanners, et valeurs littérales ressemblant à des secrets dans les spécifications de pods et la configuration des images.</translation>
    </message>
    <message>
        <source>images and repositories are scanned for secrets and none are embedded</source>
        <comment>SEC-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les images et les dépôts sont analysés à la recherche de secrets et aucun n&apos;y est intégré</translation>
    </message>
    <message>
        <source>Secret stores, credentials fetched at runtime</source>
        <comment>SEC-2 title</comment>
        <translation>Coffres de secrets, identifiants récupérés à l&apos;exécution</translation>
    </message>
    <message>
        <source>Use secret stores or vaults; fetch credentials at runtime with strict limits.</source>
        <comment>SEC-2 practice</comment>
        <translation>Utiliser des coffres de secrets ou des vaults ; récupérer les identifiants à l&apos;exécution avec des limites strictes.</translation>
    </message>
    <message>
        <source>A Vault source, External Secrets or a CSI secret store is found; otherwise a person attests the store Bulkhead cannot see.</source>
        <comment>SEC-2 assessment</comment>
        <translation>Une source Vault, External Secrets ou un coffre de secrets CSI est trouvé ; sinon une personne atteste le coffre que Bulkhead ne peut pas voir.</translation>
    </message>
    <message>
        <source>applications fetch credentials from a secret store at runtime (Vault, a cloud secret manager or External Secrets, say which)</source>
        <comment>SEC-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les applications récupèrent leurs identifiants dans un coffre de secrets à l&apos;exécution (Vault, un gestionnaire de secrets cloud ou External Secrets, préciser lequel)</translation>
    </message>
    <message>
        <source>Rotation and short-lived credentials</source>
        <comment>SEC-3 title</comment>
        <translation>Rotation et identifiants à durée de vie courte</translation>
    </message>
    <message>
        <source>Rotate tokens and use short-lived credentials when possible.</source>
        <comment>SEC-3 practice</comment>
        <translation>Renouveler les jetons et utiliser des identifiants à durée de vie courte lorsque c&apos;est possible.</translation>
    </message>
    <message>
        <source>Secrets older than their rotation policy (Vault metadata, inventories, managedFields) and legacy service-account token secrets.</source>
        <comment>SEC-3 assessment</comment>
        <translation>Secrets plus anciens que leur politique de rotation (métadonnées Vault, inventaires, managedFields) et secrets de jetons de compte de service hérités.</translation>
    </message>
    <message>
        <source>credentials are rotated within policy and short-lived tokens are used where possible</source>
        <comment>SEC-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les identifiants sont renouvelés conformément à la politique et des jetons à durée de vie courte sont utilisés lorsque c&apos;est possible</translation>
    </message>
    <message>
        <source>Secrets encrypted and access-controlled</source>
        <comment>SEC-4 title</comment>
        <translation>Secrets chiffrés et à accès contrôlé</translation>
    </message>
    <message>
        <source>Encrypt secrets in transit and at rest; protect with access controls.</source>
        <comment>SEC-4 practice</comment>
        <translation>Chiffrer les secrets en transit et au repos ; les protéger par des contrôles d&apos;accès.</translation>
    </message>
    <message>
        <source>Who can read secrets through RBAC; encryption at rest cannot be seen from outside, so it needs an attestation as well.</source>
        <comment>SEC-4 assessment</comment>
        <translation>Qui peut lire les secrets via RBAC ; le chiffrement au repos n&apos;est pas visible de l&apos;extérieur et nécessite donc aussi une attestation.</translation>
    </message>
    <message>
        <source>secrets are encrypted at rest (Kubernetes EncryptionConfiguration or KMS for etcd, the vault&apos;s storage) and in transit</source>
        <comment>SEC-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les secrets sont chiffrés au repos (EncryptionConfiguration Kubernetes ou KMS pour etcd, le stockage du vault) et en transit</translation>
    </message>
    <message>
        <source>Secret volumes over environment variables</source>
        <comment>SEC-5 title</comment>
        <translation>Volumes de secrets plutôt que variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Prefer volumes or secret mounts over environment variables.</source>
        <comment>SEC-5 practice</comment>
        <translation>Préférer les volumes ou les montages de secrets aux variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>Workloads that pass secrets as environment variables (secretKeyRef, envFrom.secretRef).</source>
        <comment>SEC-5 assessment</comment>
        <translation>Workloads qui transmettent des secrets par variables d&apos;environnement (secretKeyRef, envFrom.secretRef).</translation>
    </message>
    <message>
        <source>workloads receive secrets through volumes or mounts, not environment variables</source>
        <comment>SEC-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les workloads reçoivent les secrets par des volumes ou des montages, pas par des variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Least privilege for accounts</source>
        <comment>IAM-1 title</comment>
        <translation>Moindre privilège pour les comptes</translation>
    </message>
    <message>
        <source>Apply the principle of least privilege to service accounts and users.</source>
        <comment>IAM-1 practice</comment>
        <translation>Appliquer le principe du moindre privilège aux comptes de service et aux utilisateurs.</translation>
    </message>
    <message>
        <source>RBAC risk rules: wildcards, cluster-admin, reading secrets, exec, escalate/bind/impersonate, token creation, default service account use, token automount.</source>
        <comment>IAM-1 assessment</comment>
        <translation>Règles de risque RBAC : jokers, cluster-admin, lecture des secrets, exec, escalate/bind/impersonate, création de jetons, utilisation du compte de service par défaut, montage automatique des jetons.</translation>
    </message>
    <message>
        <source>service accounts and users hold only the permissions they need</source>
        <comment>IAM-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les comptes de service et les utilisateurs ne disposent que des droits dont ils ont besoin</translation>
    </message>
    <message>
        <source>Clear RBAC boundaries, bindings reviewed</source>
        <comment>IAM-2 title</comment>
        <translation>Limites RBAC claires, bindings revus</translation>
    </message>
    <message>
        <source>Use RBAC with clear role boundaries; review bindings regularly.</source>
        <comment>IAM-2 practice</comment>
        <translation>Utiliser RBAC avec des limites de rôles claires ; revoir régulièrement les bindings.</translation>
    </message>
    <message>
        <source>Every binding has a review younger than its interval; bindings new since the last review.</source>
        <comment>IAM-2 assessment</comment>
        <translation>Chaque binding a une revue plus récente que son intervalle ; bindings apparus depuis la dernière revue.</translation>
    </message>
    <message>
        <source>RBAC bindings are reviewed on a schedule (give the date of the last review)</source>
        <comment>IAM-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les bindings RBAC sont revus selon un calendrier (indiquer la date de la dernière revue)</translation>
    </message>
    <message>
        <source>Dedicated non-root user</source>
        <comment>IAM-3 title</comment>
        <translation>Utilisateur dédié non root</translation>
    </message>
    <message>
        <source>Avoid running containers as root; specify a dedicated user.</source>
        <comment>IAM-3 practice</comment>
        <translation>Éviter d&apos;exécuter les conteneurs en root ; définir un utilisateur dédié.</translation>
    </message>
    <message>
        <source>Workloads without runAsNonRoot, or with runAsUser 0.</source>
        <comment>IAM-3 assessment</comment>
        <translation>Workloads sans runAsNonRoot, ou avec runAsUser 0.</translation>
    </message>
    <message>
        <source>containers run as a dedicated non-root user</source>
        <comment>IAM-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les conteneurs s&apos;exécutent avec un utilisateur dédié non root</translation>
    </message>
    <message>
        <source>Restricted capabilities per service account</source>
        <comment>IAM-4 title</comment>
        <translation>Capabilities restreintes par compte de service</translation>
    </message>
    <message>
        <source>Restrict container capabilities to only what the app needs.</source>
        <comment>IAM-4 practice</comment>
        <translation>Limiter les capabilities des conteneurs au strict nécessaire pour l&apos;application.</translation>
    </message>
    <message>
        <source>As RUN-1, grouped by the service account of each workload.</source>
        <comment>IAM-4 assessment</comment>
        <translation>Comme RUN-1, regroupé par compte de service de chaque workload.</translation>
    </message>
    <message>
        <source>the workloads of each service account have only the capabilities the app needs</source>
        <comment>IAM-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les workloads de chaque compte de service n&apos;ont que les capabilities dont l&apos;application a besoin</translation>
    </message>
    <message>
        <source>Scan in the pipeline, gate before publishing</source>
        <comment>SUP-1 title</comment>
        <translation>Analyse dans le pipeline, gate avant publication</translation>
    </message>
    <message>
        <source>Scan dependencies and vulnerabilities in the pipeline; gate gates before publishing.</source>
        <comment>SUP-1 practice</comment>
        <translation>Analyser les dépendances et les vulnérabilités dans le pipeline ; bloquer la publication par un gate.</translation>
    </message>
    <message>
        <source>Scan recency of the images; that the pipeline gates publishing needs an attestation as well.</source>
        <comment>SUP-1 assessment</comment>
        <translation>Fraîcheur des analyses des images ; le fait que le pipeline bloque la publication par un gate nécessite aussi une attestation.</translation>
    </message>
    <message>
        <source>the CI pipeline scans every image and a gate (bulkheadctl gate or another) blocks publishing on failure (link the pipeline)</source>
        <comment>SUP-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>le pipeline CI analyse chaque image et un gate (bulkheadctl gate ou un autre) bloque la publication en cas d&apos;échec (indiquer le lien du pipeline)</translation>
    </message>
    <message>
        <source>Sign and verify in the release</source>
        <comment>SUP-2 title</comment>
        <translation>Signer et vérifier lors de la release</translation>
    </message>
    <message>
        <source>Sign and verify images as part of the release process.</source>
        <comment>SUP-2 practice</comment>
        <translation>Signer et vérifier les images dans le cadre du processus de release.</translation>
    </message>
    <message>
        <source>As BLD-3, for the release tags.</source>
        <comment>SUP-2 assessment</comment>
        <translation>Comme BLD-3, pour les tags de release.</translation>
    </message>
    <message>
        <source>the release process signs images and deployment verifies the signature</source>
        <comment>SUP-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>le processus de release signe les images et le déploiement vérifie la signature</translation>
    </message>
    <message>
        <source>SBOM and policy-as-code</source>
        <comment>SUP-3 title</comment>
        <translation>SBOM et policy-as-code</translation>
    </message>
    <message>
        <source>Maintain an up-to-date SBOM and enforce policy-as-code checks.</source>
        <comment>SUP-3 practice</comment>
        <translation>Tenir à jour un SBOM et appliquer des contrôles policy-as-code.</translation>
    </message>
    <message>
        <source>SBOM presence; that a policy is evaluated in the pipeline needs an attestation as well.</source>
        <comment>SUP-3 assessment</comment>
        <translation>Présence du SBOM ; l&apos;évaluation d&apos;une politique dans le pipeline nécessite aussi une attestation.</translation>
    </message>
    <message>
        <source>a policy-as-code check (the gate&apos;s policy file, OPA or Kyverno) runs in the pipeline and an SBOM is published per release</source>
        <comment>SUP-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>un contrôle policy-as-code (le fichier de politique du gate, OPA ou Kyverno) s&apos;exécute dans le pipeline et un SBOM est publié pour chaque release</translation>
    </message>
    <message>
        <source>Trusted registries, restricted push</source>
        <comment>SUP-4 title</comment>
        <translation>Registres de confiance, push restreint</translation>
    </message>
    <message>
        <source>Use trusted registries and restrict who can publish or push images.</source>
        <comment>SUP-4 practice</comment>
        <translation>Utiliser des registres de confiance et restreindre qui peut publier ou pousser des images.</translation>
    </message>
    <message>
        <source>Workload images outside the allowed registries; push rights cannot be seen from outside, so they need an attestation as well.</source>
        <comment>SUP-4 assessment</comment>
        <translation>Images de workloads hors des registres autorisés ; les droits de push ne sont pas visibles de l&apos;extérieur et nécessitent donc aussi une attestation.</translation>
    </message>
    <message>
        <source>only named people or pipelines can push to the production registries (link the registry&apos;s access settings)</source>
        <comment>SUP-4 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>seules des personnes ou des pipelines nommés peuvent pousser vers les registres de production (indiquer le lien des paramètres d&apos;accès du registre)</translation>
    </message>
    <message>
        <source>Automated remediation</source>
        <comment>SUP-5 title</comment>
        <translation>Remédiation automatisée</translation>
    </message>
    <message>
        <source>Automate remediation workflows for detected issues.</source>
        <comment>SUP-5 practice</comment>
        <translation>Automatiser les processus de remédiation des problèmes détectés.</translation>
    </message>
    <message>
        <source>Findings with a fix available that are past their SLA due date.</source>
        <comment>SUP-5 assessment</comment>
        <translation>Constats avec un correctif disponible dont l&apos;échéance SLA est dépassée.</translation>
    </message>
    <message>
        <source>detected issues open tickets or pull requests automatically (Renovate, Dependabot or similar) and fixes ship within SLA</source>
        <comment>SUP-5 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les problèmes détectés ouvrent automatiquement des tickets ou des pull requests (Renovate, Dependabot ou équivalent) et les correctifs sont livrés dans le respect du SLA</translation>
    </message>
    <message>
        <source>Central logging, tracing and alerting</source>
        <comment>INC-1 title</comment>
        <translation>Journalisation, traçage et alertes centralisés</translation>
    </message>
    <message>
        <source>Centralize logging, tracing, and alerting for quick response.</source>
        <comment>INC-1 practice</comment>
        <translation>Centraliser la journalisation, le traçage et les alertes pour réagir rapidement.</translation>
    </message>
    <message>
        <source>A known log, tracing or alerting agent runs in each collected cluster; otherwise a person attests the system Bulkhead cannot see.</source>
        <comment>INC-1 assessment</comment>
        <translation>Un agent de journalisation, de traçage ou d&apos;alerte connu tourne dans chaque cluster collecté ; sinon une personne atteste le système que Bulkhead ne peut pas voir.</translation>
    </message>
    <message>
        <source>logs, traces and alerts reach an on-call person (name the alerting system and the rota)</source>
        <comment>INC-1 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>les journaux, traces et alertes parviennent à une personne d&apos;astreinte (nommer le système d&apos;alerte et le planning d&apos;astreinte)</translation>
    </message>
    <message>
        <source>Runbooks and regular tabletop drills</source>
        <comment>INC-2 title</comment>
        <translation>Runbooks et exercices sur table réguliers</translation>
    </message>
    <message>
        <source>Prepare runbooks and perform tabletop drills regularly.</source>
        <comment>INC-2 practice</comment>
        <translation>Préparer des runbooks et mener régulièrement des exercices sur table.</translation>
    </message>
    <message>
        <source>Scheduled tabletop drills held within their cadence, with their checklists completed.</source>
        <comment>INC-2 assessment</comment>
        <translation>Exercices sur table planifiés tenus selon leur fréquence, avec leurs check-lists complétées.</translation>
    </message>
    <message>
        <source>runbooks exist and tabletop drills are held on a schedule</source>
        <comment>INC-2 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>des runbooks existent et des exercices sur table ont lieu selon un calendrier</translation>
    </message>
    <message>
        <source>Controls reviewed after incidents</source>
        <comment>INC-3 title</comment>
        <translation>Contrôles revus après les incidents</translation>
    </message>
    <message>
        <source>Review security controls after incidents and update defenses accordingly.</source>
        <comment>INC-3 practice</comment>
        <translation>Revoir les contrôles de sécurité après les incidents et adapter les défenses en conséquence.</translation>
    </message>
    <message>
        <source>Post-incident reviews completed with at least one action; open actions past their due date.</source>
        <comment>INC-3 assessment</comment>
        <translation>Retours d&apos;expérience terminés avec au moins une action ; actions ouvertes après leur échéance.</translation>
    </message>
    <message>
        <source>every incident ends with a review of the controls that failed and owned follow-up actions</source>
        <comment>INC-3 attestation hint (a clause: &quot;An attestation can stand in: &lt;hint&gt;.&quot;)</comment>
        <translation>chaque incident se conclut par une revue des contrôles défaillants et des actions de suivi attribuées</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>no registry collected</source>
        <translation>aucun registre collecté</translation>
    </message>
    <message>
        <source>no image found in the collected registries</source>
        <translation>aucune image trouvée dans les registres collectés</translation>
    </message>
    <message>
        <source>Not verified: %1.</source>
        <translation>Non vérifiées : %1.</translation>
    </message>
    <message>
        <source>images signed and verified with a configured key</source>
        <translation>images signées et vérifiées avec une clé configurée</translation>
    </message>
    <message>
        <source>release-tagged images (tags like 1.4 or v2.0.1) signed and verified</source>
        <translation>images de release (tags comme 1.4 ou v2.0.1) signées et vérifiées</translation>
    </message>
    <message>
        <source>no release-tagged image (a tag like 1.4 or v2.0.1) found in the collected registries</source>
        <translation>aucune image de release (tag comme 1.4 ou v2.0.1) trouvée dans les registres collectés</translation>
    </message>
    <message numerus="yes">
        <source>images with an SBOM attached, younger than %n days</source>
        <translation>
            <numerusform>images avec un SBOM attaché, datant de moins de %n jour</numerusform>
            <numerusform>images avec un SBOM attaché, datant de moins de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 without an SBOM, %2 with an SBOM older than %n days.</source>
        <translation>
            <numerusform>%1 sans SBOM, %2 avec un SBOM de plus de %n jour.</numerusform>
            <numerusform>%1 sans SBOM, %2 avec un SBOM de plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>images with an SBOM attached</source>
        <translation>images avec un SBOM attaché</translation>
    </message>
    <message>
        <source>A policy file evaluated by `bulkheadctl gate` against this store shows as its own measure; a pipeline gating elsewhere needs an attestation.</source>
        <translation>Un fichier de politique évalué par `bulkheadctl gate` sur cette base apparaît comme un indicateur à part ; un pipeline dont le gate est ailleurs nécessite une attestation.</translation>
    </message>
    <message>
        <source>images whose config sets a non-root USER</source>
        <translation>images dont la configuration définit un USER non root</translation>
    </message>
    <message>
        <source>no image config could be read in the collected registries</source>
        <translation>aucune configuration d&apos;image n&apos;a pu être lue dans les registres collectés</translation>
    </message>
    <message>
        <source>images within the size limit (%1 compressed)</source>
        <translation>images dans la limite de taille (%1 compressée)</translation>
    </message>
    <message>
        <source>the image size limit is off (Settings, Posture)</source>
        <translation>la limite de taille des images est désactivée (Paramètres, Posture)</translation>
    </message>
    <message numerus="yes">
        <source>images within the layer limit (%n layers)</source>
        <translation>
            <numerusform>images dans la limite de couches (%n couche)</numerusform>
            <numerusform>images dans la limite de couches (%n couches)</numerusform>
        </translation>
    </message>
    <message>
        <source>the image layer limit is off (Settings, Posture)</source>
        <translation>la limite de couches des images est désactivée (Paramètres, Posture)</translation>
    </message>
    <message numerus="yes">
        <source>images in registries and clusters with a vulnerability scan younger than %n days</source>
        <translation>
            <numerusform>images des registres et des clusters avec une analyse de vulnérabilités de moins de %n jour</numerusform>
            <numerusform>images des registres et des clusters avec une analyse de vulnérabilités de moins de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no registry or cluster collected</source>
        <translation>aucun registre ni cluster collecté</translation>
    </message>
    <message>
        <source>no image found in the collected registries or clusters</source>
        <translation>aucune image trouvée dans les registres ou clusters collectés</translation>
    </message>
    <message>
        <source>%1 (running in a cluster)</source>
        <translation>%1 (exécutée dans un cluster)</translation>
    </message>
    <message>
        <source>%1 registry image digests and %2 more running in clusters.</source>
        <translation>%1 digests d&apos;images de registres et %2 de plus exécutés dans des clusters.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a rule id on an asset</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 critical</source>
        <comment>open findings</comment>
        <translation>%1 critiques</translation>
    </message>
    <message>
        <source>%1 high</source>
        <comment>open findings</comment>
        <translation>%1 élevés</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <comment>open findings</comment>
        <translation>%1 moyens</translation>
    </message>
    <message>
        <source>%1 low</source>
        <comment>open findings</comment>
        <translation>%1 faibles</translation>
    </message>
    <message>
        <source>%1 info</source>
        <comment>open findings</comment>
        <translation>%1 info</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <comment>open findings</comment>
        <translation>%1 inconnus</translation>
    </message>
    <message>
        <source>findings of this control resolved or decided</source>
        <translation>constats de ce contrôle résolus ou tranchés</translation>
    </message>
    <message>
        <source>Open by severity: %1.</source>
        <translation>Ouverts par sévérité : %1.</translation>
    </message>
    <message>
        <source>findings with a fix available remediated within their SLA</source>
        <translation>constats avec correctif disponible corrigés dans leur SLA</translation>
    </message>
    <message>
        <source>no vulnerability scan imported</source>
        <translation>aucune analyse de vulnérabilités importée</translation>
    </message>
    <message>
        <source>%1 on %2 (fixed in %3)</source>
        <translation>%1 sur %2 (corrigé en %3)</translation>
    </message>
    <message>
        <source>SLA days: critical %1, high %2, medium %3, low %4.</source>
        <translation>Jours de SLA : critique %1, élevée %2, moyenne %3, faible %4.</translation>
    </message>
    <message numerus="yes">
        <source>scanners that delivered a report within %n days</source>
        <translation>
            <numerusform>scanners ayant fourni un rapport dans les %n jour</numerusform>
            <numerusform>scanners ayant fourni un rapport dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest report %2)</source>
        <translation>%1 (dernier rapport %2)</translation>
    </message>
    <message>
        <source>no scanner report imported</source>
        <translation>aucun rapport de scanner importé</translation>
    </message>
    <message>
        <source>Newest scanner report %1. A `bulkheadctl gate` run against this store shows as its own measure; a pipeline gating elsewhere needs an attestation.</source>
        <translation>Dernier rapport de scanner %1. Une exécution de `bulkheadctl gate` sur cette base apparaît comme un indicateur à part ; un pipeline dont le gate est ailleurs nécessite une attestation.</translation>
    </message>
    <message>
        <source>workload resources listed</source>
        <translation>ressources de workloads listées</translation>
    </message>
    <message>
        <source>no workload found in the collected clusters</source>
        <translation>aucun workload trouvé dans les clusters collectés</translation>
    </message>
    <message numerus="yes">
        <source>the check applied to none of the %n workloads</source>
        <translation>
            <numerusform>la vérification ne s&apos;appliquait à aucun des %n workload</numerusform>
            <numerusform>la vérification ne s&apos;appliquait à aucun des %n workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>Workloads failing each check: %1.</source>
        <translation>Workloads en échec par vérification : %1.</translation>
    </message>
    <message>
        <source>workloads without privileged mode, privilege escalation, extra capabilities or host access</source>
        <translation>workloads sans mode privilégié, élévation de privilèges, capabilities supplémentaires ni accès à l&apos;hôte</translation>
    </message>
    <message>
        <source>workloads with a read-only root filesystem</source>
        <translation>workloads avec un système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>workloads with a seccomp and AppArmor profile</source>
        <translation>workloads avec un profil seccomp et AppArmor</translation>
    </message>
    <message>
        <source>workloads that cannot run as root</source>
        <translation>workloads qui ne peuvent pas s&apos;exécuter en root</translation>
    </message>
    <message>
        <source>service accounts whose workloads drop all capabilities and add none dangerous</source>
        <translation>comptes de service dont les workloads suppriment toutes les capabilities et n&apos;en ajoutent aucune dangereuse</translation>
    </message>
    <message>
        <source>workloads receiving secrets as volumes, not environment variables</source>
        <translation>workloads recevant les secrets par volumes, pas par variables d&apos;environnement</translation>
    </message>
    <message>
        <source>workloads without secret-looking literal environment values</source>
        <translation>workloads sans valeurs d&apos;environnement littérales ressemblant à des secrets</translation>
    </message>
    <message>
        <source>workloads running images from trusted registries</source>
        <translation>workloads exécutant des images de registres de confiance</translation>
    </message>
    <message>
        <source>no trusted registry list is configured (Settings), so the check does not apply</source>
        <translation>aucune liste de registres de confiance n&apos;est configurée (Paramètres), la vérification ne s&apos;applique donc pas</translation>
    </message>
    <message>
        <source>workloads with their own service account and no automounted token they do not need</source>
        <translation>workloads avec leur propre compte de service et sans jeton monté automatiquement inutile</translation>
    </message>
    <message>
        <source>workloads running signed and verified images</source>
        <translation>workloads exécutant des images signées et vérifiées</translation>
    </message>
    <message>
        <source>namespaces with NetworkPolicies denying ingress and egress by default</source>
        <translation>namespaces avec des NetworkPolicies refusant par défaut l&apos;ingress et l&apos;egress</translation>
    </message>
    <message>
        <source>NetworkPolicies were not listed in cluster %1</source>
        <translation>les NetworkPolicies n&apos;ont pas été listées dans le cluster %1</translation>
    </message>
    <message>
        <source>no namespace found in the collected clusters</source>
        <translation>aucun namespace trouvé dans les clusters collectés</translation>
    </message>
    <message>
        <source>%1 without any NetworkPolicy, %2 without default-deny ingress, %3 without default-deny egress.</source>
        <translation>%1 sans aucune NetworkPolicy, %2 sans refus par défaut de l&apos;ingress, %3 sans refus par défaut de l&apos;egress.</translation>
    </message>
    <message>
        <source>no NetworkPolicy</source>
        <translation>aucune NetworkPolicy</translation>
    </message>
    <message>
        <source>no default-deny ingress</source>
        <translation>pas de refus par défaut de l&apos;ingress</translation>
    </message>
    <message>
        <source>no default-deny egress</source>
        <translation>pas de refus par défaut de l&apos;egress</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>namespace (what it lacks)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>NetworkPolicies listed</source>
        <translation>NetworkPolicies listées</translation>
    </message>
    <message>
        <source>clusters running a runtime-security agent</source>
        <translation>clusters exécutant un agent de sécurité à l&apos;exécution</translation>
    </message>
    <message>
        <source>clusters running a log or metrics agent</source>
        <translation>clusters exécutant un agent de journaux ou de métriques</translation>
    </message>
    <message>
        <source>clusters using a secret store (external-secrets, CSI, Vault)</source>
        <translation>clusters utilisant un coffre de secrets (external-secrets, CSI, Vault)</translation>
    </message>
    <message>
        <source>clusters shipping logs and metrics centrally</source>
        <translation>clusters envoyant journaux et métriques vers un système central</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an agent in a cluster</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Trouvé : %1.</translation>
    </message>
    <message>
        <source>no cluster collected</source>
        <translation>aucun cluster collecté</translation>
    </message>
    <message>
        <source>cluster resources listed</source>
        <translation>ressources du cluster listées</translation>
    </message>
    <message>
        <source>%1 were not listed in cluster %2 (%3)</source>
        <translation>%1 n&apos;ont pas été listés dans le cluster %2 (%3)</translation>
    </message>
    <message>
        <source>%1 were not listed in cluster %2 (%3: %4)</source>
        <translation>%1 n&apos;ont pas été listés dans le cluster %2 (%3 : %4)</translation>
    </message>
    <message>
        <source>The newest collection of registry %1 was partial: images it did not reach are not counted.</source>
        <translation>La dernière collecte du registre %1 était partielle : les images qu&apos;elle n&apos;a pas atteintes ne sont pas comptées.</translation>
    </message>
    <message>
        <source>The newest collections of registries %1 were partial: images they did not reach are not counted.</source>
        <translation>Les dernières collectes des registres %1 étaient partielles : les images qu&apos;elles n&apos;ont pas atteintes ne sont pas comptées.</translation>
    </message>
    <message numerus="yes">
        <source>policy gates (`bulkheadctl gate`) evaluated within %n days</source>
        <translation>
            <numerusform>gates de politique (`bulkheadctl gate`) évalués dans les %n jour</numerusform>
            <numerusform>gates de politique (`bulkheadctl gate`) évalués dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest run %2)</source>
        <translation>%1 (dernière exécution %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>gate runs sentence, then the newest run&apos;s sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Newest: %1 on %2 by %3, passed.</source>
        <translation>Dernière : %1 le %2 par %3, réussie.</translation>
    </message>
    <message>
        <source>Newest: %1 on %2 by %3, violations found.</source>
        <translation>Dernière : %1 le %2 par %3, violations trouvées.</translation>
    </message>
    <message>
        <source>no RBAC analysis in the collected clusters</source>
        <translation>aucune analyse RBAC dans les clusters collectés</translation>
    </message>
    <message>
        <source>role bindings granting no risky permission</source>
        <translation>role bindings n&apos;accordant aucune permission risquée</translation>
    </message>
    <message>
        <source>no role binding besides the API server&apos;s bootstrap bindings</source>
        <translation>aucun role binding hormis les bindings d&apos;amorçage du serveur d&apos;API</translation>
    </message>
    <message numerus="yes">
        <source>role bindings reviewed within %n days (%1 for high-risk ones)</source>
        <translation>
            <numerusform>role bindings revus dans les %n jour (%1 pour ceux à haut risque)</numerusform>
            <numerusform>role bindings revus dans les %n jours (%1 pour ceux à haut risque)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never reviewed, %2 past their interval, %3 changed since their review.</source>
        <translation>%1 jamais revus, %2 au-delà de leur intervalle, %3 modifiés depuis leur revue.</translation>
    </message>
    <message>
        <source>subjects that cannot read secrets</source>
        <translation>sujets qui ne peuvent pas lire les secrets</translation>
    </message>
    <message>
        <source>no subject bound besides the API server&apos;s bootstrap bindings</source>
        <translation>aucun sujet lié hormis par les bindings d&apos;amorçage du serveur d&apos;API</translation>
    </message>
    <message>
        <source>Encryption in transit and at rest is not visible to Bulkhead: attest it.</source>
        <translation>Le chiffrement en transit et au repos n&apos;est pas visible pour Bulkhead : attestez-le.</translation>
    </message>
    <message>
        <source>secrets rotated within their policy</source>
        <translation>secrets renouvelés conformément à leur politique</translation>
    </message>
    <message>
        <source>no secret store collected or inventory imported</source>
        <translation>aucun coffre de secrets collecté ni inventaire importé</translation>
    </message>
    <message numerus="yes">
        <source>the %n secrets were not evaluated against the rotation policy yet</source>
        <translation>
            <numerusform>le %n secret n&apos;a pas encore été évalué selon la politique de rotation</numerusform>
            <numerusform>les %n secrets n&apos;ont pas encore été évalués selon la politique de rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no known change time, so no due date.</source>
        <translation>
            <numerusform>%n d&apos;entre eux n&apos;a pas de date de modification connue, donc pas d&apos;échéance.</numerusform>
            <numerusform>%n d&apos;entre eux n&apos;ont pas de date de modification connue, donc pas d&apos;échéance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes secrets that are not long-lived service-account tokens</source>
        <translation>secrets Kubernetes qui ne sont pas des jetons de compte de service à longue durée de vie</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <comment>an action item, its owner and due day</comment>
        <translation>%1 (%2, échéance %3)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun responsable</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Aucune action n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>tabletop drills held within their cadence</source>
        <translation>exercices sur table tenus selon leur fréquence</translation>
    </message>
    <message>
        <source>checklist items done in each drill&apos;s last completed run</source>
        <translation>éléments de check-list effectués lors de la dernière session terminée de chaque exercice</translation>
    </message>
    <message>
        <source>drill action items done by their due date</source>
        <translation>actions d&apos;exercices réalisées avant leur échéance</translation>
    </message>
    <message>
        <source>no drill scheduled</source>
        <translation>aucun exercice planifié</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <comment>a drill and its due day</comment>
        <translation>%1 (échéance %2)</translation>
    </message>
    <message>
        <source>Next due: %1 on %2.</source>
        <translation>Prochaine échéance : %1 le %2.</translation>
    </message>
    <message>
        <source>no scheduled tabletop drill has been completed yet</source>
        <translation>aucun exercice sur table planifié n&apos;a encore été terminé</translation>
    </message>
    <message>
        <source>post-incident reviews completed with action items</source>
        <translation>retours d&apos;expérience terminés avec des actions</translation>
    </message>
    <message>
        <source>post-incident action items done by their due date</source>
        <translation>actions de retours d&apos;expérience réalisées avant leur échéance</translation>
    </message>
    <message>
        <source>no action items</source>
        <translation>aucune action</translation>
    </message>
    <message>
        <source>%1, held %2: %3</source>
        <translation>%1, tenu le %2 : %3</translation>
    </message>
    <message>
        <source>no post-incident review recorded</source>
        <translation>aucun retour d&apos;expérience enregistré</translation>
    </message>
    <message>
        <source>a post-incident review is in progress since %1; none has been completed yet</source>
        <translation>un retour d&apos;expérience est en cours depuis le %1 ; aucun n&apos;a encore été terminé</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <comment>images</comment>
        <translation>%1 invalides</translation>
    </message>
    <message>
        <source>%1 signed-not-verified</source>
        <comment>images</comment>
        <translation>%1 signées non vérifiées</translation>
    </message>
    <message>
        <source>%1 unsigned</source>
        <comment>images</comment>
        <translation>%1 non signées</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scheduled drills have not been completed yet.</source>
        <translation>
            <numerusform>%n exercice planifié sur %1 n&apos;a pas encore été terminé.</numerusform>
            <numerusform>%n exercices planifiés sur %1 n&apos;ont pas encore été terminés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open for %n days</source>
        <translation>
            <numerusform>ouvert depuis %n jour</numerusform>
            <numerusform>ouvert depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews still open and held within the last %n days are not counted yet.</source>
        <translation>
            <numerusform>Les retours d&apos;expérience encore ouverts et tenus depuis moins de %n jour ne sont pas encore comptés.</numerusform>
            <numerusform>Les retours d&apos;expérience encore ouverts et tenus au cours des %n derniers jours ne sont pas encore comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate runs in the last %1 days (%2 passed, %3 with violations).</source>
        <translation>
            <numerusform>%n exécution du gate sur les %1 derniers jours (%2 réussies, %3 avec violations).</numerusform>
            <numerusform>%n exécutions du gate sur les %1 derniers jours (%2 réussies, %3 avec violations).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <source>pass</source>
        <comment>control status</comment>
        <translation>conforme</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>control status</comment>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>control status</comment>
        <translation>partiel</translation>
    </message>
    <message>
        <source>attested</source>
        <comment>control status</comment>
        <translation>attesté</translation>
    </message>
    <message>
        <source>not assessed</source>
        <comment>control status</comment>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>control id, status, reason</comment>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>absent du catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, attested, partial)</source>
        <translation>
            <numerusform>%n contrôle sur %1 en échec (statuts acceptés : conforme, attesté, partiel)</numerusform>
            <numerusform>%n contrôles sur %1 en échec (statuts acceptés : conforme, attesté, partiel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, attested)</source>
        <translation>
            <numerusform>%n contrôle sur %1 en échec (statuts acceptés : conforme, attesté)</numerusform>
            <numerusform>%n contrôles sur %1 en échec (statuts acceptés : conforme, attesté)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass, partial)</source>
        <translation>
            <numerusform>%n contrôle sur %1 en échec (statuts acceptés : conforme, partiel)</numerusform>
            <numerusform>%n contrôles sur %1 en échec (statuts acceptés : conforme, partiel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls of %1 not passing (accepted: pass)</source>
        <translation>
            <numerusform>%n contrôle sur %1 en échec (statut accepté : conforme)</numerusform>
            <numerusform>%n contrôles sur %1 en échec (statut accepté : conforme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>posture score %1 (min %2; %n of %3 controls assessed)</source>
        <translation>
            <numerusform>score de posture %1 (min %2 ; %n contrôle évalué sur %3)</numerusform>
            <numerusform>score de posture %1 (min %2 ; %n contrôles évalués sur %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no posture score, no control assessed (min %1; %n of %2 controls assessed)</source>
        <translation>
            <numerusform>aucun score de posture, aucun contrôle évalué (min %1 ; %n contrôle évalué sur %2)</numerusform>
            <numerusform>aucun score de posture, aucun contrôle évalué (min %1 ; %n contrôles évalués sur %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>control area, score</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <comment>evidence lines not shown</comment>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message numerus="yes">
        <source>Gate %1: %2, %3 of %n rules violated (scope: %4)</source>
        <comment>policy, PASSED/FAILED, count, scope</comment>
        <translation>
            <numerusform>Gate %1 : %2, règle violée : %3 sur %n (périmètre : %4)</numerusform>
            <numerusform>Gate %1 : %2, règles violées : %3 sur %n (périmètre : %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role bindings of %1 with a risk of severity %2 or worse</source>
        <translation>
            <numerusform>%n role binding sur %1 avec un risque de sévérité %2 ou supérieure</numerusform>
            <numerusform>%n role bindings sur %1 avec un risque de sévérité %2 ou supérieure</numerusform>
        </translation>
    </message>
    <message>
        <source>no role binding in scope: nothing to check (collect a cluster source)</source>
        <translation>aucun role binding dans le périmètre : rien à vérifier (collectez une source de cluster)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <comment>binding, worst severity, rule ids</comment>
        <translation>%1 (%2 : %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets of %1 overdue for rotation</source>
        <translation>
            <numerusform>%n secret sur %1 en retard de rotation</numerusform>
            <numerusform>%n secrets sur %1 en retard de rotation</numerusform>
        </translation>
    </message>
    <message>
        <source>no secret in scope: nothing to check</source>
        <translation>aucun secret dans le périmètre : rien à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets were not evaluated against the rotation policy yet (`bulkheadctl secrets evaluate`)</source>
        <translation>
            <numerusform>%n secret n&apos;a pas encore été évalué selon la politique de rotation (`bulkheadctl secrets evaluate`)</numerusform>
            <numerusform>%n secrets n&apos;ont pas encore été évalués selon la politique de rotation (`bulkheadctl secrets evaluate`)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %2, %n days overdue)</source>
        <comment>secret, due date</comment>
        <translation>
            <numerusform>%1 (échéance le %2, %n jour de retard)</numerusform>
            <numerusform>%1 (échéance le %2, %n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (%3 -&gt; %4)</source>
        <comment>finding, asset, package and version, fixed version</comment>
        <translation>%1 dans %2 (%3 -&gt; %4)</translation>
    </message>
    <message>
        <source>%1 in %2 (%3, no fix known)</source>
        <comment>finding, asset, package and version</comment>
        <translation>%1 dans %2 (%3, aucun correctif connu)</translation>
    </message>
    <message>
        <source>%1 in %2 (fixed in %3)</source>
        <translation>%1 dans %2 (corrigé dans %3)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>finding, asset</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>risk-accepted</source>
        <comment>finding status</comment>
        <translation>risque accepté</translation>
    </message>
    <message>
        <source>false-positive</source>
        <comment>finding status</comment>
        <translation>faux positif</translation>
    </message>
    <message>
        <source>mitigated</source>
        <comment>finding status</comment>
        <translation>atténué</translation>
    </message>
    <message>
        <source>only findings with a fix available</source>
        <translation>seulement les constats avec un correctif disponible</translation>
    </message>
    <message>
        <source>only findings of kind %1</source>
        <translation>seulement les constats de type %1</translation>
    </message>
    <message>
        <source>the rule counts open and confirmed findings</source>
        <translation>la règle compte les constats ouverts et confirmés</translation>
    </message>
    <message>
        <source>the rule counts open and confirmed findings, and those marked %1</source>
        <translation>la règle compte les constats ouverts et confirmés, ainsi que ceux marqués comme %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>counted statuses; limits</comment>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n counted %1 findings (max %2)</source>
        <translation>
            <numerusform>%n constat comptabilisé de sévérité %1 (max %2)</numerusform>
            <numerusform>%n constats comptabilisés de sévérité %1 (max %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open %1 findings (max %2)</source>
        <translation>
            <numerusform>%n constat ouvert de sévérité %1 (max %2)</numerusform>
            <numerusform>%n constats ouverts de sévérité %1 (max %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity, finding</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n days</source>
        <comment>severity and its SLA</comment>
        <translation>
            <numerusform>%1 %n jour</numerusform>
            <numerusform>%1 %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>aucun délai</translation>
    </message>
    <message numerus="yes">
        <source>%n counted findings of severity %1 or worse past the SLA (%2)</source>
        <translation>
            <numerusform>%n constat comptabilisé de sévérité %1 ou supérieure a dépassé le SLA (%2)</numerusform>
            <numerusform>%n constats comptabilisés de sévérité %1 ou supérieure ont dépassé le SLA (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open findings of severity %1 or worse past the SLA (%2)</source>
        <translation>
            <numerusform>%n constat ouvert de sévérité %1 ou supérieure a dépassé le SLA (%2)</numerusform>
            <numerusform>%n constats ouverts de sévérité %1 ou supérieure ont dépassé le SLA (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, due %3 (%n days overdue)</source>
        <comment>severity, finding, due date</comment>
        <translation>
            <numerusform>%1 : %2, échéance le %3 (%n jour de retard)</numerusform>
            <numerusform>%1 : %2, échéance le %3 (%n jours de retard)</numerusform>
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
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>signed, not verified</source>
        <comment>signature state</comment>
        <translation>signée, non vérifiée</translation>
    </message>
    <message>
        <source>unsigned</source>
        <comment>signature state</comment>
        <translation>non signée</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <comment>signature state</comment>
        <translation>signature invalide</translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 not signed and verified with a configured key</source>
        <translation>
            <numerusform>%n image de registre sur %1 non signée et vérifiée avec une clé configurée</numerusform>
            <numerusform>%n images de registre sur %1 non signées et vérifiées avec une clé configurée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 unsigned or with an invalid signature</source>
        <translation>
            <numerusform>%n image de registre sur %1 non signée ou avec une signature invalide</numerusform>
            <numerusform>%n images de registre sur %1 non signées ou avec une signature invalide</numerusform>
        </translation>
    </message>
    <message>
        <source>no registry image in scope: nothing to check (collect a registry source)</source>
        <translation>aucune image de registre dans le périmètre : rien à vérifier (collectez une source de registre)</translation>
    </message>
    <message>
        <source>SBOM of %1</source>
        <translation>SBOM du %1</translation>
    </message>
    <message>
        <source>no SBOM</source>
        <translation>aucun SBOM</translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 without an SBOM younger than %2 days</source>
        <translation>
            <numerusform>%n image de registre sur %1 sans SBOM de moins de %2 jours</numerusform>
            <numerusform>%n images de registre sur %1 sans SBOM de moins de %2 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 without an SBOM</source>
        <translation>
            <numerusform>%n image de registre sur %1 sans SBOM</numerusform>
            <numerusform>%n images de registre sur %1 sans SBOM</numerusform>
        </translation>
    </message>
    <message>
        <source>an SBOM without a creation time counts as current</source>
        <translation>un SBOM sans date de création est considéré comme à jour</translation>
    </message>
    <message>
        <source>no USER</source>
        <translation>aucun USER</translation>
    </message>
    <message numerus="yes">
        <source>%n registry images of %1 running as root</source>
        <translation>
            <numerusform>%n image de registre sur %1 s&apos;exécute en root</numerusform>
            <numerusform>%n images de registre sur %1 s&apos;exécutent en root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images whose config could not be read are not checked</source>
        <translation>
            <numerusform>%n image dont la configuration n&apos;a pas pu être lue n&apos;est pas vérifiée</numerusform>
            <numerusform>%n images dont la configuration n&apos;a pas pu être lue ne sont pas vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>no registry image with a readable config in scope: nothing to check</source>
        <translation>aucune image de registre avec une configuration lisible dans le périmètre : rien à vérifier</translation>
    </message>
    <message>
        <source>sources</source>
        <comment>scope field</comment>
        <translation>sources</translation>
    </message>
    <message>
        <source>clusters</source>
        <comment>scope field</comment>
        <translation>clusters</translation>
    </message>
    <message>
        <source>namespaces</source>
        <comment>scope field</comment>
        <translation>namespaces</translation>
    </message>
    <message>
        <source>registries</source>
        <comment>scope field</comment>
        <translation>registres</translation>
    </message>
    <message>
        <source>registry images are checked whatever the scope&apos;s %1</source>
        <translation>les images de registre sont vérifiées indépendamment des %1 du périmètre</translation>
    </message>
    <message>
        <source>role bindings are checked whatever the scope&apos;s %1</source>
        <translation>les role bindings sont vérifiés indépendamment des %1 du périmètre</translation>
    </message>
    <message>
        <source>secrets are checked whatever the scope&apos;s %1</source>
        <translation>les secrets sont vérifiés indépendamment des %1 du périmètre</translation>
    </message>
    <message>
        <source>findings are checked whatever the scope&apos;s %1</source>
        <translation>les constats sont vérifiés indépendamment des %1 du périmètre</translation>
    </message>
    <message>
        <source>--scope registry=%1: no registry source has this name or host and no scanned image comes from it</source>
        <translation>--scope registry=%1 : aucune source de registre ne porte ce nom ou cet hôte et aucune image analysée n&apos;en provient</translation>
    </message>
    <message>
        <source>--scope cluster=%1: no cluster source has this name and no finding is on it</source>
        <translation>--scope cluster=%1 : aucune source de cluster ne porte ce nom et aucun constat ne s&apos;y rapporte</translation>
    </message>
    <message>
        <source>--scope namespace=%1: no collected or scanned object is in this namespace</source>
        <translation>--scope namespace=%1 : aucun objet collecté ou analysé ne se trouve dans ce namespace</translation>
    </message>
    <message>
        <source>--scope source=%1: no configured source or scanner tool has this name</source>
        <translation>--scope source=%1 : aucune source configurée ni aucun outil de scan ne porte ce nom</translation>
    </message>
    <message>
        <source>the posture and its controls are the whole store&apos;s: the scope does not narrow them</source>
        <translation>la posture et ses contrôles portent sur toute la base : le périmètre ne les restreint pas</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>info</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>severity</comment>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message numerus="yes">
        <source>%n of %1 images not signed and verified</source>
        <translation>
            <numerusform>%n image sur %1 non signée et vérifiée</numerusform>
            <numerusform>%n images sur %1 non signées et vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 release images not signed and verified</source>
        <translation>
            <numerusform>%n image de release sur %1 non signée et vérifiée</numerusform>
            <numerusform>%n images de release sur %1 non signées et vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without a current SBOM</source>
        <translation>
            <numerusform>%n image sur %1 sans SBOM à jour</numerusform>
            <numerusform>%n images sur %1 sans SBOM à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without an SBOM</source>
        <translation>
            <numerusform>%n image sur %1 sans SBOM</numerusform>
            <numerusform>%n images sur %1 sans SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images running as root</source>
        <translation>
            <numerusform>%n image sur %1 s&apos;exécute en root</numerusform>
            <numerusform>%n images sur %1 s&apos;exécutent en root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images over the size limit</source>
        <translation>
            <numerusform>%n image sur %1 dépasse la limite de taille</numerusform>
            <numerusform>%n images sur %1 dépassent la limite de taille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images over the layer limit</source>
        <translation>
            <numerusform>%n image sur %1 dépasse la limite de couches</numerusform>
            <numerusform>%n images sur %1 dépassent la limite de couches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 images without a recent scan</source>
        <translation>
            <numerusform>%n image sur %1 sans analyse récente</numerusform>
            <numerusform>%n images sur %1 sans analyse récente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 findings open</source>
        <translation>
            <numerusform>%n constat sur %1 ouvert</numerusform>
            <numerusform>%n constats sur %1 ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 open findings with a fix available past their SLA</source>
        <translation>
            <numerusform>%n constat ouvert sur %1 avec correctif disponible a dépassé son SLA</numerusform>
            <numerusform>%n constats ouverts sur %1 avec correctif disponible ont dépassé leur SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scanners without a recent report</source>
        <translation>
            <numerusform>%n scanner sur %1 sans rapport récent</numerusform>
            <numerusform>%n scanners sur %1 sans rapport récent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads over-privileged</source>
        <translation>
            <numerusform>%n workload sur %1 trop privilégié</numerusform>
            <numerusform>%n workloads sur %1 trop privilégiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads with a writable root filesystem</source>
        <translation>
            <numerusform>%n workload sur %1 avec un système de fichiers racine modifiable</numerusform>
            <numerusform>%n workloads sur %1 avec un système de fichiers racine modifiable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads without a seccomp or AppArmor profile</source>
        <translation>
            <numerusform>%n workload sur %1 sans profil seccomp ou AppArmor</numerusform>
            <numerusform>%n workloads sur %1 sans profil seccomp ou AppArmor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads allowed to run as root</source>
        <translation>
            <numerusform>%n workload sur %1 autorisé à s&apos;exécuter en root</numerusform>
            <numerusform>%n workloads sur %1 autorisés à s&apos;exécuter en root</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 service accounts with workloads keeping capabilities</source>
        <translation>
            <numerusform>%n compte de service sur %1 avec des workloads conservant des capabilities</numerusform>
            <numerusform>%n comptes de service sur %1 avec des workloads conservant des capabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads taking secrets from environment variables</source>
        <translation>
            <numerusform>%n workload sur %1 reçoit des secrets par variables d&apos;environnement</numerusform>
            <numerusform>%n workloads sur %1 reçoivent des secrets par variables d&apos;environnement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads with secret-looking literal values</source>
        <translation>
            <numerusform>%n workload sur %1 avec des valeurs littérales ressemblant à des secrets</numerusform>
            <numerusform>%n workloads sur %1 avec des valeurs littérales ressemblant à des secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads running images from untrusted registries</source>
        <translation>
            <numerusform>%n workload sur %1 exécute des images de registres non fiables</numerusform>
            <numerusform>%n workloads sur %1 exécutent des images de registres non fiables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads using the default service account or an automounted token</source>
        <translation>
            <numerusform>%n workload sur %1 utilise le compte de service par défaut ou un jeton monté automatiquement</numerusform>
            <numerusform>%n workloads sur %1 utilisent le compte de service par défaut ou un jeton monté automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workloads running images not signed and verified</source>
        <translation>
            <numerusform>%n workload sur %1 exécute des images non signées et vérifiées</numerusform>
            <numerusform>%n workloads sur %1 exécutent des images non signées et vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 namespaces not segmented</source>
        <translation>
            <numerusform>%n namespace sur %1 non segmenté</numerusform>
            <numerusform>%n namespaces sur %1 non segmentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a runtime-security agent</source>
        <translation>
            <numerusform>%n cluster sur %1 sans agent de sécurité à l&apos;exécution</numerusform>
            <numerusform>%n clusters sur %1 sans agent de sécurité à l&apos;exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a log or metrics agent</source>
        <translation>
            <numerusform>%n cluster sur %1 sans agent de journaux ou de métriques</numerusform>
            <numerusform>%n clusters sur %1 sans agent de journaux ou de métriques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 clusters without a secret store</source>
        <translation>
            <numerusform>%n cluster sur %1 sans coffre de secrets</numerusform>
            <numerusform>%n clusters sur %1 sans coffre de secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 bindings risky</source>
        <translation>
            <numerusform>%n binding sur %1 risqué</numerusform>
            <numerusform>%n bindings sur %1 risqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 bindings needing review</source>
        <translation>
            <numerusform>%n binding sur %1 à revoir</numerusform>
            <numerusform>%n bindings sur %1 à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 subjects able to read secrets</source>
        <translation>
            <numerusform>%n sujet sur %1 peut lire les secrets</numerusform>
            <numerusform>%n sujets sur %1 peuvent lire les secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 secrets overdue for rotation</source>
        <translation>
            <numerusform>%n secret sur %1 en retard de rotation</numerusform>
            <numerusform>%n secrets sur %1 en retard de rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 Kubernetes secrets legacy service-account tokens</source>
        <translation>
            <numerusform>%n secret Kubernetes sur %1 est un jeton de compte de service hérité</numerusform>
            <numerusform>%n secrets Kubernetes sur %1 sont des jetons de compte de service hérités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 policy gates without a recent run</source>
        <translation>
            <numerusform>%n gate de politique sur %1 sans exécution récente</numerusform>
            <numerusform>%n gates de politique sur %1 sans exécution récente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scheduled drills overdue</source>
        <translation>
            <numerusform>%n exercice planifié sur %1 en retard</numerusform>
            <numerusform>%n exercices planifiés sur %1 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checklist items not done</source>
        <translation>
            <numerusform>%n élément de check-list sur %1 non effectué</numerusform>
            <numerusform>%n éléments de check-list sur %1 non effectués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action items past due</source>
        <translation>
            <numerusform>%n action sur %1 en retard</numerusform>
            <numerusform>%n actions sur %1 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 post-incident reviews incomplete or without action items</source>
        <translation>
            <numerusform>%n retour d&apos;expérience sur %1 incomplet ou sans action</numerusform>
            <numerusform>%n retours d&apos;expérience sur %1 incomplets ou sans action</numerusform>
        </translation>
    </message>
    <message>
        <source>critical</source>
        <comment>worst severity</comment>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <comment>worst severity</comment>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>worst severity</comment>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <comment>worst severity</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <comment>worst severity</comment>
        <translation>info</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>worst severity</comment>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>examples of failing items</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings with a fix available past their SLA</source>
        <translation>Aucun constat ouvert avec correctif disponible n&apos;a dépassé son SLA</translation>
    </message>
    <message>
        <source>%1, so not assessed.</source>
        <translation>%1, donc non évalué.</translation>
    </message>
    <message>
        <source>%1: %2, so not assessed.</source>
        <comment>measure label: reason</comment>
        <translation>%1 : %2, donc non évalué.</translation>
    </message>
    <message>
        <source>nothing collected speaks to it</source>
        <translation>rien de ce qui a été collecté ne s&apos;y rapporte</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, worst %2</source>
        <comment>count sentence, worst severity</comment>
        <translation>%1, sévérité maximale %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>count sentence: examples</comment>
        <translation>%1 : %2</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (API group %2)</source>
        <translation>%1 (groupe d&apos;API %2)</translation>
    </message>
    <message>
        <source>%1 named %2</source>
        <translation>%1 nommés %2</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>à l&apos;échelle du cluster</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>dans le namespace %1</translation>
    </message>
    <message>
        <source>not the verb %1</source>
        <translation>pas le verbe %1</translation>
    </message>
    <message>
        <source>not the API group %1</source>
        <translation>pas le groupe d&apos;API %1</translation>
    </message>
    <message>
        <source>no resources</source>
        <translation>aucune ressource</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>a resource</comment>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>only the objects named %1 (the request names none)</source>
        <translation>seulement les objets nommés %1 (la requête n&apos;en nomme aucun)</translation>
    </message>
    <message>
        <source>not the object %1</source>
        <translation>pas l&apos;objet %1</translation>
    </message>
    <message>
        <source>no non-resource URLs</source>
        <translation>aucune URL hors ressource</translation>
    </message>
    <message>
        <source>not the URL %1</source>
        <translation>pas l&apos;URL %1</translation>
    </message>
    <message>
        <source>a RoleBinding cannot grant non-resource URLs</source>
        <translation>un RoleBinding ne peut pas accorder d&apos;URL hors ressource</translation>
    </message>
    <message>
        <source>a RoleBinding cannot grant the cluster-scoped %1</source>
        <translation>un RoleBinding ne peut pas accorder les %1 à l&apos;échelle du cluster</translation>
    </message>
    <message>
        <source>only in namespace %1, not cluster-wide</source>
        <translation>seulement dans le namespace %1, pas à l&apos;échelle du cluster</translation>
    </message>
    <message>
        <source>only in namespace %1, not in %2</source>
        <translation>seulement dans le namespace %1, pas dans %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>reasons</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 may %2: %3</source>
        <translation>%1 peut %2 : %3</translation>
    </message>
    <message>
        <source>the closest grant, %1 (%2), grants %3 %4, but %5</source>
        <translation>l&apos;autorisation la plus proche, %1 (%2), accorde %3 %4, mais %5</translation>
    </message>
    <message>
        <source>%1, via group %2</source>
        <translation>%1, via le groupe %2</translation>
    </message>
    <message>
        <source>%1 applies to it but names %2, which does not exist</source>
        <translation>%1 s&apos;y applique mais nomme %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>no RoleBinding or ClusterRoleBinding names it</source>
        <translation>aucun RoleBinding ni ClusterRoleBinding ne le nomme</translation>
    </message>
    <message>
        <source>no RoleBinding or ClusterRoleBinding names it or its groups (%1)</source>
        <translation>aucun RoleBinding ni ClusterRoleBinding ne le nomme, ni ses groupes (%1)</translation>
    </message>
    <message>
        <source>the roles bound to it grant nothing</source>
        <translation>les rôles qui lui sont liés n&apos;accordent rien</translation>
    </message>
    <message>
        <source>%1 may not %2: %3</source>
        <translation>%1 ne peut pas %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 may %2: %3 (and %n more)</source>
        <translation>
            <numerusform>%1 peut %2 : %3 (et %n autre)</numerusform>
            <numerusform>%1 peut %2 : %3 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Status as recorded on %1 (snapshot after %2); the evidence behind it is not kept.</source>
        <translation>Statut tel qu&apos;enregistré le %1 (instantané après %2) ; les preuves correspondantes ne sont pas conservées.</translation>
    </message>
    <message>
        <source>Not in the snapshot of %1 (the control was added to the catalog later).</source>
        <translation>Absent de l&apos;instantané du %1 (le contrôle a été ajouté au catalogue plus tard).</translation>
    </message>
    <message>
        <source>The score, the control statuses and the trend cover the whole store; the scope narrows the findings, RBAC, secrets, coverage and sources sections.</source>
        <translation>Le score, les statuts des contrôles et la tendance couvrent toute la base ; le périmètre restreint les sections constats, RBAC, secrets, couverture et sources.</translation>
    </message>
    <message>
        <source>Drills and post-incident reviews are not narrowed by the scope.</source>
        <translation>Les exercices et les retours d&apos;expérience ne sont pas restreints par le périmètre.</translation>
    </message>
    <message>
        <source>Namespaces narrow findings, RBAC bindings (cluster-wide bindings stay in) and Kubernetes secrets; coverage and sources are per source and not narrowed by namespace.</source>
        <translation>Les namespaces restreignent les constats, les bindings RBAC (les bindings à l&apos;échelle du cluster restent inclus) et les secrets Kubernetes ; la couverture et les sources sont par source et ne sont pas restreintes par namespace.</translation>
    </message>
    <message>
        <source>Coverage and the sources appendix list the sources, clusters and registries the scope names; secrets those of the clusters and sources it names (registries hold none); RBAC the clusters it names.</source>
        <translation>La couverture et l&apos;annexe des sources listent les sources, clusters et registres nommés par le périmètre ; les secrets, ceux des clusters et sources qu&apos;il nomme (les registres n&apos;en contiennent pas) ; RBAC, les clusters qu&apos;il nomme.</translation>
    </message>
    <message>
        <source>Data as of %1 (end of day, UTC): control statuses and scores as recorded in the snapshot of %2.</source>
        <translation>Données à la date du %1 (fin de journée, UTC) : statuts des contrôles et scores tels qu&apos;enregistrés dans l&apos;instantané du %2.</translation>
    </message>
    <message>
        <source>Findings first seen by then and not resolved before it, with their current triage; secret ages and drills at that moment.</source>
        <translation>Constats vus pour la première fois avant cette date et non résolus avant elle, avec leur tri actuel ; ancienneté des secrets et exercices à ce moment-là.</translation>
    </message>
    <message>
        <source>RBAC review status and collection coverage are current (%1), not as of %2.</source>
        <translation>Le statut des revues RBAC et la couverture de collecte sont actuels (%1), pas à la date du %2.</translation>
    </message>
</context>
<context>
    <name>ReviewCompareText</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>last successful run %1</source>
        <translation>dernière exécution réussie le %1</translation>
    </message>
    <message>
        <source>never collected successfully</source>
        <translation>jamais collectée avec succès</translation>
    </message>
    <message>
        <source>newest report scanned %1</source>
        <translation>rapport le plus récent analysé le %1</translation>
    </message>
    <message>
        <source>last import %1</source>
        <translation>dernier import le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; what it reported is not counted as resolved</source>
        <translation>%1 ; ce qu’elle a signalé n’est pas compté comme résolu</translation>
    </message>
    <message>
        <source>%1 attested %2 by %3</source>
        <translation>%1 attesté (%2) par %3</translation>
    </message>
    <message>
        <source>expires %1 (attested %2)</source>
        <translation>expire le %1 (attesté le %2)</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue since %1 (every %n days; last held %2)</source>
        <translation>
            <numerusform>en retard depuis le %1 (tous les %n jour ; dernier exercice le %2)</numerusform>
            <numerusform>en retard depuis le %1 (tous les %n jours ; dernier exercice le %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1 (every %n days; last held %2)</source>
        <translation>
            <numerusform>prévu le %1 (tous les %n jour ; dernier exercice le %2)</numerusform>
            <numerusform>prévu le %1 (tous les %n jours ; dernier exercice le %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Action of %1: %2</source>
        <translation>Action de %1 : %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>%1, owner %2</source>
        <translation>%1, responsable : %2</translation>
    </message>
    <message>
        <source>%1, control %2</source>
        <translation>%1, contrôle %2</translation>
    </message>
    <message>
        <source>removed since the baseline (%1, %2)</source>
        <translation>supprimée depuis la référence (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n runs failed since</source>
        <translation>
            <numerusform>%1 ; %n exécution en échec depuis</numerusform>
            <numerusform>%1 ; %n exécutions en échec depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n runs failed since: %2</source>
        <translation>
            <numerusform>%1 ; %n exécution en échec depuis : %2</numerusform>
            <numerusform>%1 ; %n exécutions en échec depuis : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the last run failed</source>
        <translation>%1 ; la dernière exécution a échoué</translation>
    </message>
    <message>
        <source>no successful run since the baseline (%1)</source>
        <translation>aucune exécution réussie depuis la référence (%1)</translation>
    </message>
    <message>
        <source>no newer report since the baseline (%1)</source>
        <translation>aucun rapport plus récent depuis la référence (%1)</translation>
    </message>
    <message>
        <source>new since the baseline: %1, %2</source>
        <translation>nouvelle depuis la référence : %1, %2</translation>
    </message>
    <message>
        <source>no baseline: %1, %2</source>
        <translation>aucune référence : %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>severity, what happened</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>severity, what happened: rule title</comment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>vu pour la première fois le %1</translation>
    </message>
    <message>
        <source>resolved %1 (a newer scan no longer reports it)</source>
        <translation>résolu le %1 (une analyse plus récente ne le signale plus)</translation>
    </message>
    <message>
        <source>changed since its review on %1</source>
        <translation>modifié depuis sa revue du %1</translation>
    </message>
    <message>
        <source>created %1, not reviewed yet</source>
        <translation>créé le %1, pas encore revu</translation>
    </message>
    <message>
        <source>%1; risks: %2</source>
        <translation>%1 ; risques : %2</translation>
    </message>
    <message>
        <source>rotation due %1</source>
        <translation>rotation due le %1</translation>
    </message>
    <message numerus="yes">
        <source>rotation due %1 (policy %n days)</source>
        <translation>
            <numerusform>rotation due le %1 (politique de %n jour)</numerusform>
            <numerusform>rotation due le %1 (politique de %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotation due %1 (policy %n days: %2)</source>
        <translation>
            <numerusform>rotation due le %1 (politique de %n jour : %2)</numerusform>
            <numerusform>rotation due le %1 (politique de %n jours : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, accepted by %2 until %3</source>
        <translation>%1, accepté par %2 jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>%1, accepted by %2 until %3: %4</source>
        <translation>%1, accepté par %2 jusqu&apos;au %3 : %4</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>Image runs as root</source>
        <translation>L&apos;image s&apos;exécute en root</translation>
    </message>
    <message>
        <source>The image config sets no USER, or sets user 0/root, so every container started from it runs as root unless its runtime overrides the user. A process that escapes or abuses a root container starts with the most privilege the runtime allows. Create an unprivileged user in the Dockerfile and end with `USER &lt;uid&gt;` (a numeric uid lets Kubernetes check runAsNonRoot); CIS Docker Benchmark 4.1.</source>
        <translation>La configuration de l&apos;image ne définit aucun USER, ou définit l&apos;utilisateur 0/root : chaque conteneur démarré à partir d&apos;elle s&apos;exécute donc en root, sauf si son runtime remplace l&apos;utilisateur. Un processus qui s&apos;échappe d&apos;un conteneur root, ou qui en abuse, démarre avec le plus haut niveau de privilège que le runtime autorise. Créez un utilisateur non privilégié dans le Dockerfile et terminez par `USER &lt;uid&gt;` (un uid numérique permet à Kubernetes de vérifier runAsNonRoot) ; CIS Docker Benchmark 4.1.</translation>
    </message>
    <message>
        <source>Image is not signed</source>
        <translation>L&apos;image n&apos;est pas signée</translation>
    </message>
    <message>
        <source>No cosign signature was found for this digest, neither under the cosign tag (sha256-&lt;digest&gt;.sig) nor as an OCI referrer. Without a signature, a deployment cannot tell the image the pipeline built from one pushed by anyone with write access to the registry. Sign images in the release pipeline (`cosign sign --key cosign.key &lt;image&gt;@&lt;digest&gt;`) and verify signatures before deployment.</source>
        <translation>Aucune signature cosign n&apos;a été trouvée pour ce digest, ni sous le tag cosign (sha256-&lt;digest&gt;.sig) ni en tant que referrer OCI. Sans signature, un déploiement ne peut pas distinguer l&apos;image construite par le pipeline d&apos;une image poussée par n&apos;importe qui disposant d&apos;un accès en écriture au registre. Signez les images dans le pipeline de release (`cosign sign --key cosign.key &lt;image&gt;@&lt;digest&gt;`) et vérifiez les signatures avant le déploiement.</translation>
    </message>
    <message>
        <source>Image signature is invalid</source>
        <translation>La signature de l&apos;image est invalide</translation>
    </message>
    <message>
        <source>A signature stored for this image cannot be right: its payload names another manifest digest, is not a cosign simple-signing document, or the signature is not decodable. This happens when a signature is copied to another image, when a tag was re-pushed after signing, or when someone tampers with the registry. Find out how the signature got there, delete it, and sign the digest that is deployed.</source>
        <translation>Une signature enregistrée pour cette image ne peut pas être correcte : sa charge utile désigne un autre digest de manifeste, n&apos;est pas un document cosign simple-signing, ou la signature n&apos;est pas décodable. Cela se produit lorsqu&apos;une signature est copiée sur une autre image, lorsqu&apos;un tag a été poussé à nouveau après la signature, ou lorsque quelqu&apos;un altère le registre. Déterminez comment la signature est arrivée là, supprimez-la et signez le digest qui est déployé.</translation>
    </message>
    <message>
        <source>Image signature not verified by a trusted key</source>
        <translation>Signature de l&apos;image non vérifiée par une clé de confiance</translation>
    </message>
    <message>
        <source>The image carries a well-formed signature for its digest, but none of the public keys configured for this registry source verifies it (or no key is configured). A signature only proves something when it is checked against a key you trust. Add the release key (cosign.pub) to the source, or sign the image with a key that is configured.</source>
        <translation>L&apos;image porte une signature bien formée pour son digest, mais aucune des clés publiques configurées pour cette source de registre ne la vérifie (ou aucune clé n&apos;est configurée). Une signature ne prouve quelque chose que si elle est vérifiée avec une clé en laquelle vous avez confiance. Ajoutez la clé de release (cosign.pub) à la source, ou signez l&apos;image avec une clé configurée.</translation>
    </message>
    <message>
        <source>Image has no SBOM</source>
        <translation>L&apos;image n&apos;a pas de SBOM</translation>
    </message>
    <message>
        <source>No SBOM (SPDX or CycloneDX) is attached to this image as an OCI referrer or a cosign attachment. Without a bill of materials, the packages in the image cannot be checked when a new vulnerability is published. Generate an SBOM in the build (syft, trivy, `docker buildx build --sbom=true`) and attach it to the digest (`oras attach` or a cosign attestation).</source>
        <translation>Aucun SBOM (SPDX ou CycloneDX) n&apos;est attaché à cette image en tant que referrer OCI ou pièce jointe cosign. Sans nomenclature logicielle, les paquets de l&apos;image ne peuvent pas être vérifiés lorsqu&apos;une nouvelle vulnérabilité est publiée. Générez un SBOM lors du build (syft, trivy, `docker buildx build --sbom=true`) et attachez-le au digest (`oras attach` ou une attestation cosign).</translation>
    </message>
    <message>
        <source>Image SBOM is stale</source>
        <translation>Le SBOM de l&apos;image est obsolète</translation>
    </message>
    <message>
        <source>The SBOM attached to this image is older than the limit set in the posture settings. An SBOM made long before the image was last rebuilt may not list what the image contains now. Generate the SBOM in the same pipeline run that builds the image, and attach the new one to the digest.</source>
        <translation>Le SBOM attaché à cette image est plus ancien que la limite définie dans les paramètres de posture. Un SBOM produit bien avant la dernière reconstruction de l&apos;image peut ne pas refléter ce qu&apos;elle contient aujourd&apos;hui. Générez le SBOM dans la même exécution du pipeline que celle qui construit l&apos;image, et attachez le nouveau SBOM au digest.</translation>
    </message>
    <message>
        <source>Image has too many layers</source>
        <translation>L&apos;image a trop de couches</translation>
    </message>
    <message>
        <source>The image has more layers than the limit set in the posture settings. Many layers usually mean files added in one step and deleted in a later one (still shipped in the earlier layer), slower pulls and a harder review of what the image contains. Use a multi-stage build and copy only the result into a small final stage; combine related RUN steps.</source>
        <translation>L&apos;image a plus de couches que la limite définie dans les paramètres de posture. De nombreuses couches signifient généralement des fichiers ajoutés à une étape et supprimés à une étape ultérieure (mais toujours livrés dans la couche précédente), des téléchargements (pull) plus lents et un examen plus difficile du contenu de l&apos;image. Utilisez un build multi-étapes et ne copiez que le résultat dans une petite étape finale ; regroupez les étapes RUN liées.</translation>
    </message>
    <message>
        <source>Image is larger than the limit</source>
        <translation>L&apos;image dépasse la taille limite</translation>
    </message>
    <message>
        <source>The compressed size of the image&apos;s layers is over the limit set in the posture settings. Large images usually carry build tools, package caches or whole distributions the application does not need, and every extra package is attack surface and vulnerability noise. Start from a slim or distroless base, build in a separate stage and install only what runs; CIS Docker Benchmark 4.3.</source>
        <translation>La taille compressée des couches de l&apos;image dépasse la limite définie dans les paramètres de posture. Les images volumineuses embarquent généralement des outils de build, des caches de paquets ou des distributions entières dont l&apos;application n&apos;a pas besoin, et chaque paquet superflu ajoute de la surface d&apos;attaque et du bruit dans les vulnérabilités. Partez d&apos;une base slim ou distroless, effectuez le build dans une étape séparée et n&apos;installez que ce qui s&apos;exécute ; CIS Docker Benchmark 4.3.</translation>
    </message>
    <message>
        <source>Image was built too long ago</source>
        <translation>L&apos;image a été construite il y a trop longtemps</translation>
    </message>
    <message>
        <source>The image config&apos;s creation time is older than the limit set in the posture settings. An image that is not rebuilt keeps the base image and packages of its build day, so every fix published since is missing. Rebuild images regularly (with --pull and without cache for the base) even when the application did not change; CIS Docker Benchmark 4.4.</source>
        <translation>La date de création indiquée dans la configuration de l&apos;image est plus ancienne que la limite définie dans les paramètres de posture. Une image qui n&apos;est pas reconstruite conserve l&apos;image de base et les paquets du jour de son build : il lui manque donc tous les correctifs publiés depuis. Reconstruisez les images régulièrement (avec --pull et sans cache pour la base), même lorsque l&apos;application n&apos;a pas changé ; CIS Docker Benchmark 4.4.</translation>
    </message>
    <message>
        <source>Secret-looking value in the image environment</source>
        <translation>Valeur ressemblant à un secret dans l&apos;environnement de l&apos;image</translation>
    </message>
    <message>
        <source>The image config sets an environment variable whose name looks like a credential (PASSWORD, TOKEN, SECRET, API_KEY, ...) to a literal value. Anyone who can pull the image can read it with `docker inspect`, and it stays in the image history. Bulkhead records only the name, never the value. Remove the ENV instruction, rotate the credential, and pass secrets at run time (Kubernetes Secrets, Docker secrets, a *_FILE variable) or at build time with `RUN --mount=type=secret`; CIS Docker Benchmark 4.10.</source>
        <translation>La configuration de l&apos;image affecte une valeur littérale à une variable d&apos;environnement dont le nom ressemble à un identifiant (PASSWORD, TOKEN, SECRET, API_KEY, ...). Quiconque peut récupérer l&apos;image peut la lire avec `docker inspect`, et elle reste dans l&apos;historique de l&apos;image. Bulkhead n&apos;enregistre que le nom, jamais la valeur. Supprimez l&apos;instruction ENV, effectuez la rotation de l&apos;identifiant et transmettez les secrets à l&apos;exécution (Secrets Kubernetes, secrets Docker, une variable *_FILE) ou au build avec `RUN --mount=type=secret` ; CIS Docker Benchmark 4.10.</translation>
    </message>
    <message>
        <source>Image has no recent vulnerability scan</source>
        <translation>L&apos;image n&apos;a pas d&apos;analyse de vulnérabilités récente</translation>
    </message>
    <message>
        <source>No vulnerability scan of this image digest (or of its index or config) has been imported, or the newest one is older than the limit set in the posture settings. An image in a registry without a current scan may be deployed with known vulnerabilities nobody has seen. Scan every pushed image (Trivy, Grype) in the pipeline and on a schedule, and import the reports; CIS Docker Benchmark 4.4.</source>
        <translation>Aucune analyse de vulnérabilités de ce digest d&apos;image (ni de son index ou de sa configuration) n&apos;a été importée, ou la plus récente est plus ancienne que la limite définie dans les paramètres de posture. Une image d&apos;un registre sans analyse à jour peut être déployée avec des vulnérabilités connues que personne n&apos;a vues. Analysez chaque image poussée (Trivy, Grype) dans le pipeline et de façon planifiée, et importez les rapports ; CIS Docker Benchmark 4.4.</translation>
    </message>
    <message>
        <source>Registry reached without TLS verification</source>
        <translation>Registre contacté sans vérification TLS</translation>
    </message>
    <message>
        <source>The registry source is marked insecure: images are pulled over plain HTTP or without verifying the registry&apos;s certificate. Anyone on the network path can then serve other images or read credentials. Serve the registry over HTTPS with a certificate the clients trust (a private CA is fine: give its certificate to the source), then clear the insecure flag; CIS Docker Benchmark: ensure insecure registries are not used.</source>
        <translation>La source de registre est marquée comme non sécurisée : les images sont récupérées en HTTP non chiffré ou sans vérification du certificat du registre. N&apos;importe qui sur le chemin réseau peut alors servir d&apos;autres images ou lire les identifiants. Servez le registre en HTTPS avec un certificat auquel les clients font confiance (une CA privée convient : fournissez son certificat à la source), puis décochez l&apos;option « Non sécurisé » ; CIS Docker Benchmark : s&apos;assurer que les registres non sécurisés ne sont pas utilisés.</translation>
    </message>
    <message>
        <source>Container runs privileged</source>
        <translation>Le conteneur s&apos;exécute en mode privilégié</translation>
    </message>
    <message>
        <source>The container sets securityContext.privileged: true. A privileged container has every Linux capability, sees the node&apos;s devices and is not confined by seccomp or AppArmor: whoever controls it controls the node. Remove `privileged: true`; grant only the capability the workload needs (capabilities.add) and keep the rest dropped. Pod Security Standards: Baseline; CIS 5.2.2.</source>
        <translation>Le conteneur définit securityContext.privileged: true. Un conteneur privilégié dispose de toutes les capabilities Linux, voit les périphériques du nœud et n&apos;est confiné ni par seccomp ni par AppArmor : qui le contrôle contrôle le nœud. Supprimez `privileged: true` ; n&apos;accordez que la capability dont le workload a besoin (capabilities.add) et laissez toutes les autres supprimées. Pod Security Standards : Baseline ; CIS 5.2.2.</translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation>Élévation de privilèges autorisée</translation>
    </message>
    <message>
        <source>allowPrivilegeEscalation is not set to false (it defaults to true), or the container is privileged or adds CAP_SYS_ADMIN, which always allow it. A process can then gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). Set `securityContext.allowPrivilegeEscalation: false` on every container. Pod Security Standards: Restricted; CIS 5.2.5.</source>
        <translation>allowPrivilegeEscalation n&apos;est pas à false (sa valeur par défaut est true), ou le conteneur est privilégié ou ajoute CAP_SYS_ADMIN, ce qui l&apos;autorise toujours. Un processus peut alors obtenir plus de privilèges que son parent via des binaires setuid ou des capabilities de fichiers (no_new_privs n&apos;est pas positionné). Définissez `securityContext.allowPrivilegeEscalation: false` sur chaque conteneur. Pod Security Standards : Restricted ; CIS 5.2.5.</translation>
    </message>
    <message>
        <source>Container does not drop all capabilities</source>
        <translation>Le conteneur ne supprime pas toutes les capabilities</translation>
    </message>
    <message>
        <source>securityContext.capabilities.drop does not contain ALL, so the container keeps the runtime&apos;s default capability set (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, NET_RAW, ...). Most applications need none of them. Set `capabilities: {drop: [ALL]}` and add back only what is needed (usually NET_BIND_SERVICE, or nothing when the port is above 1024). Pod Security Standards: Restricted; CIS 5.2.9.</source>
        <translation>securityContext.capabilities.drop ne contient pas ALL : le conteneur conserve donc le jeu de capabilities par défaut du runtime (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, NET_RAW, ...). La plupart des applications n&apos;en ont besoin d&apos;aucune. Définissez `capabilities: {drop: [ALL]}` et ne rajoutez que ce qui est nécessaire (généralement NET_BIND_SERVICE, ou rien lorsque le port est supérieur à 1024). Pod Security Standards : Restricted ; CIS 5.2.9.</translation>
    </message>
    <message>
        <source>Container adds a dangerous capability</source>
        <translation>Le conteneur ajoute une capability dangereuse</translation>
    </message>
    <message>
        <source>securityContext.capabilities.add grants a capability that reaches beyond the container: SYS_ADMIN, SYS_MODULE or ALL amount to root on the node; SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF and NET_ADMIN read other processes, files or traffic or change the node&apos;s network; NET_RAW allows spoofed packets. The severity follows the most dangerous capability. Remove the capability, or move the task that needs it into a separate, reviewed component (a node agent, an init step). Pod Security Standards: Baseline; CIS 5.2.8.</source>
        <translation>securityContext.capabilities.add accorde une capability dont la portée dépasse le conteneur : SYS_ADMIN, SYS_MODULE ou ALL équivalent à root sur le nœud ; SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF et NET_ADMIN permettent de lire d&apos;autres processus, des fichiers ou du trafic, ou de modifier le réseau du nœud ; NET_RAW permet d&apos;envoyer des paquets usurpés. La sévérité suit la capability la plus dangereuse. Supprimez la capability, ou déplacez la tâche qui en a besoin dans un composant séparé et revu (un agent de nœud, une étape d&apos;initialisation). Pod Security Standards : Baseline ; CIS 5.2.8.</translation>
    </message>
    <message>
        <source>Container may run as root</source>
        <translation>Le conteneur peut s&apos;exécuter en root</translation>
    </message>
    <message>
        <source>runAsUser is 0, or runAsNonRoot is not true and neither runAsUser nor the image (when the registry knows it) sets a non-root user, so the container&apos;s processes run as uid 0. Root inside a container is one kernel bug or misconfigured mount away from root on the node. Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod&apos;s or container&apos;s securityContext, and build the image with a numeric USER. Pod Security Standards: Restricted; CIS 5.2.6.</source>
        <translation>runAsUser vaut 0, ou runAsNonRoot n&apos;est pas à true et ni runAsUser ni l&apos;image (lorsque le registre la connaît) ne définissent un utilisateur non root : les processus du conteneur s&apos;exécutent donc avec l&apos;uid 0. Être root dans un conteneur, c&apos;est n&apos;être qu&apos;à un bug du noyau ou à un montage mal configuré d&apos;être root sur le nœud. Définissez `runAsNonRoot: true` et un `runAsUser` non nul dans le securityContext du pod ou du conteneur, et construisez l&apos;image avec un USER numérique. Pod Security Standards : Restricted ; CIS 5.2.6.</translation>
    </message>
    <message>
        <source>Root filesystem is writable</source>
        <translation>Le système de fichiers racine est accessible en écriture</translation>
    </message>
    <message>
        <source>securityContext.readOnlyRootFilesystem is not true. An attacker in the container can then change its binaries and configuration, drop tools and persist until the pod is replaced. Set `readOnlyRootFilesystem: true` and mount an emptyDir where the application must write (/tmp, caches).</source>
        <translation>securityContext.readOnlyRootFilesystem n&apos;est pas à true. Un attaquant présent dans le conteneur peut alors modifier ses binaires et sa configuration, y déposer des outils et s&apos;y maintenir jusqu&apos;au remplacement du pod. Définissez `readOnlyRootFilesystem: true` et montez un emptyDir là où l&apos;application doit écrire (/tmp, caches).</translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation>Aucun profil seccomp</translation>
    </message>
    <message>
        <source>Neither the container nor the pod sets seccompProfile to RuntimeDefault or Localhost (nor does the old seccomp annotation), or the profile is Unconfined. Without a seccomp filter every system call is open to the container, including the rarely used ones most kernel exploits go through. Set `securityContext.seccompProfile.type: RuntimeDefault` at pod level (or a Localhost profile). Pod Security Standards: Restricted; CIS 5.7.2.</source>
        <translation>Ni le conteneur ni le pod ne définit seccompProfile à RuntimeDefault ou Localhost (l&apos;ancienne annotation seccomp non plus), ou le profil est Unconfined. Sans filtre seccomp, tous les appels système sont ouverts au conteneur, y compris les appels rarement utilisés par lesquels passent la plupart des exploits du noyau. Définissez `securityContext.seccompProfile.type: RuntimeDefault` au niveau du pod (ou un profil Localhost). Pod Security Standards : Restricted ; CIS 5.7.2.</translation>
    </message>
    <message>
        <source>No AppArmor profile</source>
        <translation>Aucun profil AppArmor</translation>
    </message>
    <message>
        <source>The container names no AppArmor profile (securityContext.appArmorProfile or the annotation container.apparmor.security.beta.kubernetes.io/&lt;container&gt;), or names unconfined. On AppArmor nodes the runtime may apply its default profile, but nothing in the spec says so, and unconfined turns it off. Set `securityContext.appArmorProfile.type: RuntimeDefault` (Kubernetes 1.30+) or the annotation `runtime/default`, or a Localhost profile. Pod Security Standards: Baseline; CIS 5.7.2.</source>
        <translation>Le conteneur ne désigne aucun profil AppArmor (securityContext.appArmorProfile ou l&apos;annotation container.apparmor.security.beta.kubernetes.io/&lt;container&gt;), ou désigne unconfined. Sur les nœuds AppArmor, le runtime peut appliquer son profil par défaut, mais rien dans la spec ne l&apos;indique, et unconfined le désactive. Définissez `securityContext.appArmorProfile.type: RuntimeDefault` (Kubernetes 1.30+) ou l&apos;annotation `runtime/default`, ou un profil Localhost. Pod Security Standards : Baseline ; CIS 5.7.2.</translation>
    </message>
    <message>
        <source>Pod shares the node&apos;s namespaces</source>
        <translation>Le pod partage les namespaces du nœud</translation>
    </message>
    <message>
        <source>hostNetwork, hostPID or hostIPC is true: the pod sees the node&apos;s network interfaces and every service listening on them, every process of the node, or its shared memory. Such pods can sniff traffic, signal or inspect other containers&apos; processes and reach services bound to localhost. Remove the setting; expose ports through a Service instead of hostNetwork. Pod Security Standards: Baseline; CIS 5.2.3, 5.2.4.</source>
        <translation>hostNetwork, hostPID ou hostIPC est à true : le pod voit les interfaces réseau du nœud et tous les services qui y écoutent, tous les processus du nœud, ou sa mémoire partagée. De tels pods peuvent intercepter le trafic, envoyer des signaux aux processus d&apos;autres conteneurs ou les inspecter, et joindre les services liés à localhost. Supprimez ce paramètre ; exposez les ports via un Service plutôt qu&apos;avec hostNetwork. Pod Security Standards : Baseline ; CIS 5.2.3, 5.2.4.</translation>
    </message>
    <message>
        <source>Pod mounts a path of the node</source>
        <translation>Le pod monte un chemin du nœud</translation>
    </message>
    <message>
        <source>A hostPath volume mounts a directory or file of the node into the pod (the path is in the message). Node paths such as /, /etc, /var/run/docker.sock or /var/lib/kubelet give a container the node&apos;s credentials or its container runtime (High); other paths still expose node data and tie the pod to one node (Medium). Use emptyDir, a PersistentVolumeClaim, a ConfigMap or a CSI driver instead; where a node agent needs the path, mount it readOnly. Pod Security Standards: Baseline.</source>
        <translation>Un volume hostPath monte un répertoire ou un fichier du nœud dans le pod (le chemin figure dans le message). Des chemins du nœud comme /, /etc, /var/run/docker.sock ou /var/lib/kubelet donnent à un conteneur les identifiants du nœud ou son runtime de conteneurs (Élevée) ; les autres chemins exposent tout de même des données du nœud et lient le pod à un seul nœud (Moyenne). Utilisez plutôt emptyDir, un PersistentVolumeClaim, une ConfigMap ou un pilote CSI ; lorsqu&apos;un agent de nœud a besoin du chemin, montez-le en readOnly. Pod Security Standards : Baseline.</translation>
    </message>
    <message>
        <source>Secret passed as environment variable</source>
        <translation>Secret transmis par variable d&apos;environnement</translation>
    </message>
    <message>
        <source>The container reads a Secret through env[].valueFrom.secretKeyRef (Low) or every key of one through envFrom[].secretRef (Medium). Environment variables are inherited by child processes, printed by debug endpoints and crash reports, and cannot change while the pod runs, so the secret cannot be rotated in place. Mount the Secret as a volume (read-only files) and let the application read it from there; CIS 5.4.1.</source>
        <translation>Le conteneur lit un Secret via env[].valueFrom.secretKeyRef (Faible) ou toutes ses clés via envFrom[].secretRef (Moyenne). Les variables d&apos;environnement sont héritées par les processus enfants, affichées par les endpoints de débogage et les rapports de plantage, et ne peuvent pas changer pendant l&apos;exécution du pod : le secret ne peut donc pas faire l&apos;objet d&apos;une rotation à chaud. Montez le Secret en tant que volume (fichiers en lecture seule) et laissez l&apos;application le lire à cet endroit ; CIS 5.4.1.</translation>
    </message>
    <message>
        <source>Secret-looking literal value in the pod spec</source>
        <translation>Valeur littérale ressemblant à un secret dans la spec du pod</translation>
    </message>
    <message>
        <source>An environment variable whose name looks like a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIAL, ...) is set to a literal value in the workload&apos;s spec. Anyone who can read the Deployment or Pod, its manifests in git or the API server&apos;s audit log can read it. Bulkhead records only the variable&apos;s name, never the value. Rotate the credential, store it in a Secret (or a secret store through external-secrets or the CSI driver) and mount it as a file.</source>
        <translation>Une variable d&apos;environnement dont le nom ressemble à un identifiant (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIAL, ...) reçoit une valeur littérale dans la spec du workload. Quiconque peut lire le Deployment ou le Pod, ses manifestes dans git ou le journal d&apos;audit du serveur d&apos;API peut la lire. Bulkhead n&apos;enregistre que le nom de la variable, jamais sa valeur. Effectuez la rotation de l&apos;identifiant, stockez-le dans un Secret (ou dans un coffre de secrets via external-secrets ou le pilote CSI) et montez-le en tant que fichier.</translation>
    </message>
    <message>
        <source>Image not pinned by digest</source>
        <translation>Image non épinglée par digest</translation>
    </message>
    <message>
        <source>The image is referenced by a tag without a digest, by latest, or without any tag. A tag can be moved to other content at any time, so two nodes can run different images under one spec and a pushed image reaches production without review. Reference images by digest (`registry/app@sha256:...`, optionally with the tag for readability) and let the pipeline update the digest.</source>
        <translation>L&apos;image est référencée par un tag sans digest, par latest, ou sans aucun tag. Un tag peut être déplacé vers un autre contenu à tout moment : deux nœuds peuvent alors exécuter des images différentes pour une même spec, et une image poussée atteint la production sans revue. Référencez les images par digest (`registry/app@sha256:...`, éventuellement avec le tag pour la lisibilité) et laissez le pipeline mettre à jour le digest.</translation>
    </message>
    <message>
        <source>Image from an untrusted registry</source>
        <translation>Image provenant d&apos;un registre non fiable</translation>
    </message>
    <message>
        <source>The image&apos;s registry (Docker Hub when the reference names none) is not in the trusted registries of the settings. Images from elsewhere bypass the scanning, signing and push controls of the team&apos;s registries. Mirror the image into a trusted registry and deploy it from there, or add the registry to the trusted list if it is one; enforce the list with an admission policy.</source>
        <translation>Le registre de l&apos;image (Docker Hub lorsque la référence n&apos;en indique aucun) ne figure pas parmi les registres de confiance des paramètres. Les images venant d&apos;ailleurs échappent aux contrôles d&apos;analyse, de signature et de push des registres de l&apos;équipe. Répliquez l&apos;image dans un registre de confiance (miroir) et déployez-la depuis celui-ci, ou ajoutez le registre à la liste des registres de confiance s&apos;il en est un ; faites respecter la liste par une politique d&apos;admission.</translation>
    </message>
    <message>
        <source>Deployed image not signed and verified</source>
        <translation>Image déployée non signée ou non vérifiée</translation>
    </message>
    <message>
        <source>The registry collector found the deployed image unsigned (Medium), with an invalid signature (High) or with a signature no configured key verifies (Low). The cluster cannot tell the image the pipeline built from one pushed by anyone else with write access. Sign images in the release pipeline (cosign), configure the public key on the registry source, and verify signatures at admission (sigstore policy-controller, Kyverno).</source>
        <translation>Le collecteur de registre a trouvé l&apos;image déployée non signée (Moyenne), avec une signature invalide (Élevée) ou avec une signature qu&apos;aucune clé configurée ne vérifie (Faible). Le cluster ne peut pas distinguer l&apos;image construite par le pipeline d&apos;une image poussée par toute autre personne disposant d&apos;un accès en écriture. Signez les images dans le pipeline de release (cosign), configurez la clé publique sur la source de registre et vérifiez les signatures à l&apos;admission (sigstore policy-controller, Kyverno).</translation>
    </message>
    <message>
        <source>Service account token mounted but not needed</source>
        <translation>Jeton de compte de service monté sans nécessité</translation>
    </message>
    <message>
        <source>The pod mounts its service account&apos;s API token (automountServiceAccountToken is not false on the pod nor on the service account), yet no RoleBinding or ClusterRoleBinding grants that account anything. The token is of no use to the application but of use to an attacker in the container. Set `automountServiceAccountToken: false` on the service account or the pod; CIS 5.1.6.</source>
        <translation>Le pod monte le jeton d&apos;API de son compte de service (automountServiceAccountToken n&apos;est à false ni sur le pod ni sur le compte de service), alors qu&apos;aucun RoleBinding ni ClusterRoleBinding n&apos;accorde quoi que ce soit à ce compte. Le jeton n&apos;est d&apos;aucune utilité pour l&apos;application, mais il en a une pour un attaquant présent dans le conteneur. Définissez `automountServiceAccountToken: false` sur le compte de service ou sur le pod ; CIS 5.1.6.</translation>
    </message>
    <message>
        <source>Pod runs as the default service account</source>
        <translation>Le pod s&apos;exécute avec le compte de service par défaut</translation>
    </message>
    <message>
        <source>The pod sets no serviceAccountName (or sets default), so it shares the namespace&apos;s default service account with every other pod that does. Any permission granted to default is granted to all of them, and access cannot be told apart in audit logs. Create a service account per workload, set serviceAccountName, and grant it only what it needs; CIS 5.1.5.</source>
        <translation>Le pod ne définit aucun serviceAccountName (ou définit default) : il partage donc le compte de service default du namespace avec tous les autres pods dans le même cas. Toute permission accordée à default l&apos;est à tous ces pods, et leurs accès ne peuvent pas être distingués dans les journaux d&apos;audit. Créez un compte de service par workload, définissez serviceAccountName et ne lui accordez que ce dont il a besoin ; CIS 5.1.5.</translation>
    </message>
    <message>
        <source>Namespace has no NetworkPolicy</source>
        <translation>Le namespace n&apos;a aucune NetworkPolicy</translation>
    </message>
    <message>
        <source>No NetworkPolicy exists in the namespace, so every pod in it accepts traffic from every pod of the cluster and may connect anywhere. One compromised pod reaches all others. Add a default-deny policy for ingress and egress and allow the flows the workloads need; CIS 5.3.2.</source>
        <translation>Aucune NetworkPolicy n&apos;existe dans le namespace : chacun de ses pods accepte donc le trafic de tous les pods du cluster et peut se connecter n&apos;importe où. Un seul pod compromis atteint tous les autres. Ajoutez une politique de refus par défaut (default-deny) pour l&apos;ingress et l&apos;egress, et autorisez les flux dont les workloads ont besoin ; CIS 5.3.2.</translation>
    </message>
    <message>
        <source>Namespace has no default-deny ingress policy</source>
        <translation>Le namespace n&apos;a pas de politique default-deny en entrée</translation>
    </message>
    <message>
        <source>No NetworkPolicy in the namespace selects every pod (empty podSelector) with Ingress in its policyTypes and no ingress rules. Pods not selected by some policy accept connections from anywhere in the cluster. Add `podSelector: {}` with `policyTypes: [Ingress]` and no rules, then allow what is needed with further policies.</source>
        <translation>Aucune NetworkPolicy du namespace ne sélectionne tous les pods (podSelector vide) avec Ingress dans ses policyTypes et sans règle ingress. Les pods qu&apos;aucune politique ne sélectionne acceptent les connexions de n&apos;importe où dans le cluster. Ajoutez `podSelector: {}` avec `policyTypes: [Ingress]` et aucune règle, puis autorisez ce qui est nécessaire avec d&apos;autres politiques.</translation>
    </message>
    <message>
        <source>Namespace has no default-deny egress policy</source>
        <translation>Le namespace n&apos;a pas de politique default-deny en sortie</translation>
    </message>
    <message>
        <source>No NetworkPolicy in the namespace selects every pod with Egress in its policyTypes and no egress rules, so pods may open connections anywhere: other namespaces, the cloud metadata service, the internet. Egress limits what an attacker can reach and exfiltrate. Add `podSelector: {}` with `policyTypes: [Egress]` and no rules, then allow DNS and the needed destinations.</source>
        <translation>Aucune NetworkPolicy du namespace ne sélectionne tous les pods avec Egress dans ses policyTypes et sans règle egress ; les pods peuvent donc ouvrir des connexions n&apos;importe où : d&apos;autres namespaces, le service de métadonnées du cloud, Internet. Le filtrage en sortie limite ce qu&apos;un attaquant peut atteindre et exfiltrer. Ajoutez `podSelector: {}` avec `policyTypes: [Egress]` et aucune règle, puis autorisez le DNS et les destinations nécessaires.</translation>
    </message>
    <message>
        <source>Cluster reached without TLS verification</source>
        <translation>Cluster contacté sans vérification TLS</translation>
    </message>
    <message>
        <source>The kubeconfig sets insecure-skip-tls-verify for this cluster: Bulkhead (and kubectl) accept any certificate from the API server, so anyone on the network path can read the credentials sent to it and answer in its name. Put the cluster&apos;s CA in the kubeconfig (certificate-authority-data) and remove insecure-skip-tls-verify.</source>
        <translation>Le kubeconfig définit insecure-skip-tls-verify pour ce cluster : Bulkhead (et kubectl) acceptent n&apos;importe quel certificat présenté par le serveur d&apos;API, si bien que n&apos;importe qui sur le chemin réseau peut lire les identifiants qui lui sont envoyés et répondre à sa place. Placez la CA du cluster dans le kubeconfig (certificate-authority-data) et supprimez insecure-skip-tls-verify.</translation>
    </message>
    <message>
        <source>Role grants wildcard permissions</source>
        <translation>Le rôle accorde des permissions avec joker</translation>
    </message>
    <message>
        <source>A rule of the bound role has &quot;*&quot; in its verbs, resources or apiGroups. A wildcard grants every verb, resource or API group the cluster serves, including the ones added later by new Kubernetes versions and CRDs, so nobody can say what the binding allows. Cluster-wide (a ClusterRoleBinding, or a RoleBinding in kube-system): High; in one namespace: Medium. List the verbs and resources the subjects need instead. CIS 5.1.3.</source>
        <translation>Une règle du rôle lié contient « * » dans ses verbs, resources ou apiGroups. Un joker accorde tous les verbes, toutes les ressources ou tous les groupes d&apos;API que sert le cluster, y compris ceux qu&apos;ajouteront plus tard de nouvelles versions de Kubernetes et des CRD : personne ne peut donc dire ce que le binding autorise. À l&apos;échelle du cluster (un ClusterRoleBinding, ou un RoleBinding dans kube-system) : Élevée ; dans un seul namespace : Moyenne. Listez plutôt les verbes et les ressources dont les sujets ont besoin. CIS 5.1.3.</translation>
    </message>
    <message>
        <source>cluster-admin (or an equivalent role) is bound</source>
        <translation>cluster-admin (ou un rôle équivalent) est lié</translation>
    </message>
    <message>
        <source>The binding grants the ClusterRole cluster-admin, or a role with a rule for every verb on every resource of every API group. Its subjects can do anything in the cluster (Critical), or in the binding&apos;s namespace, including reading every secret and changing its roles (High). Keep cluster-admin for break-glass accounts; give people and controllers narrower roles (admin, edit, view, or a role of their own). CIS 5.1.1.</source>
        <translation>Le binding accorde le ClusterRole cluster-admin, ou un rôle comportant une règle pour tous les verbes sur toutes les ressources de tous les groupes d&apos;API. Ses sujets peuvent tout faire dans le cluster (Critique), ou dans le namespace du binding, y compris lire tous les secrets et modifier ses rôles (Élevée). Réservez cluster-admin aux comptes d&apos;urgence (break-glass) ; donnez aux personnes et aux contrôleurs des rôles plus restreints (admin, edit, view, ou un rôle qui leur est propre). CIS 5.1.1.</translation>
    </message>
    <message>
        <source>Role can read secrets</source>
        <translation>Le rôle peut lire les secrets</translation>
    </message>
    <message>
        <source>The binding grants get, list or watch on secrets. Secrets hold passwords, API keys, TLS keys and (on older clusters) service account tokens, so reading them usually means gaining the access they protect; list and watch return the values of every secret at once. Cluster-wide: High; in one namespace: Medium; only named secrets: one step lower. Grant get on the named secrets the workload needs (resourceNames), or mount them into its pods instead of reading them through the API. Also the evidence of SEC-4 (who can read secrets). CIS 5.1.2.</source>
        <translation>Le binding accorde get, list ou watch sur secrets. Les secrets contiennent des mots de passe, des clés d&apos;API, des clés TLS et (sur les clusters plus anciens) des jetons de compte de service : les lire revient généralement à obtenir l&apos;accès qu&apos;ils protègent ; list et watch renvoient d&apos;un coup les valeurs de tous les secrets. À l&apos;échelle du cluster : Élevée ; dans un seul namespace : Moyenne ; secrets nommés uniquement : un niveau en dessous. Accordez get sur les seuls secrets nommés dont le workload a besoin (resourceNames), ou montez-les dans ses pods au lieu de les lire via l&apos;API. Sert aussi de preuve pour SEC-4 (qui peut lire les secrets). CIS 5.1.2.</translation>
    </message>
    <message>
        <source>Role can exec into, attach to or port-forward to pods</source>
        <translation>Le rôle peut exécuter des commandes dans les pods, s&apos;y attacher ou rediriger leurs ports</translation>
    </message>
    <message>
        <source>The binding grants create or get on pods/exec, pods/attach or pods/portforward. Its subjects can run commands inside running containers and reach their ports, and so read the secrets, tokens and data those containers hold, bypassing the application&apos;s own access control. Cluster-wide: High; in one namespace: Medium. Keep exec for break-glass roles, use logs and metrics for day-to-day debugging, and audit its use.</source>
        <translation>Le binding accorde create ou get sur pods/exec, pods/attach ou pods/portforward. Ses sujets peuvent exécuter des commandes dans les conteneurs en cours d&apos;exécution et atteindre leurs ports, et donc lire les secrets, les jetons et les données que ces conteneurs détiennent, en contournant le contrôle d&apos;accès propre à l&apos;application. À l&apos;échelle du cluster : Élevée ; dans un seul namespace : Moyenne. Réservez exec aux rôles d&apos;urgence (break-glass), utilisez les journaux et les métriques pour le débogage au quotidien, et auditez son utilisation.</translation>
    </message>
    <message>
        <source>Role can create pods or workload controllers</source>
        <translation>Le rôle peut créer des pods ou des contrôleurs de workloads</translation>
    </message>
    <message>
        <source>The binding grants create on pods, deployments, statefulsets, daemonsets, replicasets, jobs, cronjobs or replicationcontrollers. Whoever can create a pod in a namespace can run it as any service account of that namespace and so gains that account&apos;s permissions, and can mount the namespace&apos;s secrets and config maps, unless admission (Pod Security) stops it. Cluster-wide: High; in one namespace: Medium. Let a deployment pipeline hold this right rather than people, and keep powerful service accounts out of namespaces where others create pods. CIS 5.1.4.</source>
        <translation>Le binding accorde create sur pods, deployments, statefulsets, daemonsets, replicasets, jobs, cronjobs ou replicationcontrollers. Quiconque peut créer un pod dans un namespace peut l&apos;exécuter sous n&apos;importe quel compte de service de ce namespace, et obtient ainsi les permissions de ce compte ; il peut aussi monter les secrets et les config maps du namespace, sauf si l&apos;admission (Pod Security) l&apos;en empêche. À l&apos;échelle du cluster : Élevée ; dans un seul namespace : Moyenne. Confiez ce droit à un pipeline de déploiement plutôt qu&apos;à des personnes, et tenez les comptes de service puissants à l&apos;écart des namespaces où d&apos;autres créent des pods. CIS 5.1.4.</translation>
    </message>
    <message>
        <source>Role can escalate, bind or impersonate</source>
        <translation>Le rôle permet escalate, bind ou impersonate</translation>
    </message>
    <message>
        <source>The binding grants escalate or bind on roles or clusterroles, or impersonate on users, groups, service accounts or uids. escalate lets a subject write roles with permissions it does not have, bind lets it bind roles it does not hold, impersonate lets it act as someone else: each is a path to more privilege than the binding shows, up to cluster-admin. Cluster-wide: Critical; in one namespace: High (resourceNames do not lower it: one named role or user is enough). Remove these verbs from every role that is not the RBAC administration&apos;s own. CIS 5.1.8.</source>
        <translation>Le binding accorde escalate ou bind sur roles ou clusterroles, ou impersonate sur des utilisateurs, des groupes, des comptes de service ou des uids. escalate permet à un sujet d&apos;écrire des rôles dotés de permissions qu&apos;il n&apos;a pas, bind lui permet de lier des rôles qu&apos;il ne détient pas, impersonate lui permet d&apos;agir en tant que quelqu&apos;un d&apos;autre : chacun ouvre un chemin vers davantage de privilèges que ce que montre le binding, jusqu&apos;à cluster-admin. À l&apos;échelle du cluster : Critique ; dans un seul namespace : Élevée (resourceNames n&apos;abaisse pas ce niveau : un seul rôle ou utilisateur nommé suffit). Retirez ces verbes de tous les rôles autres que ceux de l&apos;administration RBAC elle-même. CIS 5.1.8.</translation>
    </message>
    <message>
        <source>Role can create service account tokens</source>
        <translation>Le rôle peut créer des jetons de compte de service</translation>
    </message>
    <message>
        <source>The binding grants create on serviceaccounts/token (the TokenRequest API). Its subjects can mint tokens for service accounts and then act with those accounts&apos; permissions, from anywhere and for as long as the token lives. Cluster-wide: High; in one namespace: Medium. Grant it only to the components that hand out tokens, limited by resourceNames. CIS 5.1.13.</source>
        <translation>Le binding accorde create sur serviceaccounts/token (l&apos;API TokenRequest). Ses sujets peuvent émettre des jetons pour des comptes de service, puis agir avec les permissions de ces comptes, depuis n&apos;importe où et aussi longtemps que le jeton reste valide. À l&apos;échelle du cluster : Élevée ; dans un seul namespace : Moyenne. Ne l&apos;accordez qu&apos;aux composants qui distribuent des jetons, en le limitant par resourceNames. CIS 5.1.13.</translation>
    </message>
    <message>
        <source>Role can reach the kubelet API through nodes/proxy</source>
        <translation>Le rôle peut atteindre l&apos;API du kubelet via nodes/proxy</translation>
    </message>
    <message>
        <source>The binding grants get or create on nodes/proxy. Requests through it reach the kubelet&apos;s API directly: its subjects can run commands in every pod of every node, and those requests bypass the API server&apos;s admission and audit logging. Critical. Remove nodes/proxy from every role people or applications hold; monitoring that needs kubelet metrics can use nodes/metrics. CIS 5.1.10.</source>
        <translation>Le binding accorde get ou create sur nodes/proxy. Les requêtes qui passent par là atteignent directement l&apos;API du kubelet : ses sujets peuvent exécuter des commandes dans tous les pods de tous les nœuds, et ces requêtes contournent l&apos;admission et la journalisation d&apos;audit du serveur d&apos;API. Critique. Retirez nodes/proxy de tous les rôles détenus par des personnes ou des applications ; une supervision qui a besoin des métriques du kubelet peut utiliser nodes/metrics. CIS 5.1.10.</translation>
    </message>
    <message>
        <source>Role can approve certificate signing requests</source>
        <translation>Le rôle peut approuver des demandes de signature de certificat</translation>
    </message>
    <message>
        <source>The binding grants update on certificatesigningrequests/approval together with approve on signers. Its subjects can approve their own certificate requests and so obtain a client certificate for any user or group the signer issues, for example system:masters, which no RBAC rule can restrict. High. Leave approval to the controller manager and the node bootstrap approver. CIS 5.1.11.</source>
        <translation>Le binding accorde update sur certificatesigningrequests/approval ainsi que approve sur signers. Ses sujets peuvent approuver leurs propres demandes de certificat et obtenir ainsi un certificat client pour n&apos;importe quel utilisateur ou groupe que le signataire émet, par exemple system:masters, qu&apos;aucune règle RBAC ne peut restreindre. Élevée. Laissez l&apos;approbation au controller manager et à l&apos;approbateur de bootstrap des nœuds. CIS 5.1.11.</translation>
    </message>
    <message>
        <source>Role can change admission webhooks</source>
        <translation>Le rôle peut modifier les webhooks d&apos;admission</translation>
    </message>
    <message>
        <source>The binding grants create, update, patch or delete on validatingwebhookconfigurations or mutatingwebhookconfigurations. A mutating webhook sees and may change every object written to the API server, secrets included; deleting or redirecting a validating webhook switches off the policies it enforces. High. Keep these rights with the operators that install their own webhooks. CIS 5.1.12.</source>
        <translation>Le binding accorde create, update, patch ou delete sur validatingwebhookconfigurations ou mutatingwebhookconfigurations. Un webhook de mutation voit, et peut modifier, chaque objet écrit sur le serveur d&apos;API, secrets compris ; supprimer ou rediriger un webhook de validation désactive les politiques qu&apos;il fait appliquer. Élevée. Réservez ces droits aux opérateurs qui installent leurs propres webhooks. CIS 5.1.12.</translation>
    </message>
    <message>
        <source>Role can create persistent volumes</source>
        <translation>Le rôle peut créer des volumes persistants</translation>
    </message>
    <message>
        <source>The binding grants create on persistentvolumes. A persistent volume can point at a hostPath, so whoever can create one and a pod that claims it reads and writes the node&apos;s files, past the Pod Security rules that forbid hostPath in pods. Medium. Let storage classes provision volumes dynamically and keep PersistentVolume creation with the cluster&apos;s administrators. CIS 5.1.9.</source>
        <translation>Le binding accorde create sur persistentvolumes. Un volume persistant peut pointer vers un hostPath : quiconque peut en créer un, ainsi qu&apos;un pod qui le réclame, lit et écrit les fichiers du nœud, en passant outre les règles Pod Security qui interdisent hostPath dans les pods. Moyenne. Laissez les storage classes provisionner les volumes dynamiquement et réservez la création de PersistentVolume aux administrateurs du cluster. CIS 5.1.9.</translation>
    </message>
    <message>
        <source>Binding grants access to anonymous or every authenticated user</source>
        <translation>Le binding donne accès aux utilisateurs anonymes ou à tout utilisateur authentifié</translation>
    </message>
    <message>
        <source>A subject of the binding is the user system:anonymous, the group system:unauthenticated (any request without credentials) or the group system:authenticated (every user and service account with any valid credential). Whatever the role grants, it grants to everyone who can reach the API server: Critical for anonymous access, High for every authenticated user, one step lower in one namespace; Low when the role only allows health, version and discovery URLs and self-reviews (the defaults), Medium when the role does not exist yet. Bind named users, groups or service accounts instead; CIS 5.1.7 and the guidance on anonymous access.</source>
        <translation>Un sujet du binding est l&apos;utilisateur system:anonymous, le groupe system:unauthenticated (toute requête sans identifiants) ou le groupe system:authenticated (tous les utilisateurs et comptes de service disposant d&apos;un identifiant valide, quel qu&apos;il soit). Tout ce que le rôle accorde, il l&apos;accorde à quiconque peut joindre le serveur d&apos;API : Critique pour l&apos;accès anonyme, Élevée pour tout utilisateur authentifié, un niveau en dessous dans un seul namespace ; Faible lorsque le rôle n&apos;autorise que les URL de santé, de version et de découverte ainsi que les self-reviews (les valeurs par défaut), Moyenne lorsque le rôle n&apos;existe pas encore. Liez plutôt des utilisateurs, des groupes ou des comptes de service nommés ; CIS 5.1.7 et les recommandations sur l&apos;accès anonyme.</translation>
    </message>
    <message>
        <source>Binding names a service account that does not exist</source>
        <translation>Le binding désigne un compte de service inexistant</translation>
    </message>
    <message>
        <source>A ServiceAccount subject of the binding does not exist in its namespace (service accounts were listed completely). Whoever creates a service account of that name later, perhaps in a namespace where others create pods, receives the binding&apos;s permissions without any RBAC change. Medium. Remove the subject, or the binding if it has no other subjects.</source>
        <translation>Un sujet ServiceAccount du binding n&apos;existe pas dans son namespace (les comptes de service ont été listés intégralement). Quiconque crée plus tard un compte de service portant ce nom, peut-être dans un namespace où d&apos;autres créent des pods, reçoit les permissions du binding sans aucune modification RBAC. Moyenne. Supprimez le sujet, ou le binding s&apos;il n&apos;a pas d&apos;autre sujet.</translation>
    </message>
    <message>
        <source>Binding refers to a role that does not exist</source>
        <translation>Le binding fait référence à un rôle inexistant</translation>
    </message>
    <message>
        <source>The binding&apos;s roleRef names a Role or ClusterRole that does not exist, so the binding grants nothing today. Whoever creates a role of that name later grants its rules to the binding&apos;s subjects without touching the binding, and reviews of bindings cannot see what it will grant. Low. Delete the binding, or restore the role it was made for.</source>
        <translation>Le roleRef du binding désigne un Role ou un ClusterRole qui n&apos;existe pas : le binding n&apos;accorde donc rien aujourd&apos;hui. Quiconque crée plus tard un rôle portant ce nom accorde ses règles aux sujets du binding sans toucher au binding, et les revues de bindings ne peuvent pas voir ce qu&apos;il accordera. Faible. Supprimez le binding, ou restaurez le rôle pour lequel il a été créé.</translation>
    </message>
    <message>
        <source>Secret not rotated within its rotation interval</source>
        <translation>Rotation du secret non effectuée dans son intervalle de rotation</translation>
    </message>
    <message>
        <source>The secret&apos;s last observed change is older than the rotation interval its policy sets (a rule, an interval declared on the secret, or the default). A credential that lives long gives a leak a long time to be used. The age comes from the best signal available (Vault version history, the inventory, a rotation annotation, the managedFields entry that last wrote the data, or only the creation time, which bounds the last change from below). Rotate the secret; the finding closes when a newer change is observed.</source>
        <translation>La dernière modification observée du secret est plus ancienne que l&apos;intervalle de rotation fixé par sa politique (une règle, un intervalle déclaré sur le secret, ou la valeur par défaut). Un identifiant qui vit longtemps laisse beaucoup de temps pour exploiter une fuite. L&apos;âge provient du meilleur signal disponible (historique des versions Vault, l&apos;inventaire, une annotation de rotation, l&apos;entrée managedFields qui a écrit les données en dernier, ou seulement la date de création, qui est une borne inférieure de la dernière modification). Effectuez la rotation du secret ; le constat se ferme lorsqu&apos;une modification plus récente est observée.</translation>
    </message>
    <message>
        <source>Long-lived service-account token secret</source>
        <translation>Secret de jeton de compte de service à longue durée de vie</translation>
    </message>
    <message>
        <source>A Secret of type kubernetes.io/service-account-token holds a token that never expires and stays valid until the Secret is deleted. Workloads get short-lived, audience-bound tokens through the TokenRequest API (projected volumes) without such a Secret. Delete the Secret, or where a long-lived token is truly needed, record why and rotate it.</source>
        <translation>Un Secret de type kubernetes.io/service-account-token contient un jeton qui n&apos;expire jamais et reste valide jusqu&apos;à la suppression du Secret. Les workloads obtiennent des jetons à courte durée de vie, liés à une audience, via l&apos;API TokenRequest (volumes projetés), sans recourir à un tel Secret. Supprimez le Secret ou, lorsqu&apos;un jeton à longue durée de vie est réellement nécessaire, consignez-en la raison et effectuez-en la rotation.</translation>
    </message>
    <message>
        <source>Secret exposed through environment variables</source>
        <translation>Secret exposé via des variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Workloads read this Secret through env (secretKeyRef) or envFrom. Environment variables are copied into child processes, show up in crash dumps, debug endpoints and logs, and do not change while the container runs, so a rotation needs a restart. Mount the Secret as a volume instead.</source>
        <translation>Des workloads lisent ce Secret via env (secretKeyRef) ou envFrom. Les variables d&apos;environnement sont copiées dans les processus enfants, apparaissent dans les dumps mémoire, les endpoints de débogage et les journaux, et ne changent pas pendant l&apos;exécution du conteneur : une rotation nécessite donc un redémarrage. Montez plutôt le Secret en tant que volume.</translation>
    </message>
</context>
<context>
    <name>bulkhead::CollectTask</name>
    <message>
        <source>No sources to collect.</source>
        <translation>Aucune source à collecter.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulée avant le démarrage</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>bulkhead::ImportTask</name>
    <message>
        <source>No report files found to import.</source>
        <translation>Aucun fichier de rapport à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n findings (%2 new, %3 unchanged, %4 resolved, %5 reopened), %6</source>
        <translation>
            <numerusform>%1 : %n constat (%2 nouveaux, %3 inchangés, %4 résolus, %5 rouverts), %6</numerusform>
            <numerusform>%1 : %n constats (%2 nouveaux, %3 inchangés, %4 résolus, %5 rouverts), %6</numerusform>
        </translation>
    </message>
</context>
</TS>
