"""The findings provcheck makes itself, not a rule pack: their one definition.

Each has an id, a severity, a title, why it matters and how to fix it.  The
suppressions, the baseline, the policy and the CLI (which ids ``--select``,
``--ignore`` and a suppression may name), SARIF's driver, ``provcheck
explain`` and docs/rules.md all read this table.  The message and the
per-finding ``why``/``fix`` of a finding are still written where it is made,
since they name the file, line and setting involved.
"""

from __future__ import annotations

from dataclasses import dataclass

from validator.model import RuleInfo, Severity

INPUT_ERROR = "input-error"
INPUT_WARNING = "input-warning"
INTERNAL_ERROR = "internal-error"
INTERNAL_TIMEOUT = "internal-timeout"
SUPPRESSION_WITHOUT_REASON = "suppression-without-reason"
UNUSED_SUPPRESSION = "unused-suppression"
BASELINE_STALE = "baseline-stale"
DUPLICATE_ARTICLE = "duplicate-article"


@dataclass(frozen=True)
class EngineRule:
    id: str
    severity: Severity
    title: str
    why: str
    fix: str

    def info(self) -> RuleInfo:
        """The rule as the report describes rules (SARIF driver, docs links)."""
        return RuleInfo(id=self.id, title=self.title, severity=self.severity, kind="engine",
                        docs=f"{self.why}\n\n{self.fix}")


RULES: dict[str, EngineRule] = {r.id: r for r in (
    EngineRule(
        INPUT_ERROR, "error", "An input could not be read",
        "A file (or a record of a batch file) could not be read as an article: binary content, wrong encoding, "
        "empty, too large, or malformed front matter, JSON or HTML, so no rule could be checked on it. "
        "provcheck never skips such an input silently; the rest of the batch is still checked.",
        "Fix the file so that it can be read, or exclude its path in `provcheck.yaml`."),
    EngineRule(
        INPUT_WARNING, "warning", "An input was read with a caveat",
        "The file was read, but with a caveat: decoded as Windows-1252 or UTF-16, metadata of the wrong shape "
        "left out, nesting too deep flattened, or a comment that starts with `provcheck-` but is no directive.",
        "Re-export the file as UTF-8 with well-formed metadata, or correct the comment."),
    EngineRule(
        INTERNAL_ERROR, "error", "A check crashed on this article",
        "A check raised an unexpected error on this article; the rule's result is unknown. The run goes on "
        "and exits with code 2, so a crash is never mistaken for a clean run. Never suppressed or baselined.",
        "This is a bug in provcheck or in a plug-in check: please report it with the article that triggers it."),
    EngineRule(
        INTERNAL_TIMEOUT, "error", "A check ran out of time on this article",
        "The article's checks ran past --timeout-per-article (default 10 s), usually a rule pattern that "
        "backtracks catastrophically on a long text; the remaining rules were not run on it, so their "
        "result is unknown. Never suppressed or baselined.",
        "Simplify the rule's pattern (nested quantifiers backtrack) or raise --timeout-per-article."),
    EngineRule(
        SUPPRESSION_WITHOUT_REASON, "warning", "A suppression says why",
        "A suppression (comment, front matter or config) hides findings from the gate; the reason tells the "
        "next editor why that was right.",
        "Write it after ' -- ' in a comment, or as `reason:` in front matter and config."),
    EngineRule(
        UNUSED_SUPPRESSION, "info", "A suppression suppresses something",
        "A suppression that names no rule in force, or covers no finding of a rule that ran, is stale or "
        "misspelt, and would hide a later finding.",
        "Delete it, or correct the rule id or where it stands."),
    EngineRule(
        BASELINE_STALE, "info", "A baseline entry still occurs",
        "The baseline records findings accepted when it was made. An entry whose finding no longer occurs "
        "(it was fixed, or its text changed) should be removed, or it would hide the same finding if it "
        "came back.",
        "Delete the entry's line, or run `provcheck baseline` again."),
    EngineRule(
        DUPLICATE_ARTICLE, "warning", "No two articles of a run are near-duplicates",
        "With --dedupe, an article most of whose text (about 80% of the shorter of the two, estimated from "
        "their MinHash signatures) is also in an earlier article of the same run (path order) is reported: "
        "the same story filed twice, or one outlet's copy of another's. See docs/reuse.md.",
        "Keep one of the two, or rewrite one."),
)}

#: every id the engine reports; ``--select``/``--ignore`` may name them
IDS: tuple[str, ...] = tuple(RULES)
#: engine ids a suppression or baseline entry may name besides the policy's rules
SUPPRESSIBLE = frozenset({INPUT_ERROR, INPUT_WARNING})
#: ids no suppression covers
UNSUPPRESSIBLE = frozenset({INTERNAL_ERROR, INTERNAL_TIMEOUT, SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION})
#: ids a baseline never records
NOT_BASELINED = frozenset({INTERNAL_ERROR, INTERNAL_TIMEOUT, BASELINE_STALE})


def info(rule_id: str) -> RuleInfo:
    return RULES[rule_id].info()


def infos() -> tuple[RuleInfo, ...]:
    """Every engine rule as a :class:`RuleInfo`, in the table's order."""
    return tuple(r.info() for r in RULES.values())
