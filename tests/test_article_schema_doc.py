"""docs/article-format.md carries the JSON Schema of our article record; it must not go stale."""

from __future__ import annotations

import json
import re
from pathlib import Path

from validator.readers.json import schema as record_schema

DOC = Path(__file__).resolve().parent.parent / "docs" / "article-format.md"
BLOCK = re.compile(
    r"<!-- BEGIN article-record-schema -->\n```json\n(?P<schema>.*?)\n```\n<!-- END article-record-schema -->", re.S
)


def test_schema_in_doc_is_current():
    m = BLOCK.search(DOC.read_text(encoding="utf-8"))
    assert m, "docs/article-format.md lost its article-record-schema markers"
    expected = json.dumps(record_schema.schema(), indent=2, ensure_ascii=False)
    assert m["schema"] == expected, (
        "docs/article-format.md has a stale JSON Schema: replace the block between the markers with the "
        "output of `python -m validator.readers.json.schema`"
    )


def test_schema_command_prints_it(capsys):
    assert record_schema.main([]) == 0
    assert json.loads(capsys.readouterr().out) == record_schema.schema()
    assert record_schema.main(["--bogus"]) == 2


def test_schema_validates_the_parity_records():
    jsonschema = __import__("jsonschema")
    for path in sorted((DOC.parent.parent / "tests" / "fixtures" / "parity").glob("*.json")):
        if path.name.endswith(".ninjs.json"):
            continue
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), record_schema.schema())
