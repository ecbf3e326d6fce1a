#!/usr/bin/env bash
# Regenerates src-gen/ of org.innoscape.model and org.innoscape.model.edit from
# bundles/org.innoscape.model/model/innoscape.ecore, and src-gen/ of org.innoscape.diagram from
# bundles/org.innoscape.diagram/model/description.ecore, with their .genmodels. Hand-written code lives in src/; inside
# src-gen/, a method marked "@generated NOT" survives regeneration, anything else is overwritten.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q -f releng/org.innoscape.codegen/pom.xml compile exec:java
