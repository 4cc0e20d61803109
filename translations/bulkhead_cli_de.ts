<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Aufruf: bulkheadctl [--db PATH] attest CONTROL --status S --evidence TEXT [--link URL]... [--file F]...
                    [--expires YYYY-MM-DD]
        bulkheadctl [--db PATH] attest --history CONTROL [--format text|json]
        bulkheadctl [--db PATH] attest --export-file FILE_ID OUT

Erfasst, wofür eine Person bei einer Kontrolle einsteht, die Bulkhead nicht (oder nicht vollständig)
prüfen kann: den Status, die Nachweise, Links und Dateien (mit ihrem SHA-256 im Datenbestand
gespeichert), Ihren Benutzernamen, den Zeitpunkt und ein Ablaufdatum. Eine abgelaufene oder
widerrufene Bestätigung zählt nicht mehr: Die Kontrolle fällt auf ihre Nachweise zurück oder gilt
als nicht bewertet. Bestätigungen werden nie geändert oder gelöscht; eine neue ersetzt die
vorherige, und --status withdrawn beendet sie vorzeitig.

Optionen:
  --status S          pass, partial, fail oder withdrawn
  --evidence TEXT     was die Erfüllung belegt (erforderlich, außer bei withdrawn)
  --link URL          ein Link auf den Nachweis (für mehrere wiederholen)
  --file F            eine anzuhängende Datei, höchstens 20 MiB (für mehrere wiederholen)
  --expires DATE      der Tag, ab dem sie nicht mehr zählt (JJJJ-MM-TT, UTC, in der Zukunft;
                      Standard: in einem Jahr)
  --history CONTROL   die Bestätigungen der Kontrolle auflisten, neueste zuerst, mit den IDs
                      ihrer Dateien
  --format F          mit --history: text (Standard) oder json
  --export-file ID    die angehängte Datei mit dieser ID nach OUT schreiben (&quot;-&quot;: Standardausgabe)
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 by %2, expires %3</source>
        <translation>%1 von %2, läuft ab am %3</translation>
    </message>
    <message>
        <source>    evidence: %1</source>
        <translation>    Nachweis: %1</translation>
    </message>
    <message>
        <source>    link: %1</source>
        <translation>    Link: %1</translation>
    </message>
    <message>
        <source>    file %1: %2, %3 bytes, sha256 %4</source>
        <translation>    Datei %1: %2, %3 Bytes, SHA-256 %4</translation>
    </message>
    <message>
        <source>there is no control &quot;%1&quot; in the catalog (`bulkheadctl controls` lists them)</source>
        <translation>Im Katalog gibt es keine Kontrolle „%1“ (`bulkheadctl controls` listet sie auf)</translation>
    </message>
    <message>
        <source>evidence file %1 is not a regular file</source>
        <translation>Nachweisdatei %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>evidence file %1 does not exist</source>
        <translation>Nachweisdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>evidence file %1: %2</source>
        <translation>Nachweisdatei %1: %2</translation>
    </message>
    <message>
        <source>which control? (an id such as SEC-4)</source>
        <translation>Welche Kontrolle? (eine ID wie SEC-4)</translation>
    </message>
    <message>
        <source>one control at a time</source>
        <translation>jeweils nur eine Kontrolle</translation>
    </message>
    <message>
        <source>--format goes with --history</source>
        <translation>--format gehört zu --history</translation>
    </message>
    <message>
        <source>--status is required (pass, partial, fail or withdrawn)</source>
        <translation>--status ist erforderlich (pass, partial, fail oder withdrawn)</translation>
    </message>
    <message>
        <source>--status must be pass, partial, fail or withdrawn, not &quot;%1&quot;</source>
        <translation>--status muss pass, partial, fail oder withdrawn sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--evidence is required: say what shows the control is met</source>
        <translation>--evidence ist erforderlich: Geben Sie an, was belegt, dass die Kontrolle erfüllt ist</translation>
    </message>
    <message>
        <source>--expires takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--expires erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--expires %1 is not in the future</source>
        <translation>--expires %1 liegt nicht in der Zukunft</translation>
    </message>
    <message>
        <source>attestation %1 of %2 was not found after writing it</source>
        <translation>Bestätigung %1 zu %2 wurde nach dem Schreiben nicht gefunden</translation>
    </message>
    <message>
        <source>recorded attestation of %1:</source>
        <translation>Bestätigung zu %1 erfasst:</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; after --history</source>
        <translation>unerwartetes Argument „%1“ nach --history</translation>
    </message>
    <message>
        <source>%1 does not go with --history</source>
        <translation>%1 passt nicht zu --history</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>%1: no attestations</source>
        <translation>%1: keine Bestätigungen</translation>
    </message>
    <message>
        <source>where to? (--export-file FILE_ID OUT)</source>
        <translation>Wohin? (--export-file DATEI_ID ZIEL)</translation>
    </message>
    <message>
        <source>one output file</source>
        <translation>nur eine Ausgabedatei</translation>
    </message>
    <message>
        <source>%1 does not go with --export-file</source>
        <translation>%1 passt nicht zu --export-file</translation>
    </message>
    <message>
        <source>--export-file takes a file id (`attest --history CONTROL` lists them), not &quot;%1&quot;</source>
        <translation>--export-file erwartet eine Datei-ID (`attest --history CONTROL` listet sie auf), nicht „%1“</translation>
    </message>
    <message>
        <source>there is no evidence file with id %1</source>
        <translation>Es gibt keine Nachweisdatei mit der ID %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote evidence file %1 (%2 bytes) to %3</source>
        <translation>Nachweisdatei %1 (%2 Bytes) nach %3 geschrieben</translation>
    </message>
    <message>
        <source>--history and --export-file do not go together</source>
        <translation>--history und --export-file schließen sich aus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attestations, newest first</source>
        <translation>
            <numerusform>%1: %n Bestätigung, neueste zuerst</numerusform>
            <numerusform>%1: %n Bestätigungen, neueste zuerst</numerusform>
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
        <translation>Aufruf: bulkheadctl [--db PATH] COMMAND [OPTIONS]

Sicherheitslage von Containern auf der Befehlszeile, mit demselben Datenbestand wie die
Bulkhead-Oberfläche.

Befehle:
  import FILE|DIR...   Scanner-Berichte importieren (Trivy, Grype, SARIF, CycloneDX, SPDX,
                       trivy-operator, Kubescape); Verzeichnisse werden rekursiv gelesen
  findings             Befunde auflisten (Filter, table/csv/json)
  stats                Anzahlen nach Art, Schweregrad und Status
  triage FINGERPRINT.. Status, zuständige Person oder Kommentar von Befunden setzen
  source add|list|remove  Registries und Kubernetes-Cluster, aus denen erfasst wird
  images               Images der Registry-Quellen (Filter, table/csv/json)
  workloads            Workloads der Cluster-Quellen mit ihren Prüfungen (table/csv/json)
  rbac SUBCOMMAND      Kubernetes-RBAC der Cluster-Quellen: who-can, subject, why, review,
                       bindings, risks (`bulkheadctl rbac --help`)
  secrets              Secrets aus Clustern, Vaults und Inventaren mit Rotationsalter und
                       Richtlinie; show, import-inventory, evaluate, policy
                       (`bulkheadctl secrets --help`)
  controls [show ID]   Status und Begründung jeder Kontrolle sowie die Sicherheitsbewertung
  attest CONTROL       eine menschliche Bestätigung für eine Kontrolle erfassen (Status,
                       Nachweise, Dateien)
  review diff|signoff|history  das Wochenreview: was sich geändert hat, Freigaben
  drills SUBCOMMAND    Notfallübungen: Vorlagen, Planung, Läufe, Maßnahmen
                       (`bulkheadctl drills --help`)
  report --pdf FILE    der PDF-Bericht für Prüfer (Umfang, Stichtag, A4/Letter) mit FILE.sha256
  export KIND          Befunde und Entscheidungen für andere Werkzeuge: openvex, trivyignore,
                       sarif (`bulkheadctl export --help`)
  gate --policy FILE   eine Release-Richtlinie auswerten: Exit 0 bestanden, 1 Verstöße,
                       2 Fehler; auf Wunsch JUnit-XML und SARIF (`bulkheadctl gate --help`)
  collect [NAME...]    Registry- und Cluster-Quellen erfassen (alle, wenn keine genannt ist)
  demo [--findings N]  einen gekennzeichneten Demo-Datenbestand mit synthetischen Daten
                       schreiben (Standard-PATH: $XDG_DATA_HOME/bulkhead/demo.db; --force
                       ersetzt einen Demo-Datenbestand)

Globale Optionen:
  --db PATH            Datenbestandsdatei (Standard: $XDG_DATA_HOME/bulkhead/bulkhead.db)
  --lang LANG          Sprache der Meldungen und Berichte: en, de oder fr (Standard: die in
                       den Einstellungen der Oberfläche gewählte, sonst die des Systems)
  -h, --help           diese Hilfe; `bulkheadctl COMMAND --help` für einen Befehl
  --version            die Version ausgeben

Exit-Codes: 0 Erfolg, 1 Fehlschlag (z. B. ein Bericht, der nicht importiert werden konnte),
2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>bulkheadctl: warning: %1</source>
        <translation>bulkheadctl: Warnung: %1</translation>
    </message>
    <message>
        <source>bulkheadctl: unknown language &quot;%1&quot; (shipped: %2)</source>
        <translation>bulkheadctl: unbekannte Sprache „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <source>bulkheadctl: option %1 needs a value</source>
        <translation>bulkheadctl: Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>bulkheadctl: unknown option %1</source>
        <translation>bulkheadctl: unbekannte Option %1</translation>
    </message>
    <message>
        <source>bulkheadctl: no command given</source>
        <translation>bulkheadctl: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>bulkheadctl: unknown command &quot;%1&quot;</source>
        <translation>bulkheadctl: unbekannter Befehl „%1“</translation>
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
        <translation>Dashboard zur Sicherheitslage von Containern</translation>
    </message>
    <message>
        <source>Store file to open.</source>
        <translation>Zu öffnende Datenbestandsdatei.</translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <translation>Zuerst anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a moment, then quit (for documentation).</source>
        <translation>Nach kurzer Zeit ein Bild des Fensters in FILE speichern und beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 2000).</source>
        <translation>Millisekunden bis zu --screenshot (Standard 2000).</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;; pages: %2</source>
        <translation>unbekannte Seite „%1“; Seiten: %2</translation>
    </message>
    <message>
        <source>Cannot open the store:
%1</source>
        <translation>Der Datenbestand kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>option %1 takes no value</source>
        <translation>Option %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] collect [--concurrency N] [--progress] [NAME...]

Erfasst Quellen (alle, wenn kein NAME angegeben ist; fügen Sie eine mit `bulkheadctl source add
registry`, `source add cluster` oder `source add vault` hinzu). Registries: Repositories, Tags,
Manifeste jeder Plattform, Image-Konfigurationen, cosign-Signaturen und SBOMs sowie die
Befunde zur Sicherheit der Images. Cluster: Workloads, Namespaces, RBAC-Objekte,
Secret-Metadaten (nie Werte) und trivy-operator-Berichte über die Kubernetes-API, bewertet durch
die Workload-, Namespace- und Cluster-Prüfungen (siehe `bulkheadctl workloads`). Vaults:
KV-v2-Metadaten (nie Werte), bewertet durch die Rotationsrichtlinie (siehe `bulkheadctl secrets`).
Eine Quelle wird in einer Transaktion gespeichert: Eine fehlgeschlagene oder abgebrochene
Erfassung lässt den Datenbestand unverändert. Schlägt ein Repository, Image oder eine
Kubernetes-Ressource fehl (z. B. verboten), wird der Rest gespeichert und nichts entfernt (der
Lauf ist &quot;partial&quot;).

Optionen:
  --concurrency N  Verbindungen je Registry-Quelle (1..64; Standard: Einstellung der Quelle)
  --progress       Fortschritt auf stderr anzeigen, auch wenn es kein Terminal ist

Eine Zusammenfassungszeile je Quelle auf stdout; Fehler auf stderr.
Exit-Codes: 0 jede Quelle vollständig, 1 eine Quelle fehlgeschlagen, unvollständig oder
abgebrochen, 2 Aufruffehler oder unbekannter Quellenname.
</translation>
    </message>
    <message>
        <source>warning: %1: posture snapshot not recorded: %2</source>
        <translation>Warnung: %1: Momentaufnahme der Sicherheitslage nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>bulkheadctl collect: --concurrency takes a number from 1 to 64</source>
        <translation>bulkheadctl collect: --concurrency erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>bulkheadctl collect: no sources (add one with `bulkheadctl source add registry`, `bulkheadctl source add cluster` or `bulkheadctl source add vault`)</source>
        <translation>bulkheadctl collect: keine Quellen (fügen Sie eine mit `bulkheadctl source add registry`, `bulkheadctl source add cluster` oder `bulkheadctl source add vault` hinzu)</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] controls [--format table|json|csv] [--area A] [--status S]
        bulkheadctl [--db PATH] controls show ID [--format table|json]

Jede Kontrolle aus dem Katalog des Praxisleitfadens mit ihrem Status (pass, partial, fail,
attested, not_assessed) und ihrer Begründung, berechnet aus dem Datenbestand (Befunde, erfasste
Images, Workloads, RBAC, Secrets, Notfallübungen) und den mit `bulkheadctl attest` erfassten
Bestätigungen; danach die Sicherheitsbewertung insgesamt und je Bereich mit ihrer Abdeckung
(nicht bewertete Kontrollen bleiben aus dem Score heraus). docs/controls-and-score.md erklärt
die Regeln und Gewichte.

Optionen:
  --area A       nur dieser Bereich: build, runtime, secrets, identity, supply-chain,
                 incident-readiness (für mehrere durch Kommas getrennt)
  --status S     nur Kontrollen mit diesem Status: pass, partial, fail, attested,
                 not_assessed (für mehrere durch Kommas getrennt)
  --format F     table (Standard), csv (eine Zeile je Kontrolle) oder json (ein Objekt mit
                 &quot;controls&quot; und &quot;score&quot;)

`controls show ID` zeigt eine Kontrolle (BLD-3): die Praxis, wie sie geprüft wird, jede
Messgröße mit ihren Zahlen und Beispielen, die neueste Bestätigung und wie der Score ihres
Bereichs entsteht.
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] controls show ID [--format table|json]

One control: the practice and how Bulkhead checks it, its status and why, every measure with
its numbers, examples and where to look in the GUI, the newest attestation (valid, expired or
withdrawn) with its files&apos; SHA-256, and the working of its area&apos;s score and the overall score.
</source>
        <translation>Aufruf: bulkheadctl [--db PATH] controls show ID [--format table|json]

Eine Kontrolle: die Praxis und wie Bulkhead sie prüft, ihr Status und seine Begründung, jede
Messgröße mit ihren Zahlen, Beispielen und der Stelle in der Oberfläche, die neueste
Bestätigung (gültig, abgelaufen oder widerrufen) mit dem SHA-256 ihrer Dateien sowie die
Berechnung des Scores ihres Bereichs und des Gesamtscores.
</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>COVERAGE</source>
        <translation>ABDECKUNG</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 of %2 controls assessed</source>
        <translation>%1 von %2 Kontrollen bewertet</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot; (build, runtime, secrets, identity, supply-chain, incident-readiness)</source>
        <translation>unbekannter Bereich „%1“ (build, runtime, secrets, identity, supply-chain, incident-readiness)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (pass, partial, fail, attested, not_assessed)</source>
        <translation>unbekannter Status „%1“ (pass, partial, fail, attested, not_assessed)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>nothing collected speaks to it</source>
        <translation>nichts Erfasstes gibt darüber Auskunft</translation>
    </message>
    <message>
        <source>%1, so not assessed.</source>
        <translation>%1, daher nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>shown in:</source>
        <translation>angezeigt in:</translation>
    </message>
    <message>
        <source>Attestation (%1 mode)</source>
        <translation>Bestätigung (Modus %1)</translation>
    </message>
    <message>
        <source>none recorded. One would show that %1:</source>
        <translation>keine erfasst. Eine Bestätigung würde belegen, dass %1:</translation>
    </message>
    <message>
        <source>  bulkheadctl attest %1 --status pass --evidence TEXT [--link URL] [--file F]</source>
        <translation>  bulkheadctl attest %1 --status pass --evidence TEXT [--link URL] [--file F]</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired, ignored</source>
        <translation>abgelaufen, ignoriert</translation>
    </message>
    <message>
        <source>not in force yet</source>
        <translation>noch nicht in Kraft</translation>
    </message>
    <message>
        <source>valid, counted</source>
        <translation>gültig, gezählt</translation>
    </message>
    <message>
        <source>valid, the evidence decides</source>
        <translation>gültig, die Nachweise entscheiden</translation>
    </message>
    <message>
        <source>  #%1 %2 by %3 on %4, expires %5 (%6)</source>
        <translation>  #%1 %2 von %3 am %4, läuft ab am %5 (%6)</translation>
    </message>
    <message>
        <source>    link: %1</source>
        <translation>    Link: %1</translation>
    </message>
    <message>
        <source>    file: %1 (%2 bytes, sha256 %3)</source>
        <translation>    Datei: %1 (%2 Bytes, SHA-256 %3)</translation>
    </message>
    <message>
        <source>  History: bulkheadctl attest --history %1</source>
        <translation>  Verlauf: bulkheadctl attest --history %1</translation>
    </message>
    <message>
        <source>which control? (an id such as BLD-3)</source>
        <translation>Welche Kontrolle? (eine ID wie BLD-3)</translation>
    </message>
    <message>
        <source>one control at a time</source>
        <translation>jeweils nur eine Kontrolle</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>no control &quot;%1&quot; in the catalog (`bulkheadctl controls` lists them)</source>
        <translation>keine Kontrolle „%1“ im Katalog (`bulkheadctl controls` listet sie auf)</translation>
    </message>
    <message>
        <source>error: control %1 was not assessed</source>
        <translation>Fehler: Kontrolle %1 wurde nicht bewertet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Geprüft durch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Measures (%1)</source>
        <translation>Messgrößen (%1)</translation>
    </message>
    <message>
        <source>  none: nothing Bulkhead collects speaks to this control yet</source>
        <translation>  keine: Nichts, was Bulkhead erfasst, gibt bisher über diese Kontrolle Auskunft</translation>
    </message>
    <message>
        <source>Score working (%1)</source>
        <translation>Berechnung des Scores (%1)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] demo [--findings N] [--force]

Schreibt einen Demo-Datenbestand: synthetische, aber realistische Scans von ~40 Images und ~55
Kubernetes-Workloads über die letzten zwölf Wochen (Trivy, Grype, Kubescape), mit behobenen und
wieder geöffneten Befunden und Triage-Entscheidungen, damit jede Ansicht etwas zeigt. Der
Datenbestand ist als Demo gekennzeichnet.

  --findings N   Befunde im Datenbestand, genau (Standard 50000, höchstens 10000000)
  --force        einen vorhandenen Demo-Datenbestand unter PATH ersetzen

PATH ist standardmäßig $XDG_DATA_HOME/bulkhead/demo.db, neben (nie anstelle) dem
Standard-Datenbestand. Eine Datei unter PATH, die kein Demo-Datenbestand ist, wird nie
angefasst: Der Befehl verweigert die Ausführung (Exit-Code 2).
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>bulkheadctl demo: --findings must be a whole number from 0 to %1</source>
        <translation>bulkheadctl demo: --findings muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>bulkheadctl demo: %1 exists and is not a demo store; refusing to overwrite it.
Choose another path with --db PATH.</source>
        <translation>bulkheadctl demo: %1 existiert und ist kein Demo-Datenbestand; er wird nicht überschrieben.
Wählen Sie mit --db PATH einen anderen Pfad.</translation>
    </message>
    <message>
        <source>bulkheadctl demo: a demo store already exists at %1; use --force to replace it.</source>
        <translation>bulkheadctl demo: unter %1 gibt es bereits einen Demo-Datenbestand; mit --force wird er ersetzt.</translation>
    </message>
    <message>
        <source>writing demo reports: %1/%2</source>
        <translation>Demo-Berichte werden geschrieben: %1/%2</translation>
    </message>
    <message>
        <source>writing triage decisions...</source>
        <translation>Triage-Entscheidungen werden geschrieben...</translation>
    </message>
    <message>
        <source>Demo store written: %1 (%2 s)</source>
        <translation>Demo-Datenbestand geschrieben: %1 (%2 s)</translation>
    </message>
    <message>
        <source>  findings:  %1 (%2 open or confirmed)</source>
        <translation>  Befunde:   %1 (%2 offen oder bestätigt)</translation>
    </message>
    <message>
        <source>  assets:    %1 images, %2 Kubernetes workloads</source>
        <translation>  Assets:    %1 Images, %2 Kubernetes-Workloads</translation>
    </message>
    <message>
        <source>  reports:   %1 scans over twelve weeks (Trivy, Grype, Kubescape)</source>
        <translation>  Berichte:  %1 Scans über zwölf Wochen (Trivy, Grype, Kubescape)</translation>
    </message>
    <message>
        <source>  triage:    %1 false positives, %2 risks accepted (%3 expire within 14 days), %4 mitigated, %5 confirmed, %6 assigned, %7 comments</source>
        <translation>  Triage:    %1 Falsch-Positive, %2 Risiken akzeptiert (%3 laufen binnen 14 Tagen ab), %4 entschärft, %5 bestätigt, %6 zugewiesen, %7 Kommentare</translation>
    </message>
    <message>
        <source>Open it with:  bulkhead --db %1</source>
        <translation>Öffnen mit:  bulkhead --db %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] drills SUBCOMMAND [OPTIONS]

Notfallübungen: Planspiele in festem Turnus (INC-2) und Nachbetrachtungen von Vorfällen (INC-3).
Eine Übung wird aus einer Vorlage geplant; jeder Lauf kopiert die Checkliste der Vorlage. Ein
Lauf ist abgeschlossen, wenn jeder Checklistenpunkt erledigt ist oder eine Notiz trägt, warum
nicht.

Unterbefehle:
  templates [--format table|json]            die eingebauten und Ihre eigenen Vorlagen
  template add FILE.json                     eine eigene Vorlage hinzufügen (im Format von
                                             `drills template show KEY`)
  template show KEY                          eine Vorlage als JSON (eine eingebaute kopieren,
                                             um sie zu bearbeiten)
  list [--all] [--format table|json]         geplante Übungen: letzter Lauf, nächste Fälligkeit,
                                             Maßnahmen
  schedule TEMPLATE_KEY --name N [--owner O] [--cadence DAYS]
                                             eine Übung planen (Turnus 0: bei Bedarf)
  start NAME [--date YYYY-MM-DD] [--participant P]... [--incident TEXT]
                                             einen Lauf der Übung starten (Standarddatum: heute)
  check RUN_ID ITEM_NO [--done|--undone] [--evidence T] [--notes T]
                                             einen Checklistenpunkt erfassen
  action RUN_ID --text T [--owner O] [--due YYYY-MM-DD] [--control ID]
                                             einem Lauf eine Maßnahme hinzufügen
  action-done ACTION_ID                      eine Maßnahme als erledigt markieren
  complete RUN_ID                            einen Lauf abschließen
  show NAME|RUN_ID [--format text|json]      eine Übung mit ihren Läufen oder einen Lauf
  archive NAME [--restore]                   eine Übung stilllegen (ihre Läufe bleiben als
                                             Verlauf erhalten) oder wiederherstellen
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>cadence in days</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>TURNUS</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>CONTROLS</source>
        <translation>KONTROLLEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>use `drills template add FILE.json` or `drills template show KEY`</source>
        <translation>verwenden Sie `drills template add FILE.json` oder `drills template show KEY`</translation>
    </message>
    <message>
        <source>no drill template with the key %1 (see `bulkheadctl drills templates`)</source>
        <translation>keine Übungsvorlage mit dem Schlüssel %1 (siehe `bulkheadctl drills templates`)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>added drill template %1 (%2 checklist items)</source>
        <translation>Übungsvorlage %1 hinzugefügt (%2 Checklistenpunkte)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>NÄCHSTE FÄLLIG</translation>
    </message>
    <message>
        <source>ACTIONS (OPEN/OVERDUE)</source>
        <translation>MASSNAHMEN (OFFEN/ÜBERFÄLLIG)</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archiviert)</translation>
    </message>
    <message>
        <source>which template? (see `bulkheadctl drills templates`)</source>
        <translation>Welche Vorlage? (siehe `bulkheadctl drills templates`)</translation>
    </message>
    <message>
        <source>one template at a time</source>
        <translation>jeweils nur eine Vorlage</translation>
    </message>
    <message>
        <source>--name is required (the drill&apos;s name, unique)</source>
        <translation>--name ist erforderlich (der eindeutige Name der Übung)</translation>
    </message>
    <message>
        <source>--cadence takes a number of days (0: on demand)</source>
        <translation>--cadence erwartet eine Anzahl Tage (0: bei Bedarf)</translation>
    </message>
    <message>
        <source>every %1 days, first due %2</source>
        <translation>alle %1 Tage, erstmals fällig am %2</translation>
    </message>
    <message>
        <source>scheduled drill %1 from %2: %3</source>
        <translation>Notfallübung %1 aus %2 geplant: %3</translation>
    </message>
    <message>
        <source>drill %1: no drill template with the key %2 (see `bulkheadctl drills templates`)</source>
        <translation>Übung %1: keine Übungsvorlage mit dem Schlüssel %2 (siehe `bulkheadctl drills templates`)</translation>
    </message>
    <message>
        <source>run %1  held %2  %3 on %4</source>
        <translation>Lauf %1  durchgeführt %2  %3 am %4</translation>
    </message>
    <message>
        <source>run %1  held %2  %3</source>
        <translation>Lauf %1  durchgeführt %2  %3</translation>
    </message>
    <message>
        <source>  participants: %1</source>
        <translation>  Teilnehmende: %1</translation>
    </message>
    <message>
        <source>  incident: %1</source>
        <translation>  Vorfall: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  Notizen: %1</translation>
    </message>
    <message>
        <source>  checklist: %1 of %2 done</source>
        <translation>  Checkliste: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>         evidence: %1</source>
        <translation>         Nachweis: %1</translation>
    </message>
    <message>
        <source>         notes: %1</source>
        <translation>         Notizen: %1</translation>
    </message>
    <message>
        <source>  actions:</source>
        <translation>  Maßnahmen:</translation>
    </message>
    <message>
        <source>done</source>
        <comment>action item</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>open</source>
        <comment>action item</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3)</source>
        <translation>%1 (verantwortlich %2, fällig %3)</translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3, control %4)</source>
        <translation>%1 (verantwortlich %2, fällig %3, Kontrolle %4)</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>which drill? (its name, or a run id)</source>
        <translation>Welche Übung? (ihr Name oder eine Lauf-ID)</translation>
    </message>
    <message>
        <source>no drill named %1 and no drill run with id %2</source>
        <translation>keine Übung namens %1 und kein Übungslauf mit der ID %2</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>no drill named %1 (see `bulkheadctl drills list --all`)</source>
        <translation>keine Übung namens %1 (siehe `bulkheadctl drills list --all`)</translation>
    </message>
    <message>
        <source>drill %1 (archived)</source>
        <translation>Übung %1 (archiviert)</translation>
    </message>
    <message>
        <source>  template:  %1 (%2)</source>
        <translation>  Vorlage:       %1 (%2)</translation>
    </message>
    <message>
        <source>  kind:      %1; controls %2</source>
        <translation>  Art:           %1; Kontrollen %2</translation>
    </message>
    <message>
        <source>  owner:     %1</source>
        <translation>  Verantwortlich: %1</translation>
    </message>
    <message>
        <source>  cadence:   every %1 days</source>
        <translation>  Turnus:        alle %1 Tage</translation>
    </message>
    <message>
        <source>  cadence:   on demand</source>
        <translation>  Turnus:        bei Bedarf</translation>
    </message>
    <message>
        <source>  last run:  completed %1</source>
        <translation>  Letzter Lauf:  abgeschlossen am %1</translation>
    </message>
    <message>
        <source>  last run:  never completed</source>
        <translation>  Letzter Lauf:  nie abgeschlossen</translation>
    </message>
    <message>
        <source>  next due:  %1 (OVERDUE)</source>
        <translation>  Nächste fällig: %1 (ÜBERFÄLLIG)</translation>
    </message>
    <message>
        <source>  next due:  %1</source>
        <translation>  Nächste fällig: %1</translation>
    </message>
    <message>
        <source>  actions:   %1 open, %2 overdue</source>
        <translation>  Maßnahmen:     %1 offen, %2 überfällig</translation>
    </message>
    <message>
        <source>  runs:      %1</source>
        <translation>  Läufe:         %1</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>which drill? (its name; see `bulkheadctl drills list`)</source>
        <translation>Welche Übung? (ihr Name; siehe `bulkheadctl drills list`)</translation>
    </message>
    <message>
        <source>--date takes a day YYYY-MM-DD</source>
        <translation>--date erwartet einen Tag JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>no drill named %1 (see `bulkheadctl drills list`)</source>
        <translation>keine Übung namens %1 (siehe `bulkheadctl drills list`)</translation>
    </message>
    <message>
        <source>started run %1 of drill %2, held %3: %4 checklist items (`bulkheadctl drills check %5 ITEM_NO --done`)</source>
        <translation>Lauf %1 der Übung %2 gestartet, durchgeführt am %3: %4 Checklistenpunkte (`bulkheadctl drills check %5 ITEM_NO --done`)</translation>
    </message>
    <message>
        <source>a run id is a number, not %1 (see `bulkheadctl drills show NAME`)</source>
        <translation>eine Lauf-ID ist eine Zahl, nicht %1 (siehe `bulkheadctl drills show NAME`)</translation>
    </message>
    <message>
        <source>no drill run with id %1</source>
        <translation>kein Übungslauf mit der ID %1</translation>
    </message>
    <message>
        <source>RUN_ID and ITEM_NO are needed</source>
        <translation>RUN_ID und ITEM_NO sind erforderlich</translation>
    </message>
    <message>
        <source>--done or --undone, not both</source>
        <translation>--done oder --undone, nicht beides</translation>
    </message>
    <message>
        <source>ITEM_NO is the item&apos;s number in the checklist</source>
        <translation>ITEM_NO ist die Nummer des Punkts in der Checkliste</translation>
    </message>
    <message>
        <source>drill %1: run %2 has checklist items 1 to %3, not %4</source>
        <translation>Übung %1: Lauf %2 hat die Checklistenpunkte 1 bis %3, nicht %4</translation>
    </message>
    <message>
        <source>drill %1, run %2, item %3: %4</source>
        <translation>Übung %1, Lauf %2, Punkt %3: %4</translation>
    </message>
    <message>
        <source>done</source>
        <comment>checklist item</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>not done (explained)</source>
        <translation>nicht erledigt (begründet)</translation>
    </message>
    <message>
        <source>which run? (RUN_ID)</source>
        <translation>Welcher Lauf? (RUN_ID)</translation>
    </message>
    <message>
        <source>--text is required (what changes)</source>
        <translation>--text ist erforderlich (was sich ändert)</translation>
    </message>
    <message>
        <source>--due takes a day YYYY-MM-DD</source>
        <translation>--due erwartet einen Tag JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>drill %1, run %2: action item #%3 added</source>
        <translation>Übung %1, Lauf %2: Maßnahme #%3 hinzugefügt</translation>
    </message>
    <message>
        <source>which action item? (ACTION_ID, a number)</source>
        <translation>Welche Maßnahme? (ACTION_ID, eine Zahl)</translation>
    </message>
    <message>
        <source>no drill action item with id %1</source>
        <translation>keine Übungsmaßnahme mit der ID %1</translation>
    </message>
    <message>
        <source>drill %1: action item #%2 was done on %3</source>
        <translation>Übung %1: Maßnahme #%2 wurde am %3 erledigt</translation>
    </message>
    <message>
        <source>drill %1: action item #%2 done</source>
        <translation>Übung %1: Maßnahme #%2 erledigt</translation>
    </message>
    <message>
        <source>drill %1: run %2 completed</source>
        <translation>Übung %1: Lauf %2 abgeschlossen</translation>
    </message>
    <message>
        <source>note: the review has no action items; INC-3 counts a review without any as failing (`bulkheadctl drills action RUN_ID --text T --owner O --due DATE`)</source>
        <translation>Hinweis: Die Nachbetrachtung hat keine Maßnahmen; INC-3 wertet eine Nachbetrachtung ohne Maßnahmen als nicht erfüllt (`bulkheadctl drills action RUN_ID --text T --owner O --due DATE`)</translation>
    </message>
    <message>
        <source>next due: %1</source>
        <translation>nächste fällig: %1</translation>
    </message>
    <message>
        <source>which drill? (its name)</source>
        <translation>Welche Übung? (ihr Name)</translation>
    </message>
    <message>
        <source>drill %1 archived</source>
        <translation>Übung %1 archiviert</translation>
    </message>
    <message>
        <source>drill %1 restored</source>
        <translation>Übung %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>no subcommand given</source>
        <translation>kein Unterbefehl angegeben</translation>
    </message>
    <message>
        <source>unknown subcommand %1</source>
        <translation>unbekannter Unterbefehl %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] export KIND [--out FILE] [--scope KEY=V[,V...]]...

Entscheidungen und Befunde in Formaten, die andere Werkzeuge zurücklesen:
  openvex      OpenVEX-0.2.0-Dokument der Entscheidungen zu Schwachstellen: Falsch-Positiv -&gt;
               not_affected, entschärft -&gt; not_affected (oder fixed), Risiko akzeptiert -&gt;
               affected mit der Akzeptanz als Action Statement, bestätigt -&gt;
               under_investigation (`trivy image --vex FILE IMAGE`)
  trivyignore  .trivyignore.yaml der akzeptierten Risiken (mit Ablaufdatum) und
               Falsch-Positiven (`trivy image --ignorefile FILE IMAGE`)
  sarif        SARIF 2.1.0 der offenen und bestätigten Befunde, ein Run je Scanner (GitHub
               Code Scanning und andere Dashboards)

Optionen:
  --out FILE     FILE schreiben (atomar: nie eine halbe Datei unter dem Namen) sowie
                 FILE.sha256 im `sha256sum`-Format und im Berichtsverlauf festhalten; ohne
                 --out geht das Dokument nach stdout und nichts wird festgehalten
  --scope K=V    nur Befunde im Umfang: cluster=NAME, namespace=NS, registry=HOST oder
                 Registry-Quelle, source=SOURCE oder Scanner (trivy, grype, ...); mehrere
                 Werte durch Kommas getrennt; wiederholte --scope-Optionen gelten zusammen

Exit-Status: 0 geschrieben, 1 Datenbestand nicht lesbar oder Datei nicht geschrieben,
2 Aufruffehler. docs/exports.md beschreibt die Formate und wie jede Triage-Entscheidung auf sie
abgebildet wird.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statements to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>%n Aussage nach %1 geschrieben (Prüfsumme in %2.sha256)</numerusform>
            <numerusform>%n Aussagen nach %1 geschrieben (Prüfsumme in %2.sha256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n results to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>%n Ergebnis nach %1 geschrieben (Prüfsumme in %2.sha256)</numerusform>
            <numerusform>%n Ergebnisse nach %1 geschrieben (Prüfsumme in %2.sha256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ignore entries to %1 (checksum in %2.sha256)</source>
        <translation>
            <numerusform>%n Ignoriereintrag nach %1 geschrieben (Prüfsumme in %2.sha256)</numerusform>
            <numerusform>%n Ignoriereinträge nach %1 geschrieben (Prüfsumme in %2.sha256)</numerusform>
        </translation>
    </message>
    <message>
        <source>which export? openvex, trivyignore or sarif</source>
        <translation>Welcher Export? openvex, trivyignore oder sarif</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot; (openvex, trivyignore, sarif)</source>
        <translation>unbekannter Export „%1“ (openvex, trivyignore, sarif)</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out braucht einen Dateinamen</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] findings [OPTIONS]

Listet Befunde auf, die schwersten zuerst. Filter werden mit UND verknüpft; ein wiederholter
Filter bedeutet einen beliebigen seiner Werte.

Optionen:
  --severity S   critical, high, medium, low, info, unknown (wiederholbar oder durch Kommas
                 getrennt)
  --status S     open, confirmed, false_positive, risk_accepted, mitigated, resolved
  --kind K       vulnerability, misconfiguration, secret
  --search TEXT  Wörter aus Regel-ID, Titel oder Beschreibung (Volltext, das letzte Wort
                 als Präfix) oder ein Teil des Paketnamens
  --limit N      höchstens N Befunde
  --format F     table (Standard), csv oder json (ein Array von Objekten)
</translation>
    </message>
    <message>
        <source>bulkheadctl findings: %1 does not accept &quot;%2&quot;</source>
        <translation>bulkheadctl findings: %1 akzeptiert „%2“ nicht</translation>
    </message>
    <message>
        <source>bulkheadctl findings: unexpected argument &quot;%1&quot;</source>
        <translation>bulkheadctl findings: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>bulkheadctl findings: --limit takes a number</source>
        <translation>bulkheadctl findings: --limit erwartet eine Zahl</translation>
    </message>
    <message>
        <source>bulkheadctl findings: --format must be table, csv or json</source>
        <translation>bulkheadctl findings: --format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLIERT</translation>
    </message>
    <message>
        <source>FIXED</source>
        <translation>BEHOBEN IN</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ASSET</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] gate --policy FILE [--scope KEY=V,...]... [--junit FILE]
                                     [--sarif FILE] [--format text|json]

Wertet eine Release-Richtlinie gegen den Datenbestand aus: höchstens offene Befunde je
Schweregrad, Befunde nach Ablauf ihrer SLA, Images signiert / mit SBOM / nicht als root, kein
riskantes RBAC-Binding, keine überfällige Secret-Rotation, Kontrollen, die erfüllt sein müssen,
eine Mindest-Sicherheitsbewertung. Gibt jede verletzte Regel mit ihrem Nachweis und eine
Zusammenfassungszeile aus; hält den Lauf im Datenbestand fest (gate_runs).
docs/gate-policy.md beschreibt das Richtlinienformat; resources/policies/ enthält Beispiele.

Optionen:
  --policy FILE   die Richtlinie (JSON, Formatversion 1)
  --scope K=V     das Gate eingrenzen: cluster=, namespace=, registry=, source= (ein
                  Scanner-Werkzeug oder eine eingerichtete Quelle); Werte durch Kommas
                  getrennt, wiederholbar; UND über verschiedene Schlüssel
  --junit FILE    zusätzlich JUnit-XML schreiben: ein Testfall je Regel, ein Fehler je
                  verletzter Regel
  --sarif FILE    zusätzlich SARIF 2.1.0 schreiben: ein Ergebnis je verletzter Regel
  --format F      text (Standard) oder json

Exit-Status: 0 jede Regel bestanden, 1 eine Regel verletzt, 2 Fehler (Aufruf, ungültige
Richtlinie, Datenbestand fehlt oder ist nicht lesbar, ein Umfang, der im Datenbestand nichts
benennt).
</translation>
    </message>
    <message>
        <source>bulkheadctl gate: error: %1</source>
        <translation>bulkheadctl gate: Fehler: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--policy FILE is required</source>
        <translation>--policy FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>%1: cannot read the policy file</source>
        <translation>%1: die Richtliniendatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid policy: %1</source>
        <translation>ungültige Richtlinie: %1</translation>
    </message>
    <message>
        <source>%1: no Bulkhead store here (import or collect first, or pass --db PATH)</source>
        <translation>%1: hier gibt es keinen Bulkhead-Datenbestand (zuerst importieren oder erfassen oder --db PATH angeben)</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] images [OPTIONS]

Listet die Images der Registry-Quellen auf (siehe `bulkheadctl collect`), mit den Anzahlen der
Schwachstellen aus importierten Scans, per Digest zugeordnet. Filter werden mit UND verknüpft.

Optionen:
  --source NAME      Images dieser Quelle (wiederholbar)
  --search TEXT      Teil des Repositorys, ein Tag oder der Digest
  --unsigned         nur unsignierte Images (wie --signature unsigned)
  --signature S      unsigned, signed-not-verified, verified, invalid (wiederholbar oder durch
                     Kommas getrennt)
  --root             nur Images, deren Konfiguration als root läuft
  --no-sbom          nur Images ohne SBOM
  --not-scanned      nur Images ohne importierten Schwachstellen-Scan
  --sort KEY         repository (Standard), tag, created, size, layers, signature,
                     vulnerabilities, last-seen
  --desc             absteigend sortieren
  --limit N          höchstens N Images
  --format F         table (Standard), csv oder json (ein Array von Objekten)
</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--signature does not accept &quot;%1&quot;</source>
        <translation>--signature akzeptiert „%1“ nicht</translation>
    </message>
    <message>
        <source>--sort does not accept &quot;%1&quot;</source>
        <translation>--sort akzeptiert „%1“ nicht</translation>
    </message>
    <message>
        <source>error: there is no source named %1</source>
        <translation>Fehler: Es gibt keine Quelle namens %1</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SIZE MiB</source>
        <translation>GRÖSSE MiB</translation>
    </message>
    <message>
        <source>LAYERS</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATUR</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>CRIT/HIGH/MED/LOW</source>
        <translation>KRIT/HOCH/MITT/NIED</translation>
    </message>
    <message>
        <source>LAST SCAN</source>
        <translation>LETZTER SCAN</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] import [--quiet] FILE|DIR...

Importiert Scanner-Berichte in den Datenbestand. Das Format wird am Inhalt erkannt: Trivy-JSON
(image/fs/config/k8s), Grype-JSON, SARIF 2.1.0, CycloneDX-JSON, SPDX-2.x-JSON,
trivy-operator-Berichte und Kubescape-Ergebnisse. Verzeichnisse werden rekursiv gelesen; Dateien
darin, die nicht wie JSON beginnen, werden übersprungen. Der Import ist eine Transaktion:
abgebrochen oder fehlgeschlagen, lässt er den Datenbestand unverändert. Eine Datei, die nicht
gelesen oder geparst werden kann, wird gemeldet und ausgelassen; die anderen werden importiert.
Derselbe Bericht ändert beim erneuten Import nichts; Befunde, die ein neuerer Scan desselben
Artefakts nicht mehr meldet, werden als behoben markiert.

Optionen:
  --quiet      nur Fehler und die abschließende Summe ausgeben
  --threads N  Parser-Threads (Standard: freie Kerne)

Exit-Codes: 0 alle Dateien importiert, 1 eine Datei fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>%1/%2 files  %3/%4 MB  %5s</source>
        <translation>%1/%2 Dateien  %3/%4 MB  %5 s</translation>
    </message>
    <message>
        <source>bulkheadctl import: no FILE or DIR given</source>
        <translation>bulkheadctl import: keine Datei und kein Verzeichnis angegeben</translation>
    </message>
    <message>
        <source>bulkheadctl import: --threads takes a number from 1 to 64</source>
        <translation>bulkheadctl import: --threads erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>skipped %1: not a JSON file</source>
        <translation>%1 übersprungen: keine JSON-Datei</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %1: %2: %n findings</source>
        <translation>
            <numerusform>%1 importiert: %2: %n Befund</numerusform>
            <numerusform>%1 importiert: %2: %n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %1: %2 by %3: %n findings</source>
        <translation>
            <numerusform>%1 importiert: %2 von %3: %n Befund</numerusform>
            <numerusform>%1 importiert: %2 von %3: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 unchanged, %4 resolved, %5 reopened)</source>
        <translation>%1 (%2 neu, %3 unverändert, %4 behoben, %5 wieder geöffnet)</translation>
    </message>
    <message numerus="yes">
        <source>, %n components</source>
        <translation>
            <numerusform>, %n Komponente</numerusform>
            <numerusform>, %n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n triage decisions carried over</source>
        <translation>
            <numerusform>, %n Triage-Entscheidung übernommen</numerusform>
            <numerusform>, %n Triage-Entscheidungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warnings</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation>
            <numerusform>  ... und %n weitere Warnung</numerusform>
            <numerusform>  ... und %n weitere Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: posture snapshot not recorded: %1</source>
        <translation>Warnung: Momentaufnahme der Sicherheitslage nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>total: %n files imported, %1 not imported; %2 findings (%3 new, %4 resolved, %5 reopened) in %6s</source>
        <translation>
            <numerusform>gesamt: %n Datei importiert, %1 nicht importiert; %2 Befunde (%3 neu, %4 behoben, %5 wieder geöffnet) in %6 s</numerusform>
            <numerusform>gesamt: %n Dateien importiert, %1 nicht importiert; %2 Befunde (%3 neu, %4 behoben, %5 wieder geöffnet) in %6 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>--limit takes a number</source>
        <translation>--limit erwartet eine Zahl</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac SUBCOMMAND [OPTIONS]

Kubernetes-RBAC der erfassten Cluster-Quellen (siehe `bulkheadctl collect`): wer was tun darf,
warum, welche Bindings Risiken tragen, und die Überprüfungen der Bindings. Die Antworten kommen
aus dem Datenbestand; der Cluster wird nicht befragt.

Unterbefehle:
  who-can VERB RESOURCE [-n NS]   Subjekte, die es dürfen, jeweils mit der gewährenden Kette
  subject SUBJECT                 effektive Berechtigungen eines Subjekts mit ihren Bindings
  why SUBJECT VERB RESOURCE       ob das Subjekt es darf, über welche Berechtigungen, oder
                                  warum nicht
  review BINDING... --decision D  eine Überprüfung von Bindings erfassen (keep, reduce,
                                  remove, escalate)
  bindings                        Bindings mit Risiken und Überprüfungsstand (--due: zu
                                  überprüfen)
  history BINDING                 die Überprüfungen eines Bindings, neueste zuerst
  risks [--workloads]             riskante Bindings; --workloads: Workloads mit einem
                                  riskanten Token

SUBJECT: alice (ein User), group:NAME, sa:NAMESPACE/NAME, system:serviceaccount:NS:NAME oder
User/NAME, Group/NAME, ServiceAccount/NS/NAME.
RESOURCE: pods, pods/exec, deployments.apps, deployments/scale, &quot;*&quot; oder eine
Nicht-Ressourcen-URL wie /metrics. Bekannte Core- und Apps-Ressourcen dürfen ihre Gruppe
weglassen.

Gemeinsame Optionen: --cluster C (nötig, wenn mehrere Cluster erfasst wurden), --format
table|json. `bulkheadctl rbac SUBCOMMAND --help` beschreibt jeden Unterbefehl.
</translation>
    </message>
    <message>
        <source>bulkheadctl rbac: no subcommand given</source>
        <translation>bulkheadctl rbac: kein Unterbefehl angegeben</translation>
    </message>
    <message>
        <source>bulkheadctl rbac: unknown subcommand &quot;%1&quot;</source>
        <translation>bulkheadctl rbac: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>error: no RBAC analysis of a cluster named %1: no cluster has one yet (collect a cluster source with `bulkheadctl collect`)</source>
        <translation>Fehler: keine RBAC-Analyse eines Clusters namens %1: bisher hat kein Cluster eine (erfassen Sie eine Cluster-Quelle mit `bulkheadctl collect`)</translation>
    </message>
    <message>
        <source>error: no RBAC analysis of a cluster named %1 (clusters with one: %2)</source>
        <translation>Fehler: keine RBAC-Analyse eines Clusters namens %1 (Cluster mit Analyse: %2)</translation>
    </message>
    <message>
        <source>error: the store has no RBAC analysis: collect a cluster source first (`bulkheadctl source add cluster`, `bulkheadctl collect`); its Roles, ClusterRoles and bindings must be listed completely</source>
        <translation>Fehler: Der Datenbestand enthält keine RBAC-Analyse: Erfassen Sie zuerst eine Cluster-Quelle (`bulkheadctl source add cluster`, `bulkheadctl collect`); ihre Roles, ClusterRoles und Bindings müssen vollständig gelistet werden</translation>
    </message>
    <message>
        <source>bulkheadctl rbac %1: several clusters have an RBAC analysis (%2): name one with --cluster</source>
        <translation>bulkheadctl rbac %1: mehrere Cluster haben eine RBAC-Analyse (%2): nennen Sie einen mit --cluster</translation>
    </message>
    <message>
        <source>warning: skipped %1</source>
        <translation>Warnung: %1 übersprungen</translation>
    </message>
    <message>
        <source>warning: %1 more objects of cluster %2 could not be read and were skipped</source>
        <translation>Warnung: %1 weitere Objekte von Cluster %2 konnten nicht gelesen werden und wurden übersprungen</translation>
    </message>
    <message>
        <source>the verb is empty</source>
        <translation>das Verb ist leer</translation>
    </message>
    <message>
        <source>give one verb (&quot;%1&quot; is not one)</source>
        <translation>geben Sie ein Verb an („%1“ ist keins)</translation>
    </message>
    <message>
        <source>RESOURCE &quot;%1&quot;: %2</source>
        <translation>RESOURCE „%1“: %2</translation>
    </message>
    <message>
        <source>a non-resource URL (%1) has no namespace or name</source>
        <translation>eine Nicht-Ressourcen-URL (%1) hat weder Namespace noch Namen</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac who-can VERB RESOURCE [OPTIONS]

Listet die Subjekte auf (so, wie die Bindings sie nennen: eine Group steht für ihre Mitglieder),
die VERB auf RESOURCE ausführen dürfen, jeweils mit der Berechtigung, die es erlaubt:
Binding -&gt; Rolle -&gt; Regel. Ohne -n antworten nur clusterweite Berechtigungen
(ClusterRoleBindings): Die Frage lautet dann &quot;in jedem Namespace&quot; oder betrifft eine
clusterweite Ressource.

Optionen:
  -n, --namespace NS   der Namespace der Anfrage (die RoleBindings von NS antworten mit)
  --name N             eine Anfrage zu einem einzelnen Objekt (Regeln mit resourceNames antworten)
  --cluster C          der Cluster (nötig, wenn mehrere erfasst wurden)
  --format F           table (Standard) oder json

Beispiele: who-can create pods/exec -n shop; who-can get secrets; who-can &apos;*&apos; &apos;*&apos;; who-can get /metrics
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac subject SUBJECT [OPTIONS]

Die effektiven Berechtigungen eines Subjekts: jede ihm gewährte Regel, direkt oder über die
Gruppen, denen es angehört (ein Service-Account gehört zu system:serviceaccounts,
system:serviceaccounts:NS und system:authenticated), mit dem Binding und der Rolle, die sie
gewähren; clusterweite Berechtigungen zuerst. Dazu seine Risiken und sein Überprüfungsstand aus
der letzten Erfassung und bei einem Service-Account, ob es existiert und welche Workloads mit
seinem Token laufen.

SUBJECT: alice (ein User), group:NAME, sa:NS/NAME, system:serviceaccount:NS:NAME oder
User/NAME, Group/NAME, ServiceAccount/NS/NAME.

Optionen:
  -n, --namespace NS   nur was in NS gilt (seine RoleBindings und die clusterweiten
                       Berechtigungen)
  --cluster C          der Cluster (nötig, wenn mehrere erfasst wurden)
  --format F           table (Standard) oder json
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac why SUBJECT VERB RESOURCE [OPTIONS]

Ob SUBJECT VERB auf RESOURCE ausführen darf und über welche Berechtigungen (Binding -&gt; Rolle -&gt;
Regel); falls nicht, die Berechtigung, die am nächsten kommt, und was nicht passt (Verb,
Ressource, Namespace...). Der Exit-Code ist bei beiden Antworten 0; --format json enthält
&quot;allowed&quot;.

Optionen:
  -n, --namespace NS   der Namespace der Anfrage (keiner: nur clusterweite Berechtigungen)
  --name N             eine Anfrage zu einem einzelnen Objekt
  --cluster C          der Cluster (nötig, wenn mehrere erfasst wurden)
  --format F           table (Standard) oder json
</translation>
    </message>
    <message>
        <source>SUBJECT &quot;%1&quot; is not one (alice, group:NAME, sa:NS/NAME, ServiceAccount/NS/NAME, ...)</source>
        <translation>„%1“ ist kein SUBJECT (alice, group:NAME, sa:NS/NAME, ServiceAccount/NS/NAME, ...)</translation>
    </message>
    <message>
        <source>give VERB and RESOURCE</source>
        <translation>geben Sie VERB und RESOURCE an</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>no subject of cluster %1 may %2</source>
        <translation>kein Subjekt von Cluster %1 darf %2</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJEKT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation>GEWÄHRT DURCH</translation>
    </message>
    <message>
        <source>%1 subjects of cluster %2 may %3 (%4 grants)</source>
        <translation>%1 Subjekte von Cluster %2 dürfen %3 (%4 Berechtigungen)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>give a SUBJECT</source>
        <translation>geben Sie ein SUBJECT an</translation>
    </message>
    <message>
        <source>note: no binding of cluster %1 names %2 and no such service account was collected; shown are the grants of the groups it is in</source>
        <translation>Hinweis: Kein Binding von Cluster %1 nennt %2, und ein solches Service-Account wurde nicht erfasst; gezeigt werden die Berechtigungen der Gruppen, denen es angehört</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (Cluster %2)</translation>
    </message>
    <message>
        <source>  groups:      %1</source>
        <translation>  Gruppen:     %1</translation>
    </message>
    <message>
        <source>  exists:      yes</source>
        <translation>  existiert:   ja</translation>
    </message>
    <message>
        <source>  exists:      no: bound, but no such service account (dangling)</source>
        <translation>  existiert:   nein: gebunden, aber kein solches Service-Account (verwaist)</translation>
    </message>
    <message>
        <source>  bindings:    %1 apply</source>
        <translation>  Bindings:    %1 gelten</translation>
    </message>
    <message>
        <source>  risks:       none</source>
        <translation>  Risiken:     keine</translation>
    </message>
    <message>
        <source>  risks:       %1 (worst %2)</source>
        <translation>  Risiken:     %1 (schwerstes %2)</translation>
    </message>
    <message>
        <source>  review:      %1</source>
        <translation>  Überprüfung: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>  token used:  by no running workload</source>
        <translation>  Token genutzt: von keinem laufenden Workload</translation>
    </message>
    <message>
        <source>  token used:  %1</source>
        <translation>  Token genutzt: %1</translation>
    </message>
    <message>
        <source>no permissions that apply in namespace %1</source>
        <translation>keine Berechtigungen, die im Namespace %1 gelten</translation>
    </message>
    <message>
        <source>no permissions</source>
        <translation>keine Berechtigungen</translation>
    </message>
    <message>
        <source>VERBS</source>
        <translation>VERBEN</translation>
    </message>
    <message>
        <source>RESOURCES</source>
        <translation>RESSOURCEN</translation>
    </message>
    <message>
        <source>%1 grants</source>
        <translation>%1 Berechtigungen</translation>
    </message>
    <message>
        <source>give SUBJECT, VERB and RESOURCE</source>
        <translation>geben Sie SUBJECT, VERB und RESOURCE an</translation>
    </message>
    <message>
        <source>yes: %1 may %2 (cluster %3)</source>
        <translation>ja: %1 darf %2 (Cluster %3)</translation>
    </message>
    <message>
        <source>no: %1 may not %2 (cluster %3)</source>
        <translation>nein: %1 darf nicht %2 (Cluster %3)</translation>
    </message>
    <message>
        <source>  granted by %1</source>
        <translation>  gewährt durch %1</translation>
    </message>
    <message>
        <source>  closest:   %1
  mismatch:  %2</source>
        <translation>  am nächsten: %1
  Abweichung:  %2</translation>
    </message>
    <message>
        <source>  no binding grants %1 anything</source>
        <translation>  kein Binding gewährt %1 irgendetwas</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac review BINDING... --decision D [--note TEXT] [OPTIONS]

Erfasst eine Überprüfung eines oder mehrerer Bindings (IAM-2), alle in einer Transaktion, mit
Ihrem Benutzernamen als prüfender Person. Jede Überprüfung hält das Binding in seinem jetzigen
Zustand fest (roleRef, Subjekte, uid): Eine spätere Änderung markiert es als &quot;changed&quot;, bis es
erneut überprüft wird. Überprüfungen bleiben als Verlauf erhalten.

BINDING: ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME oder NAMESPACE/NAME (ein
RoleBinding), so wie `bulkheadctl rbac bindings` sie auflistet.

Optionen:
  --decision D   keep, reduce, remove oder escalate
  --note TEXT    Begründung; erforderlich für reduce, remove und escalate
  --cluster C    der Cluster der Bindings (nötig, wenn mehrere Cluster sie haben)
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac bindings [OPTIONS]

Listet die RoleBindings und ClusterRoleBindings der erfassten Cluster mit Rolle, Subjekten,
Risiken und Überprüfungsstand auf: nie überprüft, aktuell, fällig (das Überprüfungsintervall ist
verstrichen: rbac/reviewIntervalDays, 90 Tage, oder 30 für Bindings mit hohem oder kritischem
Risiko, in den Einstellungen, die die Oberfläche bearbeitet) oder geändert (roleRef oder
Subjekte weichen von den überprüften ab, oder das Binding wurde neu angelegt).
Standard-Bootstrap-Bindings sind ausgeblendet, außer mit --include-defaults.
Die Tabelle endet mit dem IAM-2-Status des Clusters: erfüllt, wenn jedes Binding außer den
Standard-Bindings eine aktuelle Überprüfung hat.

Optionen:
  --due                nur Bindings, die eine Überprüfung brauchen (nie überprüft, fällig oder
                       geändert)
  --risky              nur Bindings mit einem Risiko
  --rule R             nur Bindings mit dieser Risikoregel (siehe `bulkheadctl rbac risks --help`)
  --include-defaults   auch die Standard-Bindings (Bootstrap) des API-Servers
  --cluster C          Bindings dieses Clusters
  -n, --namespace NS   Bindings in diesem Namespace (&quot;-&quot;: nur ClusterRoleBindings)
  --search TEXT        Teil des Namens des Bindings, seiner Rolle oder eines Subjekts
  --sort S             name, namespace (Standard), role, risk, state oder due (Standard mit
                       --due)
  --desc               absteigend sortieren
  --limit N            höchstens N Bindings
  --format F           table (Standard), csv oder json
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac history BINDING [OPTIONS]

Listet die für ein Binding erfassten Überprüfungen auf (Nachweis für IAM-2), neueste zuerst:
Entscheidung, prüfende Person, Zeitpunkt, Notiz sowie roleRef und Subjekte, die das Binding bei
der Überprüfung hatte.

BINDING: ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME oder NAMESPACE/NAME (ein
RoleBinding), so wie `bulkheadctl rbac bindings` sie auflistet.

Optionen:
  --cluster C    der Cluster des Bindings (nötig, wenn mehrere Cluster es haben)
  --format F     table (Standard), csv oder json
</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>  [changed: %1]</source>
        <translation>  [geändert: %1]</translation>
    </message>
    <message>
        <source>give the BINDING to review (several for a bulk review)</source>
        <translation>geben Sie das zu überprüfende BINDING an (mehrere für eine Sammelüberprüfung)</translation>
    </message>
    <message>
        <source>--decision is required (keep, reduce, remove or escalate)</source>
        <translation>--decision ist erforderlich (keep, reduce, remove oder escalate)</translation>
    </message>
    <message>
        <source>--decision does not accept &quot;%1&quot; (keep, reduce, remove or escalate)</source>
        <translation>--decision akzeptiert „%1“ nicht (keep, reduce, remove oder escalate)</translation>
    </message>
    <message>
        <source>no binding %1</source>
        <translation>kein Binding %1</translation>
    </message>
    <message>
        <source>no binding %1 in cluster %2</source>
        <translation>kein Binding %1 in Cluster %2</translation>
    </message>
    <message>
        <source>error: %1 with --cluster</source>
        <translation>Fehler: %1 mit --cluster</translation>
    </message>
    <message>
        <source>nothing was recorded (%1 of %2 bindings not found; see `bulkheadctl rbac bindings`)</source>
        <translation>nichts wurde erfasst (%1 von %2 Bindings nicht gefunden; siehe `bulkheadctl rbac bindings`)</translation>
    </message>
    <message>
        <source>--rule does not know &quot;%1&quot; (rules: %2)</source>
        <translation>--rule kennt „%1“ nicht (Regeln: %2)</translation>
    </message>
    <message>
        <source>--sort takes name, namespace, role, risk, state or due</source>
        <translation>--sort erwartet name, namespace, role, risk, state oder due</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>WORST</source>
        <translation>SCHWERSTES</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>SUBJECTS</source>
        <translation>SUBJEKTE</translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed): met</source>
        <translation>IAM-2: %1 von %2 Bindings überprüft und aktuell (%3 fällig, %4 nie überprüft, %5 geändert): erfüllt</translation>
    </message>
    <message>
        <source>IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed): not met</source>
        <translation>IAM-2: %1 von %2 Bindings überprüft und aktuell (%3 fällig, %4 nie überprüft, %5 geändert): nicht erfüllt</translation>
    </message>
    <message>
        <source>give one BINDING</source>
        <translation>geben Sie ein BINDING an</translation>
    </message>
    <message>
        <source>error: %1 (see `bulkheadctl rbac bindings`)</source>
        <translation>Fehler: %1 (siehe `bulkheadctl rbac bindings`)</translation>
    </message>
    <message>
        <source>REVIEWED AT</source>
        <translation>ÜBERPRÜFT AM</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation>PRÜFER</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>%1 has never been reviewed</source>
        <translation>%1 wurde nie überprüft</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] rbac risks [OPTIONS]

Die riskanten Bindings eines Clusters, die schwersten zuerst: Jedes Risiko nennt die Regel, das
Binding, die passende Regel der Rolle, die erreichten Subjekte und warum es wichtig ist.
Standard-Bootstrap-Bindings bleiben außen vor, außer mit --include-defaults. Mit --workloads:
die laufenden Workloads, deren Pods das Token eines von einem Risiko erreichten Service-Accounts
einbinden.

Optionen:
  --workloads          Workloads mit einem riskanten Token statt der Risiken
  --rule R             nur diese Regel
  --severity S         mindestens dieser Schweregrad (low, medium, high, critical)
  --include-defaults   auch Risiken der Standard-Bindings des API-Servers
  -n, --namespace NS   nur Risiken in NS (&quot;-&quot;: nur clusterweite)
  --cluster C          der Cluster (nötig, wenn mehrere erfasst wurden)
  --limit N            höchstens N Zeilen
  --format F           table (Standard) oder json

Regeln: </translation>
    </message>
    <message>
        <source>--rule does not know &quot;%1&quot;</source>
        <translation>--rule kennt „%1“ nicht</translation>
    </message>
    <message>
        <source>--severity takes low, medium, high or critical, not &quot;%1&quot;</source>
        <translation>--severity erwartet low, medium, high oder critical, nicht „%1“</translation>
    </message>
    <message>
        <source>--limit takes a number</source>
        <translation>--limit erwartet eine Zahl</translation>
    </message>
    <message>
        <source>SERVICE ACCOUNT</source>
        <translation>SERVICE-ACCOUNT</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGELN</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>BINDING</source>
        <translation>BINDING</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>--note is required for the decision %1: say what should change</source>
        <translation>--note ist für die Entscheidung %1 erforderlich: Geben Sie an, was sich ändern soll</translation>
    </message>
    <message numerus="yes">
        <source>%n bindings reviewed: %1, by %2</source>
        <translation>
            <numerusform>%n Binding überprüft: %1, von %2</numerusform>
            <numerusform>%n Bindings überprüft: %1, von %2</numerusform>
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
        <translation>Aufruf: bulkheadctl [--db PATH] report --pdf FILE [--scope KEY=V[,V...]]... [--as-of YYYY-MM-DD]
                                       [--paper a4|letter]

Schreibt den PDF-Bericht des Datenbestands für Prüfer: Titelseite (Umfang, Datenstand, erstellt
am und von, Bulkhead-Version, ID des Datenbestands), Inhaltsverzeichnis, Zusammenfassung mit dem
Score, Scores je Bereich, Trend- und Schweregrad-Diagramme, jede Kontrolle mit Status,
Messgrößen und Bestätigung, die offenen Befunde (jeder kritische und hohe einzeln mit seinem
SLA-Stand, der Rest zusammengefasst), Risikoakzeptanzen, RBAC-Überprüfung, Secret-Rotation,
Notfallübungen und Nachbetrachtungen, Erfassungsabdeckung und einen Anhang der Quellen.
FILE.sha256 wird daneben geschrieben (Format von `sha256sum -c`), und die Datei wird im
Berichtsverlauf des Datenbestands festgehalten. Die Datei erscheint erst, wenn sie vollständig
ist.

Optionen:
  --pdf FILE       die zu schreibende PDF-Datei (erforderlich)
  --scope KEY=V    den Bericht eingrenzen: source=NAME (eine eingerichtete Quelle oder ein
                   Scanner-Werkzeug wie trivy), cluster=NAME, namespace=NAME,
                   registry=HOST|NAME. Durch Kommas getrennte Werte sind Alternativen;
                   mehrere --scope-Optionen müssen alle zutreffen.
  --as-of DATE     die Daten am Ende dieses Tages (UTC) statt jetzt: Kontrollstatus und Scores
                   aus der neuesten Momentaufnahme bis dahin, Befunde, die bis dahin zuerst
                   gesehen und nicht davor behoben wurden. RBAC und Abdeckung bleiben aktuell
                   (der Bericht weist darauf hin).
  --paper P        a4 (Standard) oder letter

Funktioniert ohne Display (ohne Display wird die Plattform offscreen verwendet).
docs/reports.md erklärt jeden Abschnitt.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--pdf FILE is required</source>
        <translation>--pdf FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper muss a4 oder letter sein</translation>
    </message>
    <message>
        <source>error: %1: no such store</source>
        <translation>Fehler: %1: kein solcher Datenbestand</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>pages:  %1</source>
        <translation>Seiten:  %1</translation>
    </message>
    <message>
        <source>bytes:  %1</source>
        <translation>Bytes:   %1</translation>
    </message>
    <message>
        <source>sha256: %1  (%2.sha256)</source>
        <translation>SHA-256: %1  (%2.sha256)</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] review SUBCOMMAND [OPTIONS]

Das Wochenreview: was sich seit der letzten Freigabe (oder einem gewählten Datum) geändert hat,
und die Freigabe. Nach jedem Import, jeder Erfassung und bei jeder Freigabe wird eine
Momentaufnahme der Sicherheitslage gespeichert; das Review vergleicht die jetzige
Sicherheitslage mit der Momentaufnahme der letzten Freigabe oder mit der neuesten
Momentaufnahme an oder vor --since.

Unterbefehle:
  diff [--since YYYY-MM-DD] [--format text|json]   was sich geändert hat: Score und Bereiche,
                                 Kontrollen, neue und behobene kritische/hohe Befunde,
                                 RBAC-Bindings, überfällige Secrets, ablaufende
                                 Risikoakzeptanzen und Bestätigungen, fällige Notfallübungen
                                 und Abdeckung (eine Quelle weg, fehlerhaft oder stumm: ihre
                                 Befunde zählen nicht als behoben)
  signoff --notes TEXT [--since YYYY-MM-DD]        das Review freigeben; gibt seine ID und
                                                   seinen Score aus
  history [--format text|json]                     die Freigaben, neueste zuerst
`bulkheadctl review SUBCOMMAND --help` beschreibt jeden Unterbefehl.
Exit-Codes: 0 erledigt, 1 Datenbestand nicht lesbar oder nicht schreibbar, 2 Aufruffehler.
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
        <translation>Aufruf: bulkheadctl [--db PATH] review diff [--since YYYY-MM-DD] [--format text|json]

Vergleicht die jetzige Sicherheitslage mit der Momentaufnahme der letzten Freigabe (keine: die
älteste Momentaufnahme) oder mit der neuesten Momentaufnahme am oder vor dem Beginn (00:00 UTC)
von --since. Listen sind auf 200 Einträge begrenzt; die Summen neuer und behobener Befunde sind
genau.

Optionen:
  --since DATE   mit diesem Datum statt der letzten Freigabe vergleichen
  --format F     text (Standard) oder json
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
        <translation>Aufruf: bulkheadctl [--db PATH] review signoff --notes TEXT [--since YYYY-MM-DD]

Gibt das Review als aktueller Betriebssystembenutzer frei: speichert eine Momentaufnahme und die
Freigabe (mit den Zahlen des Reviews und den Notizen) in einer Transaktion. Die Momentaufnahme
ist die Vergleichsbasis des nächsten Reviews. Freigaben bleiben erhalten und werden nie
geändert. Gibt die ID und den Score der Freigabe aus.

Optionen:
  --notes TEXT   was besprochen und entschieden wurde (erforderlich)
  --since DATE   das Review verglich mit diesem Datum statt mit der letzten Freigabe
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] review history [--format text|json]

The sign-offs, newest first: when, by whom, the score, what the review compared with, notes.

Options:
  --format F     text (default) or json
</source>
        <translation>Aufruf: bulkheadctl [--db PATH] review history [--format text|json]

Die Freigaben, neueste zuerst: wann, von wem, der Score, womit das Review verglich, Notizen.

Optionen:
  --format F     text (Standard) oder json
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source> (no change)</source>
        <translation> (unverändert)</translation>
    </message>
    <message>
        <source>%1 (%2, first %3):</source>
        <translation>%1 (%2, die ersten %3):</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Weekly review %1 -&gt; %2</source>
        <translation>Wochenreview %1 -&gt; %2</translation>
    </message>
    <message>
        <source> (baseline: snapshot %1, %2, %3)</source>
        <translation> (Vergleichsbasis: Momentaufnahme %1, %2, %3)</translation>
    </message>
    <message>
        <source> (no snapshot that old: everything reads as new)</source>
        <translation> (keine so alte Momentaufnahme: alles gilt als neu)</translation>
    </message>
    <message>
        <source>Score: %1; %2 of %3 controls assessed</source>
        <translation>Score: %1; %2 von %3 Kontrollen bewertet</translation>
    </message>
    <message>
        <source>Control changes (%1):</source>
        <translation>Geänderte Kontrollen (%1):</translation>
    </message>
    <message>
        <source>Coverage changes (%1):</source>
        <translation>Änderungen der Abdeckung (%1):</translation>
    </message>
    <message>
        <source>New critical/high findings</source>
        <translation>Neue kritische/hohe Befunde</translation>
    </message>
    <message>
        <source>Resolved critical/high findings</source>
        <translation>Behobene kritische/hohe Befunde</translation>
    </message>
    <message>
        <source>RBAC bindings created or changed</source>
        <translation>Neu angelegte oder geänderte RBAC-Bindings</translation>
    </message>
    <message>
        <source>Secrets that became overdue</source>
        <translation>Überfällig gewordene Secrets</translation>
    </message>
    <message>
        <source>Risk acceptances expiring within 14 days</source>
        <translation>Binnen 14 Tagen ablaufende Risikoakzeptanzen</translation>
    </message>
    <message>
        <source>Attestations expiring within 14 days</source>
        <translation>Binnen 14 Tagen ablaufende Bestätigungen</translation>
    </message>
    <message>
        <source>Drills due and overdue actions</source>
        <translation>Fällige Notfallübungen und überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Nothing changed since the baseline.</source>
        <translation>Seit der Vergleichsbasis hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD</source>
        <translation>--since erwartet ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>--notes TEXT is required (what was reviewed and decided)</source>
        <translation>--notes TEXT ist erforderlich (was überprüft und entschieden wurde)</translation>
    </message>
    <message>
        <source>signed off review %1 (score %2; snapshot %3)</source>
        <translation>Review %1 freigegeben (Score %2; Momentaufnahme %3)</translation>
    </message>
    <message>
        <source>No review signed off yet (`bulkheadctl review signoff --notes TEXT`).</source>
        <translation>Noch kein Review freigegeben (`bulkheadctl review signoff --notes TEXT`).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>FREIGEGEBEN</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <source>bulkheadctl review: unknown subcommand &quot;%1&quot;</source>
        <translation>bulkheadctl review: unbekannter Unterbefehl „%1“</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] secrets [OPTIONS]
        bulkheadctl [--db PATH] secrets SUBCOMMAND [OPTIONS]

Secrets der Cluster-Quellen (Secret-Metadaten, nie Werte), der Vault-Quellen (KV-v2-Metadaten)
und der importierten Inventare, jeweils mit ihrem Alter, dem Signal, auf dem das Alter beruht
(Versionsverlauf, Inventar, Annotation, managedFields, nur Anlage: dann war die letzte Änderung
an oder nach diesem Datum, und das als &lt;=N gezeigte Alter ist eine Obergrenze), ihrer
Rotationsrichtlinie und ihrer Fälligkeit (ein Fälligkeitsdatum mit &quot;!&quot; ist verstrichen). Filter
werden mit UND verknüpft.

Optionen:
  --overdue          nur Secrets, deren Rotation fällig ist (nach Fälligkeit sortiert)
  --unused           nur Kubernetes-Secrets, die kein Workload nutzt (nur bekannt, wenn jede
                     Workload-Art gelistet wurde)
  --via-env          nur Secrets, die Workloads als Umgebungsvariablen erhalten
  --store S          kubernetes, vault oder inventory
  --origin O         die Cluster- oder Vault-Quelle oder das Inventar, per Name
  --search TEXT      Teil von Name, Ort, Herkunft oder verantwortlicher Person
  --limit N          höchstens N Secrets
  --format F         table (Standard), csv oder json (ein Array von Objekten)

Unterbefehle:
  show STORE/ORIGIN/LOCATION/NAME     ein Secret: Alterssignal, Richtlinie, Versionen, Nutzung
  import-inventory FILE.csv [--name N] ein Secrets-Inventar (erneut) importieren
  evaluate [--store S] [--origin O]   die gespeicherten Secrets neu bewerten (nach einer
                                      Richtlinienänderung)
  policy [--import FILE.json] [--export]  die Rotationsrichtlinie anzeigen, ersetzen oder
                                      ausgeben
`bulkheadctl secrets SUBCOMMAND --help` beschreibt jeden Unterbefehl.
</translation>
    </message>
    <message>
        <source>bulkheadctl secrets: unknown subcommand &quot;%1&quot;</source>
        <translation>bulkheadctl secrets: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--store must be kubernetes, vault or inventory</source>
        <translation>--store muss kubernetes, vault oder inventory sein</translation>
    </message>
    <message>
        <source>error: no secrets of an origin named %1 (a cluster or vault source, or an inventory; see `bulkheadctl source list`)</source>
        <translation>Fehler: keine Secrets einer Herkunft namens %1 (eine Cluster- oder Vault-Quelle oder ein Inventar; siehe `bulkheadctl source list`)</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>AGE SOURCE</source>
        <translation>ALTERSQUELLE</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RICHTL.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>USES</source>
        <translation>NUTZUNG</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] secrets import-inventory FILE.csv [--name N]

Importiert ein Secrets-Inventar: Secrets, die anderswo liegen (ein Passwortmanager, eine
Cloud-Konsole), mit dem Datum, an dem die verantwortliche Person sie zuletzt rotiert hat. Die
erste Zeile benennt die Spalten, in beliebiger Reihenfolge: name, store, last_rotated
(JJJJ-MM-TT oder RFC 3339) sind erforderlich; owner und policy_days (das Rotationsintervall
dieses Secrets) sind optional; andere Spalten werden ignoriert.
Das Inventar wird nach --name benannt (Standard: der Dateiname ohne Endung). Ein erneuter Import
ersetzt es: Zeilen, die nicht mehr in der Datei stehen, werden entfernt. Eine Datei mit
irgendeinem Problem importiert nichts; jedes Problem wird mit seiner Zeilennummer ausgegeben,
und der Exit-Code ist 1.
</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets evaluate [--store S] [--origin O]

Judges the stored secrets (all, or those of one store / origin) against the rotation policy
now: each secret&apos;s interval and due date, and the findings (SEC-3 rotation overdue and
long-lived service-account tokens, SEC-5 secrets passed as environment variables). Collections
and imports do this themselves; run it after changing the policy.
</source>
        <translation>Aufruf: bulkheadctl [--db PATH] secrets evaluate [--store S] [--origin O]

Bewertet die gespeicherten Secrets (alle oder die eines Speichers / einer Herkunft) jetzt gegen
die Rotationsrichtlinie: das Intervall und die Fälligkeit jedes Secrets sowie die Befunde (SEC-3
überfällige Rotation und langlebige Service-Account-Tokens, SEC-5 als Umgebungsvariablen
übergebene Secrets). Erfassungen und Importe tun das selbst; führen Sie es nach einer Änderung
der Richtlinie aus.
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
        <translation>Aufruf: bulkheadctl [--db PATH] secrets policy [--import FILE.json | --export] [--format table|json]

Zeigt die Rotationsrichtlinie, die die Oberfläche und bulkheadctl gemeinsam nutzen. Ein
Intervall wird in dieser Reihenfolge bestimmt: Ein Secret vom Typ
kubernetes.io/service-account-token erhält das Intervall für Service-Account-Tokens; sonst ein
am Secret deklariertes Intervall (Vault custom_metadata rotation_days, policy_days des
Inventars, die Annotation bulkhead.dev/rotation-days); sonst die erste passende Regel; sonst der
Standard.

Optionen:
  --export           die Richtlinie als JSON ausgeben (das Format, das --import liest)
  --import FILE      die Richtlinie durch die aus FILE ersetzen (JSON: defaultDays,
                     serviceAccountTokenDays, rotationAnnotations, rules: [{name, store, origin,
                     location, type, namePattern, label, days}]) und die gespeicherten Secrets
                     neu bewerten
</translation>
    </message>
    <message>
        <source>%1 secrets judged: %2 overdue, %3 passed as environment variables, %4 service-account token secrets; findings: %5 (%6 new, %7 resolved, %8 reopened)</source>
        <translation>%1 Secrets bewertet: %2 überfällig, %3 als Umgebungsvariablen übergeben, %4 Service-Account-Token-Secrets; Befunde: %5 (%6 neu, %7 behoben, %8 wieder geöffnet)</translation>
    </message>
    <message>
        <source>which file? (an inventory CSV)</source>
        <translation>Welche Datei? (eine Inventar-CSV)</translation>
    </message>
    <message>
        <source>one file at a time</source>
        <translation>jeweils nur eine Datei</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message>
        <source>error: ... and %1 more problems</source>
        <translation>Fehler: ... und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>nothing of %1 was imported</source>
        <translation>nichts aus %1 wurde importiert</translation>
    </message>
    <message>
        <source>inventory %1: %2 rows (%3 added, %4 updated, %5 removed)</source>
        <translation>Inventar %1: %2 Zeilen (%3 hinzugefügt, %4 aktualisiert, %5 entfernt)</translation>
    </message>
    <message>
        <source>--origin needs --store (an origin&apos;s name is unique per store)</source>
        <translation>--origin braucht --store (der Name einer Herkunft ist je Speicher eindeutig)</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>--import and --export exclude each other</source>
        <translation>--import und --export schließen sich aus</translation>
    </message>
    <message>
        <source>error: %1: cannot be read</source>
        <translation>Fehler: %1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>error: %1: %2; the policy was not changed</source>
        <translation>Fehler: %1: %2; die Richtlinie wurde nicht geändert</translation>
    </message>
    <message>
        <source>policy from %1 saved: %2 rules, default %3 days, service-account tokens %4 days</source>
        <translation>Richtlinie aus %1 gespeichert: %2 Regeln, Standard %3 Tage, Service-Account-Tokens %4 Tage</translation>
    </message>
    <message>
        <source>error: the policy was saved but the secrets could not be judged again: %1</source>
        <translation>Fehler: Die Richtlinie wurde gespeichert, aber die Secrets konnten nicht neu bewertet werden: %1</translation>
    </message>
    <message>
        <source>Default interval          %1 days</source>
        <translation>Standardintervall         %1 Tage</translation>
    </message>
    <message>
        <source>Service-account tokens    %1 days (every such secret is overdue)</source>
        <translation>Service-Account-Tokens    %1 Tage (jedes solche Secret ist überfällig)</translation>
    </message>
    <message>
        <source>Service-account tokens    %1 days</source>
        <translation>Service-Account-Tokens    %1 Tage</translation>
    </message>
    <message>
        <source>Rotation annotations      %1</source>
        <translation>Rotations-Annotationen    %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Rules (first match wins; empty = any):</source>
        <translation>Regeln (der erste Treffer gilt; leer = beliebig):</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Usage: bulkheadctl [--db PATH] secrets show STORE/ORIGIN/LOCATION/NAME [--format table|json]

One secret: type, owner, the age and the signal it rests on, the rotation policy that applies
and why, the due date, the workloads using it (Kubernetes) and the version history (Vault).
STORE is kubernetes, vault or inventory; ORIGIN the cluster or vault source or the inventory;
LOCATION the namespace, mount or inventory store; NAME may hold slashes (a Vault path), as
`bulkheadctl secrets` lists them: kubernetes/prod/shop/db-password, vault/corp/secret/team-a/db.
</source>
        <translation>Aufruf: bulkheadctl [--db PATH] secrets show STORE/ORIGIN/LOCATION/NAME [--format table|json]

Ein Secret: Typ, verantwortliche Person, das Alter und das Signal, auf dem es beruht, die
geltende Rotationsrichtlinie und ihr Grund, die Fälligkeit, die Workloads, die es nutzen
(Kubernetes), und der Versionsverlauf (Vault).
STORE ist kubernetes, vault oder inventory; ORIGIN die Cluster- oder Vault-Quelle oder das
Inventar; LOCATION der Namespace, der Mount oder der Speicher im Inventar; NAME darf
Schrägstriche enthalten (ein Vault-Pfad), so wie `bulkheadctl secrets` sie auflistet:
kubernetes/prod/shop/db-password, vault/corp/secret/team-a/db.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not STORE/ORIGIN/LOCATION/NAME</source>
        <translation>„%1“ ist nicht STORE/ORIGIN/LOCATION/NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a store (kubernetes, vault or inventory)</source>
        <translation>„%1“ ist kein Speicher (kubernetes, vault oder inventory)</translation>
    </message>
    <message>
        <source>no secret %1 (see `bulkheadctl secrets --search`)</source>
        <translation>kein Secret %1 (siehe `bulkheadctl secrets --search`)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Service-Account</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>on or after %1 (creation only: no later change is visible, so the age is at most %2 days)</source>
        <translation>am oder nach %1 (nur Anlage: keine spätere Änderung sichtbar, das Alter beträgt also höchstens %2 Tage)</translation>
    </message>
    <message>
        <source>%1 (%2), %3 days ago</source>
        <translation>%1 (%2), vor %3 Tagen</translation>
    </message>
    <message>
        <source>%1 (%2: %3), %4 days ago</source>
        <translation>%1 (%2: %3), vor %4 Tagen</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Deklariert</translation>
    </message>
    <message>
        <source>%1 days on the secret</source>
        <translation>%1 Tage am Secret</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>%1 days (%2)</source>
        <translation>%1 Tage (%2)</translation>
    </message>
    <message>
        <source>not evaluated yet (`bulkheadctl secrets evaluate`)</source>
        <translation>noch nicht bewertet (`bulkheadctl secrets evaluate`)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1 (overdue by %2 days)</source>
        <translation>%1 (seit %2 Tagen überfällig)</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (in %2 Tagen)</translation>
    </message>
    <message>
        <source>unknown (no change time)</source>
        <translation>unbekannt (kein Änderungszeitpunkt)</translation>
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
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Uses: none (no workload refers to it)</source>
        <translation>Nutzung: keine (kein Workload verweist darauf)</translation>
    </message>
    <message>
        <source>Uses: none seen (not every workload kind was listed)</source>
        <translation>Nutzung: keine gesehen (nicht jede Workload-Art wurde gelistet)</translation>
    </message>
    <message>
        <source>Uses (%1):</source>
        <translation>Nutzung (%1):</translation>
    </message>
    <message>
        <source>Versions (%1):</source>
        <translation>Versionen (%1):</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt %1</translation>
    </message>
    <message>
        <source>  deleted %1</source>
        <translation>  gelöscht %1</translation>
    </message>
    <message>
        <source>  destroyed</source>
        <translation>  vernichtet</translation>
    </message>
    <message>
        <source>which secret? (STORE/ORIGIN/LOCATION/NAME)</source>
        <translation>Welches Secret? (STORE/ORIGIN/LOCATION/NAME)</translation>
    </message>
    <message>
        <source>one secret at a time</source>
        <translation>jeweils nur ein Secret</translation>
    </message>
    <message>
        <source>error: the secret %1 went away while it was read</source>
        <translation>Fehler: Das Secret %1 ist während des Lesens verschwunden</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] source add registry NAME URL [OPTIONS]
        bulkheadctl [--db PATH] source add cluster NAME [--kubeconfig PATH] [--context CTX] [--approve-exec]
        bulkheadctl [--db PATH] source add vault NAME URL --mount M [--path P]... [--token-file F]
                    [--token-env VAR] [--namespace NS] [--ca-file F] [--insecure] [--max-paths N]
                    [--concurrency N]
        bulkheadctl [--db PATH] source list [--format table|json]
        bulkheadctl [--db PATH] source remove NAME

Registries, aus denen Images erfasst werden, Kubernetes-Cluster, aus denen Workloads erfasst
werden, und Vault-/OpenBao-Server, aus denen KV-v2-Secret-Metadaten erfasst werden (siehe
`bulkheadctl collect`). NAME: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;. URL: https://host[:port]
(http:// nur mit --insecure).

Optionen von `source add registry`:
  --ca FILE            PEM-CA-Zertifikat(e) zur Prüfung des TLS-Zertifikats der Registry
  --insecure           unverschlüsseltes http erlauben (als Befund an jedem Image erfasst)
  --auth KIND          anonymous (Standard), basic oder docker-config (liest bei jeder
                       Erfassung ~/.docker/config.json oder $DOCKER_CONFIG/config.json;
                       Credential-Helper laufen nur, wenn freigegeben:
                       BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,...)
  --username U         Benutzer für Basic-Authentifizierung (impliziert --auth basic)
  --password-stdin     das Passwort für Basic-Authentifizierung von der Standardeingabe lesen;
                       es wird im Schlüsselbund des Desktops (Secret Service) aufbewahrt, nie
                       im Datenbestand
  --include PAT        nur Repositories erfassen, die auf PAT passen (wiederholbar; * und ?)
  --exclude PAT        Repositories überspringen, die auf PAT passen (wiederholbar; hat
                       Vorrang vor --include)
  --cosign-key PEM     öffentlicher Schlüssel zur Prüfung von cosign-Signaturen (wiederholbar)
  --import-sboms       die an Images angehängten SBOMs importieren
  --concurrency N      parallele Verbindungen zur Registry (1-64, Standard 8)

Optionen von `source add cluster` (ein kubeconfig-Kontext; NAME ist der Name des Clusters in
Befunden):
  --kubeconfig PATH    die kubeconfig-Datei (Standard: $KUBECONFIG, zusammengeführt wie bei
                       kubectl, oder ~/.kube/config; bei jeder Erfassung neu gelesen)
  --context CTX        der zu erfassende Kontext (Standard: current-context der kubeconfig)
  --approve-exec       der Benutzer des Kontexts führt ein Exec-Credential-Plugin aus: genau
                       den angezeigten Befehl freigeben (Programm, Argumente, Umgebung). Ohne
                       diese Option wird der Befehl ausgegeben, und die Quelle kann erst nach
                       der Freigabe erfasst werden; führen Sie dazu `source add cluster NAME ...
                       --approve-exec` erneut aus. Ein geänderter Plugin-Eintrag braucht eine
                       neue Freigabe.
Tokens, Schlüssel und Passwörter bleiben in der kubeconfig (oder im Speicher, von einem
Plugin); der Datenbestand speichert nur den Pfad, den Kontext und den Fingerabdruck der
Freigabe.

Optionen von `source add vault` (nur KV-v2-Metadaten: Namen, Versionen und deren Zeitpunkte,
benutzerdefinierte Metadaten; nie der Wert eines Secrets; NAME ist die Herkunft seiner
Secrets):
  --mount M            der KV-v2-Mount (z. B. secret)
  --path P             ein Ordner unter dem Mount, der rekursiv durchlaufen wird (wiederholbar;
                       Standard: der ganze Mount)
  --token-file F       das Token bei jeder Erfassung aus dieser Datei lesen (ihre erste Zeile)
  --token-env VAR      das Token bei jeder Erfassung aus dieser Umgebungsvariable lesen
                       (Standard VAULT_TOKEN)
  --namespace NS       der Namespace von Vault Enterprise / OpenBao (X-Vault-Namespace)
  --ca-file F          PEM-CA-Zertifikat(e) zur Prüfung des TLS-Zertifikats des Servers
  --insecure           unverschlüsseltes http erlauben (das Token geht dann im Klartext über
                       das Netz)
  --max-paths N        höchstens so viele Secrets je Erfassung lesen (Standard 200000; mehr =
                       unvollständig)
  --concurrency N      gleichzeitige Anfragen (1-64, Standard 8)
Das Token wird nie gespeichert und nie auf der Befehlszeile angenommen. Ist es jetzt verfügbar,
wird die Quelle nur gespeichert, wenn das Token jeden Pfad auflisten kann; ein 403 auf einem
Pfad bei der Erfassung wird als nicht erfasst gemeldet (ein unvollständiger Lauf).

`source remove` entfernt auch die Images, Workloads oder Secrets der Quelle, ihren
Erfassungsverlauf und das Passwort im Schlüsselbund.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>`source add cluster` takes NAME</source>
        <translation>`source add cluster` erwartet NAME</translation>
    </message>
    <message>
        <source>kubeconfig %1 has no current-context: choose one with --context (it defines no context)</source>
        <translation>kubeconfig %1 hat keinen current-context: wählen Sie einen mit --context (sie definiert keinen Kontext)</translation>
    </message>
    <message>
        <source>kubeconfig %1 has no current-context: choose one with --context (contexts: %2)</source>
        <translation>kubeconfig %1 hat keinen current-context: wählen Sie einen mit --context (Kontexte: %2)</translation>
    </message>
    <message>
        <source>kubeconfig %1: %2</source>
        <translation>kubeconfig %1: %2</translation>
    </message>
    <message>
        <source>context %1: user &quot;%2&quot; (%3) authenticates with an exec credential plugin that runs:
  %4</source>
        <translation>Kontext %1: Benutzer „%2“ (%3) authentifiziert sich mit einem Exec-Credential-Plugin, das Folgendes ausführt:
  %4</translation>
    </message>
    <message>
        <source>Not approved: collections of %1 fail until you approve this command by running
  %2</source>
        <translation>Nicht freigegeben: Erfassungen von %1 schlagen fehl, bis Sie diesen Befehl freigeben mit
  %2</translation>
    </message>
    <message>
        <source>context %1 uses no exec credential plugin: nothing to approve</source>
        <translation>Kontext %1 verwendet kein Exec-Credential-Plugin: nichts freizugeben</translation>
    </message>
    <message>
        <source>a source named %1 already exists</source>
        <translation>eine Quelle namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>approved the exec plugin of cluster source %1</source>
        <translation>Exec-Plugin der Cluster-Quelle %1 freigegeben</translation>
    </message>
    <message>
        <source>added cluster source %1 (context %2, %3)</source>
        <translation>Cluster-Quelle %1 hinzugefügt (Kontext %2, %3)</translation>
    </message>
    <message>
        <source>added cluster source %1 (context %2, %3); exec plugin approved</source>
        <translation>Cluster-Quelle %1 hinzugefügt (Kontext %2, %3); Exec-Plugin freigegeben</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 erwartet eine Zahl</translation>
    </message>
    <message>
        <source>`source add vault` takes NAME and URL</source>
        <translation>`source add vault` erwartet NAME und URL</translation>
    </message>
    <message>
        <source>`source add vault` needs --mount (the KV v2 mount, e.g. secret)</source>
        <translation>`source add vault` braucht --mount (den KV-v2-Mount, z. B. secret)</translation>
    </message>
    <message>
        <source>give either --token-file or --token-env</source>
        <translation>geben Sie entweder --token-file oder --token-env an</translation>
    </message>
    <message>
        <source>%1
Nothing was stored.</source>
        <translation>%1
Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>; the token from %1 can list the mount</source>
        <translation>; das Token aus %1 kann den Mount auflisten</translation>
    </message>
    <message>
        <source>; the token from %1 can list each path</source>
        <translation>; das Token aus %1 kann jeden Pfad auflisten</translation>
    </message>
    <message>
        <source>; no token in %1 now, so access was not checked (collections read it at each run)</source>
        <translation>; derzeit kein Token in %1, der Zugriff wurde daher nicht geprüft (Erfassungen lesen es bei jedem Lauf)</translation>
    </message>
    <message>
        <source>added vault source %1 (%2, mount %3)%4</source>
        <translation>Vault-Quelle %1 hinzugefügt (%2, Mount %3)%4</translation>
    </message>
    <message>
        <source>`source add` takes registry NAME URL, cluster NAME or vault NAME URL</source>
        <translation>`source add` erwartet registry NAME URL, cluster NAME oder vault NAME URL</translation>
    </message>
    <message>
        <source>`source add registry` takes NAME and URL</source>
        <translation>`source add registry` erwartet NAME und URL</translation>
    </message>
    <message>
        <source>--auth must be anonymous, basic or docker-config</source>
        <translation>--auth muss anonymous, basic oder docker-config sein</translation>
    </message>
    <message>
        <source>basic authentication needs --username and --password-stdin</source>
        <translation>Basic-Authentifizierung braucht --username und --password-stdin</translation>
    </message>
    <message>
        <source>--username and --password-stdin go with --auth basic</source>
        <translation>--username und --password-stdin gehören zu --auth basic</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>cannot keep the password: %1
Nothing was stored. Log in with `docker login` and add the source with --auth docker-config instead.</source>
        <translation>das Passwort kann nicht aufbewahrt werden: %1
Es wurde nichts gespeichert. Melden Sie sich stattdessen mit `docker login` an und fügen Sie die Quelle mit --auth docker-config hinzu.</translation>
    </message>
    <message>
        <source>cannot keep the password in the desktop keyring: %1
Nothing was stored.</source>
        <translation>das Passwort kann nicht im Schlüsselbund des Desktops aufbewahrt werden: %1
Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>added registry source %1 (%2); password kept in the desktop keyring</source>
        <translation>Registry-Quelle %1 hinzugefügt (%2); Passwort im Schlüsselbund des Desktops aufbewahrt</translation>
    </message>
    <message>
        <source>added registry source %1 (%2)</source>
        <translation>Registry-Quelle %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH/CONTEXT</source>
        <translation>AUTH/KONTEXT</translation>
    </message>
    <message>
        <source>INSECURE</source>
        <translation>UNSICHER</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>(%n paths)</source>
        <translation>
            <numerusform>(%n Pfad)</numerusform>
            <numerusform>(%n Pfade)</numerusform>
        </translation>
    </message>
    <message>
        <source>`source remove` takes one NAME</source>
        <translation>`source remove` erwartet einen NAME</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>es gibt keine Quelle namens %1</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>Quelle %1 entfernt</translation>
    </message>
    <message>
        <source>resolved %1 findings of its secrets</source>
        <translation>%1 Befunde ihrer Secrets behoben</translation>
    </message>
    <message>
        <source>its password could not be removed from the desktop keyring: %1</source>
        <translation>ihr Passwort konnte nicht aus dem Schlüsselbund des Desktops entfernt werden: %1</translation>
    </message>
    <message>
        <source>removed its password from the desktop keyring</source>
        <translation>ihr Passwort wurde aus dem Schlüsselbund des Desktops entfernt</translation>
    </message>
    <message>
        <source>passwords are never taken on the command line (they would show in the process list and shell history); use --password-stdin</source>
        <translation>Passwörter werden nie auf der Befehlszeile angenommen (sie wären in der Prozessliste und im Shell-Verlauf sichtbar); verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>tokens are never taken on the command line (they would show in the process list and shell history); use --token-file or --token-env</source>
        <translation>Tokens werden nie auf der Befehlszeile angenommen (sie wären in der Prozessliste und im Shell-Verlauf sichtbar); verwenden Sie --token-file oder --token-env</translation>
    </message>
    <message>
        <source>no subcommand given (add, list or remove)</source>
        <translation>kein Unterbefehl angegeben (add, list oder remove)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (add, list or remove)</source>
        <translation>unbekannter Unterbefehl „%1“ (add, list oder remove)</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Usage: bulkheadctl [--db PATH] stats [--format text|json]

Counts findings by kind, severity and status, and the assets, reports and rules in the store.
</source>
        <translation>Aufruf: bulkheadctl [--db PATH] stats [--format text|json]

Zählt Befunde nach Art, Schweregrad und Status sowie die Assets, Berichte und Regeln im
Datenbestand.
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>bulkheadctl stats: --format must be text or json</source>
        <translation>bulkheadctl stats: --format muss text oder json sein</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>by kind:</source>
        <translation>nach Art:</translation>
    </message>
    <message>
        <source>by severity:</source>
        <translation>nach Schweregrad:</translation>
    </message>
    <message>
        <source>by status:</source>
        <translation>nach Status:</translation>
    </message>
    <message>
        <source>assets: %1
reports: %2
rules: %3</source>
        <translation>Assets: %1
Berichte: %2
Regeln: %3</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] triage [OPTIONS] FINGERPRINT...

Erfasst eine Triage-Entscheidung zu Befunden (Fingerabdrücke so, wie `findings` sie ausgibt).
Alle Änderungen erfolgen in einer Transaktion und werden mit Ihrem Benutzernamen an den Verlauf
angehängt.

Optionen:
  --status S          open, confirmed, false_positive, risk_accepted, mitigated
  --justification T   erforderlich für false_positive und risk_accepted
  --expires DATE      erforderlich für risk_accepted (JJJJ-MM-TT, in der Zukunft)
  --assign NAME       die zuständige Person setzen (&quot;&quot; leert sie)
  --note TEXT         ein Kommentar für den Verlauf
</translation>
    </message>
    <message>
        <source>bulkheadctl triage: no fingerprint given</source>
        <translation>bulkheadctl triage: kein Fingerabdruck angegeben</translation>
    </message>
    <message>
        <source>bulkheadctl triage: --status does not accept &quot;%1&quot;</source>
        <translation>bulkheadctl triage: --status akzeptiert „%1“ nicht</translation>
    </message>
    <message>
        <source>bulkheadctl triage: --expires takes a date YYYY-MM-DD</source>
        <translation>bulkheadctl triage: --expires erwartet ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>bulkheadctl triage: nothing to change: give --status, --assign or --note</source>
        <translation>bulkheadctl triage: nichts zu ändern: geben Sie --status, --assign oder --note an</translation>
    </message>
    <message>
        <source>error: no finding with fingerprint %1</source>
        <translation>Fehler: kein Befund mit dem Fingerabdruck %1</translation>
    </message>
    <message>
        <source>%1 findings changed</source>
        <translation>%1 Befunde geändert</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: bulkheadctl [--db PATH] workloads [OPTIONS]

Listet die Workloads der Cluster-Quellen auf (siehe `bulkheadctl collect`): jeden Controller der
obersten Ebene (Deployment, StatefulSet, DaemonSet, CronJob, ein Job oder ReplicaSet ohne
Besitzer) oder einzelnen Pod, mit dem Ergebnis jeder Workload-Prüfung. Filter werden mit UND
verknüpft.

Optionen:
  --cluster C        Workloads dieser Cluster-Quelle
  --namespace N      Workloads in diesem Namespace
  --failing CHECK    nur Workloads, die diese Prüfung nicht bestehen (siehe Liste unten)
  --search TEXT      Teil von Name, Namespace oder einem Image
  --limit N          höchstens N Workloads
  --format F         table (Standard), csv (eine Spalte je Prüfung) oder json (ein Array von
                     Objekten)

Prüfungen: </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--failing does not know the check &quot;%1&quot;</source>
        <translation>--failing kennt die Prüfung „%1“ nicht</translation>
    </message>
    <message>
        <source>error: no workloads of a cluster named %1 (see `bulkheadctl source list`)</source>
        <translation>Fehler: keine Workloads eines Clusters namens %1 (siehe `bulkheadctl source list`)</translation>
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
        <translation>ART</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>PODS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHL.</translation>
    </message>
    <message>
        <source>WORST</source>
        <translation>SCHWERSTES</translation>
    </message>
    <message>
        <source>FAILING CHECKS</source>
        <translation>FEHLGESCHLAGENE PRÜFUNGEN</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
</TS>
