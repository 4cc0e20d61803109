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
