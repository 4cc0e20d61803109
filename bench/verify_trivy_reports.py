#!/usr/bin/env python3
"""Check a directory written by bench_gen_trivy: every file is valid JSON in Trivy's
SchemaVersion 2 image-report shape, no (VulnerabilityID, PkgName, InstalledVersion,
PkgPath or Target) repeats inside a report, every vulnerability id carries the same text
everywhere, and the total count is the expected one.

    bench/verify_trivy_reports.py DIR [EXPECTED_FINDINGS]

Exit status 0 when all checks pass. Takes ~30 s and ~1 GB of memory for the 1M set.
"""
import collections
import glob
import json
import os
import statistics
import sys

TOP_KEYS = ['SchemaVersion', 'CreatedAt', 'ArtifactName', 'ArtifactType', 'Metadata', 'Results']
VULN_KEYS = ['VulnerabilityID', 'PkgID', 'PkgName', 'PkgPath', 'PkgIdentifier', 'InstalledVersion',
             'FixedVersion', 'Status', 'Layer', 'SeveritySource', 'PrimaryURL', 'DataSource', 'Title',
             'Description', 'Severity', 'CweIDs', 'VendorSeverity', 'CVSS', 'References',
             'PublishedDate', 'LastModifiedDate']


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    directory = sys.argv[1]
    expected = int(sys.argv[2]) if len(sys.argv) == 3 else None
    files = sorted(glob.glob(os.path.join(directory, '*.json')))
    total = size = dups = inconsistent = fixed = 0
    texts, occurrences = {}, collections.Counter()
    repos, digests, types, severities = collections.Counter(), set(), collections.Counter(), collections.Counter()
    desc_len, ref_count = [], []
    order = {k: i for i, k in enumerate(VULN_KEYS)}
    problems = []
    for path in files:
        size += os.path.getsize(path)
        with open(path, 'rb') as fh:
            doc = json.load(fh)
        if list(doc) != TOP_KEYS or doc['SchemaVersion'] != 2 or doc['ArtifactType'] != 'container_image':
            problems.append(f'{path}: not a SchemaVersion 2 container_image report')
        repos[doc['ArtifactName'].rsplit(':', 1)[0]] += 1
        digests.add(doc['Metadata']['RepoDigests'][0])
        seen = set()
        for result in doc['Results']:
            types[(result['Class'], result['Type'])] += 1
            for v in result.get('Vulnerabilities') or []:
                keys = [order[k] for k in v]
                if keys != sorted(keys):
                    problems.append(f'{path}: fields out of Trivy order in {v["VulnerabilityID"]}')
                key = (v['VulnerabilityID'], v['PkgName'], v['InstalledVersion'], v.get('PkgPath', result['Target']))
                dups += key in seen
                seen.add(key)
                total += 1
                vid = v['VulnerabilityID']
                occurrences[vid] += 1
                text = (v.get('Title'), v['Description'], tuple(v['References']), v['Severity'])
                if texts.setdefault(vid, text) != text:
                    inconsistent += 1
                elif occurrences[vid] == 1:
                    desc_len.append(len(v['Description']))
                    ref_count.append(len(v['References']))
                fixed += 'FixedVersion' in v
                severities[v['Severity']] += 1
    if not files:
        sys.exit(f'no *.json files in {directory}')
    desc_len.sort()
    print(f'files {len(files)}, vulnerabilities {total}, {size} bytes ({size / 1e9:.3f} GB, '
          f'{size / max(total, 1):.0f} bytes per vulnerability)')
    print(f'repositories {len(repos)} ({min(repos.values())}-{max(repos.values())} reports each), '
          f'distinct image digests {len(digests)}')
    print('results', ', '.join(f'{c}/{t}: {n}' for (c, t), n in sorted(types.items())))
    print(f'distinct vulnerability ids {len(occurrences)}, ids occurring >= 10 times '
          f'{sum(1 for n in occurrences.values() if n >= 10)}, most frequent {occurrences.most_common(1)[0]}')
    print(f'with FixedVersion {fixed / total:.1%}; severity',
          ', '.join(f'{k} {n / total:.1%}' for k, n in severities.most_common()))
    print(f'description length per id: min {desc_len[0]}, median {desc_len[len(desc_len) // 2]}, '
          f'mean {statistics.mean(desc_len):.0f}, max {desc_len[-1]}; references per id: '
          f'{min(ref_count)}-{max(ref_count)}, mean {statistics.mean(ref_count):.1f}')
    print(f'duplicate keys within a report: {dups}; ids whose text differs between occurrences: {inconsistent}')
    if dups or inconsistent:
        problems.append('duplicates or inconsistent texts')
    if expected is not None and total != expected:
        problems.append(f'expected {expected} vulnerabilities, found {total}')
    for p in problems[:20]:
        print('PROBLEM:', p)
    print('OK' if not problems else 'FAILED')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
