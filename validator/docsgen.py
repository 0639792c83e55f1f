"""Generate docs/rules.md from the shipped packs and the check kinds' docstrings.

Run ``python -m validator.docsgen docs/rules.md`` after changing a pack or a
check kind; a test fails while the file is stale.
"""

from __future__ import annotations

import sys

import yaml

from validator import enginefindings
from validator.checks import KINDS, documentation
from validator.policy import Rule, builtin_packs, load_pack_rules

def _block(text: str) -> list[str]:
    return ["```", *text.rstrip().splitlines(), "```"]


def _rule_section(rule: Rule) -> list[str]:
    check = rule.check.model_dump(exclude_defaults=True)
    lines = [f"### {rule.id}", "", f"**{rule.title}** — severity `{rule.severity}`, check kind "
             f"[`{rule.check.kind}`](#kind-{rule.check.kind}).", "", " ".join(rule.docs.why.split()), ""]
    if rule.when is not None:
        when = rule.when.model_dump(exclude_none=True, by_alias=True)
        lines += [f"Applies when: `{yaml.safe_dump(when, default_flow_style=True, allow_unicode=True).strip()}`", ""]
    lines += ["Message: " + rule.message, ""]
    if rule.fix:
        lines += ["Fix: " + rule.fix, ""]
    lines += ["Compliant:", "", *_block(rule.docs.compliant), "", "Non-compliant:", "",
              *_block(rule.docs.non_compliant), "", "<details><summary>Check parameters</summary>", "",
              "```yaml", yaml.safe_dump(check, allow_unicode=True, sort_keys=False, width=200).rstrip(), "```",
              "", "</details>", ""]
    return lines


def render() -> str:
    out = ["# Rule reference", "",
           "Generated from the shipped rule packs and the check kinds' documentation by "
           "`python -m validator.docsgen docs/rules.md`; do not edit by hand.", ""]
    for name, path in builtin_packs().items():
        own = [r for r in load_pack_rules(name) if r.get("origin") == str(path.resolve())]
        rules = sorted((Rule.model_validate(r) for r in own), key=lambda r: r.id)
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        extends = data.get("extends") or []
        out += [f"## Pack `{name}`", "", data.get("description", ""), ""]
        if extends:
            out += ["Extends: " + ", ".join(f"`{e}`" for e in extends) + ".", ""]
        out += ["| rule | severity | title |", "| --- | --- | --- |"]
        out += [f"| [{r.id}](#{r.id}) | {r.severity} | {r.title} |" for r in rules]
        out.append("")
        for rule in rules:
            out += _rule_section(rule)
    out += ["## Engine findings", "", "Reported by provcheck itself, not by a pack.", ""]
    for rule in enginefindings.RULES.values():
        out += [f"### {rule.id}", "", f"**{rule.title}** — severity `{rule.severity}`.", "", rule.why, "",
                "Fix: " + rule.fix, ""]
    out += ["## Check kinds", ""]
    for kind in sorted(KINDS):
        out += [f"### kind: {kind}", "", f'<a id="kind-{kind}"></a>', "", documentation(kind), ""]
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if argv:
        with open(argv[0], "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
