#pragma once

#include "controls/controlarea.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// How a human attestation combines with the automatic evidence of a control.
enum class AttestationMode {
    Fallback,    // the evidence decides; a valid attestation stands in only while it is "not assessed"
    Alternative, // either suffices: an agent found OR a valid attestation (RUN-4, RUN-6, SEC-2, INC-1)
    Required,    // part of the control cannot be seen by Bulkhead and needs an attestation as well
                 // (SEC-4 encryption at rest, SUP-4 push rights, SUP-1/SUP-3 the pipeline gate)
};

// One control of resources/controls.json: DESIGN.md's table with the practice guide's words.
struct ControlDefinition {
    std::string id;         // "BLD-3"
    ControlArea area = ControlArea::Build;
    std::string title;      // short: "Sign images, verify before deployment"
    std::string practice;   // the guide's sentence
    std::string assessment; // how Bulkhead checks it, in plain language (shown in the UI and report)
    int weight = 1;         // in the posture score (posturescore.h); 1..3
    AttestationMode attestation = AttestationMode::Fallback;
    std::string attestationHint; // what an attestation must show ("encryption at rest is enabled for etcd")
};

// The catalog. builtin() reads the copy compiled into bulkhead_core (resource
// ":/bulkhead/controls.json") in the user's language; fromJson() is for tests and for a catalog the user points at.
class ControlCatalog
{
public:
    static const ControlCatalog &builtin();
    // Empty optional and `error` set (naming what is wrong: "control 4: unknown area \"x\"") when
    // the JSON is not a valid catalog: ids must be unique, areas and modes known, weights 1..3.
    static std::optional<ControlCatalog> fromJson(std::string_view json, std::string *error);

    const std::vector<ControlDefinition> &controls() const { return m_controls; }
    const ControlDefinition *find(std::string_view id) const;
    // The same catalog with its texts in the installed translation (controlcatalogtext.h);
    // builtin() is translated once, when first used.
    ControlCatalog translated() const;

private:
    std::vector<ControlDefinition> m_controls;
};

} // namespace bulkhead
