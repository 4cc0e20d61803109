#include "store/migrations.h"

#include <string>

namespace bulkhead {

namespace {

// Version 1: findings with their vulnerability/check metadata held once per rule, assets,
// inventory, import history, triage and its append-only history.
constexpr std::string_view kVersion1 = R"SQL(
CREATE TABLE tools(
  id INTEGER PRIMARY KEY,            -- bit (id - 1) in findings.tool_mask
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE reports(
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE, -- XXH3-128 of the bytes: the same file again is the same report
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  tool_id INTEGER REFERENCES tools(id),
  tool_version TEXT,
  scanned_at INTEGER NOT NULL,       -- unix seconds, from the report (import time when absent)
  imported_at INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  finding_count INTEGER NOT NULL,
  warning_count INTEGER NOT NULL
);
CREATE TABLE assets(
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,             -- AssetKind
  identity TEXT NOT NULL,
  name TEXT NOT NULL,
  repository TEXT,
  digest TEXT,
  namespace TEXT,
  cluster TEXT,
  os TEXT,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  UNIQUE(kind, identity)
);
-- The newest complete scan of an asset for one finding kind by one tool: findings that tool
-- reported before and a newer scan lacks are resolved.
CREATE TABLE asset_scans(
  asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
  kind INTEGER NOT NULL,
  tool_id INTEGER NOT NULL REFERENCES tools(id),
  last_scanned_at INTEGER NOT NULL,
  last_report_id INTEGER NOT NULL REFERENCES reports(id),
  PRIMARY KEY(asset_id, kind, tool_id)
) WITHOUT ROWID;
CREATE TABLE rules(
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,             -- FindingKind
  key TEXT NOT NULL,                 -- CVE-..., GHSA-..., KSV001, dockle/CIS-DI-0001
  title TEXT,
  description TEXT,
  refs TEXT,                         -- one URL per line
  cwe TEXT,
  cvss_score REAL,
  cvss_vector TEXT,
  published INTEGER,
  modified INTEGER,
  UNIQUE(kind, key)
);
CREATE TABLE packages(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  UNIQUE(name, type)
);
CREATE TABLE locations(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE
);
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  fingerprint INTEGER NOT NULL,      -- see findingFingerprint(); unique per asset (index below)
  kind INTEGER NOT NULL,
  rule_id INTEGER NOT NULL REFERENCES rules(id),
  asset_id INTEGER NOT NULL REFERENCES assets(id),
  package_id INTEGER,                -- packages(id); see the note on references below
  installed_version TEXT,
  fixed_version TEXT,
  location_id INTEGER,               -- locations(id)
  message TEXT,
  severity INTEGER NOT NULL,         -- Severity
  status INTEGER NOT NULL DEFAULT 0, -- FindingStatus
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  resolved_at INTEGER,
  first_report_id INTEGER NOT NULL,  -- reports(id)
  last_report_id INTEGER NOT NULL,   -- reports(id)
  tool_mask INTEGER NOT NULL         -- tools that reported it
);
-- References: rule_id and asset_id are declared foreign keys. package_id, location_id and the
-- report ids point at append-only tables that only the import writer fills, in the same
-- transaction; declaring them too cost four parent lookups per inserted finding (~10% of a bulk
-- import) for no protection the writer does not already give.
-- The fingerprint covers the asset's identity, so (asset, fingerprint) is as unique as the
-- fingerprint alone; keyed by asset first, one report's inserts land together in the index
-- instead of at a million random places (measured: ~35% faster bulk import at 1M rows).
CREATE UNIQUE INDEX findings_asset_fingerprint ON findings(asset_id, fingerprint);
CREATE INDEX findings_rule ON findings(rule_id);
CREATE INDEX findings_severity ON findings(severity);
CREATE TABLE components(
  asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
  package_id INTEGER NOT NULL REFERENCES packages(id),
  version TEXT NOT NULL,
  purl TEXT,
  licenses TEXT,
  PRIMARY KEY(asset_id, package_id, version)
) WITHOUT ROWID;
-- Current human decision on a finding. findings.status mirrors triage.status while the finding is
-- present; resolution by a scan overrides it and a reopen restores it.
CREATE TABLE triage(
  finding_id INTEGER PRIMARY KEY REFERENCES findings(id) ON DELETE CASCADE,
  status INTEGER NOT NULL,
  justification TEXT,
  expires_at INTEGER,                -- risk acceptance expiry (unix seconds)
  assignee TEXT,
  updated_by TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
-- Append-only: every triage change, who, when, old and new value, note.
CREATE TABLE triage_history(
  id INTEGER PRIMARY KEY,
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  changed_at INTEGER NOT NULL,
  changed_by TEXT NOT NULL,
  field TEXT NOT NULL,               -- status, assignee, comment, carried_over
  old_value TEXT,
  new_value TEXT,
  note TEXT
);
CREATE INDEX triage_history_finding ON triage_history(finding_id, changed_at);
CREATE TRIGGER triage_history_append_only_update BEFORE UPDATE ON triage_history
BEGIN SELECT RAISE(ABORT, 'triage_history is append-only'); END;
CREATE TRIGGER triage_history_append_only_delete BEFORE DELETE ON triage_history
WHEN EXISTS (SELECT 1 FROM findings WHERE id = OLD.finding_id)
BEGIN SELECT RAISE(ABORT, 'triage_history is append-only'); END;
)SQL";

// Version 2: what the findings view needs to filter, sort and search a million rows in
// milliseconds: the control each rule is evidence for, indexes for the sortable dictionary
// columns and the common filters, full-text search over rule id, title and description (the
// rules table holds each text once, so the index stays a few MB however many findings share it),
// and store-level facts such as "this is a demo store".
constexpr std::string_view kVersion2 = R"SQL(
CREATE TABLE store_meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE rules ADD COLUMN control TEXT;   -- controls catalog id (controlForRule), NULL if none
UPDATE rules SET control = bulkhead_control(kind, key, title);
CREATE INDEX rules_key ON rules(key);
CREATE INDEX rules_title ON rules(title);
CREATE INDEX rules_control ON rules(control) WHERE control IS NOT NULL;
CREATE INDEX assets_name ON assets(name);
CREATE INDEX assets_namespace ON assets(namespace) WHERE namespace IS NOT NULL;
CREATE INDEX packages_name ON packages(name);
CREATE INDEX findings_status ON findings(status);
CREATE INDEX findings_first_seen ON findings(first_seen);
CREATE INDEX findings_package ON findings(package_id);
CREATE VIRTUAL TABLE rules_fts USING fts5(key, title, description, content='rules', content_rowid='id');
INSERT INTO rules_fts(rules_fts) VALUES('rebuild');
CREATE TRIGGER rules_fts_insert AFTER INSERT ON rules BEGIN
  INSERT INTO rules_fts(rowid, key, title, description) VALUES (new.id, new.key, new.title, new.description);
END;
CREATE TRIGGER rules_fts_update AFTER UPDATE OF key, title, description ON rules BEGIN
  INSERT INTO rules_fts(rules_fts, rowid, key, title, description)
    VALUES ('delete', old.id, old.key, old.title, old.description);
  INSERT INTO rules_fts(rowid, key, title, description) VALUES (new.id, new.key, new.title, new.description);
END;
CREATE TRIGGER rules_fts_delete AFTER DELETE ON rules BEGIN
  INSERT INTO rules_fts(rules_fts, rowid, key, title, description)
    VALUES ('delete', old.id, old.key, old.title, old.description);
END;
)SQL";

// Version 3: rules_fts is kept by the import writer, once per transaction (ImportWriter), not by
// per-row triggers, which made a million-finding import twice as slow.
constexpr std::string_view kVersion3 = R"SQL(
DROP TRIGGER IF EXISTS rules_fts_insert;
DROP TRIGGER IF EXISTS rules_fts_update;
DROP TRIGGER IF EXISTS rules_fts_delete;
)SQL";

// Version 4: registry sources and what their collections found. A source's config is the JSON of
// RegistrySourceConfig, which has no secret field: passwords live in the desktop keyring only.
// images holds one row per image manifest (one platform of an index, or a single-platform image)
// per source and repository; image_tags maps tags to the manifest or index digest they name.
// The vulnerability counts of the Images view join assets by digest (manifest, index or config
// digest, whichever a scanner recorded), hence the index on assets.digest.
constexpr std::string_view kVersion4 = R"SQL(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,                -- "registry"
  url TEXT NOT NULL,
  config TEXT NOT NULL,              -- JSON of RegistrySourceConfig (never a secret)
  created_at INTEGER NOT NULL
);
CREATE TABLE collection_runs(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  status TEXT NOT NULL,              -- running, complete, partial, failed, cancelled
  error TEXT,
  repositories INTEGER NOT NULL DEFAULT 0,
  images INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX collection_runs_source ON collection_runs(source_id, started_at);
CREATE TABLE images(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  repository TEXT NOT NULL,
  digest TEXT NOT NULL,              -- image manifest digest
  index_digest TEXT,                 -- the index (manifest list) it was reached through
  platform TEXT,                     -- "linux/arm64/v8"
  media_type TEXT,
  config_digest TEXT,                -- NULL when the config blob could not be read
  user TEXT,                         -- config.User as written ("" = root)
  created INTEGER,
  size INTEGER,
  layers INTEGER,
  config_json TEXT,                  -- history, labels, env NAMES, os, architecture; never env values
  signature_state INTEGER NOT NULL DEFAULT 0, -- SignatureState
  signature_detail TEXT,
  sbom_format TEXT,
  sbom_digest TEXT,
  sbom_created INTEGER,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  last_run_id INTEGER,               -- collection_runs(id) that last saw it
  UNIQUE(source_id, repository, digest)
);
CREATE INDEX images_repository ON images(repository);
CREATE INDEX images_last_seen ON images(last_seen);
CREATE INDEX images_signature ON images(signature_state);
CREATE INDEX images_created ON images(created);
CREATE INDEX images_digest ON images(digest);
CREATE INDEX images_index_digest ON images(index_digest) WHERE index_digest IS NOT NULL;
CREATE INDEX images_config_digest ON images(config_digest) WHERE config_digest IS NOT NULL;
CREATE TABLE image_tags(
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  repository TEXT NOT NULL,
  tag TEXT NOT NULL,
  digest TEXT NOT NULL,              -- the tagged manifest or index digest
  last_seen INTEGER NOT NULL,
  PRIMARY KEY(source_id, repository, tag)
) WITHOUT ROWID;
CREATE INDEX image_tags_digest ON image_tags(source_id, repository, digest);
CREATE INDEX assets_digest ON assets(digest) WHERE digest IS NOT NULL;
)SQL";

// Version 5: the cluster collector's tables. A cluster source is a sources row of kind "cluster"
// (config = JSON of ClusterSourceConfig, never a secret). Everything below goes with its source:
// directly (ON DELETE CASCADE from sources) or through its run (kube_coverage). cluster is the
// source's name, kept on the rows the Workloads view filters and shows so a page needs no join.
// kube_workloads holds one row per top-level workload; checks is the compact JSON of its check
// matrix cells by check id, failing the ids of the failing checks as " a b " (spaces around each,
// so "failing check X" is instr(failing, ' X ') with no LIKE escaping), failed_checks their count
// and worst their worst Severity. Secrets appear in kube_objects as sanitized metadata only.
constexpr std::string_view kVersion5 = R"SQL(
CREATE TABLE kube_workloads(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  namespace TEXT NOT NULL,           -- "" for a cluster-scoped workload (none today)
  kind TEXT NOT NULL,                -- Deployment, StatefulSet, DaemonSet, CronJob, Job, ReplicaSet, Pod
  name TEXT NOT NULL,
  uid TEXT,
  service_account TEXT,              -- NULL = default
  pods INTEGER NOT NULL DEFAULT 0,
  containers INTEGER NOT NULL DEFAULT 0,
  images TEXT NOT NULL DEFAULT '',   -- as written in the spec, newline-joined, container order
  image_digests TEXT NOT NULL DEFAULT '', -- sha256:... from the pods' status, newline-joined
  checks TEXT NOT NULL DEFAULT '{}', -- {"<check id>":{"s":state,"v":severity,"n":failing,"p":path,"m":message}}
  failing TEXT NOT NULL DEFAULT '',  -- " privileged run-as-root " (ids of failing checks)
  failed_checks INTEGER NOT NULL DEFAULT 0,
  worst INTEGER NOT NULL DEFAULT 0,  -- Severity of the worst failing check (0 = none failing)
  created_at INTEGER NOT NULL DEFAULT 0,
  collected_at INTEGER NOT NULL,
  last_run_id INTEGER,               -- collection_runs(id) that last saw it
  UNIQUE(source_id, namespace, kind, name)
);
CREATE INDEX kube_workloads_cluster ON kube_workloads(cluster, namespace, name);
CREATE INDEX kube_workloads_namespace ON kube_workloads(namespace, name);
CREATE INDEX kube_workloads_name ON kube_workloads(name);
CREATE INDEX kube_workloads_kind ON kube_workloads(kind, name);
CREATE INDEX kube_workloads_pods ON kube_workloads(pods);
CREATE INDEX kube_workloads_failed ON kube_workloads(failed_checks, worst);
CREATE TABLE kube_namespaces(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  name TEXT NOT NULL,
  workloads INTEGER NOT NULL DEFAULT 0,
  pods INTEGER NOT NULL DEFAULT 0,
  network_policies INTEGER NOT NULL DEFAULT 0,
  default_deny_ingress INTEGER NOT NULL DEFAULT 0,
  default_deny_egress INTEGER NOT NULL DEFAULT 0,
  policies_assessed INTEGER NOT NULL DEFAULT 1, -- 0: NetworkPolicies were not collected ("not assessed")
  collected_at INTEGER NOT NULL,
  UNIQUE(source_id, name)
);
CREATE INDEX kube_namespaces_cluster ON kube_namespaces(cluster, name);
-- What one run did and did not collect, per resource, and why (never a secret in message).
CREATE TABLE kube_coverage(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES collection_runs(id) ON DELETE CASCADE,
  resource TEXT NOT NULL,            -- "pods", "networkpolicies.networking.k8s.io"
  state TEXT NOT NULL,               -- kubeListOutcomeName() or "absent"
  items INTEGER NOT NULL DEFAULT 0,
  message TEXT,
  controls TEXT NOT NULL DEFAULT '', -- space-separated control ids that depend on it
  UNIQUE(run_id, resource)
);
CREATE TABLE kube_evidence(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  control TEXT NOT NULL,             -- RUN-4, RUN-6, SEC-2
  agent TEXT NOT NULL,
  evidence TEXT NOT NULL,
  collected_at INTEGER NOT NULL,
  UNIQUE(source_id, control, agent, evidence)
);
-- RBAC objects, service accounts and secrets' sanitized metadata (JSON built by the collector).
CREATE TABLE kube_objects(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  kind TEXT NOT NULL,                -- ClusterRole, RoleBinding, ServiceAccount, Secret, ...
  namespace TEXT NOT NULL DEFAULT '', -- "" for cluster-scoped objects
  name TEXT NOT NULL,
  uid TEXT,
  created_at INTEGER NOT NULL DEFAULT 0,
  json TEXT NOT NULL,
  collected_at INTEGER NOT NULL,
  UNIQUE(source_id, kind, namespace, name)
);
CREATE INDEX kube_objects_kind ON kube_objects(kind, cluster);
)SQL";

// Version 6: the RBAC review (issue 6). rbac_analyses, rbac_bindings, rbac_subjects and
// rbac_subject_bindings hold each cluster source's latest RBAC analysis and go with the source
// (ON DELETE CASCADE); RbacRepository::writeAnalysis replaces them, a binding or subject that is
// still there keeping its row id. risk_rules is " a b " like kube_workloads.failing (rbacrule ids,
// so "has risk X" is instr(risk_rules, ' X ')), worst the worst risk's Severity (0 = none).
// rbac_subject_bindings links each subject to the bindings that name it directly, for the
// subject's review state (the worst state of those bindings) without scanning every binding's
// subjects. binding_reviews is the review history: append-only, keyed by cluster name and binding
// (kind, namespace, name), NOT by rbac_bindings.id, so it outlives re-collection and even the
// source; each review keeps the binding as it was (uid, roleRef, subjects, fingerprint) so that a
// later change or re-creation shows as "changed" with a diff. rbac_bindings.last_review_id caches
// the newest review of the binding (kept by writeAnalysis and recordReviews): the review state of
// 40,000 bindings is then a primary-key join, cheap enough to filter and sort on in SQL.
constexpr std::string_view kVersion6 = R"SQL(
CREATE TABLE rbac_analyses(
  source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  bindings INTEGER NOT NULL DEFAULT 0,
  subjects INTEGER NOT NULL DEFAULT 0,
  analysed_at INTEGER NOT NULL
);
CREATE INDEX rbac_analyses_cluster ON rbac_analyses(cluster);
CREATE TABLE rbac_bindings(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  kind TEXT NOT NULL,                -- RoleBinding, ClusterRoleBinding
  namespace TEXT NOT NULL,           -- "" for a ClusterRoleBinding
  name TEXT NOT NULL,
  uid TEXT NOT NULL DEFAULT '',
  role_kind TEXT NOT NULL,           -- Role, ClusterRole
  role_name TEXT NOT NULL,
  role_exists INTEGER NOT NULL DEFAULT 1,
  subjects TEXT NOT NULL DEFAULT '[]', -- subjectsToJson(): [{"kind","name","namespace"}]
  subject_names TEXT NOT NULL DEFAULT '', -- lower-case subject names, newline-joined (text search)
  fingerprint TEXT NOT NULL,         -- bindingFingerprint(roleRef, subjects)
  created_at INTEGER NOT NULL DEFAULT 0,
  risk_rules TEXT NOT NULL DEFAULT '', -- " rbac-wildcard rbac-secrets-read " (rbacrule ids)
  risk_count INTEGER NOT NULL DEFAULT 0,
  worst INTEGER NOT NULL DEFAULT 0,  -- Severity of the worst risk (0 = none)
  bootstrap INTEGER NOT NULL DEFAULT 0,
  last_review_id INTEGER,            -- binding_reviews(id) of the newest review of this binding
  collected_at INTEGER NOT NULL,
  UNIQUE(source_id, kind, namespace, name)
);
CREATE INDEX rbac_bindings_cluster ON rbac_bindings(cluster, namespace, name);
CREATE INDEX rbac_bindings_namespace ON rbac_bindings(namespace, name);
CREATE INDEX rbac_bindings_name ON rbac_bindings(name);
CREATE INDEX rbac_bindings_role ON rbac_bindings(role_name);
CREATE INDEX rbac_bindings_worst ON rbac_bindings(worst, risk_count);
CREATE TABLE rbac_subjects(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  kind TEXT NOT NULL,                -- User, Group, ServiceAccount
  namespace TEXT NOT NULL DEFAULT '', -- ServiceAccount only
  name TEXT NOT NULL,
  bindings INTEGER NOT NULL DEFAULT 0, -- bindings that apply, implicit groups included
  risk_rules TEXT NOT NULL DEFAULT '', -- " a b " like rbac_bindings.risk_rules
  risk_count INTEGER NOT NULL DEFAULT 0,
  worst INTEGER NOT NULL DEFAULT 0,
  workloads INTEGER NOT NULL DEFAULT 0, -- running workloads carrying its token
  sa_exists INTEGER NOT NULL DEFAULT -1, -- ServiceAccount: 1 exists, 0 dangling; -1 unknown / not an SA
  bootstrap_only INTEGER NOT NULL DEFAULT 0,
  collected_at INTEGER NOT NULL,
  UNIQUE(source_id, kind, namespace, name)
);
CREATE INDEX rbac_subjects_cluster ON rbac_subjects(cluster, name);
CREATE INDEX rbac_subjects_name ON rbac_subjects(name);
CREATE INDEX rbac_subjects_worst ON rbac_subjects(worst, risk_count);
CREATE TABLE rbac_subject_bindings(
  subject_id INTEGER NOT NULL REFERENCES rbac_subjects(id) ON DELETE CASCADE,
  binding_id INTEGER NOT NULL REFERENCES rbac_bindings(id) ON DELETE CASCADE,
  PRIMARY KEY(subject_id, binding_id)
) WITHOUT ROWID;
CREATE INDEX rbac_subject_bindings_binding ON rbac_subject_bindings(binding_id);
CREATE TABLE binding_reviews(
  id INTEGER PRIMARY KEY,
  cluster TEXT NOT NULL,             -- the cluster source's name (no foreign key: history stays)
  kind TEXT NOT NULL,                -- RoleBinding, ClusterRoleBinding
  namespace TEXT NOT NULL,
  name TEXT NOT NULL,
  uid TEXT NOT NULL DEFAULT '',      -- the binding as reviewed:
  role_kind TEXT NOT NULL,
  role_name TEXT NOT NULL,
  subjects TEXT NOT NULL DEFAULT '[]',
  fingerprint TEXT NOT NULL,
  decision TEXT NOT NULL,            -- reviewDecisionName(): keep, reduce, remove, escalate
  reviewer TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  reviewed_at INTEGER NOT NULL
);
-- The newest review of a binding, and its history newest first, from one index.
CREATE INDEX binding_reviews_binding ON binding_reviews(cluster, kind, namespace, name, reviewed_at, id);
CREATE TRIGGER binding_reviews_append_only_update BEFORE UPDATE ON binding_reviews
BEGIN SELECT RAISE(ABORT, 'binding_reviews is append-only'); END;
CREATE TRIGGER binding_reviews_append_only_delete BEFORE DELETE ON binding_reviews
BEGIN SELECT RAISE(ABORT, 'binding_reviews is append-only'); END;
)SQL";

// Version 7: secrets and their rotation age (issue 7), metadata only: no column can hold a
// value. One row per secret of a store (SecretStoreKind: 1 kubernetes, 2 vault, 3 inventory) and
// origin (the cluster or vault source's name, or the inventory's name). Rows of a source go with
// it (ON DELETE CASCADE); inventory rows have no source. use_count (distinct workloads), via_env
// and via_volume are computed from secret_uses when SecretRepository::write stores them, so that
// the Secrets view filters and sorts on plain columns. policy_days, policy_reason and due_at are
// the last evaluation's (evaluateSecrets), NULL until then. One index per sort: the key, then the
// tie order (store, origin, location, name), then the columns of the view's filters that only a
// write changes, so that a page of 120,000 rows in either direction is a walk of one index that
// never reads the table (only the page's rows are read), and a count is a scan of one. due_at is
// in secrets_due alone: an evaluation rewrites it on every row, and each index holding it would
// double that cost; the overdue filter reads it from secrets_due.
constexpr std::string_view kVersion7 = R"SQL(
CREATE TABLE secrets(
  id INTEGER PRIMARY KEY,
  source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE, -- NULL for an inventory
  store INTEGER NOT NULL,            -- SecretStoreKind
  origin TEXT NOT NULL,
  location TEXT NOT NULL,            -- namespace, Vault mount, inventory "store" column
  name TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  created_at INTEGER,                -- unix seconds; NULL unknown
  last_change_at INTEGER,            -- unix seconds; NULL unknown
  age_source INTEGER NOT NULL DEFAULT 6, -- AgeSource
  age_detail TEXT NOT NULL DEFAULT '',
  declared_policy_days INTEGER,
  labels TEXT NOT NULL DEFAULT '{}', -- JSON object
  current_version INTEGER NOT NULL DEFAULT 0,
  service_account TEXT NOT NULL DEFAULT '',
  usage_known INTEGER NOT NULL DEFAULT 0,
  use_count INTEGER NOT NULL DEFAULT 0, -- distinct workloads in secret_uses
  via_env INTEGER NOT NULL DEFAULT 0,
  via_volume INTEGER NOT NULL DEFAULT 0,
  policy_days INTEGER,               -- last evaluation; NULL = not evaluated
  policy_reason TEXT,
  due_at INTEGER,                    -- NULL = not evaluated, or no change time to count from
  collected_at INTEGER NOT NULL,
  UNIQUE(store, origin, location, name)
);
CREATE INDEX secrets_source ON secrets(source_id);
CREATE INDEX secrets_store ON secrets(store, origin, location, name, use_count, usage_known, via_env);
CREATE INDEX secrets_name ON secrets(name, store, origin, location, use_count, usage_known, via_env);
CREATE INDEX secrets_location ON secrets(location, store, origin, name, use_count, usage_known, via_env);
CREATE INDEX secrets_type ON secrets(type, store, origin, location, name, use_count, usage_known, via_env);
CREATE INDEX secrets_age ON secrets(last_change_at, store, origin, location, name, use_count, usage_known, via_env);
CREATE INDEX secrets_uses ON secrets(use_count, store, origin, location, name, usage_known, via_env);
CREATE INDEX secrets_due ON secrets(due_at, store, origin, location, name, use_count, usage_known, via_env);
CREATE TABLE secret_versions(
  secret_id INTEGER NOT NULL REFERENCES secrets(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  created_at INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER NOT NULL DEFAULT 0, -- 0 = not deleted
  destroyed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(secret_id, version)
) WITHOUT ROWID;
CREATE TABLE secret_uses(
  secret_id INTEGER NOT NULL REFERENCES secrets(id) ON DELETE CASCADE,
  workload_kind TEXT NOT NULL,
  workload_name TEXT NOT NULL,
  container TEXT NOT NULL DEFAULT '', -- "" for volumes and imagePullSecrets
  how TEXT NOT NULL                   -- env, envFrom, volume, projected, imagePullSecrets
);
CREATE INDEX secret_uses_secret ON secret_uses(secret_id);
)SQL";

// Version 8: controls, the weekly review and drills (issue 8). Three blocks, each owned by one
// part of the code: attestations (AttestationRepository), snapshots and sign-offs
// (SnapshotRepository, SignoffRepository), drills (DrillRepository). Attestations and sign-offs
// are append-only history; snapshots are small rows kept for years.
constexpr std::string_view kVersion8Attestations = R"SQL(
CREATE TABLE attestations(
  id INTEGER PRIMARY KEY,
  control TEXT NOT NULL,             -- catalog id, "SEC-4"
  status TEXT NOT NULL,              -- attestationStatusName(): pass, partial, fail, withdrawn
  evidence TEXT NOT NULL DEFAULT '',
  links TEXT NOT NULL DEFAULT '',    -- one URL per line
  attested_by TEXT NOT NULL,
  attested_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX attestations_control ON attestations(control, attested_at, id);
CREATE TABLE attestation_files(
  id INTEGER PRIMARY KEY,
  attestation_id INTEGER NOT NULL REFERENCES attestations(id),
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,              -- lower-case hex
  size INTEGER NOT NULL,
  content BLOB NOT NULL
);
CREATE INDEX attestation_files_attestation ON attestation_files(attestation_id);
CREATE TRIGGER attestations_append_only_update BEFORE UPDATE ON attestations
BEGIN SELECT RAISE(ABORT, 'attestations are append-only'); END;
CREATE TRIGGER attestations_append_only_delete BEFORE DELETE ON attestations
BEGIN SELECT RAISE(ABORT, 'attestations are append-only'); END;
CREATE TRIGGER attestation_files_append_only_update BEFORE UPDATE ON attestation_files
BEGIN SELECT RAISE(ABORT, 'attestation files are append-only'); END;
CREATE TRIGGER attestation_files_append_only_delete BEFORE DELETE ON attestation_files
BEGIN SELECT RAISE(ABORT, 'attestation files are append-only'); END;
)SQL";

constexpr std::string_view kVersion8Snapshots = R"SQL(
CREATE TABLE snapshots(
  id INTEGER PRIMARY KEY,
  taken_at INTEGER NOT NULL,
  reason TEXT NOT NULL,              -- import, collect NAME, sign-off, manual
  score REAL,                        -- overall posture score 0..100; NULL when nothing assessed
  controls INTEGER NOT NULL DEFAULT 0,
  assessed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshots_taken ON snapshots(taken_at);
CREATE TABLE snapshot_controls(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  control TEXT NOT NULL,
  status TEXT NOT NULL,              -- controlStatusName()
  open_findings INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(snapshot_id, control)
) WITHOUT ROWID;
CREATE TABLE snapshot_areas(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  area TEXT NOT NULL,                -- controlAreaName()
  score REAL,
  PRIMARY KEY(snapshot_id, area)
) WITHOUT ROWID;
CREATE TABLE snapshot_counts(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL,           -- "severity" (open findings), "status" (all findings)
  key TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY(snapshot_id, dimension, key)
) WITHOUT ROWID;
CREATE TABLE snapshot_sources(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  source TEXT NOT NULL,              -- SnapshotSource::key: "cluster:prod", "scanner:Trivy"
  status TEXT NOT NULL,
  last_success_at INTEGER NOT NULL DEFAULT 0,
  items INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(snapshot_id, source)
) WITHOUT ROWID;
CREATE TABLE weekly_reviews(
  id INTEGER PRIMARY KEY,
  signed_at INTEGER NOT NULL,
  signed_by TEXT NOT NULL,
  since_at INTEGER NOT NULL,
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
  score REAL,
  notes TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX weekly_reviews_signed ON weekly_reviews(signed_at);
CREATE TRIGGER weekly_reviews_append_only_update BEFORE UPDATE ON weekly_reviews
BEGIN SELECT RAISE(ABORT, 'weekly reviews are append-only'); END;
CREATE TRIGGER weekly_reviews_append_only_delete BEFORE DELETE ON weekly_reviews
BEGIN SELECT RAISE(ABORT, 'weekly reviews are append-only'); END;
)SQL";

constexpr std::string_view kVersion8Drills = R"SQL(
CREATE TABLE drill_templates(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,                -- tabletop, post-incident
  scenario TEXT NOT NULL DEFAULT '',
  controls TEXT NOT NULL DEFAULT '', -- space-separated control ids
  cadence_days INTEGER NOT NULL DEFAULT 90,
  checklist TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  builtin INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE drills(
  id INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES drill_templates(id),
  name TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL DEFAULT '',
  cadence_days INTEGER NOT NULL,     -- 0 = on demand
  created_at INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE drill_runs(
  id INTEGER PRIMARY KEY,
  drill_id INTEGER NOT NULL REFERENCES drills(id),
  held_on INTEGER NOT NULL,
  participants TEXT NOT NULL DEFAULT '', -- newline-joined
  status TEXT NOT NULL,              -- in_progress, completed
  completed_at INTEGER,
  incident TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX drill_runs_drill ON drill_runs(drill_id, held_on);
CREATE TABLE drill_items(
  run_id INTEGER NOT NULL REFERENCES drill_runs(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  evidence TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(run_id, position)
) WITHOUT ROWID;
CREATE TABLE drill_actions(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES drill_runs(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  control TEXT NOT NULL DEFAULT '',
  due_at INTEGER NOT NULL DEFAULT 0,
  done_at INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX drill_actions_run ON drill_actions(run_id);
)SQL";


// Version 9 (issue 9): the trail of what was handed out and what was gated. generated_reports
// records every PDF report and export with its SHA-256; gate_runs every `bulkheadctl gate`
// evaluation (SUP-1/SUP-3 evidence). Both append-only. The store gets a stable id that reports
// print on their title page.
constexpr std::string_view kVersion9Reports = R"SQL(
CREATE TABLE generated_reports(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,                -- pdf, openvex, trivyignore, sarif, csv, json
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,              -- lower-case hex
  bytes INTEGER NOT NULL,
  pages INTEGER NOT NULL DEFAULT 0,
  paper TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT '',
  as_of INTEGER NOT NULL,
  generated_at INTEGER NOT NULL,
  generated_by TEXT NOT NULL,
  version TEXT NOT NULL
);
CREATE INDEX generated_reports_at ON generated_reports(generated_at);
CREATE TRIGGER generated_reports_append_only_update BEFORE UPDATE ON generated_reports
BEGIN SELECT RAISE(ABORT, 'the report history is append-only'); END;
CREATE TRIGGER generated_reports_append_only_delete BEFORE DELETE ON generated_reports
BEGIN SELECT RAISE(ABORT, 'the report history is append-only'); END;
INSERT OR IGNORE INTO store_meta(key, value)
SELECT 'store_id', substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
       substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)
FROM (SELECT lower(hex(randomblob(16))) AS h);
)SQL";

constexpr std::string_view kVersion9Gate = R"SQL(
CREATE TABLE gate_runs(
  id INTEGER PRIMARY KEY,
  ran_at INTEGER NOT NULL,
  ran_by TEXT NOT NULL,
  policy_name TEXT NOT NULL,         -- the policy's "name", else its file name
  policy_sha256 TEXT NOT NULL,       -- of the policy file's bytes
  scope TEXT NOT NULL DEFAULT '',
  passed INTEGER NOT NULL,           -- 1 pass, 0 violations
  rules INTEGER NOT NULL,            -- rules evaluated
  violations INTEGER NOT NULL,
  summary TEXT NOT NULL DEFAULT '{}' -- JSON: violated rule ids with counts
);
CREATE INDEX gate_runs_at ON gate_runs(ran_at);
CREATE TRIGGER gate_runs_append_only_update BEFORE UPDATE ON gate_runs
BEGIN SELECT RAISE(ABORT, 'gate runs are append-only'); END;
CREATE TRIGGER gate_runs_append_only_delete BEFORE DELETE ON gate_runs
BEGIN SELECT RAISE(ABORT, 'gate runs are append-only'); END;
)SQL";

} // namespace

const std::vector<std::string_view> &schemaMigrations()
{
    // Versions 8 and 9 are each one step made of several blocks (one per owner), applied in one
    // transaction.
    static const std::string version8 =
        std::string(kVersion8Attestations) + std::string(kVersion8Snapshots) + std::string(kVersion8Drills);
    static const std::string version9 = std::string(kVersion9Reports) + std::string(kVersion9Gate);
    static const std::vector<std::string_view> steps{kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6,
                                                     kVersion7, version8, version9};
    return steps;
}

const std::vector<DeferrableIndex> &deferrableFindingIndexes()
{
    static const std::vector<DeferrableIndex> indexes{
        {"findings_rule", "CREATE INDEX findings_rule ON findings(rule_id)"},
        {"findings_severity", "CREATE INDEX findings_severity ON findings(severity)"},
        {"findings_status", "CREATE INDEX findings_status ON findings(status)"},
        {"findings_first_seen", "CREATE INDEX findings_first_seen ON findings(first_seen)"},
        {"findings_package", "CREATE INDEX findings_package ON findings(package_id)"},
    };
    return indexes;
}

} // namespace bulkhead
