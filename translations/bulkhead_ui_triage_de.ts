<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>WorkloadText</name>
    <message>
        <source>Priv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: ALL not dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous capabilities added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AppArmor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host network, PID or IPC namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostPath volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEnv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret-looking literal in env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not pinned by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from an untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not signed (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account token mounted, not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DefSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default service account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1, namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fix known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline for this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed → fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other finding of this rule in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in 1 other finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in %1 other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of them still reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triage changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports give no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (names only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (1 step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings are filed for this image yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: open them in the Findings view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS / arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBOM and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(older than %1 days: BLD-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical, %2 high, %3 medium, %4 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registry&apos;s address, e.g. https://registry.example:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registry address: use https://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the registry&apos;s address without a path (%1); repositories are chosen with the patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in the authentication fields, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is plain HTTP: tick &quot;insecure&quot; to allow it, or use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs the desktop keyring, which is not available; use the docker config.json instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password (it is stored in the desktop keyring only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cosign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency is between 1 and 64 connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Vault server&apos;s address, e.g. https://vault.example:8200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address: use https://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave user names out of the address: the source authenticates with a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s address without a path (%1): Bulkhead adds /v1/%2/metadata/ itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is at most 64 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the KV v2 mount to read, e.g. secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 climbs out of the mount (&quot;..&quot;): give folders under %2/ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment variable that holds the token, e.g. VAULT_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an environment variable name (letters, digits and &apos;_&apos;, not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token read from the file %1 at each collection; it is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token read from $%1 at each collection (set in this environment); it is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 is not set in this environment: collections started from this window fail until it is (bulkheadctl collect reads it from its own environment).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddClusterDialog</name>
    <message>
        <source>Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KUBECONFIG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec credential plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This context&apos;s user gets its credentials by running a program. Bulkhead runs exactly this command (never through a shell), and only once you approve it; any change to it in the kubeconfig needs a new approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve running this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 context in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contexts in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cluster a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: collections of this source run this command to get a token, which is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: the source can be saved, but its collections fail until you approve the command (Sources → Manage sources…, Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the API server answered (Kubernetes %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddRegistryDialog</name>
    <message>
        <source>Connected: the registry answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its catalog is not available to these credentials (%1); name the repositories to collect with include patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its catalog lists at least %1 (still paging when the test stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its catalog lists %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged: stored in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team-registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://registry.example:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From docker config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP sends images and credentials unencrypted. The source is recorded as a finding (SUP-4) for as long as it stays insecure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all repositories (e.g. team/*, base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. *-dev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import attached SBOMs as reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosign keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosign public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM public keys (*.pub *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the desktop keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be stored: %1. Choose &quot;From docker config.json&quot; instead (docker login writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in the desktop keyring, nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::AddVaultDialog</name>
    <message>
        <source>Connected: the token may list %1; nothing is stored there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token may list %1 (%2 directly inside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Vault %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead reads the metadata of a KV version 2 mount (versions, their times, custom_metadata such as owner and rotation_days), never the secrets&apos; values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vault-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://vault.example:8200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (Vault Enterprise and HCP: e.g. admin/team-a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole mount (or folders, e.g. team-a/, shared/db/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~/.vault-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP sends the token unencrypted to the server at every request. Use it for a local dev server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run reads at most this many secrets; a larger mount is recorded as partially collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV v2 m&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;olders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault policy needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1/metadata/ at %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::CoveragePanel</name>
    <message>
        <source>✓ complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not served by the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN-4 runtime security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN-6 / INC-1 logs and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC-2 secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: collection of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources not collected completely; not assessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything listed was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection recorded coverage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: %1 was not collected completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting attestation: no known agent runs in this cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingDetailPane</name>
    <message>
        <source>Select a finding to see its detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingGroupsModel</name>
    <message>
        <source>(no package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsFilterBar</name>
    <message>
        <source>Search ID, package, title, description  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsListModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its SLA due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingsView</name>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;false positive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export filtered findings to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export filtered findings to &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more findings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying to %1 findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 findings to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · narrowed to a group or an overview selection (Clear filters to widen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImageDetailPane</name>
    <message>
        <source>Show this image&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its configuration, history, signature and findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesFilterBar</name>
    <message>
        <source>Search repository, tag or digest  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-root user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBOM: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a vulnerability scan of the image (by digest) younger than the scan age threshold in Settings was imported (BLD-2); with the threshold Off, any scan counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesListModel</name>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C %1 · H %2 · M %3 · L %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported vulnerability scan in the last %1 days (BLD-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root (BLD-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawl every registry source again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry sources yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead reads what your registries hold through the OCI distribution API: every repository, tag and digest with its user, age, size and layers, whether it is signed with cosign and the signature verifies with your keys, whether an SBOM is attached, and how recent its last vulnerability scan is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add registry NAME URL, then bulkheadctl collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from 1 registry source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1 registry sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nothing collected under this filter yet: Collect now crawls the sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::InventoryImportDialog</name>
    <message>
        <source>Import secrets inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of secrets kept outside Kubernetes and Vault (cloud consoles, password managers, hardware). Its first line names the columns: name, store and last_rotated (YYYY-MM-DD or RFC 3339) are required; owner and policy_days (the rotation interval) are optional. Never put the secrets themselves in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the inventory a name: its secrets are filed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-imports inventory %1: its secrets are replaced by the file&apos;s, and those not in the file are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new inventory, %1. A file with any problem imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::JobCard</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this import; nothing of it is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this finished job from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this collection; sources not finished are recorded as cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::JobsPanel</name>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Imports you start, or report files you drop on the window, appear here with their progress and result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MultiSelectButton</name>
    <message>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no restriction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::NamespacePanel</name>
    <message>
        <source>? not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkPolicies were not collected for this cluster (see Coverage): segmentation is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkPolicies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default-deny ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default-deny egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy selecting every pod with Ingress in policyTypes and no ingress rules (RUN-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy selecting every pod with Egress in policyTypes and no egress rules (RUN-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No namespaces collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 namespaces: %2 without default-deny ingress, %3 without default-deny egress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not assessed (NetworkPolicies not collected).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretAgeChart</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets last changed %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretDetailPane</name>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a secret to see where its age comes from, its policy and who uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 days (changed on or after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days (changed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no age is acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no change time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated yet (the next collection, import or policy change judges it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days, on the secret itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account %1 (a long-lived token: prefer projected tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage unknown: not every workload kind was listed in the last collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload uses this secret. Check its type before deleting it: tokens and release records are read by controllers, not pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through environment variables by at least one workload: a mounted volume keeps it out of process listings and crash dumps (SEC-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsFilterBar</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster or vault source, or an imported inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, namespace, mount, origin or owner  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only secrets whose rotation is due or past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Kubernetes secrets no workload uses (when every workload kind was listed); the type column helps judge whether that is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via &amp;env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only secrets read through environment variables (env or envFrom): SEC-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsListModel</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of service account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload usage is known for Kubernetes secrets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: not every workload kind could be listed in the last collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload uses this secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads use it (the detail lists them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read through environment variables: mount it as a volume instead (SEC-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date: the age is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet: the next collection or evaluation judges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace, Vault mount or the inventory&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last change against the rotation interval: green under 75%, amber up to 100%, red overdue; grey with a dashed end when only the creation time is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the age comes from, most trustworthy first: version history, inventory, annotation, managedFields, creation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads using the secret (Kubernetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next rotation is due under the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace / mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SecretsView</name>
    <message>
        <source>Import inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV of secrets that live elsewhere (name, owner, store, last rotated, policy days); importing the same inventory again replaces its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Vault or OpenBao KV v2 mount to read secret metadata from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every source again, clusters and vaults included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets that scanners found in images and code, in Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead tracks how old each secret is against a rotation policy, and says where every age comes from: Vault&apos;s version history, an inventory&apos;s &quot;last rotated&quot; date, a rotation annotation, the last write of the data in a Secret&apos;s managedFields, or only its creation time (then the age is an upper bound). It reads metadata only: secret values never reach the store. Kubernetes secrets come with every cluster collection, with the workloads that use them and whether through environment variables; Vault or OpenBao KV v2 metadata from a vault source; secrets that live elsewhere from an inventory CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exposed secrets found by scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add vault NAME URL --mount M, bulkheadctl collect, or bulkheadctl secrets import-inventory FILE.csv. Rotation intervals are in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age distribution: %1 secrets with a known age under this filter (creation-only ages are upper bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a secret to see where its age comes from, its policy and who uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is gone from the store (a newer collection removed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from 1 cluster or vault source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1 cluster and vault sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nothing collected yet: Collect now reads the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · none under this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SeverityDelegate</name>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clus&amp;ter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? What was collected from it (images, workloads or secrets&apos; metadata) and its runs are deleted from the store, and a registry&apos;s password from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SourcesModel</name>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, exec plugin approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token from $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TriageDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is real and needs a fix. Its SLA keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is wrong here. Say why, so that a reviewer can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding stays but is not fixed for now. Say why and until when; on that date it opens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else (a network policy, a WAF rule, a configuration) removes the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to open: the earlier decision no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes care of it. Leave empty to clear the assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a note to the triage history; nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to 1 finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to %1 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the vulnerable function is not in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. only reachable from the internal network; fix planned with the 2.0 base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty clears the assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this is a false positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the risk is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsFilterBar</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workload, namespace or image  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: any check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only workloads that fail at least one check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsListModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods, %2 containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks fail, the worst %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::WorkloadsView</name>
    <message>
        <source>&amp;Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every source again, clusters included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead reads what runs in your Kubernetes clusters through the API, read-only, with a context of your kubeconfig: every Deployment, StatefulSet, DaemonSet, CronJob and bare pod is checked for privileged containers, privilege escalation, capabilities, root users, writable root filesystems, seccomp and AppArmor profiles, host namespaces and paths, secrets in environment variables, unpinned or untrusted images and service-account tokens; every namespace for default-deny NetworkPolicies. Secret values are never read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then bulkheadctl collect. The Sources menu has Add cluster… too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from 1 cluster source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1 cluster sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nothing collected under this filter yet: Collect now reads the clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::clusterops</name>
    <message>
        <source>This context authenticates with an exec plugin: approve running its command first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::collectjobtext</name>
    <message>
        <source>1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovering the cluster&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the running job to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: what was not written stays as it was; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected %1 of %2 completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::imagetext</name>
    <message>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::inventoryops</name>
    <message>
        <source>%1 secrets (%2 added, %3 updated, %4 removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported inventory %1: %2; %3 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a problem; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::jobtext</name>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the running import to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing of this import was stored; the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 new findings, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::secretstext</name>
    <message>
        <source>within policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age is an upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault&apos;s version history: the time the current version was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory&apos;s &quot;last rotated&quot; column: what its owner states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rotation annotation on the Secret holding the time of the last rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest managedFields entry that wrote data or stringData: the last write of the data through the API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the creation time is known, and Kubernetes does not move it on update: the last change was on or after this date, so the secret is at most this old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable time: the age is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age unknown: no usable time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed on or after %1: at most %2 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1: %2 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: rotate every %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::workloadtext</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts this check needs were not collected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sourceops</name>
    <message>
        <source>The password could not be stored in the keyring, so the source was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
