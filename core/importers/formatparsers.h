#pragma once

#include "importers/parsecontext.h"
#include "model/parsedreport.h"

#include <simdjson.h>

// One function per supported format. Each reads the whole document (already detected as its
// format) into `out`: assets, scopes, rules, findings, components, warnings, tool and time.
// Contract:
// - stream with On-Demand; never build a DOM of the report;
// - an entry that is malformed (wrong type, missing required field) is skipped via
//   jsonread::guardEntry, which records a warning naming where it was;
// - structural problems (truncation, bad JSON) propagate as simdjson_error; a readable but
//   unusable report throws ImportError with a reason;
// - secret values are never copied: only rule, title, location;
// - rule metadata (title, description, references, CVSS, dates) is only copied when
//   ctx.firstSighting(kind, key) is true (RuleInfo::hasMetadata = true), otherwise only the key.
namespace bulkhead::parsers {

void parseTrivyJson(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseTrivyKubernetes(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseTrivyOperator(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseGrype(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseSarif(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseCycloneDx(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseSpdx(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);
void parseKubescape(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx);

} // namespace bulkhead::parsers
