"""docs/article-format.md carries the JSON Schema of our article record; it must not go stale."""

from __future__ import annotations

import json
import re
from pathlib import Path

from validator.readers import jsonl

DOC = Path(__file__).resolve().parent.parent / "docs" / "article-format.md"
BLOCK = re.compile(
    r"<!-- BEGIN article-record-schema -->\n```json\n(?P<schema>.*?)\n```\n<!-- END article-record-schema -->", re.S
)


def test_schema_in_doc_is_current():
    m = BLOCK.search(DOC.read_text(encoding="utf-8"))
    assert m, "docs/article-format.md lost its article-record-schema markers"
    expected = json.dumps(jsonl.schema(), indent=2, ensure_ascii=False)
    assert m["schema"] == expected, (
        "docs/article-format.md has a stale JSON Schema: replace the block between the markers with the "
        "output of `python -m validator.readers.jsonl --schema`"
    )


def test_schema_command_prints_it(capsys):
    assert jsonl.main(["--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == jsonl.schema()
    assert jsonl.main(["--bogus"]) == 2


def test_schema_validates_the_parity_records():
    jsonschema = __import__("jsonschema")
    for path in sorted((DOC.parent.parent / "tests" / "fixtures" / "parity").glob("*.json")):
        if path.name.endswith(".ninjs.json"):
            continue
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), jsonl.schema())
