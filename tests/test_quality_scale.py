"""The quality-scale declaration names every rule of HA's scale, each with a status."""

from __future__ import annotations

from pathlib import Path

from homeassistant.util.yaml import load_yaml_dict

DECLARATION = Path(__file__).parents[1] / "custom_components/haven/quality_scale.yaml"

# hassfest's ALL_RULES (script/hassfest/quality_scale.py), tier by tier.
RULES = {
    "bronze": (
        "action-setup appropriate-polling brands common-modules config-flow "
        "config-flow-test-coverage dependency-transparency docs-actions "
        "docs-conditions docs-high-level-description docs-installation-instructions "
        "docs-removal-instructions docs-triggers entity-event-setup entity-unique-id "
        "has-entity-name runtime-data test-before-configure test-before-setup "
        "unique-config-entry"
    ),
    "silver": (
        "action-exceptions config-entry-unloading docs-configuration-parameters "
        "docs-installation-parameters entity-unavailable integration-owner "
        "log-when-unavailable parallel-updates reauthentication-flow test-coverage"
    ),
    "gold": (
        "devices diagnostics discovery discovery-update-info docs-data-update "
        "docs-examples docs-known-limitations docs-supported-devices "
        "docs-supported-functions docs-troubleshooting docs-use-cases dynamic-devices "
        "entity-category entity-device-class entity-disabled-by-default "
        "entity-translations exception-translations icon-translations "
        "reconfiguration-flow repair-issues stale-devices"
    ),
    "platinum": "async-dependency inject-websession strict-typing",
}


def test_every_rule_declared() -> None:
    """Every rule is there once; anything not done says why; gold has no todo."""
    rules = load_yaml_dict(str(DECLARATION))["rules"]
    expected = {rule for tier in RULES.values() for rule in tier.split()}
    assert set(rules) == expected
    for name, rule in rules.items():
        status = rule["status"] if isinstance(rule, dict) else rule
        assert status in ("done", "exempt", "todo"), name
        if status != "done":
            assert len(rule.get("comment", "")) > 20, name
    assert all(
        rules[name]["status"] != "todo"
        for name in RULES["gold"].split() + RULES["bronze"].split()
    )
