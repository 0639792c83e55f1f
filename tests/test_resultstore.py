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
