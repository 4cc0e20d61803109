#!/usr/bin/env bash
# Refreshes translations/bulkhead_<domain>_<lang>.ts from the sources with Qt's lupdate.
#   translations/update.sh              every domain
#   translations/update.sh ui_triage    one domain (or several)
# Each domain is a part of the program with files of its own, so that translators of different parts never
# edit the same file. Entries whose source string disappeared are dropped (-no-obsolete); new ones arrive
# "unfinished" until translated (the i18n_translationfiles test fails while any is).
# English is the source language: bulkhead_<domain>_en.ts holds only the messages with plural forms
# (lupdate -pluralonly), whose English singular and plural are written there: sources say "%n findings",
# the English file turns n == 1 into "1 finding".
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
LANGUAGES=(de fr)
declare -A DOMAINS=(
  [core]="core"
  [cli]="app"
  [report]="ui/reportpdf"
  [ui_triage]="ui/findings ui/images ui/workloads ui/secrets ui/jobs ui/sources"
  [ui_posture]="ui/common ui/controls ui/drills ui/mainwindow ui/overview ui/pages ui/rbac ui/reports ui/review ui/settings ui/welcome"
)
selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=(core cli report ui_triage ui_posture)
for domain in "${selected[@]}"; do
  dirs=${DOMAINS[$domain]:?unknown domain $domain (core, cli, report, ui_triage, ui_posture)}
  ts=()
  for lang in "${LANGUAGES[@]}"; do ts+=("translations/bulkhead_${domain}_${lang}.ts"); done
  # -I: lupdate resolves the project's includes to learn which namespace a class lives in; without them a
  # class's strings would land in a context tr() never looks up at run time.
  # shellcheck disable=SC2086
  "$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,h \
    -I core -I ui -I ui/reportpdf -I app/cli $dirs -ts "${ts[@]}"
  # shellcheck disable=SC2086
  "$LUPDATE" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h \
    -I core -I ui -I ui/reportpdf -I app/cli $dirs -ts "translations/bulkhead_${domain}_en.ts"
done
