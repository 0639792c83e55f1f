"""What a batch keeps while it runs: results and inputs in compact form, given back
as the models every reporter reads."""

from __future__ import annotations

from validator.report import InputRecord
from validator.resultstore import CompactInputs


def test_compact_inputs_give_back_the_records_they_keep():
    records = [InputRecord(path="news/a.md", status="checked", articles=3),
               InputRecord(path="news/b.bin", status="excluded", reason="not an article format"),
               InputRecord(path="news/c.txt", status="error", reason="cannot read: Permission denied")]
    kept = CompactInputs(records)
    assert len(kept) == 3 and kept and not CompactInputs()
    assert list(kept) == records and kept == tuple(records) and kept != records[:2]
    assert kept[1] == records[1] and kept[1:] == records[1:]
    assert [r.model_dump_json() for r in kept] == [r.model_dump_json() for r in records]
    assert all(type(value) is tuple for value in kept.rows)  # no model kept between reads


def test_compact_results_count_the_summary_as_they_keep(monkeypatch):
    """The verdict and summary of a run come from counts kept beside the compact results,
    the same counts a pass over them gives, so neither unpacks every result again."""
    from validator.inputs import error_result
    from validator.report import ArticleResult, RunReport, Tally
    from validator.resultstore import CompactResults

    results = [ArticleResult(id=f"a{i}.md", path=f"a{i}.md", format="markdown") for i in range(3)]
    results.append(error_result("b.md", "cannot read: Permission denied"))
    kept = CompactResults(results).map(lambda a: a.model_copy(update={"findings": ()}) if a.id == "b.md" else a)
    expected = Tally()
    for a in [*results[:3], results[3].model_copy(update={"findings": ()})]:
        expected.add(a)
    report = RunReport.model_construct(tool={}, inputs=(), articles=kept, rules=(), fail_on="error")
    monkeypatch.setattr(CompactResults, "_make", lambda self, blob: (_ for _ in ()).throw(AssertionError("unpacked")))
    assert vars(report.tally()) == vars(expected)
    assert report.verdict == expected.verdict("error") and report.summary() == expected.summary(())
    counted = report.tally()
    counted.add(results[3])  # a copy: the report's counts stay as they were
    assert vars(report.tally()) == vars(expected)


def test_compact_results_keep_the_text_the_reports_print(monkeypatch):
    """What is kept of each result is its compact JSON, the text the JSON and JSON Lines
    reports print: the writers take it as kept, without making the result again (a title
    with a lone surrogate, which UTF-8 cannot hold, is kept escaped and made again)."""
    from validator.reporters.json_report import article_json, article_texts
    from validator.report import ArticleResult, RunReport
    from validator.resultstore import CompactResults

    results = [ArticleResult(id=f"a{i}.md", path=f"a{i}.md", format="markdown", title=f"Café {i} — «x»")
               for i in range(3)]
    results.append(ArticleResult(id="b.md", path="b.md", format="markdown", title="broken \udc80 title"))
    kept = CompactResults(results).map(lambda a: a.model_copy(update={"title": "changed"}) if a.id == "a1.md" else a)
    expected = [article_json(a) for a in kept]
    assert expected[1] == article_json(results[1].model_copy(update={"title": "changed"}))
    made = []
    real = CompactResults._make
    monkeypatch.setattr(CompactResults, "_make", lambda self, blob: made.append(1) or real(self, blob))
    report = RunReport.model_construct(tool={}, inputs=(), articles=kept, rules=(), fail_on="error")
    assert list(article_texts(report)) == expected
    assert len(made) == 1  # only the escaped one
    plain = RunReport.model_construct(tool={}, inputs=(), articles=tuple(results), rules=(), fail_on="error")
    assert list(article_texts(plain)) == [article_json(a) for a in results]
