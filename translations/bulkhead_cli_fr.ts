<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttestCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] attest CONTROL --status S --evidence TEXT [--link URL]... [--file F]...
                   [--expires YYYY-MM-DD]
       bulkheadctl [--db PATH] attest --history CONTROL [--format text|json]
       bulkheadctl [--db PATH] attest --export-file FILE_ID OUT

Records what a person vouches for about a control Bulkhead cannot check (or not fully): the
status, the evidence, links and files (stored in the store with their SHA-256), your user name,
now, and an expiry. An expired or withdrawn attestation no longer counts: the control falls back
to its evidence, or to not assessed. Attestations are never changed or deleted; a new one
replaces the previous one, and --status withdrawn ends it early.

Options:
  --status S          pass, partial, fail or withdrawn
  --evidence TEXT     what shows it (required, except for withdrawn)
  --link URL          a link to the evidence (repeat for more)
  --file F            a file to attach, at most 20 MiB (repeat for more)
  --expires DATE      the day it stops counting (YYYY-MM-DD, UTC, in the future; default: one
                      year from now)
  --history CONTROL   list the control&apos;s attestations, newest first, with their files&apos; ids
  --format F          with --history: text (default) or json
  --export-file ID    write the attached file with that id to OUT (&quot;-&quot;: standard output)
</source>
        <translation>Usage : bulkheadctl [--db PATH] attest CONTROL --status S --evidence TEXT [--link URL]... [--file F]...
                    [--expires YYYY-MM-DD]
        bulkheadctl [--db PATH] attest --history CONTROL [--format text|json]
        bulkheadctl [--db PATH] attest --export-file FILE_ID OUT

Enregistre ce dont une personne se porte garante pour un contrôle que Bulkhead ne peut pas
vérifier (ou pas entièrement) : le statut, les preuves, les liens et les fichiers (conservés dans
la base avec leur SHA-256), votre nom d’utilisateur, la date et une expiration. Une attestation
expirée ou retirée ne compte plus : le contrôle revient à ses preuves, ou à non évalué. Les
attestations ne sont jamais modifiées ni supprimées ; une nouvelle remplace la précédente, et
--status withdrawn y met fin plus tôt.

Options :
  --status S          pass, partial, fail ou withdrawn
  --evidence TEXT     ce qui le montre (obligatoire, sauf pour withdrawn)
  --link URL          un lien vers la preuve (à répéter pour en ajouter)
  --file F            un fichier à joindre, 20 Mio au plus (à répéter pour en ajouter)
  --expires DATE      le jour où elle cesse de compter (AAAA-MM-JJ, UTC, dans le futur ; par
                      défaut : dans un an)
  --history CONTROL   lister les attestations du contrôle, la plus récente d’abord, avec les
                      identifiants de leurs fichiers
  --format F          avec --history : text (par défaut) ou json
  --export-file ID    écrire le fichier joint portant cet identifiant dans OUT (« - » : sortie
                      standard)
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 by %2, expires %3</source>
        <translation>%1 par %2, expire le %3</translation>
    </message>
    <message>
        <source>    evidence: %1</source>
        <translation>    preuve : %1</translation>
    </message>
    <message>
        <source>    link: %1</source>
        <translation>    lien : %1</translation>
    </message>
    <message>
        <source>    file %1: %2, %3 bytes, sha256 %4</source>
        <translation>    fichier %1 : %2, %3 octets, SHA-256 %4</translation>
    </message>
    <message>
        <source>there is no control &quot;%1&quot; in the catalog (`bulkheadctl controls` lists them)</source>
        <translation>le catalogue ne contient aucun contrôle « %1 » (`bulkheadctl controls` les liste)</translation>
    </message>
    <message>
        <source>evidence file %1 is not a regular file</source>
        <translation>le fichier de preuve %1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>evidence file %1 does not exist</source>
        <translation>le fichier de preuve %1 n’existe pas</translation>
    </message>
    <message>
        <source>evidence file %1: %2</source>
        <translation>fichier de preuve %1 : %2</translation>
    </message>
    <message>
        <source>which control? (an id such as SEC-4)</source>
        <translation>quel contrôle ? (un identifiant comme SEC-4)</translation>
    </message>
    <message>
        <source>one control at a time</source>
        <translation>un seul contrôle à la fois</translation>
    </message>
    <message>
        <source>--format goes with --history</source>
        <translation>--format s’utilise avec --history</translation>
    </message>
    <message>
        <source>--status is required (pass, partial, fail or withdrawn)</source>
        <translation>--status est obligatoire (pass, partial, fail ou withdrawn)</translation>
    </message>
    <message>
        <source>--status must be pass, partial, fail or withdrawn, not &quot;%1&quot;</source>
        <translation>--status doit valoir pass, partial, fail ou withdrawn, pas « %1 »</translation>
    </message>
    <message>
        <source>--evidence is required: say what shows the control is met</source>
        <translation>--evidence est obligatoire : indiquez ce qui montre que le contrôle est satisfait</translation>
    </message>
    <message>
        <source>--expires takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--expires attend une date AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <source>--expires %1 is not in the future</source>
        <translation>--expires %1 n’est pas dans le futur</translation>
    </message>
    <message>
        <source>attestation %1 of %2 was not found after writing it</source>
        <translation>l’attestation %1 de %2 est introuvable après son écriture</translation>
    </message>
    <message>
        <source>recorded attestation of %1:</source>
        <translation>attestation de %1 enregistrée :</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; after --history</source>
        <translation>argument inattendu « %1 » après --history</translation>
    </message>
    <message>
        <source>%1 does not go with --history</source>
        <translation>%1 ne s’utilise pas avec --history</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format doit valoir text ou json</translation>
    </message>
    <message>
        <source>%1: no attestations</source>
        <translation>%1 : aucune attestation</translation>
    </message>
    <message>
        <source>where to? (--export-file FILE_ID OUT)</source>
        <translation>vers où ? (--export-file ID_FICHIER SORTIE)</translation>
    </message>
    <message>
        <source>one output file</source>
        <translation>un seul fichier de sortie</translation>
    </message>
    <message>
        <source>%1 does not go with --export-file</source>
        <translation>%1 ne s’utilise pas avec --export-file</translation>
    </message>
    <message>
        <source>--export-file takes a file id (`attest --history CONTROL` lists them), not &quot;%1&quot;</source>
        <translation>--export-file attend un identifiant de fichier (`attest --history CONTROL` les liste), pas « %1 »</translation>
    </message>
    <message>
        <source>there is no evidence file with id %1</source>
        <translation>aucun fichier de preuve ne porte l’identifiant %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote evidence file %1 (%2 bytes) to %3</source>
        <translation>fichier de preuve %1 (%2 octets) écrit dans %3</translation>
    </message>
    <message>
        <source>--history and --export-file do not go together</source>
        <translation>--history et --export-file ne vont pas ensemble</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attestations, newest first</source>
        <translation>
            <numerusform>%1 : %n attestation, la plus récente d’abord</numerusform>
            <numerusform>%1 : %n attestations, la plus récente d’abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkheadCtl</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] COMMAND [OPTIONS]

Container security posture from the command line, on the same store as the Bulkhead GUI.

Commands:
  import FILE|DIR...   import scanner reports (Trivy, Grype, SARIF, CycloneDX, SPDX,
                       trivy-operator, Kubescape); directories are read recursively
  findings             list findings (filters, table/csv/json)
  stats                counts by kind, severity and status
  triage FINGERPRINT.. set status, assignee or comment on findings
  source add|list|remove  registries and Kubernetes clusters to collect from
  images               images of the registry sources (filters, table/csv/json)
  workloads            workloads of the cluster sources with their checks (table/csv/json)
  rbac SUBCOMMAND      Kubernetes RBAC of the cluster sources: who-can, subject, why, review,
                       bindings, risks (`bulkheadctl rbac --help`)
  secrets              secrets of clusters, vaults and inventories with their rotation age
                       and policy; show, import-inventory, evaluate, policy
                       (`bulkheadctl secrets --help`)
  controls [show ID]   every control&apos;s status, why, and the posture score
  attest CONTROL       record a human attestation for a control (status, evidence, files)
  review diff|signoff|history  the weekly review: what changed, sign-offs
  drills SUBCOMMAND    incident drills: templates, schedule, runs, actions
                       (`bulkheadctl drills --help`)
  report --pdf FILE    the auditor&apos;s PDF report (scope, as-of date, A4/Letter) with FILE.sha256
  export KIND          findings and decisions for other tools: openvex, trivyignore, sarif
                       (`bulkheadctl export --help`)
  gate --policy FILE   evaluate a release policy: exit 0 pass, 1 violations, 2 error;
                       JUnit XML and SARIF on request (`bulkheadctl gate --help`)
  collect [NAME...]    collect registry and cluster sources (all when none is named)
  demo [--findings N]  write a labelled demo store with synthetic data (default PATH:
                       $XDG_DATA_HOME/bulkhead/demo.db; --force replaces a demo store)

Global options:
  --db PATH            store file (default: $XDG_DATA_HOME/bulkhead/bulkhead.db)
  --lang LANG          language of messages and reports: en, de or fr (default: the
                       language chosen in the GUI&apos;s settings, else the system&apos;s)
  -h, --help           this help; `bulkheadctl COMMAND --help` for a command
  --version            print the version

Exit codes: 0 success, 1 failure (e.g. a report that could not be imported), 2 usage error.
</source>
        <translation>Usage : bulkheadctl [--db PATH] COMMAND [OPTIONS]

La posture de sécurité des conteneurs en ligne de commande, sur la même base que l’interface
graphique de Bulkhead.

Commandes :
  import FILE|DIR...   importer des rapports de scanners (Trivy, Grype, SARIF, CycloneDX, SPDX,
                       trivy-operator, Kubescape) ; les répertoires sont lus récursivement
  findings             lister les constats (filtres, table/csv/json)
  stats                décomptes par type, sévérité et statut
  triage FINGERPRINT.. définir le statut, le responsable ou un commentaire de constats
  source add|list|remove  registres et clusters Kubernetes à collecter
  images               images des sources de registre (filtres, table/csv/json)
  workloads            charges de travail des sources de cluster avec leurs vérifications
                       (table/csv/json)
  rbac SUBCOMMAND      RBAC Kubernetes des sources de cluster : who-can, subject, why, review,
                       bindings, risks (`bulkheadctl rbac --help`)
  secrets              secrets des clusters, coffres et inventaires avec leur ancienneté de
                       rotation et leur politique ; show, import-inventory, evaluate, policy
                       (`bulkheadctl secrets --help`)
  controls [show ID]   le statut de chaque contrôle, sa justification et le score de posture
  attest CONTROL       enregistrer une attestation humaine pour un contrôle (statut, preuves,
                       fichiers)
  review diff|signoff|history  la revue hebdomadaire : ce qui a changé, validations
  drills SUBCOMMAND    exercices d’incident : modèles, planification, exécutions, actions
                       (`bulkheadctl drills --help`)
  report --pdf FILE    le rapport PDF pour l’auditeur (périmètre, date de référence,
                       A4/Letter) avec FILE.sha256
  export KIND          constats et décisions pour d’autres outils : openvex, trivyignore,
                       sarif (`bulkheadctl export --help`)
  gate --policy FILE   évaluer une politique de publication : code 0 conforme, 1 violations,
                       2 erreur ; JUnit XML et SARIF sur demande (`bulkheadctl gate --help`)
  collect [NAME...]    collecter les sources de registre et de cluster (toutes si aucune
                       n’est nommée)
  demo [--findings N]  écrire une base de démonstration identifiée comme telle, avec des
                       données synthétiques (PATH par défaut : $XDG_DATA_HOME/bulkhead/demo.db ;
                       --force remplace une base de démonstration)

Options globales :
  --db PATH            fichier de base (par défaut : $XDG_DATA_HOME/bulkhead/bulkhead.db)
  --lang LANG          langue des messages et des rapports : en, de ou fr (par défaut : celle
                       choisie dans les paramètres de l’interface, sinon celle du système)
  -h, --help           cette aide ; `bulkheadctl COMMAND --help` pour une commande
  --version            afficher la version

Codes de sortie : 0 succès, 1 échec (p. ex. un rapport qui n’a pas pu être importé), 2 erreur
d’utilisation.
</translation>
    </message>
    <message>
        <source>bulkheadctl: warning: %1</source>
        <translation>bulkheadctl : avertissement : %1</translation>
    </message>
    <message>
        <source>bulkheadctl: unknown language &quot;%1&quot; (shipped: %2)</source>
        <translation>bulkheadctl : langue inconnue « %1 » (disponibles : %2)</translation>
    </message>
    <message>
        <source>bulkheadctl: option %1 needs a value</source>
        <translation>bulkheadctl : l’option %1 attend une valeur</translation>
    </message>
    <message>
        <source>bulkheadctl: unknown option %1</source>
        <translation>bulkheadctl : option inconnue %1</translation>
    </message>
    <message>
        <source>bulkheadctl: no command given</source>
        <translation>bulkheadctl : aucune commande indiquée</translation>
    </message>
    <message>
        <source>bulkheadctl: unknown command &quot;%1&quot;</source>
        <translation>bulkheadctl : commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>BulkheadGui</name>
    <message>
        <source>Bulkhead</source>
        <translation>Bulkhead</translation>
    </message>
    <message>
        <source>Container security posture dashboard</source>
        <translation>Tableau de bord de la posture de sécurité des conteneurs</translation>
    </message>
    <message>
        <source>Store file to open.</source>
        <translation>Fichier de base à ouvrir.</translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <translation>Page à afficher en premier : %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a moment, then quit (for documentation).</source>
        <translation>Enregistrer une image de la fenêtre dans FILE après un instant, puis quitter (pour la documentation).</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 2000).</source>
        <translation>Millisecondes d’attente avant --screenshot (2000 par défaut).</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;; pages: %2</source>
        <translation>page inconnue « %1 » ; pages : %2</translation>
    </message>
    <message>
        <source>Cannot open the store:
%1</source>
        <translation>Impossible d’ouvrir la base :
%1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>option %1 takes no value</source>
        <translation>l’option %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
</context>
<context>
    <name>CollectCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] collect [--concurrency N] [--progress] [NAME...]

Collects sources (all of them when no NAME is given; add one with `bulkheadctl source add
registry`, `source add cluster` or `source add vault`). Registries: repositories, tags,
manifests of each platform, image configs, cosign signatures and SBOMs, and the image posture
findings. Clusters: the workloads, namespaces, RBAC objects, secret metadata (never values) and
trivy-operator reports through the Kubernetes API, judged by the workload, namespace and cluster
checks (see `bulkheadctl workloads`). Vaults: KV v2 metadata (never values), judged by the
rotation policy (see `bulkheadctl secrets`). A source is stored in one transaction: a failed or interrupted
collection leaves the store as it was. When a repository, image or Kubernetes resource fails
(e.g. forbidden), the rest is stored and nothing is removed (the run is &quot;partial&quot;).

Options:
  --concurrency N  connections per registry source (1..64; default: the source&apos;s setting)
  --progress       show progress on stderr even when it is not a terminal

One summary line per source on stdout; failures on stderr.
Exit codes: 0 every source complete, 1 a source failed, was partial or cancelled, 2 usage
error or unknown source name.
</source>
        <translation>Usage : bulkheadctl [--db PATH] collect [--concurrency N] [--progress] [NAME...]

Collecte des sources (toutes si aucun NAME n’est indiqué ; ajoutez-en une avec `bulkheadctl
source add registry`, `source add cluster` ou `source add vault`). Registres : dépôts, tags,
manifestes de chaque plateforme, configurations d’images, signatures cosign et SBOM, ainsi que
les constats sur la posture des images. Clusters : charges de travail, namespaces, objets RBAC,
métadonnées des secrets (jamais les valeurs) et rapports trivy-operator via l’API Kubernetes,
évalués par les vérifications des charges de travail, des namespaces et du cluster (voir
`bulkheadctl workloads`). Coffres : métadonnées KV v2 (jamais les valeurs), évaluées par la
politique de rotation (voir `bulkheadctl secrets`). Une source est enregistrée en une seule
transaction : une collecte échouée ou interrompue laisse la base telle quelle. Quand un dépôt,
une image ou une ressource Kubernetes échoue (p. ex. accès interdit), le reste est enregistré et
rien n’est supprimé (l’exécution est « partial »).

Options :
  --concurrency N  connexions par source de registre (1..64 ; par défaut : le réglage de la
                   source)
  --progress       afficher la progression sur stderr même hors d’un terminal

Une ligne de résumé par source sur stdout ; les échecs sur stderr.
Codes de sortie : 0 toutes les sources complètes, 1 une source en échec, partielle ou annulée,
2 erreur d’utilisation ou nom de source inconnu.
</translation>
    </message>
    <message>
        <source>warning: %1: posture snapshot not recorded: %2</source>
        <translation>avertissement : %1 : instantané de la posture non enregistré : %2</translation>
    </message>
    <message>
        <source>bulkheadctl collect: --concurrency takes a number from 1 to 64</source>
        <translation>bulkheadctl collect : --concurrency attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>bulkheadctl collect: no sources (add one with `bulkheadctl source add registry`, `bulkheadctl source add cluster` or `bulkheadctl source add vault`)</source>
        <translation>bulkheadctl collect : aucune source (ajoutez-en une avec `bulkheadctl source add registry`, `bulkheadctl source add cluster` ou `bulkheadctl source add vault`)</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
</context>
<context>
    <name>ControlsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] controls [--format table|json|csv] [--area A] [--status S]
       bulkheadctl [--db PATH] controls show ID [--format table|json]

Every control of the practice guide&apos;s catalog with its status (pass, partial, fail, attested,
not_assessed) and why, computed from what the store holds (findings, collected images,
workloads, RBAC, secrets, drills) and the attestations recorded with `bulkheadctl attest`;
then the posture score overall and per area with its coverage (controls not assessed are
left out of the score). docs/controls-and-score.md explains the rules and the weights.

Options:
  --area A       only this area: build, runtime, secrets, identity, supply-chain,
                 incident-readiness (comma-separated for several)
  --status S     only controls with this status: pass, partial, fail, attested,
                 not_assessed (comma-separated for several)
  --format F     table (default), csv (one row per control) or json (an object with
                 &quot;controls&quot; and &quot;score&quot;)

`controls show ID` prints one control (BLD-3): the practice, how it is checked, each measure
with its numbers and examples, the newest attestation, and how its area&apos;s score is made.
</source>
        <translation>Usage : bulkheadctl [--db PATH] controls [--format table|json|csv] [--area A] [--status S]
        bulkheadctl [--db PATH] controls show ID [--format table|json]

Chaque contrôle du catalogue du guide de pratiques avec son statut (pass, partial, fail,
attested, not_assessed) et sa justification, calculés à partir du contenu de la base (constats,
images collectées, charges de travail, RBAC, secrets, exercices) et des attestations
enregistrées avec `bulkheadctl attest` ; puis le score de posture global et par domaine avec sa
couverture (les contrôles non évalués sont exclus du score). docs/controls-and-score.md
explique les règles et les poids.

Options :
  --area A       ce domaine seulement : build, runtime, secrets, identity, supply-chain,
                 incident-readiness (séparés par des virgules pour plusieurs)
  --status S     seulement les contrôles ayant ce statut : pass, partial, fail, attested,
                 not_assessed (séparés par des virgules pour plusieurs)
  --format F     table (par défaut), csv (une ligne par contrôle) ou json (un objet avec
                 « controls » et « score »)

`controls show ID` affiche un contrôle (BLD-3) : la pratique, la façon dont il est vérifié,
chaque indicateur avec ses chiffres et exemples, l’attestation la plus récente et la
construction du score de son domaine.
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] controls show ID [--format table|json]

One control: the practice and how Bulkhead checks it, its status and why, every measure with
its numbers, examples and where to look in the GUI, the newest attestation (valid, expired or
withdrawn) with its files&apos; SHA-256, and the working of its area&apos;s score and the overall score.
</source>
        <translation>Usage : bulkheadctl [--db PATH] controls show ID [--format table|json]

Un contrôle : la pratique et la façon dont Bulkhead la vérifie, son statut et sa justification,
chaque indicateur avec ses chiffres, ses exemples et l’endroit où regarder dans l’interface,
l’attestation la plus récente (valide, expirée ou retirée) avec le SHA-256 de ses fichiers, et
le calcul du score de son domaine et du score global.
</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 sur %2 évalués</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>COVERAGE</source>
        <translation>COUVERTURE</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1 of %2 controls assessed</source>
        <translation>%1 contrôles évalués sur %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format doit valoir table, csv ou json</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot; (build, runtime, secrets, identity, supply-chain, incident-readiness)</source>
        <translation>domaine inconnu « %1 » (build, runtime, secrets, identity, supply-chain, incident-readiness)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (pass, partial, fail, attested, not_assessed)</source>
        <translation>statut inconnu « %1 » (pass, partial, fail, attested, not_assessed)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POURQUOI</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>nothing collected speaks to it</source>
        <translation>rien de ce qui est collecté ne s’y rapporte</translation>
    </message>
    <message>
        <source>%1, so not assessed.</source>
        <translation>%1, donc non évalué.</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <translation>%1 où %2</translation>
    </message>
    <message>
        <source>shown in:</source>
        <translation>affiché dans :</translation>
    </message>
    <message>
        <source>Attestation (%1 mode)</source>
        <translation>Attestation (mode %1)</translation>
    </message>
    <message>
        <source>none recorded. One would show that %1:</source>
        <translation>aucune enregistrée. Une attestation montrerait que %1 :</translation>
    </message>
    <message>
        <source>  bulkheadctl attest %1 --status pass --evidence TEXT [--link URL] [--file F]</source>
        <translation>  bulkheadctl attest %1 --status pass --evidence TEXT [--link URL] [--file F]</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>expired, ignored</source>
        <translation>expirée, ignorée</translation>
    </message>
    <message>
        <source>not in force yet</source>
        <translation>pas encore en vigueur</translation>
    </message>
    <message>
        <source>valid, counted</source>
        <translation>valide, prise en compte</translation>
    </message>
    <message>
        <source>valid, the evidence decides</source>
        <translation>valide, les preuves décident</translation>
    </message>
    <message>
        <source>  #%1 %2 by %3 on %4, expires %5 (%6)</source>
        <translation>  #%1 %2 par %3 le %4, expire le %5 (%6)</translation>
    </message>
    <message>
        <source>    link: %1</source>
        <translation>    lien : %1</translation>
    </message>
    <message>
        <source>    file: %1 (%2 bytes, sha256 %3)</source>
        <translation>    fichier : %1 (%2 octets, SHA-256 %3)</translation>
    </message>
    <message>
        <source>  History: bulkheadctl attest --history %1</source>
        <translation>  Historique : bulkheadctl attest --history %1</translation>
    </message>
    <message>
        <source>which control? (an id such as BLD-3)</source>
        <translation>quel contrôle ? (un identifiant comme BLD-3)</translation>
    </message>
    <message>
        <source>one control at a time</source>
        <translation>un seul contrôle à la fois</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit valoir table ou json</translation>
    </message>
    <message>
        <source>no control &quot;%1&quot; in the catalog (`bulkheadctl controls` lists them)</source>
        <translation>aucun contrôle « %1 » dans le catalogue (`bulkheadctl controls` les liste)</translation>
    </message>
    <message>
        <source>error: control %1 was not assessed</source>
        <translation>erreur : le contrôle %1 n’a pas été évalué</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (poids %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Measures (%1)</source>
        <translation>Indicateurs (%1)</translation>
    </message>
    <message>
        <source>  none: nothing Bulkhead collects speaks to this control yet</source>
        <translation>  aucun : rien de ce que Bulkhead collecte ne se rapporte encore à ce contrôle</translation>
    </message>
    <message>
        <source>Score working (%1)</source>
        <translation>Calcul du score (%1)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>sous-commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] demo [--findings N] [--force]

Writes a demo store: synthetic but realistic scans of ~40 images and ~55 Kubernetes workloads
over the last twelve weeks (Trivy, Grype, Kubescape), with resolved and reopened findings and
triage decisions, so that every view has something to show. The store is marked as a demo.

  --findings N   findings in the store, exactly (default 50000, at most 10000000)
  --force        replace an existing demo store at PATH

PATH defaults to $XDG_DATA_HOME/bulkhead/demo.db, beside (never instead of) the default store.
A file at PATH that is not a demo store is never touched: the command refuses (exit code 2).
</source>
        <translation>Usage : bulkheadctl [--db PATH] demo [--findings N] [--force]

Écrit une base de démonstration : des analyses synthétiques mais réalistes d’environ 40 images
et 55 charges de travail Kubernetes sur les douze dernières semaines (Trivy, Grype, Kubescape),
avec des constats résolus et rouverts et des décisions de tri, pour que chaque vue ait quelque
chose à montrer. La base est marquée comme base de démonstration.

  --findings N   nombre exact de constats dans la base (50000 par défaut, 10000000 au plus)
  --force        remplacer une base de démonstration existante à PATH

PATH vaut par défaut $XDG_DATA_HOME/bulkhead/demo.db, à côté (jamais à la place) de la base par
défaut. Un fichier à PATH qui n’est pas une base de démonstration n’est jamais touché : la
commande refuse (code de sortie 2).
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>bulkheadctl demo: --findings must be a whole number from 0 to %1</source>
        <translation>bulkheadctl demo : --findings doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>bulkheadctl demo: %1 exists and is not a demo store; refusing to overwrite it.
Choose another path with --db PATH.</source>
        <translation>bulkheadctl demo : %1 existe et n’est pas une base de démonstration ; refus de l’écraser.
Choisissez un autre chemin avec --db PATH.</translation>
    </message>
    <message>
        <source>bulkheadctl demo: a demo store already exists at %1; use --force to replace it.</source>
        <translation>bulkheadctl demo : une base de démonstration existe déjà à %1 ; utilisez --force pour la remplacer.</translation>
    </message>
    <message>
        <source>writing demo reports: %1/%2</source>
        <translation>écriture des rapports de démonstration : %1/%2</translation>
    </message>
    <message>
        <source>writing triage decisions...</source>
        <translation>écriture des décisions de tri...</translation>
    </message>
    <message>
        <source>Demo store written: %1 (%2 s)</source>
        <translation>Base de démonstration écrite : %1 (%2 s)</translation>
    </message>
    <message>
        <source>  findings:  %1 (%2 open or confirmed)</source>
        <translation>  constats : %1 (%2 ouverts ou confirmés)</translation>
    </message>
    <message>
        <source>  assets:    %1 images, %2 Kubernetes workloads</source>
        <translation>  actifs :   %1 images, %2 charges de travail Kubernetes</translation>
    </message>
    <message>
        <source>  reports:   %1 scans over twelve weeks (Trivy, Grype, Kubescape)</source>
        <translation>  rapports : %1 analyses sur douze semaines (Trivy, Grype, Kubescape)</translation>
    </message>
    <message>
        <source>  triage:    %1 false positives, %2 risks accepted (%3 expire within 14 days), %4 mitigated, %5 confirmed, %6 assigned, %7 comments</source>
        <translation>  tri :      %1 faux positifs, %2 risques acceptés (%3 expirent sous 14 jours), %4 atténués, %5 confirmés, %6 attribués, %7 commentaires</translation>
    </message>
    <message>
        <source>Open it with:  bulkhead --db %1</source>
        <translation>Pour l’ouvrir :  bulkhead --db %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>DrillsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] drills SUBCOMMAND [OPTIONS]

Incident drills: tabletop exercises held on a cadence (INC-2) and post-incident reviews (INC-3).
A drill is scheduled from a template; each run copies the template&apos;s checklist. A run completes
when every checklist item is done or carries a note saying why not.

Subcommands:
  templates [--format table|json]            the built-in and your own templates
  template add FILE.json                     add a template of your own (the format of
                                             `drills template show KEY`)
  template show KEY                          a template as JSON (copy a built-in to edit it)
  list [--all] [--format table|json]         scheduled drills: last run, next due, actions
  schedule TEMPLATE_KEY --name N [--owner O] [--cadence DAYS]
                                             schedule a drill (cadence 0: on demand)
  start NAME [--date YYYY-MM-DD] [--participant P]... [--incident TEXT]
                                             start a run of the drill (default date: today)
  check RUN_ID ITEM_NO [--done|--undone] [--evidence T] [--notes T]
                                             record a checklist item
  action RUN_ID --text T [--owner O] [--due YYYY-MM-DD] [--control ID]
                                             add an action item to a run
  action-done ACTION_ID                      mark an action item done
  complete RUN_ID                            complete a run
  show NAME|RUN_ID [--format text|json]      a drill with its runs, or one run
  archive NAME [--restore]                   retire a drill (its runs stay as history) or restore it
</source>
        <translation>Usage : bulkheadctl [--db PATH] drills SUBCOMMAND [OPTIONS]

Exercices d’incident : exercices sur table selon une cadence (INC-2) et retours d’expérience
après incident (INC-3). Un exercice est planifié à partir d’un modèle ; chaque exécution copie
la liste de contrôle du modèle. Une exécution est terminée quand chaque élément de la liste est
fait ou porte une note expliquant pourquoi il ne l’est pas.

Sous-commandes :
  templates [--format table|json]            les modèles intégrés et les vôtres
  template add FILE.json                     ajouter un modèle à vous (au format de
                                             `drills template show KEY`)
  template show KEY                          un modèle en JSON (copiez un modèle intégré pour
                                             le modifier)
  list [--all] [--format table|json]         exercices planifiés : dernière exécution,
                                             prochaine échéance, actions
  schedule TEMPLATE_KEY --name N [--owner O] [--cadence DAYS]
                                             planifier un exercice (cadence 0 : à la demande)
  start NAME [--date YYYY-MM-DD] [--participant P]... [--incident TEXT]
                                             démarrer une exécution de l’exercice (date par
                                             défaut : aujourd’hui)
  check RUN_ID ITEM_NO [--done|--undone] [--evidence T] [--notes T]
                                             enregistrer un élément de la liste de contrôle
  action RUN_ID --text T [--owner O] [--due YYYY-MM-DD] [--control ID]
                                             ajouter une action à une exécution
  action-done ACTION_ID                      marquer une action comme faite
  complete RUN_ID                            terminer une exécution
  show NAME|RUN_ID [--format text|json]      un exercice avec ses exécutions, ou une exécution
  archive NAME [--restore]                   retirer un exercice (ses exécutions restent dans
                                             l’historique) ou le restaurer
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>cadence in days</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit valoir table ou json</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>CADENCE</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ÉLÉMENTS</translation>
    </message>
    <message>
        <source>CONTROLS</source>
        <translation>CONTRÔLES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>use `drills template add FILE.json` or `drills template show KEY`</source>
        <translation>utilisez `drills template add FILE.json` ou `drills template show KEY`</translation>
    </message>
    <message>
        <source>no drill template with the key %1 (see `bulkheadctl drills templates`)</source>
        <translation>aucun modèle d’exercice avec la clé %1 (voir `bulkheadctl drills templates`)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>added drill template %1 (%2 checklist items)</source>
        <translation>modèle d’exercice %1 ajouté (%2 éléments de liste de contrôle)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>PROCHAINE ÉCHÉANCE</translation>
    </message>
    <message>
        <source>ACTIONS (OPEN/OVERDUE)</source>
        <translation>ACTIONS (OUVERTES/EN RETARD)</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archivé)</translation>
    </message>
    <message>
        <source>which template? (see `bulkheadctl drills templates`)</source>
        <translation>quel modèle ? (voir `bulkheadctl drills templates`)</translation>
    </message>
    <message>
        <source>one template at a time</source>
        <translation>un seul modèle à la fois</translation>
    </message>
    <message>
        <source>--name is required (the drill&apos;s name, unique)</source>
        <translation>--name est obligatoire (le nom de l’exercice, unique)</translation>
    </message>
    <message>
        <source>--cadence takes a number of days (0: on demand)</source>
        <translation>--cadence attend un nombre de jours (0 : à la demande)</translation>
    </message>
    <message>
        <source>every %1 days, first due %2</source>
        <translation>tous les %1 jours, première échéance le %2</translation>
    </message>
    <message>
        <source>scheduled drill %1 from %2: %3</source>
        <translation>exercice %1 planifié depuis %2 : %3</translation>
    </message>
    <message>
        <source>drill %1: no drill template with the key %2 (see `bulkheadctl drills templates`)</source>
        <translation>exercice %1 : aucun modèle d’exercice avec la clé %2 (voir `bulkheadctl drills templates`)</translation>
    </message>
    <message>
        <source>run %1  held %2  %3 on %4</source>
        <translation>exécution %1  tenue le %2  %3 le %4</translation>
    </message>
    <message>
        <source>run %1  held %2  %3</source>
        <translation>exécution %1  tenue le %2  %3</translation>
    </message>
    <message>
        <source>  participants: %1</source>
        <translation>  participants : %1</translation>
    </message>
    <message>
        <source>  incident: %1</source>
        <translation>  incident : %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  notes : %1</translation>
    </message>
    <message>
        <source>  checklist: %1 of %2 done</source>
        <translation>  liste de contrôle : %1 sur %2 faits</translation>
    </message>
    <message>
        <source>         evidence: %1</source>
        <translation>         preuve : %1</translation>
    </message>
    <message>
        <source>         notes: %1</source>
        <translation>         notes : %1</translation>
    </message>
    <message>
        <source>  actions:</source>
        <translation>  actions :</translation>
    </message>
    <message>
        <source>done</source>
        <comment>action item</comment>
        <translation>faite</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>open</source>
        <comment>action item</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3)</source>
        <translation>%1 (responsable %2, échéance %3)</translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3, control %4)</source>
        <translation>%1 (responsable %2, échéance %3, contrôle %4)</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format doit valoir text ou json</translation>
    </message>
    <message>
        <source>which drill? (its name, or a run id)</source>
        <translation>quel exercice ? (son nom, ou un identifiant d’exécution)</translation>
    </message>
    <message>
        <source>no drill named %1 and no drill run with id %2</source>
        <translation>aucun exercice nommé %1 ni aucune exécution d’identifiant %2</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>no drill named %1 (see `bulkheadctl drills list --all`)</source>
        <translation>aucun exercice nommé %1 (voir `bulkheadctl drills list --all`)</translation>
    </message>
    <message>
        <source>drill %1 (archived)</source>
        <translation>exercice %1 (archivé)</translation>
    </message>
    <message>
        <source>  template:  %1 (%2)</source>
        <translation>  modèle :             %1 (%2)</translation>
    </message>
    <message>
        <source>  kind:      %1; controls %2</source>
        <translation>  type :               %1 ; contrôles %2</translation>
    </message>
    <message>
        <source>  owner:     %1</source>
        <translation>  responsable :        %1</translation>
    </message>
    <message>
        <source>  cadence:   every %1 days</source>
        <translation>  cadence :            tous les %1 jours</translation>
    </message>
    <message>
        <source>  cadence:   on demand</source>
        <translation>  cadence :            à la demande</translation>
    </message>
    <message>
        <source>  last run:  completed %1</source>
        <translation>  dernière exécution : terminée le %1</translation>
    </message>
    <message>
        <source>  last run:  never completed</source>
        <translation>  dernière exécution : jamais terminée</translation>
    </message>
    <message>
        <source>  next due:  %1 (OVERDUE)</source>
        <translation>  prochaine échéance : %1 (EN RETARD)</translation>
    </message>
    <message>
        <source>  next due:  %1</source>
        <translation>  prochaine échéance : %1</translation>
    </message>
    <message>
        <source>  actions:   %1 open, %2 overdue</source>
        <translation>  actions :            %1 ouvertes, %2 en retard</translation>
    </message>
    <message>
        <source>  runs:      %1</source>
        <translation>  exécutions :         %1</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>scénario : %1</translation>
    </message>
    <message>
        <source>which drill? (its name; see `bulkheadctl drills list`)</source>
        <translation>quel exercice ? (son nom ; voir `bulkheadctl drills list`)</translation>
    </message>
    <message>
        <source>--date takes a day YYYY-MM-DD</source>
        <translation>--date attend un jour AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>no drill named %1 (see `bulkheadctl drills list`)</source>
        <translation>aucun exercice nommé %1 (voir `bulkheadctl drills list`)</translation>
    </message>
    <message>
        <source>started run %1 of drill %2, held %3: %4 checklist items (`bulkheadctl drills check %5 ITEM_NO --done`)</source>
        <translation>exécution %1 de l’exercice %2 démarrée, tenue le %3 : %4 éléments de liste de contrôle (`bulkheadctl drills check %5 ITEM_NO --done`)</translation>
    </message>
    <message>
        <source>a run id is a number, not %1 (see `bulkheadctl drills show NAME`)</source>
        <translation>un identifiant d’exécution est un nombre, pas %1 (voir `bulkheadctl drills show NAME`)</translation>
    </message>
    <message>
        <source>no drill run with id %1</source>
        <translation>aucune exécution d’exercice d’identifiant %1</translation>
    </message>
    <message>
        <source>RUN_ID and ITEM_NO are needed</source>
        <translation>RUN_ID et ITEM_NO sont nécessaires</translation>
    </message>
    <message>
        <source>--done or --undone, not both</source>
        <translation>--done ou --undone, pas les deux</translation>
    </message>
    <message>
        <source>ITEM_NO is the item&apos;s number in the checklist</source>
        <translation>ITEM_NO est le numéro de l’élément dans la liste de contrôle</translation>
    </message>
    <message>
        <source>drill %1: run %2 has checklist items 1 to %3, not %4</source>
        <translation>exercice %1 : l’exécution %2 a les éléments 1 à %3, pas %4</translation>
    </message>
    <message>
        <source>drill %1, run %2, item %3: %4</source>
        <translation>exercice %1, exécution %2, élément %3 : %4</translation>
    </message>
    <message>
        <source>done</source>
        <comment>checklist item</comment>
        <translation>fait</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <source>not done (explained)</source>
        <translation>non fait (justifié)</translation>
    </message>
    <message>
        <source>which run? (RUN_ID)</source>
        <translation>quelle exécution ? (RUN_ID)</translation>
    </message>
    <message>
        <source>--text is required (what changes)</source>
        <translation>--text est obligatoire (ce qui change)</translation>
    </message>
    <message>
        <source>--due takes a day YYYY-MM-DD</source>
        <translation>--due attend un jour AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>drill %1, run %2: action item #%3 added</source>
        <translation>exercice %1, exécution %2 : action #%3 ajoutée</translation>
    </message>
    <message>
        <source>which action item? (ACTION_ID, a number)</source>
        <translation>quelle action ? (ACTION_ID, un nombre)</translation>
    </message>
    <message>
        <source>no drill action item with id %1</source>
        <translation>aucune action d’exercice d’identifiant %1</translation>
    </message>
    <message>
        <source>drill %1: action item #%2 was done on %3</source>
        <translation>exercice %1 : l’action #%2 a été faite le %3</translation>
    </message>
    <message>
        <source>drill %1: action item #%2 done</source>
        <translation>exercice %1 : action #%2 faite</translation>
    </message>
    <message>
        <source>drill %1: run %2 completed</source>
        <translation>exercice %1 : exécution %2 terminée</translation>
    </message>
    <message>
        <source>note: the review has no action items; INC-3 counts a review without any as failing (`bulkheadctl drills action RUN_ID --text T --owner O --due DATE`)</source>
        <translation>remarque : le retour d’expérience n’a aucune action ; INC-3 considère un retour d’expérience sans action comme non conforme (`bulkheadctl drills action RUN_ID --text T --owner O --due DATE`)</translation>
    </message>
    <message>
        <source>next due: %1</source>
        <translation>prochaine échéance : %1</translation>
    </message>
    <message>
        <source>which drill? (its name)</source>
        <translation>quel exercice ? (son nom)</translation>
    </message>
    <message>
        <source>drill %1 archived</source>
        <translation>exercice %1 archivé</translation>
    </message>
    <message>
        <source>drill %1 restored</source>
        <translation>exercice %1 restauré</translation>
    </message>
    <message>
        <source>no subcommand given</source>
        <translation>aucune sous-commande indiquée</translation>
    </message>
    <message>
        <source>unknown subcommand %1</source>
        <translation>sous-commande inconnue %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] export KIND [--out FILE] [--scope KEY=V[,V...]]...

Decisions and findings in formats other tools read back:
  openvex      OpenVEX 0.2.0 document of the vulnerability decisions: false positive -&gt;
               not_affected, mitigated -&gt; not_affected (or fixed), risk accepted -&gt; affected
               with the acceptance as action statement, confirmed -&gt; under_investigation
               (`trivy image --vex FILE IMAGE`)
  trivyignore  .trivyignore.yaml of the accepted risks (with their expiry) and false positives
               (`trivy image --ignorefile FILE IMAGE`)
  sarif        SARIF 2.1.0 of the open and confirmed findings, one run per scanner (GitHub
               code scanning and other dashboards)

Options:
  --out FILE     write FILE (atomically: never a partial file under the name) and
                 FILE.sha256 in `sha256sum` format, and record it in the report history;
                 without --out the document goes to stdout and nothing is recorded
  --scope K=V    only findings in scope: cluster=NAME, namespace=NS, registry=HOST or
                 registry source, source=SOURCE or scanner (trivy, grype, ...); several
                 values separated by commas; repeated --scope options add up

Exit status: 0 written, 1 the store could not be read or the file not written, 2 usage.
docs/exports.md describes the formats and how each triage decision maps to them.
</source>
        <translation>Usage : bulkheadctl [--db PATH] export KIND [--out FILE] [--scope KEY=V[,V...]]...

Décisions et constats dans des formats que d’autres outils relisent :
  openvex      document OpenVEX 0.2.0 des décisions sur les vulnérabilités : faux positif -&gt;
               not_affected, atténué -&gt; not_affected (ou fixed), risque accepté -&gt; affected
               avec l’acceptation comme action statement, confirmé -&gt; under_investigation
               (`trivy image --vex FILE IMAGE`)
  trivyignore  .trivyignore.yaml des risques acceptés (avec leur expiration) et des faux
               positifs (`trivy image --ignorefile FILE IMAGE`)
  sarif        SARIF 2.1.0 des constats ouverts et confirmés, un run par scanner (GitHub
               code scanning et autres tableaux de bord)

Options :
  --out FILE     écrire FILE (de façon atomique : jamais de fichier partiel sous ce nom) et
                 FILE.sha256 au format `sha256sum`, et l’enregistrer dans l’historique des
                 rapports ; sans --out, le document va sur stdout et rien n’est enregistré
  --scope K=V    seulement les constats du périmètre : cluster=NAME, namespace=NS,
                 registry=HOST ou source de registre, source=SOURCE ou scanner (trivy,
                 grype, ...) ; plusieurs valeurs séparées par des virgules ; les options
                 --scope répétées se cumulent

Code de sortie : 0 écrit, 1 la base n’a pas pu être lue ou le fichier écrit, 2 erreur
d’utilisation. docs/exports.md décrit les formats et la correspondance de chaque décision de
tri.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statements to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>%n déclaration écrite dans %1 (somme de contrôle dans %2.sha256)</numerusform>
            <numerusform>%n déclarations écrites dans %1 (somme de contrôle dans %2.sha256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n results to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>%n résultat écrit dans %1 (somme de contrôle dans %2.sha256)</numerusform>
            <numerusform>%n résultats écrits dans %1 (somme de contrôle dans %2.sha256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ignore entries to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>%n entrée d’exclusion écrite dans %1 (somme de contrôle dans %2.sha256)</numerusform>
            <numerusform>%n entrées d’exclusion écrites dans %1 (somme de contrôle dans %2.sha256)</numerusform>
        </translation>
    </message>
    <message>
        <source>which export? openvex, trivyignore or sarif</source>
        <translation>quel export ? openvex, trivyignore ou sarif</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot; (openvex, trivyignore, sarif)</source>
        <translation>export inconnu « %1 » (openvex, trivyignore, sarif)</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out attend un nom de fichier</translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] findings [OPTIONS]

Lists findings, worst first. Filters combine with AND; a repeated filter means any of them.

Options:
  --severity S   critical, high, medium, low, info, unknown (repeatable, or comma separated)
  --status S     open, confirmed, false_positive, risk_accepted, mitigated, resolved
  --kind K       vulnerability, misconfiguration, secret
  --search TEXT  words of the rule id, title or description (full text, the last word
                 as a prefix) or part of the package name
  --limit N      at most N findings
  --format F     table (default), csv or json (an array of objects)
</source>
        <translation>Usage : bulkheadctl [--db PATH] findings [OPTIONS]

Liste les constats, les plus graves d’abord. Les filtres se combinent par ET ; un filtre répété
signifie l’une quelconque de ses valeurs.

Options :
  --severity S   critical, high, medium, low, info, unknown (répétable, ou séparé par des
                 virgules)
  --status S     open, confirmed, false_positive, risk_accepted, mitigated, resolved
  --kind K       vulnerability, misconfiguration, secret
  --search TEXT  mots de l’identifiant de règle, du titre ou de la description (texte intégral,
                 le dernier mot comme préfixe) ou partie du nom du paquet
  --limit N      N constats au plus
  --format F     table (par défaut), csv ou json (un tableau d’objets)
</translation>
    </message>
    <message>
        <source>bulkheadctl findings: %1 does not accept &quot;%2&quot;</source>
        <translation>bulkheadctl findings : %1 n’accepte pas « %2 »</translation>
    </message>
    <message>
        <source>bulkheadctl findings: unexpected argument &quot;%1&quot;</source>
        <translation>bulkheadctl findings : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>bulkheadctl findings: --limit takes a number</source>
        <translation>bulkheadctl findings : --limit attend un nombre</translation>
    </message>
    <message>
        <source>bulkheadctl findings: --format must be table, csv or json</source>
        <translation>bulkheadctl findings : --format doit valoir table, csv ou json</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SÉVÉRITÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLÉE</translation>
    </message>
    <message>
        <source>FIXED</source>
        <translation>CORRIGÉE EN</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>GateCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] gate --policy FILE [--scope KEY=V,...]... [--junit FILE]
                                    [--sarif FILE] [--format text|json]

Evaluates a release policy against the store: maximum open findings per severity, findings
past their SLA, images signed / with an SBOM / not running as root, no risky RBAC binding, no
overdue secret rotation, controls that must pass, a minimum posture score. Prints each violated
rule with its evidence and a summary line; records the run in the store (gate_runs).
docs/gate-policy.md describes the policy format; resources/policies/ holds examples.

Options:
  --policy FILE   the policy (JSON, format version 1)
  --scope K=V     narrow the gate: cluster=, namespace=, registry=, source= (a scanner tool or a
                  configured source); comma-separated values, repeatable; AND across keys
  --junit FILE    also write JUnit XML: one testcase per rule, a failure per violated rule
  --sarif FILE    also write SARIF 2.1.0: one result per violated rule
  --format F      text (default) or json

Exit status: 0 every rule passed, 1 some rule violated, 2 error (usage, invalid policy, store
missing or unreadable, a scope naming nothing in the store).
</source>
        <translation>Usage : bulkheadctl [--db PATH] gate --policy FILE [--scope KEY=V,...]... [--junit FILE]
                                     [--sarif FILE] [--format text|json]

Évalue une politique de publication sur la base : nombre maximal de constats ouverts par
sévérité, constats ayant dépassé leur SLA, images signées / avec un SBOM / non exécutées en
root, aucun binding RBAC risqué, aucune rotation de secret en retard, contrôles qui doivent
être conformes, score de posture minimal. Affiche chaque règle violée avec sa preuve et une
ligne de résumé ; enregistre l’exécution dans la base (gate_runs).
docs/gate-policy.md décrit le format de la politique ; resources/policies/ contient des
exemples.

Options :
  --policy FILE   la politique (JSON, version de format 1)
  --scope K=V     restreindre le gate : cluster=, namespace=, registry=, source= (un outil de
                  scan ou une source configurée) ; valeurs séparées par des virgules,
                  répétable ; ET entre clés
  --junit FILE    écrire aussi un JUnit XML : un cas de test par règle, un échec par règle
                  violée
  --sarif FILE    écrire aussi un SARIF 2.1.0 : un résultat par règle violée
  --format F      text (par défaut) ou json

Code de sortie : 0 toutes les règles respectées, 1 une règle violée, 2 erreur (utilisation,
politique invalide, base absente ou illisible, un périmètre qui ne désigne rien dans la base).
</translation>
    </message>
    <message>
        <source>bulkheadctl gate: error: %1</source>
        <translation>bulkheadctl gate : erreur : %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--policy FILE is required</source>
        <translation>--policy FILE est obligatoire</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format doit valoir text ou json</translation>
    </message>
    <message>
        <source>%1: cannot read the policy file</source>
        <translation>%1 : impossible de lire le fichier de politique</translation>
    </message>
    <message>
        <source>invalid policy: %1</source>
        <translation>politique invalide : %1</translation>
    </message>
    <message>
        <source>%1: no Bulkhead store here (import or collect first, or pass --db PATH)</source>
        <translation>%1 : aucune base Bulkhead ici (importez ou collectez d’abord, ou indiquez --db PATH)</translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] images [OPTIONS]

Lists the images the registry sources hold (see `bulkheadctl collect`), with vulnerability
counts joined from imported scans by digest. Filters combine with AND.

Options:
  --source NAME      images of this source (repeatable)
  --search TEXT      part of the repository, a tag or the digest
  --unsigned         only unsigned images (same as --signature unsigned)
  --signature S      unsigned, signed-not-verified, verified, invalid (repeatable or comma separated)
  --root             only images whose config runs as root
  --no-sbom          only images without an SBOM
  --not-scanned      only images without an imported vulnerability scan
  --sort KEY         repository (default), tag, created, size, layers, signature,
                     vulnerabilities, last-seen
  --desc             sort descending
  --limit N          at most N images
  --format F         table (default), csv or json (an array of objects)
</source>
        <translation>Usage : bulkheadctl [--db PATH] images [OPTIONS]

Liste les images que contiennent les sources de registre (voir `bulkheadctl collect`), avec le
nombre de vulnérabilités issu des analyses importées, rapproché par digest. Les filtres se
combinent par ET.

Options :
  --source NAME      images de cette source (répétable)
  --search TEXT      partie du dépôt, un tag ou le digest
  --unsigned         seulement les images non signées (comme --signature unsigned)
  --signature S      unsigned, signed-not-verified, verified, invalid (répétable ou séparé par
                     des virgules)
  --root             seulement les images dont la configuration s’exécute en root
  --no-sbom          seulement les images sans SBOM
  --not-scanned      seulement les images sans analyse de vulnérabilités importée
  --sort KEY         repository (par défaut), tag, created, size, layers, signature,
                     vulnerabilities, last-seen
  --desc             trier par ordre décroissant
  --limit N          N images au plus
  --format F         table (par défaut), csv ou json (un tableau d’objets)
</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--signature does not accept &quot;%1&quot;</source>
        <translation>--signature n’accepte pas « %1 »</translation>
    </message>
    <message>
        <source>--sort does not accept &quot;%1&quot;</source>
        <translation>--sort n’accepte pas « %1 »</translation>
    </message>
    <message>
        <source>error: there is no source named %1</source>
        <translation>erreur : aucune source ne s’appelle %1</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>DÉPÔT</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>SIZE MiB</source>
        <translation>TAILLE MiB</translation>
    </message>
    <message>
        <source>LAYERS</source>
        <translation>COUCHES</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>CRIT/HIGH/MED/LOW</source>
        <translation>CRIT/ÉLEV/MOY/FAIB</translation>
    </message>
    <message>
        <source>LAST SCAN</source>
        <translation>DERNIÈRE ANALYSE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] import [--quiet] FILE|DIR...

Imports scanner reports into the store. The format is detected from the content: Trivy JSON
(image/fs/config/k8s), Grype JSON, SARIF 2.1.0, CycloneDX JSON, SPDX 2.x JSON, trivy-operator
reports and Kubescape results. Directories are read recursively; files in them that do not
start like JSON are skipped. The import is one transaction: killed or failed, it leaves the
store as it was. A file that cannot be read or parsed is reported and left out; the others
are imported.
Importing the same report again changes nothing; findings a newer scan of the same artifact
no longer reports are marked resolved.

Options:
  --quiet      print only errors and the final total
  --threads N  parser threads (default: spare cores)

Exit codes: 0 all files imported, 1 any file failed, 2 usage error.
</source>
        <translation>Usage : bulkheadctl [--db PATH] import [--quiet] FILE|DIR...

Importe des rapports de scanners dans la base. Le format est détecté d’après le contenu : JSON
Trivy (image/fs/config/k8s), JSON Grype, SARIF 2.1.0, JSON CycloneDX, JSON SPDX 2.x, rapports
trivy-operator et résultats Kubescape. Les répertoires sont lus récursivement ; les fichiers qui
ne commencent pas comme du JSON y sont ignorés. L’import est une seule transaction : interrompu
ou en échec, il laisse la base telle quelle. Un fichier illisible ou non analysable est signalé
et écarté ; les autres sont importés.
Réimporter le même rapport ne change rien ; les constats qu’une analyse plus récente du même
artefact ne signale plus sont marqués résolus.

Options :
  --quiet      n’afficher que les erreurs et le total final
  --threads N  threads d’analyse (par défaut : les cœurs libres)

Codes de sortie : 0 tous les fichiers importés, 1 un fichier en échec, 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>%1/%2 files  %3/%4 MB  %5s</source>
        <translation>%1/%2 fichiers  %3/%4 Mo  %5 s</translation>
    </message>
    <message>
        <source>bulkheadctl import: no FILE or DIR given</source>
        <translation>bulkheadctl import : aucun fichier ni répertoire indiqué</translation>
    </message>
    <message>
        <source>bulkheadctl import: --threads takes a number from 1 to 64</source>
        <translation>bulkheadctl import : --threads attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>skipped %1: not a JSON file</source>
        <translation>%1 ignoré : pas un fichier JSON</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %1: %2: %n findings</source>
        <translation>
            <numerusform>%1 importé : %2 : %n constat</numerusform>
            <numerusform>%1 importé : %2 : %n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %1: %2 by %3: %n findings</source>
        <translation>
            <numerusform>%1 importé : %2 par %3 : %n constat</numerusform>
            <numerusform>%1 importé : %2 par %3 : %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 unchanged, %4 resolved, %5 reopened)</source>
        <translation>%1 (%2 nouveaux, %3 inchangés, %4 résolus, %5 rouverts)</translation>
    </message>
    <message numerus="yes">
        <source>, %n components</source>
        <translation>
            <numerusform>, %n composant</numerusform>
            <numerusform>, %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n triage decisions carried over</source>
        <translation>
            <numerusform>, %n décision de tri reprise</numerusform>
            <numerusform>, %n décisions de tri reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warnings</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation>
            <numerusform>  ... et %n autre avertissement</numerusform>
            <numerusform>  ... et %n autres avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: posture snapshot not recorded: %1</source>
        <translation>avertissement : instantané de la posture non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>total: %n files imported, %1 not imported; %2 findings (%3 new, %4 resolved, %5 reopened) in %6s</source>
        <translation>
            <numerusform>total : %n fichier importé, %1 non importés ; %2 constats (%3 nouveaux, %4 résolus, %5 rouverts) en %6 s</numerusform>
            <numerusform>total : %n fichiers importés, %1 non importés ; %2 constats (%3 nouveaux, %4 résolus, %5 rouverts) en %6 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>--limit takes a number</source>
        <translation>--limit attend un nombre</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format doit valoir table, csv ou json</translation>
    </message>
</context>
<context>
    <name>RbacCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac SUBCOMMAND [OPTIONS]

Kubernetes RBAC of the collected cluster sources (see `bulkheadctl collect`): who may do what,
why, which bindings carry risks, and the binding reviews. Answers come from the store; nothing
is asked of the cluster.

Subcommands:
  who-can VERB RESOURCE [-n NS]   subjects that may do it, each with the granting chain
  subject SUBJECT                 effective permissions of a subject, with their bindings
  why SUBJECT VERB RESOURCE       whether the subject may, through which grants, or why not
  review BINDING... --decision D  record a review of bindings (keep, reduce, remove, escalate)
  bindings                        bindings with risks and review state (--due: to review)
  history BINDING                 the reviews of a binding, newest first
  risks [--workloads]             risky bindings; --workloads: workloads carrying a risky token

SUBJECT: alice (a User), group:NAME, sa:NAMESPACE/NAME, system:serviceaccount:NS:NAME, or
User/NAME, Group/NAME, ServiceAccount/NS/NAME.
RESOURCE: pods, pods/exec, deployments.apps, deployments/scale, &quot;*&quot;, or a non-resource URL
such as /metrics. Well-known core and apps resources may leave out their group.

Common options: --cluster C (needed when several clusters were collected), --format table|json.
`bulkheadctl rbac SUBCOMMAND --help` describes each.
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac SUBCOMMAND [OPTIONS]

RBAC Kubernetes des sources de cluster collectées (voir `bulkheadctl collect`) : qui peut faire
quoi, pourquoi, quels bindings portent des risques, et les revues des bindings. Les réponses
viennent de la base ; rien n’est demandé au cluster.

Sous-commandes :
  who-can VERB RESOURCE [-n NS]   les sujets qui le peuvent, chacun avec la chaîne qui
                                  l’accorde
  subject SUBJECT                 autorisations effectives d’un sujet, avec leurs bindings
  why SUBJECT VERB RESOURCE       si le sujet le peut, par quelles autorisations, ou pourquoi
                                  pas
  review BINDING... --decision D  enregistrer une revue de bindings (keep, reduce, remove,
                                  escalate)
  bindings                        bindings avec risques et état de revue (--due : à revoir)
  history BINDING                 les revues d’un binding, la plus récente d’abord
  risks [--workloads]             bindings risqués ; --workloads : charges de travail portant
                                  un jeton risqué

SUBJECT : alice (un User), group:NAME, sa:NAMESPACE/NAME, system:serviceaccount:NS:NAME, ou
User/NAME, Group/NAME, ServiceAccount/NS/NAME.
RESOURCE : pods, pods/exec, deployments.apps, deployments/scale, &quot;*&quot;, ou une URL hors
ressource comme /metrics. Les ressources core et apps connues peuvent omettre leur groupe.

Options communes : --cluster C (nécessaire quand plusieurs clusters ont été collectés),
--format table|json. `bulkheadctl rbac SUBCOMMAND --help` décrit chacune.
</translation>
    </message>
    <message>
        <source>bulkheadctl rbac: no subcommand given</source>
        <translation>bulkheadctl rbac : aucune sous-commande indiquée</translation>
    </message>
    <message>
        <source>bulkheadctl rbac: unknown subcommand &quot;%1&quot;</source>
        <translation>bulkheadctl rbac : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format doit valoir table, csv ou json</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit valoir table ou json</translation>
    </message>
    <message>
        <source>error: no RBAC analysis of a cluster named %1: no cluster has one yet (collect a cluster source with `bulkheadctl collect`)</source>
        <translation>erreur : aucune analyse RBAC d’un cluster nommé %1 : aucun cluster n’en a encore (collectez une source de cluster avec `bulkheadctl collect`)</translation>
    </message>
    <message>
        <source>error: no RBAC analysis of a cluster named %1 (clusters with one: %2)</source>
        <translation>erreur : aucune analyse RBAC d’un cluster nommé %1 (clusters qui en ont une : %2)</translation>
    </message>
    <message>
        <source>error: the store has no RBAC analysis: collect a cluster source first (`bulkheadctl source add cluster`, `bulkheadctl collect`); its Roles, ClusterRoles and bindings must be listed completely</source>
        <translation>erreur : la base ne contient aucune analyse RBAC : collectez d’abord une source de cluster (`bulkheadctl source add cluster`, `bulkheadctl collect`) ; ses Roles, ClusterRoles et bindings doivent être listés en entier</translation>
    </message>
    <message>
        <source>bulkheadctl rbac %1: several clusters have an RBAC analysis (%2): name one with --cluster</source>
        <translation>bulkheadctl rbac %1 : plusieurs clusters ont une analyse RBAC (%2) : désignez-en un avec --cluster</translation>
    </message>
    <message>
        <source>warning: skipped %1</source>
        <translation>avertissement : %1 ignoré</translation>
    </message>
    <message>
        <source>warning: %1 more objects of cluster %2 could not be read and were skipped</source>
        <translation>avertissement : %1 autres objets du cluster %2 n’ont pas pu être lus et ont été ignorés</translation>
    </message>
    <message>
        <source>the verb is empty</source>
        <translation>le verbe est vide</translation>
    </message>
    <message>
        <source>give one verb (&quot;%1&quot; is not one)</source>
        <translation>indiquez un seul verbe (« %1 » n’en est pas un)</translation>
    </message>
    <message>
        <source>RESOURCE &quot;%1&quot;: %2</source>
        <translation>RESOURCE « %1 » : %2</translation>
    </message>
    <message>
        <source>a non-resource URL (%1) has no namespace or name</source>
        <translation>une URL hors ressource (%1) n’a ni namespace ni nom</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>tout le cluster</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac who-can VERB RESOURCE [OPTIONS]

Lists the subjects (as the bindings name them: a Group stands for its members) that may do VERB
on RESOURCE, each with the grant that allows it: binding -&gt; role -&gt; rule. Without -n only
cluster-wide grants (ClusterRoleBindings) answer: the question is then &quot;in every namespace&quot; or
about a cluster-scoped resource.

Options:
  -n, --namespace NS   the namespace of the request (RoleBindings of NS answer too)
  --name N             a request about one object (rules with resourceNames answer)
  --cluster C          the cluster (needed when several were collected)
  --format F           table (default) or json

Examples: who-can create pods/exec -n shop; who-can get secrets; who-can &apos;*&apos; &apos;*&apos;; who-can get /metrics
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac who-can VERB RESOURCE [OPTIONS]

Liste les sujets (tels que les bindings les nomment : un Group vaut pour ses membres) qui
peuvent faire VERB sur RESOURCE, chacun avec l’autorisation qui le permet : binding -&gt; rôle -&gt;
règle. Sans -n, seules les autorisations à l’échelle du cluster (ClusterRoleBindings)
répondent : la question porte alors sur « tous les namespaces » ou sur une ressource de niveau
cluster.

Options :
  -n, --namespace NS   le namespace de la requête (les RoleBindings de NS répondent aussi)
  --name N             une requête sur un seul objet (les règles avec resourceNames répondent)
  --cluster C          le cluster (nécessaire quand plusieurs ont été collectés)
  --format F           table (par défaut) ou json

Exemples : who-can create pods/exec -n shop; who-can get secrets; who-can &apos;*&apos; &apos;*&apos;; who-can get /metrics
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac subject SUBJECT [OPTIONS]

The effective permissions of a subject: every rule granted to it, directly or through the groups
it is in (a service account is in system:serviceaccounts, system:serviceaccounts:NS and
system:authenticated), with the binding and role that grant it; cluster-wide grants first.
Also its risks and review state from the last collection, and for a service account whether
it exists and which workloads run with its token.

SUBJECT: alice (a User), group:NAME, sa:NS/NAME, system:serviceaccount:NS:NAME, or
User/NAME, Group/NAME, ServiceAccount/NS/NAME.

Options:
  -n, --namespace NS   only what applies in NS (its RoleBindings and the cluster-wide grants)
  --cluster C          the cluster (needed when several were collected)
  --format F           table (default) or json
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac subject SUBJECT [OPTIONS]

Les autorisations effectives d’un sujet : chaque règle qui lui est accordée, directement ou par
les groupes dont il fait partie (un compte de service fait partie de system:serviceaccounts,
system:serviceaccounts:NS et system:authenticated), avec le binding et le rôle qui l’accordent ;
les autorisations à l’échelle du cluster d’abord. Aussi ses risques et son état de revue issus
de la dernière collecte et, pour un compte de service, s’il existe et quelles charges de
travail s’exécutent avec son jeton.

SUBJECT : alice (un User), group:NAME, sa:NS/NAME, system:serviceaccount:NS:NAME, ou
User/NAME, Group/NAME, ServiceAccount/NS/NAME.

Options :
  -n, --namespace NS   seulement ce qui s’applique dans NS (ses RoleBindings et les
                       autorisations à l’échelle du cluster)
  --cluster C          le cluster (nécessaire quand plusieurs ont été collectés)
  --format F           table (par défaut) ou json
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac why SUBJECT VERB RESOURCE [OPTIONS]

Whether SUBJECT may do VERB on RESOURCE, and through which grants (binding -&gt; role -&gt; rule);
if not, the grant that comes closest and what does not match (verb, resource, namespace...).
The exit code is 0 for both answers; --format json has &quot;allowed&quot;.

Options:
  -n, --namespace NS   the namespace of the request (none: cluster-wide grants only)
  --name N             a request about one object
  --cluster C          the cluster (needed when several were collected)
  --format F           table (default) or json
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac why SUBJECT VERB RESOURCE [OPTIONS]

Si SUBJECT peut faire VERB sur RESOURCE, et par quelles autorisations (binding -&gt; rôle -&gt;
règle) ; sinon, l’autorisation qui s’en approche le plus et ce qui ne correspond pas (verbe,
ressource, namespace...). Le code de sortie vaut 0 pour les deux réponses ; --format json
contient « allowed ».

Options :
  -n, --namespace NS   le namespace de la requête (aucun : autorisations à l’échelle du
                       cluster seulement)
  --name N             une requête sur un seul objet
  --cluster C          le cluster (nécessaire quand plusieurs ont été collectés)
  --format F           table (par défaut) ou json
</translation>
    </message>
    <message>
        <source>SUBJECT &quot;%1&quot; is not one (alice, group:NAME, sa:NS/NAME, ServiceAccount/NS/NAME, ...)</source>
        <translation>« %1 » n’est pas un SUBJECT (alice, group:NAME, sa:NS/NAME, ServiceAccount/NS/NAME, ...)</translation>
    </message>
    <message>
        <source>give VERB and RESOURCE</source>
        <translation>indiquez VERB et RESOURCE</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>no subject of cluster %1 may %2</source>
        <translation>aucun sujet du cluster %1 ne peut %2</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUJET</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PÉRIMÈTRE</translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation>ACCORDÉ PAR</translation>
    </message>
    <message>
        <source>%1 subjects of cluster %2 may %3 (%4 grants)</source>
        <translation>%1 sujets du cluster %2 peuvent %3 (%4 autorisations)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>give a SUBJECT</source>
        <translation>indiquez un SUBJECT</translation>
    </message>
    <message>
        <source>note: no binding of cluster %1 names %2 and no such service account was collected; shown are the grants of the groups it is in</source>
        <translation>remarque : aucun binding du cluster %1 ne nomme %2 et aucun compte de service de ce nom n’a été collecté ; sont affichées les autorisations des groupes dont il fait partie</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (cluster %2)</translation>
    </message>
    <message>
        <source>  groups:      %1</source>
        <translation>  groupes :    %1</translation>
    </message>
    <message>
        <source>  exists:      yes</source>
        <translation>  existe :     oui</translation>
    </message>
    <message>
        <source>  exists:      no: bound, but no such service account (dangling)</source>
        <translation>  existe :     non : lié, mais aucun compte de service de ce nom (orphelin)</translation>
    </message>
    <message>
        <source>  bindings:    %1 apply</source>
        <translation>  bindings :   %1 s’appliquent</translation>
    </message>
    <message>
        <source>  risks:       none</source>
        <translation>  risques :    aucun</translation>
    </message>
    <message>
        <source>  risks:       %1 (worst %2)</source>
        <translation>  risques :    %1 (le pire : %2)</translation>
    </message>
    <message>
        <source>  review:      %1</source>
        <translation>  revue :      %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>  token used:  by no running workload</source>
        <translation>  jeton utilisé : par aucune charge de travail en cours</translation>
    </message>
    <message>
        <source>  token used:  %1</source>
        <translation>  jeton utilisé : %1</translation>
    </message>
    <message>
        <source>no permissions that apply in namespace %1</source>
        <translation>aucune autorisation qui s’applique dans le namespace %1</translation>
    </message>
    <message>
        <source>no permissions</source>
        <translation>aucune autorisation</translation>
    </message>
    <message>
        <source>VERBS</source>
        <translation>VERBES</translation>
    </message>
    <message>
        <source>RESOURCES</source>
        <translation>RESSOURCES</translation>
    </message>
    <message>
        <source>%1 grants</source>
        <translation>%1 autorisations</translation>
    </message>
    <message>
        <source>give SUBJECT, VERB and RESOURCE</source>
        <translation>indiquez SUBJECT, VERB et RESOURCE</translation>
    </message>
    <message>
        <source>yes: %1 may %2 (cluster %3)</source>
        <translation>oui : %1 peut %2 (cluster %3)</translation>
    </message>
    <message>
        <source>no: %1 may not %2 (cluster %3)</source>
        <translation>non : %1 ne peut pas %2 (cluster %3)</translation>
    </message>
    <message>
        <source>  granted by %1</source>
        <translation>  accordé par %1</translation>
    </message>
    <message>
        <source>  closest:   %1
  mismatch:  %2</source>
        <translation>  le plus proche : %1
  écart :          %2</translation>
    </message>
    <message>
        <source>  no binding grants %1 anything</source>
        <translation>  aucun binding n’accorde quoi que ce soit à %1</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac review BINDING... --decision D [--note TEXT] [OPTIONS]

Records a review of one or more bindings (IAM-2), all in one transaction, with your user name
as reviewer. Each review keeps the binding as it is now (roleRef, subjects, uid): a later change
marks it &quot;changed&quot; until it is reviewed again. Reviews are kept as history.

BINDING: ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME or NAMESPACE/NAME (a RoleBinding),
as `bulkheadctl rbac bindings` lists them.

Options:
  --decision D   keep, reduce, remove or escalate
  --note TEXT    why; required for reduce, remove and escalate
  --cluster C    the cluster of the bindings (needed when several clusters have them)
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac review BINDING... --decision D [--note TEXT] [OPTIONS]

Enregistre une revue d’un ou de plusieurs bindings (IAM-2), toutes en une seule transaction,
avec votre nom d’utilisateur comme réviseur. Chaque revue conserve le binding tel qu’il est
maintenant (roleRef, sujets, uid) : une modification ultérieure le marque « changed » jusqu’à
ce qu’il soit revu de nouveau. Les revues sont conservées dans l’historique.

BINDING : ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME ou NAMESPACE/NAME (un
RoleBinding), tels que `bulkheadctl rbac bindings` les liste.

Options :
  --decision D   keep, reduce, remove ou escalate
  --note TEXT    la justification ; obligatoire pour reduce, remove et escalate
  --cluster C    le cluster des bindings (nécessaire quand plusieurs clusters les ont)
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac bindings [OPTIONS]

Lists the RoleBindings and ClusterRoleBindings of the collected clusters with their role,
subjects, risks and review state: never reviewed, current, due (the review interval passed:
rbac/reviewIntervalDays, 90 days, or 30 for bindings with a high or critical risk, in the
settings the GUI edits) or changed (roleRef or subjects differ from the reviewed ones, or the
binding was re-created). Default bootstrap bindings are hidden unless --include-defaults.
The table ends with the IAM-2 status of the cluster: met when every binding but the defaults
has a current review.

Options:
  --due                only bindings needing a review (never reviewed, due or changed)
  --risky              only bindings with a risk
  --rule R             only bindings with this risk rule (see `bulkheadctl rbac risks --help`)
  --include-defaults   also the API server&apos;s default (bootstrap) bindings
  --cluster C          bindings of this cluster
  -n, --namespace NS   bindings in this namespace (&quot;-&quot;: ClusterRoleBindings only)
  --search TEXT        part of the binding&apos;s name, its role&apos;s or a subject&apos;s name
  --sort S             name, namespace (default), role, risk, state or due (default with --due)
  --desc               sort descending
  --limit N            at most N bindings
  --format F           table (default), csv or json
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac bindings [OPTIONS]

Liste les RoleBindings et ClusterRoleBindings des clusters collectés avec leur rôle, leurs
sujets, leurs risques et leur état de revue : jamais revu, à jour, à revoir (l’intervalle de
revue est dépassé : rbac/reviewIntervalDays, 90 jours, ou 30 pour les bindings à risque élevé
ou critique, dans les paramètres que l’interface modifie) ou modifié (roleRef ou sujets
différents de ceux revus, ou binding recréé). Les bindings d’amorçage par défaut sont masqués
sauf avec --include-defaults.
Le tableau se termine par le statut IAM-2 du cluster : conforme quand chaque binding, hors ceux
par défaut, a une revue à jour.

Options :
  --due                seulement les bindings à revoir (jamais revus, à revoir ou modifiés)
  --risky              seulement les bindings présentant un risque
  --rule R             seulement les bindings avec cette règle de risque (voir `bulkheadctl
                       rbac risks --help`)
  --include-defaults   aussi les bindings par défaut (d’amorçage) du serveur d’API
  --cluster C          les bindings de ce cluster
  -n, --namespace NS   les bindings de ce namespace (« - » : ClusterRoleBindings seulement)
  --search TEXT        partie du nom du binding, de son rôle ou d’un sujet
  --sort S             name, namespace (par défaut), role, risk, state ou due (par défaut
                       avec --due)
  --desc               trier par ordre décroissant
  --limit N            N bindings au plus
  --format F           table (par défaut), csv ou json
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac history BINDING [OPTIONS]

Lists the reviews recorded for a binding (IAM-2 evidence), newest first: decision, reviewer,
time, note and the roleRef and subjects the binding had when it was reviewed.

BINDING: ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME or NAMESPACE/NAME (a RoleBinding),
as `bulkheadctl rbac bindings` lists them.

Options:
  --cluster C    the cluster of the binding (needed when several clusters have it)
  --format F     table (default), csv or json
</source>
        <translation>Usage : bulkheadctl [--db PATH] rbac history BINDING [OPTIONS]

Liste les revues enregistrées pour un binding (preuve IAM-2), la plus récente d’abord :
décision, réviseur, date, note, ainsi que le roleRef et les sujets du binding au moment de la
revue.

BINDING : ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME ou NAMESPACE/NAME (un
RoleBinding), tels que `bulkheadctl rbac bindings` les liste.

Options :
  --cluster C    le cluster du binding (nécessaire quand plusieurs clusters l’ont)
  --format F     table (par défaut), csv ou json
</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>  [changed: %1]</source>
        <translation>  [modifié : %1]</translation>
    </message>
    <message>
        <source>give the BINDING to review (several for a bulk review)</source>
        <translation>indiquez le BINDING à revoir (plusieurs pour une revue groupée)</translation>
    </message>
    <message>
        <source>--decision is required (keep, reduce, remove or escalate)</source>
        <translation>--decision est obligatoire (keep, reduce, remove ou escalate)</translation>
    </message>
    <message>
        <source>--decision does not accept &quot;%1&quot; (keep, reduce, remove or escalate)</source>
        <translation>--decision n’accepte pas « %1 » (keep, reduce, remove ou escalate)</translation>
    </message>
    <message>
        <source>no binding %1</source>
        <translation>aucun binding %1</translation>
    </message>
    <message>
        <source>no binding %1 in cluster %2</source>
        <translation>aucun binding %1 dans le cluster %2</translation>
    </message>
    <message>
        <source>error: %1 with --cluster</source>
        <translation>erreur : %1 avec --cluster</translation>
    </message>
    <message>
        <source>nothing was recorded (%1 of %2 bindings not found; see `bulkheadctl rbac bindings`)</source>
        <translation>rien n’a été enregistré (%1 bindings sur %2 introuvables ; voir `bulkheadctl rbac bindings`)</translation>
    </message>
    <message>
        <source>--rule does not know &quot;%1&quot; (rules: %2)</source>
        <translation>--rule ne connaît pas « %1 » (règles : %2)</translation>
    </message>
    <message>
        <source>--sort takes name, namespace, role, risk, state or due</source>
        <translation>--sort attend name, namespace, role, risk, state ou due</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>WORST</source>
        <translation>PIRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>SUBJECTS</source>
        <translation>SUJETS</translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed): met</source>
        <translation>IAM-2 : %1 bindings sur %2 revus et à jour (%3 à revoir, %4 jamais revus, %5 modifiés) : conforme</translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed): not met</source>
        <translation>IAM-2 : %1 bindings sur %2 revus et à jour (%3 à revoir, %4 jamais revus, %5 modifiés) : non conforme</translation>
    </message>
    <message>
        <source>give one BINDING</source>
        <translation>indiquez un seul BINDING</translation>
    </message>
    <message>
        <source>error: %1 (see `bulkheadctl rbac bindings`)</source>
        <translation>erreur : %1 (voir `bulkheadctl rbac bindings`)</translation>
    </message>
    <message>
        <source>REVIEWED AT</source>
        <translation>REVU LE</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DÉCISION</translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation>RÉVISEUR</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>%1 has never been reviewed</source>
        <translation>%1 n’a jamais été revu</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] rbac risks [OPTIONS]

The risky bindings of a cluster, worst first: each risk names the rule, the binding, the role
rule that matched, the subjects it reaches and why it matters. Default bootstrap bindings are
left out unless --include-defaults. With --workloads: the running workloads whose pods mount the
token of a service account that a risk reaches.

Options:
  --workloads          workloads carrying a risky token instead of the risks
  --rule R             only this rule
  --severity S         at least this severity (low, medium, high, critical)
  --include-defaults   also risks of the API server&apos;s default bindings
  -n, --namespace NS   only risks in NS (&quot;-&quot;: cluster-wide ones only)
  --cluster C          the cluster (needed when several were collected)
  --limit N            at most N lines
  --format F           table (default) or json

Rules: </source>
        <translation>Usage : bulkheadctl [--db PATH] rbac risks [OPTIONS]

Les bindings risqués d’un cluster, les plus graves d’abord : chaque risque nomme la règle, le
binding, la règle du rôle qui correspond, les sujets qu’il atteint et pourquoi il compte. Les
bindings d’amorçage par défaut sont écartés sauf avec --include-defaults. Avec --workloads :
les charges de travail en cours dont les pods montent le jeton d’un compte de service atteint
par un risque.

Options :
  --workloads          les charges de travail portant un jeton risqué au lieu des risques
  --rule R             cette règle seulement
  --severity S         au moins cette sévérité (low, medium, high, critical)
  --include-defaults   aussi les risques des bindings par défaut du serveur d’API
  -n, --namespace NS   seulement les risques dans NS (« - » : ceux à l’échelle du cluster
                       seulement)
  --cluster C          le cluster (nécessaire quand plusieurs ont été collectés)
  --limit N            N lignes au plus
  --format F           table (par défaut) ou json

Règles : </translation>
    </message>
    <message>
        <source>--rule does not know &quot;%1&quot;</source>
        <translation>--rule ne connaît pas « %1 »</translation>
    </message>
    <message>
        <source>--severity takes low, medium, high or critical, not &quot;%1&quot;</source>
        <translation>--severity attend low, medium, high ou critical, pas « %1 »</translation>
    </message>
    <message>
        <source>--limit takes a number</source>
        <translation>--limit attend un nombre</translation>
    </message>
    <message>
        <source>SERVICE ACCOUNT</source>
        <translation>COMPTE DE SERVICE</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RÈGLES</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SÉVÉRITÉ</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>BINDING</source>
        <translation>BINDING</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <source>--note is required for the decision %1: say what should change</source>
        <translation>--note est obligatoire pour la décision %1 : indiquez ce qui doit changer</translation>
    </message>
    <message numerus="yes">
        <source>%n bindings reviewed: %1, by %2</source>
        <translation>
            <numerusform>%n binding revu : %1, par %2</numerusform>
            <numerusform>%n bindings revus : %1, par %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] report --pdf FILE [--scope KEY=V[,V...]]... [--as-of YYYY-MM-DD]
                                      [--paper a4|letter]

Writes the auditor&apos;s PDF report of the store: title page (scope, data as of, generated at and
by, Bulkhead version, store id), contents, executive summary with the score, per-area scores,
trend and severity charts, every control with its status, measures and attestation, the open
findings (every critical and high one listed with its SLA state, the rest summarised), risk
acceptances, RBAC review, secret rotation, drills and post-incident reviews, collection
coverage and an appendix of sources. FILE.sha256 is written beside it (`sha256sum -c` format)
and the file is recorded in the store&apos;s report history. The file appears only when complete.

Options:
  --pdf FILE       the PDF to write (required)
  --scope KEY=V    narrow the report: source=NAME (a configured source or a scanner tool such
                   as trivy), cluster=NAME, namespace=NAME, registry=HOST|NAME. Values split by
                   commas are alternatives; several --scope options must all hold.
  --as-of DATE     the data of that day&apos;s end (UTC) instead of now: control statuses and scores
                   from the newest snapshot by then, findings first seen by then and not
                   resolved before it. RBAC and coverage stay current (the report says so).
  --paper P        a4 (default) or letter

Works without a display (the offscreen platform is used when there is none).
docs/reports.md explains every section.
</source>
        <translation>Usage : bulkheadctl [--db PATH] report --pdf FILE [--scope KEY=V[,V...]]... [--as-of YYYY-MM-DD]
                                       [--paper a4|letter]

Écrit le rapport PDF de la base destiné à l’auditeur : page de titre (périmètre, date des
données, date et auteur de la génération, version de Bulkhead, identifiant de la base), sommaire,
synthèse avec le score, scores par domaine, graphiques de tendance et de sévérité, chaque
contrôle avec son statut, ses indicateurs et son attestation, les constats ouverts (chaque
constat critique et élevé listé avec son état de SLA, les autres résumés), les acceptations du
risque, la revue RBAC, la rotation des secrets, les exercices et retours d’expérience, la
couverture de collecte et une annexe des sources. FILE.sha256 est écrit à côté (format
`sha256sum -c`) et le fichier est enregistré dans l’historique des rapports de la base. Le
fichier n’apparaît qu’une fois complet.

Options :
  --pdf FILE       le PDF à écrire (obligatoire)
  --scope KEY=V    restreindre le rapport : source=NAME (une source configurée ou un outil de
                   scan comme trivy), cluster=NAME, namespace=NAME, registry=HOST|NAME. Les
                   valeurs séparées par des virgules sont des alternatives ; plusieurs options
                   --scope doivent toutes être vérifiées.
  --as-of DATE     les données à la fin de ce jour (UTC) au lieu de maintenant : statuts des
                   contrôles et scores de l’instantané le plus récent à cette date, constats vus
                   pour la première fois à cette date et non résolus avant. Le RBAC et la
                   couverture restent actuels (le rapport le signale).
  --paper P        a4 (par défaut) ou letter

Fonctionne sans affichage (la plateforme offscreen est utilisée s’il n’y en a pas).
docs/reports.md explique chaque section.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--pdf FILE is required</source>
        <translation>--pdf FILE est obligatoire</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper doit valoir a4 ou letter</translation>
    </message>
    <message>
        <source>error: %1: no such store</source>
        <translation>erreur : %1 : base inexistante</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>rapport :  %1</translation>
    </message>
    <message>
        <source>pages:  %1</source>
        <translation>pages :    %1</translation>
    </message>
    <message>
        <source>bytes:  %1</source>
        <translation>octets :   %1</translation>
    </message>
    <message>
        <source>sha256: %1  (%2.sha256)</source>
        <translation>SHA-256 :  %1  (%2.sha256)</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] review SUBCOMMAND [OPTIONS]

The weekly review: what changed since the last sign-off (or a chosen date), and the sign-off.
A snapshot of the posture is recorded after every import and collection and at each sign-off;
the review compares the posture now with the last sign-off&apos;s snapshot, or with the newest
snapshot at or before --since.

Subcommands:
  diff [--since YYYY-MM-DD] [--format text|json]   what changed: score and areas, controls, new
                                 and resolved critical/high findings, RBAC bindings, overdue
                                 secrets, expiring risk acceptances and attestations, drills
                                 due, and coverage (a source gone, failing or silent: its
                                 findings are not counted as resolved)
  signoff --notes TEXT [--since YYYY-MM-DD]        sign the review off; prints its id and score
  history [--format text|json]                     the sign-offs, newest first
`bulkheadctl review SUBCOMMAND --help` describes each.
Exit codes: 0 done, 1 the store could not be read or written, 2 usage error.
</source>
        <translation>Usage : bulkheadctl [--db PATH] review SUBCOMMAND [OPTIONS]

La revue hebdomadaire : ce qui a changé depuis la dernière validation (ou une date choisie), et
la validation. Un instantané de la posture est enregistré après chaque import et chaque collecte
et à chaque validation ; la revue compare la posture actuelle à l’instantané de la dernière
validation, ou à l’instantané le plus récent à la date de --since ou avant.

Sous-commandes :
  diff [--since YYYY-MM-DD] [--format text|json]   ce qui a changé : score et domaines,
                                 contrôles, constats critiques/élevés nouveaux et résolus,
                                 bindings RBAC, secrets en retard, acceptations du risque et
                                 attestations arrivant à expiration, exercices à échéance, et
                                 couverture (une source disparue, en échec ou muette : ses
                                 constats ne comptent pas comme résolus)
  signoff --notes TEXT [--since YYYY-MM-DD]        valider la revue ; affiche son identifiant
                                                   et son score
  history [--format text|json]                     les validations, la plus récente d’abord
`bulkheadctl review SUBCOMMAND --help` décrit chacune.
Codes de sortie : 0 fait, 1 la base n’a pas pu être lue ou écrite, 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] review diff [--since YYYY-MM-DD] [--format text|json]

Compares the posture now with the last sign-off&apos;s snapshot (none: the oldest snapshot), or
with the newest snapshot taken at or before the start (00:00 UTC) of --since. Lists are
capped at 200 items; the totals of new and resolved findings are exact.

Options:
  --since DATE   compare with this date instead of the last sign-off
  --format F     text (default) or json
</source>
        <translation>Usage : bulkheadctl [--db PATH] review diff [--since YYYY-MM-DD] [--format text|json]

Compare la posture actuelle à l’instantané de la dernière validation (aucune : l’instantané le
plus ancien), ou à l’instantané le plus récent pris au début (00:00 UTC) de --since ou avant.
Les listes sont limitées à 200 éléments ; les totaux des constats nouveaux et résolus sont
exacts.

Options :
  --since DATE   comparer à cette date plutôt qu’à la dernière validation
  --format F     text (par défaut) ou json
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] review signoff --notes TEXT [--since YYYY-MM-DD]

Signs the review off as the current OS user: records a snapshot and the sign-off (with the
review&apos;s figures and the notes) in one transaction. The snapshot is the next review&apos;s
baseline. Sign-offs are kept and never changed. Prints the sign-off&apos;s id and score.

Options:
  --notes TEXT   what was discussed and decided (required)
  --since DATE   the review compared with this date instead of the last sign-off
</source>
        <translation>Usage : bulkheadctl [--db PATH] review signoff --notes TEXT [--since YYYY-MM-DD]

Valide la revue au nom de l’utilisateur courant du système : enregistre un instantané et la
validation (avec les chiffres de la revue et les notes) en une seule transaction. L’instantané
sert de référence à la revue suivante. Les validations sont conservées et jamais modifiées.
Affiche l’identifiant et le score de la validation.

Options :
  --notes TEXT   ce qui a été discuté et décidé (obligatoire)
  --since DATE   la revue a comparé à cette date plutôt qu’à la dernière validation
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] review history [--format text|json]

The sign-offs, newest first: when, by whom, the score, what the review compared with, notes.

Options:
  --format F     text (default) or json
</source>
        <translation>Usage : bulkheadctl [--db PATH] review history [--format text|json]

Les validations, la plus récente d’abord : quand, par qui, le score, ce à quoi la revue a été
comparée, les notes.

Options :
  --format F     text (par défaut) ou json
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source> (no change)</source>
        <translation> (sans changement)</translation>
    </message>
    <message>
        <source>%1 (%2, first %3):</source>
        <translation>%1 (%2, les %3 premiers) :</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <source>Weekly review %1 -&gt; %2</source>
        <translation>Revue hebdomadaire %1 -&gt; %2</translation>
    </message>
    <message>
        <source> (baseline: snapshot %1, %2, %3)</source>
        <translation> (référence : instantané %1, %2, %3)</translation>
    </message>
    <message>
        <source> (no snapshot that old: everything reads as new)</source>
        <translation> (aucun instantané aussi ancien : tout apparaît comme nouveau)</translation>
    </message>
    <message>
        <source>Score: %1; %2 of %3 controls assessed</source>
        <translation>Score : %1 ; %2 contrôles évalués sur %3</translation>
    </message>
    <message>
        <source>Control changes (%1):</source>
        <translation>Contrôles modifiés (%1) :</translation>
    </message>
    <message>
        <source>Coverage changes (%1):</source>
        <translation>Changements de couverture (%1) :</translation>
    </message>
    <message>
        <source>New critical/high findings</source>
        <translation>Nouveaux constats critiques/élevés</translation>
    </message>
    <message>
        <source>Resolved critical/high findings</source>
        <translation>Constats critiques/élevés résolus</translation>
    </message>
    <message>
        <source>RBAC bindings created or changed</source>
        <translation>Bindings RBAC créés ou modifiés</translation>
    </message>
    <message>
        <source>Secrets that became overdue</source>
        <translation>Secrets passés en retard</translation>
    </message>
    <message>
        <source>Risk acceptances expiring within 14 days</source>
        <translation>Acceptations du risque expirant sous 14 jours</translation>
    </message>
    <message>
        <source>Attestations expiring within 14 days</source>
        <translation>Attestations expirant sous 14 jours</translation>
    </message>
    <message>
        <source>Drills due and overdue actions</source>
        <translation>Exercices à échéance et actions en retard</translation>
    </message>
    <message>
        <source>Nothing changed since the baseline.</source>
        <translation>Rien n’a changé depuis la référence.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD</source>
        <translation>--since attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format doit valoir text ou json</translation>
    </message>
    <message>
        <source>--notes TEXT is required (what was reviewed and decided)</source>
        <translation>--notes TEXT est obligatoire (ce qui a été revu et décidé)</translation>
    </message>
    <message>
        <source>signed off review %1 (score %2; snapshot %3)</source>
        <translation>revue %1 validée (score %2 ; instantané %3)</translation>
    </message>
    <message>
        <source>No review signed off yet (`bulkheadctl review signoff --notes TEXT`).</source>
        <translation>Aucune revue validée pour l’instant (`bulkheadctl review signoff --notes TEXT`).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>VALIDÉE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>bulkheadctl review: unknown subcommand &quot;%1&quot;</source>
        <translation>bulkheadctl review : sous-commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>SecretsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets [OPTIONS]
       bulkheadctl [--db PATH] secrets SUBCOMMAND [OPTIONS]

Secrets of the cluster sources (Secret metadata, never values), the vault sources (KV v2
metadata) and the imported inventories, each with its age, the signal the age rests on
(version history, inventory, annotation, managedFields, creation only: then the last change
was on or after that date, and the age shown as &lt;=N is an upper bound), its rotation policy
and when it is due (a due date ending in &quot;!&quot; has passed). Filters combine with AND.

Options:
  --overdue          only secrets whose rotation is due (sorted by due date)
  --unused           only Kubernetes secrets no workload uses (known only when every workload
                     kind was listed)
  --via-env          only secrets passed to workloads as environment variables
  --store S          kubernetes, vault or inventory
  --origin O         the cluster or vault source, or the inventory, by name
  --search TEXT      part of the name, location, origin or owner
  --limit N          at most N secrets
  --format F         table (default), csv or json (an array of objects)

Subcommands:
  show STORE/ORIGIN/LOCATION/NAME     one secret: age signal, policy, versions, uses
  import-inventory FILE.csv [--name N] import (or re-import) a secrets inventory
  evaluate [--store S] [--origin O]   judge the stored secrets again (after a policy change)
  policy [--import FILE.json] [--export]  show, replace or print the rotation policy
`bulkheadctl secrets SUBCOMMAND --help` describes each.
</source>
        <translation>Usage : bulkheadctl [--db PATH] secrets [OPTIONS]
        bulkheadctl [--db PATH] secrets SUBCOMMAND [OPTIONS]

Les secrets des sources de cluster (métadonnées des Secrets, jamais les valeurs), des sources
de coffre (métadonnées KV v2) et des inventaires importés, chacun avec son âge, le signal sur
lequel repose cet âge (historique des versions, inventaire, annotation, managedFields, création
seule : le dernier changement a alors eu lieu à cette date ou après, et l’âge affiché &lt;=N est
un maximum), sa politique de rotation et son échéance (une échéance suivie de « ! » est
dépassée). Les filtres se combinent par ET.

Options :
  --overdue          seulement les secrets dont la rotation est due (triés par échéance)
  --unused           seulement les secrets Kubernetes qu’aucune charge de travail n’utilise
                     (connu seulement quand tous les types de charges de travail ont été
                     listés)
  --via-env          seulement les secrets passés aux charges de travail en variables
                     d’environnement
  --store S          kubernetes, vault ou inventory
  --origin O         la source de cluster ou de coffre, ou l’inventaire, par son nom
  --search TEXT      partie du nom, de l’emplacement, de l’origine ou du responsable
  --limit N          N secrets au plus
  --format F         table (par défaut), csv ou json (un tableau d’objets)

Sous-commandes :
  show STORE/ORIGIN/LOCATION/NAME     un secret : signal d’âge, politique, versions,
                                      utilisations
  import-inventory FILE.csv [--name N] importer (ou réimporter) un inventaire de secrets
  evaluate [--store S] [--origin O]   réévaluer les secrets enregistrés (après un changement
                                      de politique)
  policy [--import FILE.json] [--export]  afficher, remplacer ou exporter la politique de
                                      rotation
`bulkheadctl secrets SUBCOMMAND --help` décrit chacune.
</translation>
    </message>
    <message>
        <source>bulkheadctl secrets: unknown subcommand &quot;%1&quot;</source>
        <translation>bulkheadctl secrets : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--store must be kubernetes, vault or inventory</source>
        <translation>--store doit valoir kubernetes, vault ou inventory</translation>
    </message>
    <message>
        <source>error: no secrets of an origin named %1 (a cluster or vault source, or an inventory; see `bulkheadctl source list`)</source>
        <translation>erreur : aucun secret d’une origine nommée %1 (une source de cluster ou de coffre, ou un inventaire ; voir `bulkheadctl source list`)</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ÂGE</translation>
    </message>
    <message>
        <source>AGE SOURCE</source>
        <translation>SOURCE DE L’ÂGE</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLIT.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>USES</source>
        <translation>UTILISATIONS</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets import-inventory FILE.csv [--name N]

Imports a secrets inventory: secrets that live elsewhere (a password manager, a cloud console)
with the date their owner last rotated them. The first line names the columns, in any order:
name, store, last_rotated (YYYY-MM-DD or RFC 3339) are required; owner and policy_days (the
rotation interval of that secret) are optional; other columns are ignored.
The inventory is named by --name (default: the file&apos;s name without extension). Importing it
again replaces it: rows no longer in the file are removed. A file with any problem imports
nothing; each problem is printed with its line number and the exit code is 1.
</source>
        <translation>Usage : bulkheadctl [--db PATH] secrets import-inventory FILE.csv [--name N]

Importe un inventaire de secrets : des secrets conservés ailleurs (un gestionnaire de mots de
passe, une console cloud) avec la date de leur dernière rotation par leur responsable. La
première ligne nomme les colonnes, dans n’importe quel ordre : name, store, last_rotated
(AAAA-MM-JJ ou RFC 3339) sont obligatoires ; owner et policy_days (l’intervalle de rotation de
ce secret) sont facultatives ; les autres colonnes sont ignorées.
L’inventaire est nommé d’après --name (par défaut : le nom du fichier sans extension). Le
réimporter le remplace : les lignes qui ne figurent plus dans le fichier sont supprimées. Un
fichier comportant le moindre problème n’importe rien ; chaque problème est affiché avec son
numéro de ligne et le code de sortie vaut 1.
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets evaluate [--store S] [--origin O]

Judges the stored secrets (all, or those of one store / origin) against the rotation policy
now: each secret&apos;s interval and due date, and the findings (SEC-3 rotation overdue and
long-lived service-account tokens, SEC-5 secrets passed as environment variables). Collections
and imports do this themselves; run it after changing the policy.
</source>
        <translation>Usage : bulkheadctl [--db PATH] secrets evaluate [--store S] [--origin O]

Évalue maintenant les secrets enregistrés (tous, ou ceux d’un stockage / d’une origine) selon
la politique de rotation : l’intervalle et l’échéance de chaque secret, et les constats (SEC-3
rotation en retard et jetons de compte de service à longue durée de vie, SEC-5 secrets passés
en variables d’environnement). Les collectes et les imports le font d’eux-mêmes ; lancez-le
après avoir modifié la politique.
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets policy [--import FILE.json | --export] [--format table|json]

Shows the rotation policy the GUI and bulkheadctl share. An interval is decided in this order:
a kubernetes.io/service-account-token secret gets the service-account token interval; else an
interval declared on the secret (Vault custom_metadata rotation_days, the inventory&apos;s
policy_days, the annotation bulkhead.dev/rotation-days); else the first rule that matches;
else the default.

Options:
  --export           print the policy as JSON (the format --import reads)
  --import FILE      replace the policy with the one in FILE (JSON: defaultDays,
                     serviceAccountTokenDays, rotationAnnotations, rules: [{name, store, origin,
                     location, type, namePattern, label, days}]) and judge the stored secrets again
</source>
        <translation>Usage : bulkheadctl [--db PATH] secrets policy [--import FILE.json | --export] [--format table|json]

Affiche la politique de rotation que partagent l’interface et bulkheadctl. Un intervalle est
déterminé dans cet ordre : un secret kubernetes.io/service-account-token reçoit l’intervalle des
jetons de compte de service ; sinon un intervalle déclaré sur le secret (custom_metadata
rotation_days de Vault, policy_days de l’inventaire, l’annotation bulkhead.dev/rotation-days) ;
sinon la première règle qui correspond ; sinon la valeur par défaut.

Options :
  --export           afficher la politique en JSON (le format que lit --import)
  --import FILE      remplacer la politique par celle de FILE (JSON : defaultDays,
                     serviceAccountTokenDays, rotationAnnotations, rules: [{name, store, origin,
                     location, type, namePattern, label, days}]) et réévaluer les secrets
                     enregistrés
</translation>
    </message>
    <message>
        <source>%1 secrets judged: %2 overdue, %3 passed as environment variables, %4 service-account token secrets; findings: %5 (%6 new, %7 resolved, %8 reopened)</source>
        <translation>%1 secrets évalués : %2 en retard, %3 passés en variables d’environnement, %4 secrets de jeton de compte de service ; constats : %5 (%6 nouveaux, %7 résolus, %8 rouverts)</translation>
    </message>
    <message>
        <source>which file? (an inventory CSV)</source>
        <translation>quel fichier ? (un inventaire CSV)</translation>
    </message>
    <message>
        <source>one file at a time</source>
        <translation>un seul fichier à la fois</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name ne doit pas être vide</translation>
    </message>
    <message>
        <source>error: ... and %1 more problems</source>
        <translation>erreur : ... et %1 autres problèmes</translation>
    </message>
    <message>
        <source>nothing of %1 was imported</source>
        <translation>rien de %1 n’a été importé</translation>
    </message>
    <message>
        <source>inventory %1: %2 rows (%3 added, %4 updated, %5 removed)</source>
        <translation>inventaire %1 : %2 lignes (%3 ajoutées, %4 mises à jour, %5 supprimées)</translation>
    </message>
    <message>
        <source>--origin needs --store (an origin&apos;s name is unique per store)</source>
        <translation>--origin nécessite --store (le nom d’une origine est unique par stockage)</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit valoir table ou json</translation>
    </message>
    <message>
        <source>--import and --export exclude each other</source>
        <translation>--import et --export s’excluent mutuellement</translation>
    </message>
    <message>
        <source>error: %1: cannot be read</source>
        <translation>erreur : %1 : illisible</translation>
    </message>
    <message>
        <source>error: %1: %2; the policy was not changed</source>
        <translation>erreur : %1 : %2 ; la politique n’a pas été modifiée</translation>
    </message>
    <message>
        <source>policy from %1 saved: %2 rules, default %3 days, service-account tokens %4 days</source>
        <translation>politique de %1 enregistrée : %2 règles, %3 jours par défaut, jetons de compte de service %4 jours</translation>
    </message>
    <message>
        <source>error: the policy was saved but the secrets could not be judged again: %1</source>
        <translation>erreur : la politique a été enregistrée mais les secrets n’ont pas pu être réévalués : %1</translation>
    </message>
    <message>
        <source>Default interval          %1 days</source>
        <translation>Intervalle par défaut     %1 jours</translation>
    </message>
    <message>
        <source>Service-account tokens    %1 days (every such secret is overdue)</source>
        <translation>Jetons de compte service  %1 jours (chaque secret de ce type est en retard)</translation>
    </message>
    <message>
        <source>Service-account tokens    %1 days</source>
        <translation>Jetons de compte service  %1 jours</translation>
    </message>
    <message>
        <source>Rotation annotations      %1</source>
        <translation>Annotations de rotation   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Rules (first match wins; empty = any):</source>
        <translation>Règles (la première qui correspond l’emporte ; vide = tout) :</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucune)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets show STORE/ORIGIN/LOCATION/NAME [--format table|json]

One secret: type, owner, the age and the signal it rests on, the rotation policy that applies
and why, the due date, the workloads using it (Kubernetes) and the version history (Vault).
STORE is kubernetes, vault or inventory; ORIGIN the cluster or vault source or the inventory;
LOCATION the namespace, mount or inventory store; NAME may hold slashes (a Vault path), as
`bulkheadctl secrets` lists them: kubernetes/prod/shop/db-password, vault/corp/secret/team-a/db.
</source>
        <translation>Usage : bulkheadctl [--db PATH] secrets show STORE/ORIGIN/LOCATION/NAME [--format table|json]

Un secret : type, responsable, l’âge et le signal sur lequel il repose, la politique de
rotation qui s’applique et pourquoi, l’échéance, les charges de travail qui l’utilisent
(Kubernetes) et l’historique des versions (Vault).
STORE vaut kubernetes, vault ou inventory ; ORIGIN la source de cluster ou de coffre, ou
l’inventaire ; LOCATION le namespace, le point de montage ou le stockage de l’inventaire ; NAME
peut contenir des barres obliques (un chemin Vault), comme `bulkheadctl secrets` les liste :
kubernetes/prod/shop/db-password, vault/corp/secret/team-a/db.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not STORE/ORIGIN/LOCATION/NAME</source>
        <translation>« %1 » n’est pas de la forme STORE/ORIGIN/LOCATION/NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a store (kubernetes, vault or inventory)</source>
        <translation>« %1 » n’est pas un stockage (kubernetes, vault ou inventory)</translation>
    </message>
    <message>
        <source>no secret %1 (see `bulkheadctl secrets --search`)</source>
        <translation>aucun secret %1 (voir `bulkheadctl secrets --search`)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>on or after %1 (creation only: no later change is visible, so the age is at most %2 days)</source>
        <translation>le %1 ou après (création seule : aucun changement ultérieur n’est visible, l’âge est donc d’au plus %2 jours)</translation>
    </message>
    <message>
        <source>%1 (%2), %3 days ago</source>
        <translation>%1 (%2), il y a %3 jours</translation>
    </message>
    <message>
        <source>%1 (%2: %3), %4 days ago</source>
        <translation>%1 (%2 : %3), il y a %4 jours</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>%1 days on the secret</source>
        <translation>%1 jours sur le secret</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>%1 days (%2)</source>
        <translation>%1 jours (%2)</translation>
    </message>
    <message>
        <source>not evaluated yet (`bulkheadctl secrets evaluate`)</source>
        <translation>pas encore évalué (`bulkheadctl secrets evaluate`)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 (overdue by %2 days)</source>
        <translation>%1 (en retard de %2 jours)</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (dans %2 jours)</translation>
    </message>
    <message>
        <source>unknown (no change time)</source>
        <translation>inconnue (aucune date de changement)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>Uses: none (no workload refers to it)</source>
        <translation>Utilisations : aucune (aucune charge de travail n’y fait référence)</translation>
    </message>
    <message>
        <source>Uses: none seen (not every workload kind was listed)</source>
        <translation>Utilisations : aucune vue (tous les types de charge de travail n’ont pas été listés)</translation>
    </message>
    <message>
        <source>Uses (%1):</source>
        <translation>Utilisations (%1) :</translation>
    </message>
    <message>
        <source>Versions (%1):</source>
        <translation>Versions (%1) :</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créée %1</translation>
    </message>
    <message>
        <source>  deleted %1</source>
        <translation>  supprimée %1</translation>
    </message>
    <message>
        <source>  destroyed</source>
        <translation>  détruite</translation>
    </message>
    <message>
        <source>which secret? (STORE/ORIGIN/LOCATION/NAME)</source>
        <translation>quel secret ? (STORE/ORIGIN/LOCATION/NAME)</translation>
    </message>
    <message>
        <source>one secret at a time</source>
        <translation>un seul secret à la fois</translation>
    </message>
    <message>
        <source>error: the secret %1 went away while it was read</source>
        <translation>erreur : le secret %1 a disparu pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>SourceCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] source add registry NAME URL [OPTIONS]
       bulkheadctl [--db PATH] source add cluster NAME [--kubeconfig PATH] [--context CTX] [--approve-exec]
       bulkheadctl [--db PATH] source add vault NAME URL --mount M [--path P]... [--token-file F]
                   [--token-env VAR] [--namespace NS] [--ca-file F] [--insecure] [--max-paths N]
                   [--concurrency N]
       bulkheadctl [--db PATH] source list [--format table|json]
       bulkheadctl [--db PATH] source remove NAME

Registries to collect images from, Kubernetes clusters to collect workloads from and Vault /
OpenBao servers to collect KV v2 secret metadata from (see `bulkheadctl collect`). NAME:
letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;. URL: https://host[:port] (http:// only with --insecure).

Options of `source add registry`:
  --ca FILE            PEM CA certificate(s) to verify the registry&apos;s TLS certificate
  --insecure           allow plain http (recorded as a finding on every image)
  --auth KIND          anonymous (default), basic, or docker-config (read ~/.docker/config.json
                       or $DOCKER_CONFIG/config.json at each collection; credential helpers run
                       only if approved: BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,...)
  --username U         user for basic auth (implies --auth basic)
  --password-stdin     read the basic-auth password from standard input; it is kept in the
                       desktop keyring (Secret Service), never in the store
  --include PAT        collect only repositories matching PAT (repeatable; * and ?)
  --exclude PAT        skip repositories matching PAT (repeatable; wins over --include)
  --cosign-key PEM     public key to verify cosign signatures with (repeatable)
  --import-sboms       import the SBOMs attached to images
  --concurrency N      parallel connections to the registry (1-64, default 8)

Options of `source add cluster` (a kubeconfig context; NAME is the cluster&apos;s name in findings):
  --kubeconfig PATH    the kubeconfig file (default: $KUBECONFIG, merged as kubectl merges it,
                       or ~/.kube/config, read again at each collection)
  --context CTX        the context to collect (default: the kubeconfig&apos;s current-context)
  --approve-exec       the context&apos;s user runs an exec credential plugin: approve running
                       exactly the command shown (program, arguments, environment). Without it
                       the command is printed and the source cannot be collected until approved;
                       run `source add cluster NAME ... --approve-exec` again to approve. A
                       changed plugin entry needs a new approval.
Tokens, keys and passwords stay in the kubeconfig (or in memory, from a plugin); the store
keeps the path, the context and the approval fingerprint only.

Options of `source add vault` (KV v2 metadata only: names, versions and their times, custom
metadata; never a secret&apos;s value; NAME is the origin of its secrets):
  --mount M            the KV v2 mount (e.g. secret)
  --path P             a folder under the mount to walk, recursively (repeatable; default: the
                       whole mount)
  --token-file F       read the token from this file (its first line) at each collection
  --token-env VAR      read the token from this environment variable at each collection
                       (default VAULT_TOKEN)
  --namespace NS       the Vault Enterprise / OpenBao namespace (X-Vault-Namespace)
  --ca-file F          PEM CA certificate(s) to verify the server&apos;s TLS certificate
  --insecure           allow plain http (the token then crosses the network in clear text)
  --max-paths N        secrets read at most per collection (default 200000; more = partial)
  --concurrency N      requests in flight (1-64, default 8)
The token is never stored and never taken on the command line. When it is available now, the
source is stored only if the token can list each path; a 403 on a path at collection time is
reported as not collected (a partial run).

`source remove` also removes the source&apos;s images, workloads or secrets, collection history and
keyring password.
</source>
        <translation>Usage : bulkheadctl [--db PATH] source add registry NAME URL [OPTIONS]
        bulkheadctl [--db PATH] source add cluster NAME [--kubeconfig PATH] [--context CTX] [--approve-exec]
        bulkheadctl [--db PATH] source add vault NAME URL --mount M [--path P]... [--token-file F]
                    [--token-env VAR] [--namespace NS] [--ca-file F] [--insecure] [--max-paths N]
                    [--concurrency N]
        bulkheadctl [--db PATH] source list [--format table|json]
        bulkheadctl [--db PATH] source remove NAME

Les registres dont collecter les images, les clusters Kubernetes dont collecter les charges de
travail et les serveurs Vault / OpenBao dont collecter les métadonnées de secrets KV v2 (voir
`bulkheadctl collect`). NAME : lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;. URL : https://host[:port]
(http:// seulement avec --insecure).

Options de `source add registry` :
  --ca FILE            certificat(s) d’autorité PEM pour vérifier le certificat TLS du registre
  --insecure           autoriser le http en clair (enregistré comme constat sur chaque image)
  --auth KIND          anonymous (par défaut), basic ou docker-config (lit
                       ~/.docker/config.json ou $DOCKER_CONFIG/config.json à chaque collecte ;
                       les assistants d’identifiants ne s’exécutent que s’ils sont approuvés :
                       BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,...)
  --username U         utilisateur pour l’authentification basic (implique --auth basic)
  --password-stdin     lire le mot de passe basic sur l’entrée standard ; il est conservé dans
                       le trousseau du bureau (Secret Service), jamais dans la base
  --include PAT        ne collecter que les dépôts correspondant à PAT (répétable ; * et ?)
  --exclude PAT        ignorer les dépôts correspondant à PAT (répétable ; l’emporte sur
                       --include)
  --cosign-key PEM     clé publique pour vérifier les signatures cosign (répétable)
  --import-sboms       importer les SBOM attachés aux images
  --concurrency N      connexions parallèles au registre (1-64, 8 par défaut)

Options de `source add cluster` (un contexte kubeconfig ; NAME est le nom du cluster dans les
constats) :
  --kubeconfig PATH    le fichier kubeconfig (par défaut : $KUBECONFIG, fusionné comme le fait
                       kubectl, ou ~/.kube/config ; relu à chaque collecte)
  --context CTX        le contexte à collecter (par défaut : le current-context du kubeconfig)
  --approve-exec       l’utilisateur du contexte exécute un plugin d’identifiants exec :
                       approuver l’exécution exacte de la commande affichée (programme,
                       arguments, environnement). Sans cette option, la commande est affichée
                       et la source ne peut pas être collectée avant approbation ; relancez
                       `source add cluster NAME ... --approve-exec` pour approuver. Une entrée
                       de plugin modifiée nécessite une nouvelle approbation.
Les jetons, clés et mots de passe restent dans le kubeconfig (ou en mémoire, s’ils viennent d’un
plugin) ; la base ne conserve que le chemin, le contexte et l’empreinte de l’approbation.

Options de `source add vault` (métadonnées KV v2 seulement : noms, versions et leurs dates,
métadonnées personnalisées ; jamais la valeur d’un secret ; NAME est l’origine de ses secrets) :
  --mount M            le point de montage KV v2 (p. ex. secret)
  --path P             un dossier sous le point de montage, parcouru récursivement (répétable ;
                       par défaut : tout le point de montage)
  --token-file F       lire le jeton dans ce fichier (sa première ligne) à chaque collecte
  --token-env VAR      lire le jeton dans cette variable d’environnement à chaque collecte
                       (VAULT_TOKEN par défaut)
  --namespace NS       le namespace Vault Enterprise / OpenBao (X-Vault-Namespace)
  --ca-file F          certificat(s) d’autorité PEM pour vérifier le certificat TLS du serveur
  --insecure           autoriser le http en clair (le jeton traverse alors le réseau en clair)
  --max-paths N        nombre maximal de secrets lus par collecte (200000 par défaut ; au-delà
                       = partielle)
  --concurrency N      requêtes simultanées (1-64, 8 par défaut)
Le jeton n’est jamais enregistré ni accepté sur la ligne de commande. S’il est disponible
maintenant, la source n’est enregistrée que si le jeton peut lister chaque chemin ; un 403 sur
un chemin au moment de la collecte est signalé comme non collecté (une exécution partielle).

`source remove` supprime aussi les images, charges de travail ou secrets de la source, son
historique de collecte et le mot de passe du trousseau.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>`source add cluster` takes NAME</source>
        <translation>`source add cluster` attend NAME</translation>
    </message>
    <message>
        <source>kubeconfig %1 has no current-context: choose one with --context (it defines no context)</source>
        <translation>le kubeconfig %1 n’a pas de current-context : choisissez-en un avec --context (il ne définit aucun contexte)</translation>
    </message>
    <message>
        <source>kubeconfig %1 has no current-context: choose one with --context (contexts: %2)</source>
        <translation>le kubeconfig %1 n’a pas de current-context : choisissez-en un avec --context (contextes : %2)</translation>
    </message>
    <message>
        <source>kubeconfig %1: %2</source>
        <translation>kubeconfig %1 : %2</translation>
    </message>
    <message>
        <source>context %1: user &quot;%2&quot; (%3) authenticates with an exec credential plugin that runs:
  %4</source>
        <translation>contexte %1 : l’utilisateur « %2 » (%3) s’authentifie avec un plugin d’identifiants exec qui exécute :
  %4</translation>
    </message>
    <message>
        <source>Not approved: collections of %1 fail until you approve this command by running
  %2</source>
        <translation>Non approuvé : les collectes de %1 échouent tant que vous n’approuvez pas cette commande en exécutant
  %2</translation>
    </message>
    <message>
        <source>context %1 uses no exec credential plugin: nothing to approve</source>
        <translation>le contexte %1 n’utilise aucun plugin d’identifiants exec : rien à approuver</translation>
    </message>
    <message>
        <source>a source named %1 already exists</source>
        <translation>une source nommée %1 existe déjà</translation>
    </message>
    <message>
        <source>approved the exec plugin of cluster source %1</source>
        <translation>plugin exec de la source de cluster %1 approuvé</translation>
    </message>
    <message>
        <source>added cluster source %1 (context %2, %3)</source>
        <translation>source de cluster %1 ajoutée (contexte %2, %3)</translation>
    </message>
    <message>
        <source>added cluster source %1 (context %2, %3); exec plugin approved</source>
        <translation>source de cluster %1 ajoutée (contexte %2, %3) ; plugin exec approuvé</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 attend un nombre</translation>
    </message>
    <message>
        <source>`source add vault` takes NAME and URL</source>
        <translation>`source add vault` attend NAME et URL</translation>
    </message>
    <message>
        <source>`source add vault` needs --mount (the KV v2 mount, e.g. secret)</source>
        <translation>`source add vault` nécessite --mount (le point de montage KV v2, p. ex. secret)</translation>
    </message>
    <message>
        <source>give either --token-file or --token-env</source>
        <translation>indiquez soit --token-file, soit --token-env</translation>
    </message>
    <message>
        <source>%1
Nothing was stored.</source>
        <translation>%1
Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>; the token from %1 can list the mount</source>
        <translation> ; le jeton de %1 peut lister le point de montage</translation>
    </message>
    <message>
        <source>; the token from %1 can list each path</source>
        <translation> ; le jeton de %1 peut lister chaque chemin</translation>
    </message>
    <message>
        <source>; no token in %1 now, so access was not checked (collections read it at each run)</source>
        <translation> ; aucun jeton dans %1 pour l’instant, l’accès n’a donc pas été vérifié (les collectes le lisent à chaque exécution)</translation>
    </message>
    <message>
        <source>added vault source %1 (%2, mount %3)%4</source>
        <translation>source de coffre %1 ajoutée (%2, point de montage %3)%4</translation>
    </message>
    <message>
        <source>`source add` takes registry NAME URL, cluster NAME or vault NAME URL</source>
        <translation>`source add` attend registry NAME URL, cluster NAME ou vault NAME URL</translation>
    </message>
    <message>
        <source>`source add registry` takes NAME and URL</source>
        <translation>`source add registry` attend NAME et URL</translation>
    </message>
    <message>
        <source>--auth must be anonymous, basic or docker-config</source>
        <translation>--auth doit valoir anonymous, basic ou docker-config</translation>
    </message>
    <message>
        <source>basic authentication needs --username and --password-stdin</source>
        <translation>l’authentification basic nécessite --username et --password-stdin</translation>
    </message>
    <message>
        <source>--username and --password-stdin go with --auth basic</source>
        <translation>--username et --password-stdin s’utilisent avec --auth basic</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>cannot keep the password: %1
Nothing was stored. Log in with `docker login` and add the source with --auth docker-config instead.</source>
        <translation>impossible de conserver le mot de passe : %1
Rien n’a été enregistré. Connectez-vous plutôt avec `docker login` et ajoutez la source avec --auth docker-config.</translation>
    </message>
    <message>
        <source>cannot keep the password in the desktop keyring: %1
Nothing was stored.</source>
        <translation>impossible de conserver le mot de passe dans le trousseau du bureau : %1
Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>added registry source %1 (%2); password kept in the desktop keyring</source>
        <translation>source de registre %1 ajoutée (%2) ; mot de passe conservé dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>added registry source %1 (%2)</source>
        <translation>source de registre %1 ajoutée (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit valoir table ou json</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH/CONTEXT</source>
        <translation>AUTH/CONTEXTE</translation>
    </message>
    <message>
        <source>INSECURE</source>
        <translation>NON SÛR</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ÉLÉMENTS</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>(%n paths)</source>
        <translation>
            <numerusform>(%n chemin)</numerusform>
            <numerusform>(%n chemins)</numerusform>
        </translation>
    </message>
    <message>
        <source>`source remove` takes one NAME</source>
        <translation>`source remove` attend un seul NAME</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>aucune source ne s’appelle %1</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>source %1 supprimée</translation>
    </message>
    <message>
        <source>resolved %1 findings of its secrets</source>
        <translation>%1 constats de ses secrets résolus</translation>
    </message>
    <message>
        <source>its password could not be removed from the desktop keyring: %1</source>
        <translation>son mot de passe n’a pas pu être supprimé du trousseau du bureau : %1</translation>
    </message>
    <message>
        <source>removed its password from the desktop keyring</source>
        <translation>son mot de passe a été supprimé du trousseau du bureau</translation>
    </message>
    <message>
        <source>passwords are never taken on the command line (they would show in the process list and shell history); use --password-stdin</source>
        <translation>les mots de passe ne sont jamais acceptés sur la ligne de commande (ils apparaîtraient dans la liste des processus et l’historique du shell) ; utilisez --password-stdin</translation>
    </message>
    <message>
        <source>tokens are never taken on the command line (they would show in the process list and shell history); use --token-file or --token-env</source>
        <translation>les jetons ne sont jamais acceptés sur la ligne de commande (ils apparaîtraient dans la liste des processus et l’historique du shell) ; utilisez --token-file ou --token-env</translation>
    </message>
    <message>
        <source>no subcommand given (add, list or remove)</source>
        <translation>aucune sous-commande indiquée (add, list ou remove)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (add, list or remove)</source>
        <translation>sous-commande inconnue « %1 » (add, list ou remove)</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] stats [--format text|json]

Counts findings by kind, severity and status, and the assets, reports and rules in the store.
</source>
        <translation>Usage : bulkheadctl [--db PATH] stats [--format text|json]

Compte les constats par type, sévérité et statut, ainsi que les actifs, rapports et règles de la
base.
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>bulkheadctl stats: --format must be text or json</source>
        <translation>bulkheadctl stats : --format doit valoir text ou json</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>constats : %1</translation>
    </message>
    <message>
        <source>by kind:</source>
        <translation>par type :</translation>
    </message>
    <message>
        <source>by severity:</source>
        <translation>par sévérité :</translation>
    </message>
    <message>
        <source>by status:</source>
        <translation>par statut :</translation>
    </message>
    <message>
        <source>assets: %1
reports: %2
rules: %3</source>
        <translation>actifs : %1
rapports : %2
règles : %3</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] triage [OPTIONS] FINGERPRINT...

Records a triage decision on findings (fingerprints as printed by `findings`). All changes are
made in one transaction and appended to the history with your user name.

Options:
  --status S          open, confirmed, false_positive, risk_accepted, mitigated
  --justification T   required for false_positive and risk_accepted
  --expires DATE      required for risk_accepted (YYYY-MM-DD, in the future)
  --assign NAME       set the assignee (&quot;&quot; clears)
  --note TEXT         a comment for the history
</source>
        <translation>Usage : bulkheadctl [--db PATH] triage [OPTIONS] FINGERPRINT...

Enregistre une décision de tri sur des constats (empreintes telles que `findings` les affiche).
Toutes les modifications sont faites en une seule transaction et ajoutées à l’historique avec
votre nom d’utilisateur.

Options :
  --status S          open, confirmed, false_positive, risk_accepted, mitigated
  --justification T   obligatoire pour false_positive et risk_accepted
  --expires DATE      obligatoire pour risk_accepted (AAAA-MM-JJ, dans le futur)
  --assign NAME       définir le responsable (&quot;&quot; l’efface)
  --note TEXT         un commentaire pour l’historique
</translation>
    </message>
    <message>
        <source>bulkheadctl triage: no fingerprint given</source>
        <translation>bulkheadctl triage : aucune empreinte indiquée</translation>
    </message>
    <message>
        <source>bulkheadctl triage: --status does not accept &quot;%1&quot;</source>
        <translation>bulkheadctl triage : --status n’accepte pas « %1 »</translation>
    </message>
    <message>
        <source>bulkheadctl triage: --expires takes a date YYYY-MM-DD</source>
        <translation>bulkheadctl triage : --expires attend une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>bulkheadctl triage: nothing to change: give --status, --assign or --note</source>
        <translation>bulkheadctl triage : rien à modifier : indiquez --status, --assign ou --note</translation>
    </message>
    <message>
        <source>error: no finding with fingerprint %1</source>
        <translation>erreur : aucun constat avec l’empreinte %1</translation>
    </message>
    <message>
        <source>%1 findings changed</source>
        <translation>%1 constats modifiés</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>WorkloadsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] workloads [OPTIONS]

Lists the workloads the cluster sources hold (see `bulkheadctl collect`): each top-level
controller (Deployment, StatefulSet, DaemonSet, CronJob, a Job or ReplicaSet without an owner)
or bare pod, with the outcome of every workload check. Filters combine with AND.

Options:
  --cluster C        workloads of this cluster source
  --namespace N      workloads in this namespace
  --failing CHECK    only workloads failing this check (see the list below)
  --search TEXT      part of the name, namespace or an image
  --limit N          at most N workloads
  --format F         table (default), csv (one column per check) or json (an array of objects)

Checks: </source>
        <translation>Usage : bulkheadctl [--db PATH] workloads [OPTIONS]

Liste les charges de travail que contiennent les sources de cluster (voir `bulkheadctl
collect`) : chaque contrôleur de premier niveau (Deployment, StatefulSet, DaemonSet, CronJob, un
Job ou un ReplicaSet sans propriétaire) ou pod isolé, avec le résultat de chaque vérification.
Les filtres se combinent par ET.

Options :
  --cluster C        les charges de travail de cette source de cluster
  --namespace N      les charges de travail de ce namespace
  --failing CHECK    seulement celles qui échouent à cette vérification (voir la liste
                     ci-dessous)
  --search TEXT      partie du nom, du namespace ou d’une image
  --limit N          N charges de travail au plus
  --format F         table (par défaut), csv (une colonne par vérification) ou json (un
                     tableau d’objets)

Vérifications : </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--failing does not know the check &quot;%1&quot;</source>
        <translation>--failing ne connaît pas la vérification « %1 »</translation>
    </message>
    <message>
        <source>error: no workloads of a cluster named %1 (see `bulkheadctl source list`)</source>
        <translation>erreur : aucune charge de travail d’un cluster nommé %1 (voir `bulkheadctl source list`)</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>PODS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>WORST</source>
        <translation>PIRE</translation>
    </message>
    <message>
        <source>FAILING CHECKS</source>
        <translation>VÉRIFICATIONS EN ÉCHEC</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
</TS>
