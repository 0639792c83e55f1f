"""Broken rule files and configs: one message naming file, rule id, key and line; exit 2; no traceback.

The configuration is loaded and validated before any path is looked at: a
broken config is reported (exit 2) even when an article path is missing too,
and no article is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import engine
from validator.checks import KINDS
from validator.cli import main

ARTICLE = ("Council Approves Budget\n\nThe city council approved its budget for the coming year on Tuesday "
           "evening, officials said.\n")
RULE = """  - id: {id}
    title: A rule
    severity: error
    check: {check}
    message: Something is missing.
    docs: {{why: because, compliant: a, non_compliant: b}}
"""


def rule(rule_id: str = "my-rule", check: str = "{kind: require, patterns: ['x']}", extra: str = "") -> str:
    return RULE.format(id=rule_id, check=check) + extra


def _run(tmp_path: Path, config_text: str, capsys, *, extra_files: dict[str, str] | None = None) -> tuple[int, str, Path]:
    config = tmp_path / "provcheck.yaml"
    config.write_text(config_text, encoding="utf-8")
    for name, text in (extra_files or {}).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code = main(["check", str(tmp_path / "a.txt"), "--config", str(config)])
    captured = capsys.readouterr()
    assert captured.out == "", "nothing is checked when the config is broken"
    assert "Traceback" not in captured.err
    assert captured.err.startswith("provcheck: configuration error:\n")
    return code, captured.err.removeprefix("provcheck: configuration error:\n").rstrip("\n"), config


CASES = {
    "unknown key": (
        "rules:\n" + rule(extra="    colour: red\n"),
        "{config} → rule my-rule → colour: unknown key (line 8)"),
    "unknown top-level key": (
        "extends: [default]\ncolour: red\n",
        "{config} → colour: unknown key (line 2)"),
    "wrong type": (
        "rules:\n" + rule(check="{kind: forbid, patterns: ['x'], max_hits: many}"),
        "{config} → rule my-rule → check.max_hits: Input should be a valid integer, unable to parse string as "
        "an integer (line 5)"),
    "wrong severity": (
        "rules:\n" + rule().replace("severity: error", "severity: fatal"),
        "{config} → rule my-rule → severity: Input should be 'error', 'warning' or 'info' (line 4)"),
    "wrong type in settings": (
        "settings:\n  max_file_size: big\n",
        "{config} → settings.max_file_size: Input should be a valid integer, unable to parse string as an integer "
        "(line 2)"),
    "invalid regex": (
        "rules:\n" + rule(check="{kind: require, patterns: ['fine', '(unclosed']}"),
        "{config} → rule my-rule → check.patterns: invalid regular expression '(unclosed': missing ) at "
        "position 9 (line 5)"),
    "duplicate rule id": (
        "rules:\n" + rule() + rule(),
        "{config} → rule my-rule → id: duplicate rule id; rule #1 has it already (line 8)"),
    "unknown check kind": (
        "rules:\n" + rule(check="{kind: nope, patterns: ['x']}"),
        "{config} → rule my-rule → check: unknown check kind 'nope'; the kinds are " + ", ".join(KINDS)
        + " (line 5)"),
    "extends a missing pack": (
        "extends:\n  - default\n  - no-such-pack\n",
        "{config} → extends: no pack named 'no-such-pack'; extends takes a shipped pack ({packs}) or the path "
        "of a .yaml file (line 3)"),
    "placeholder naming an unknown field": (
        "rules:\n" + rule(check="{kind: require, patterns: ['by {source.nope}']}"),
        "{config} → rule my-rule → check.patterns: unknown placeholder {{source.nope}} in 'by {{source.nope}}'; "
        "known: {{authors}}, {{lang}}, {{outlet}}, {{source.author}}, {{source.language}}, {{source.outlet}}, "
        "{{source.published}}, {{source.title}}, {{source.url}}, {{title}}, {{translator}}, {{wire}} (line 5)"),
    "invalid YAML": (
        "rules:\n  - id: x\n   title: [\n",
        "{config}: not valid YAML: expected <block end>, but found '<block mapping start>' (line 3, column 4)"),
    "a config that is a list": (
        "- extends: default\n",
        "{config}: must be a mapping of keys, not a list (line 1)"),
    "severity of an unknown rule": (
        "severity:\n  scrape-residue: info\n  no-such-rule: off\n",
        "{config} → severity.no-such-rule: no rule with this id in the packs it extends (line 3)"),
    # aliases and pattern size are bounded (issue 9, item 8)
    "a YAML alias": (
        "rules:\n" + rule("rule-a", extra="    when: &w {fact: translated, equals: true}\n")
        + rule("rule-b", extra="    when: *w\n"),
        "{config}: uses a YAML alias (*name) at line 15, column 11; provcheck does not expand aliases"),
    "a pattern too large to compile": (
        "rules:\n" + rule(check="{kind: forbid, patterns: ['(?:(?:a{1000}){1000}){1000}']}"),
        "{config} → rule my-rule → check.patterns: pattern '(?:(?:a{{1000}}){{1000}}){{1000}}' is too large to "
        "compile: its counted repeats expand to about 1,001,001,000 items (the limit is 100,000) (line 5)"),
    # settings are range-checked (issue 9, item 10)
    "negative max_file_size": (
        "settings:\n  max_file_size: -5\n",
        "{config} → settings.max_file_size: Input should be greater than 0 (line 2)"),
    "infinite timeout": (
        "settings:\n  timeout_per_article: .inf\n",
        "{config} → settings.timeout_per_article: Input should be a finite number (line 2)"),
    "nan timeout": (
        "settings:\n  timeout_per_article: .nan\n",
        "{config} → settings.timeout_per_article: Input should be a finite number (line 2)"),
    "huge timeout": (
        "settings:\n  timeout_per_article: 1e300\n",
        "{config} → settings.timeout_per_article: Input should be less than or equal to 86400 (line 2)"),
    "negative timeout": (
        "settings:\n  timeout_per_article: -1\n",
        "{config} → settings.timeout_per_article: Input should be greater than 0 (line 2)"),
    "a list as rule id, with other mistakes": (
        "rules:\n" + rule("[a, b]").replace("severity: error", "severity: fatal") + "settings:\n  max_file_size: 0\n",
        "{config} → rule #1 → id: Input should be a valid string (line 2)\n"
        "{config} → rule #1 → severity: Input should be 'error', 'warning' or 'info' (line 4)\n"
        "{config} → settings.max_file_size: Input should be greater than 0 (line 9)"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_config_mistake(name: str, tmp_path: Path, capsys) -> None:
    from validator.policy import builtin_packs

    text, expected = CASES[name]
    code, err, config = _run(tmp_path, text, capsys)
    assert code == 2
    assert err == expected.format(config=config, packs=", ".join(builtin_packs()))


def test_a_cycle_in_extends(tmp_path: Path, capsys) -> None:
    code, err, config = _run(tmp_path, "extends: [default, a.yaml]\n", capsys, extra_files={
        "a.yaml": "extends: [b.yaml]\nrules:\n" + rule("rule-a"),
        "b.yaml": "name: b\nextends:\n  - a.yaml\nrules:\n" + rule("rule-b"),
    })
    assert code == 2
    assert err == f"{(tmp_path / 'b.yaml').resolve()} → extends: 'a.yaml' makes a cycle: a.yaml extends b.yaml " \
                  "extends a.yaml (line 3)"


def test_a_mistake_in_an_extended_pack_names_the_pack(tmp_path: Path, capsys) -> None:
    code, err, config = _run(tmp_path, "extends: [default, pack.yaml]\n", capsys, extra_files={
        "pack.yaml": "rules:\n" + rule("pack-rule", extra="    colour: red\n")})
    assert code == 2
    assert err == f"{(tmp_path / 'pack.yaml').resolve()} → rule pack-rule → colour: unknown key (line 8)"


def test_a_pack_that_extends_a_missing_pack(tmp_path: Path, capsys) -> None:
    from validator.policy import builtin_packs

    code, err, config = _run(tmp_path, "extends: [pack.yaml]\n", capsys, extra_files={
        "pack.yaml": "extends: [gone.yaml]\nrules: []\n"})
    assert code == 2
    assert err == (f"{(tmp_path / 'pack.yaml').resolve()} → extends: no pack named 'gone.yaml'; extends takes a "
                   f"shipped pack ({', '.join(builtin_packs())}) or the path of a .yaml file (line 1)")


def test_bare_off_is_off_not_false(tmp_path: Path, capsys) -> None:
    """YAML 1.1 reads a bare ``off`` as false; ``severity: {rule: off}`` still turns the rule off."""
    (tmp_path / "cfg").mkdir()
    config = tmp_path / "cfg" / "provcheck.yaml"
    config.write_text("severity:\n  scrape-residue: off\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + "\nRead more\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--config", str(config), "--fail-on", "warning"]) == 0
    assert main(["check", str(tmp_path / "a.txt"), "--fail-on", "warning"]) == 1  # without the config
    capsys.readouterr()


def test_the_config_is_validated_before_any_path_or_article(tmp_path: Path, capsys, monkeypatch) -> None:
    """Decided order: the config first (exit 2, its message), then the paths, then the articles."""
    def no_run(*args, **kwargs):
        raise AssertionError("no article may be read when the config is broken")

    monkeypatch.setattr(engine, "run", no_run)
    config = tmp_path / "provcheck.yaml"
    config.write_text("rules:\n" + rule(extra="    colour: red\n"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # a broken config and a missing article path: the config error is reported
    assert main(["check", str(tmp_path / "missing.md"), "--config", str(config)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"provcheck: configuration error:\n{config} → rule my-rule → colour: unknown key (line 8)\n"
    assert captured.out == ""
    # a broken config found from the checked folder: exit 2, nothing checked
    assert main(["check", str(tmp_path)]) == 2
    assert capsys.readouterr().out == ""


def test_a_missing_config_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--config", str(tmp_path / "nope.yaml")]) == 2
    assert capsys.readouterr().err == f"provcheck: configuration error:\n{tmp_path / 'nope.yaml'}: no such config file\n"


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "1e300", "soon"])
def test_timeout_on_the_command_line_is_range_checked(value: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--timeout-per-article", value]) == 2
    assert (f"--timeout-per-article: a number of seconds above 0 and at most 86400 is needed, not {value!r}"
            in capsys.readouterr().err)


def test_an_alias_in_an_extended_pack_names_the_pack(tmp_path: Path, capsys) -> None:
    code, err, config = _run(tmp_path, "extends: [default, pack.yaml]\n", capsys, extra_files={
        "pack.yaml": "x: &a [1, 2]\ny: *a\nrules: []\n"})
    assert code == 2
    assert err == f"{tmp_path / 'pack.yaml'}: uses a YAML alias (*name) at line 2, column 4; " \
                  "provcheck does not expand aliases"


@pytest.mark.parametrize("pattern, size", [
    ("abc", 3), ("a{1000}", 1000), ("[a-z]{3}", 3), (r"\p{L}{10}", 10), ("(ab|cd){2}", 8), ("x{,5}", 5),
    ("a{2,}", 2), ("[]a]{4}", 4), ("{title}", 7), ("(?:(?:a{1000}){1000}){1000}", 1_001_001_000)])
def test_expanded_size_of_a_pattern(pattern: str, size: int) -> None:
    from validator.patternsize import expanded_size

    assert expanded_size(pattern) == size


@pytest.mark.parametrize("pattern", ["abc", r"\p{L}+", "[{]x}", "{title}", r"\d+\s?", "(ab|cd)*", "x{,}"])
def test_a_pattern_without_counted_repeats_expands_to_at_most_its_length(pattern: str) -> None:
    from validator.patternsize import expanded_size, has_count

    assert not has_count(pattern)
    assert expanded_size(pattern) <= len(pattern)


@pytest.mark.parametrize("pattern", ["a{3}", "[a-z]{2,9}", "x{,5}", r"\p{L}{4}"])
def test_a_counted_repeat_is_seen(pattern: str) -> None:
    from validator.patternsize import has_count

    assert has_count(pattern)


def test_every_shipped_pattern_is_within_the_size_bound() -> None:
    from validator.patternsize import MAX_SIZE, expanded_size
    from validator.policy import load_policy
    from validator.vocab import expand

    for r in load_policy(None).rules:
        for pattern in getattr(r.check, "patterns", None) or []:
            assert expanded_size(expand(pattern)) <= MAX_SIZE, (r.id, pattern)
