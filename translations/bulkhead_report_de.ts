<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start painting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer failed to finish the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout differs between passes (measured %1 pages, painted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all of the data reached the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::pdf</name>
    <message>
        <source>DEMO STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cancelled, no file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding in scope is marked as an accepted risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings are accepted risks, %2 of them expired as of %3 (an expired acceptance counts as open again). Soonest expiry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired, ignored: the evidence decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force at the report&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, the evidence decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation: none recorded (one would show that %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3, expires %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each control of the practice guide with its status as of %1. Pass and attested count 1 in the score, partial 0.5, fail 0; not assessed controls are left out of the score and listed as a coverage gap. Measures are what Bulkhead checked, with their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing collected speaks to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, so not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was collected or imported: no source is configured and no scanner report was imported, so every control is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each source as of now (coverage is not kept per day): its last successful collection and what it could not collect. A control that depends on something missing here is not assessed, or assessed on what was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is configured and no scanner report was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this report was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead %1 read the store %2 (store id %3) in one read transaction on %4 and laid this report out from what it read. Scores follow docs/controls-and-score.md; the findings lists and the SLA follow docs/reports.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills and post-incident reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is planned in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills as of %1: a drill is overdue when its cadence has passed since it was last completed (or since it was planned, when never completed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post-incident review is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings are open or confirmed in scope, on %2 assets. Every critical and high one is listed below with its SLA state (due date from the SLA policy set in Bulkhead&apos;s settings, counted from first seen); medium and below are summarised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
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
        <source>Low and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rules mapped to no control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical and high findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical or high finding is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed → fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medium, low or unrated finding is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster&apos;s RBAC is in the store (none collected in scope), so there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status of the role bindings of each cluster as collected now (the RBAC review is not kept per day, so an as-of date does not change it). A binding is current when its review has not expired and it has not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky subjects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject holds a high or critical risk rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (namespace %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is in the store in scope: no cluster, Vault or inventory secrets collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages as of %1 against each secret&apos;s rotation policy. The age comes from the last rotation when it is known, else from the creation time (an upper bound); a secret whose age cannot be told is counted as unknown, not as compliant.</source>
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
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue secrets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is past its rotation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posture score is %1 of 100, over %2 of %3 controls that could be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control could be assessed from what the store holds, so there is no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls fail (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 are partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control fails; %1 are partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessed control fails or is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical and %2 high findings are open%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 of them past their SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weakest area is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets are past their rotation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls are not assessed: the collection coverage section says what was not collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 of %2 controls assessed; not assessed ones are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass, %2 attested, %3 partial, %4 fail, %5 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot with a score in the 90 days up to %1: the trend starts with the next import, collection or sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO STORE: synthetic data, not an assessment of any real system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a past date: statuses from the snapshot of that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scope and date cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name in this report (images, packages, clusters, bindings, secrets) is printed as it was collected or imported, as plain text. The file&apos;s SHA-256 is written beside it (FILE.sha256) and recorded in the store&apos;s report history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::pdf::charts</name>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per area (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score, 90 days to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::pdf::reporttext</name>
    <message>
        <source> was written but not recorded in the report history: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
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
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
