"""provcheck's own JSON schema for an article record: the documented, canonical form.

:class:`ArticleRecord` (with :class:`ImageRecord`) is what ``docs/article-format.md``
shows as a JSON Schema; ``python -m validator.readers.json.schema`` prints it (a test
keeps the page's copy in step).  The reader itself (:mod:`validator.readers.json.own`)
reads records as the Markdown front matter is read, so it accepts the aliases too.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from validator.article import Source


class ImageRecord(BaseModel):
    """An image of the article."""

    model_config = ConfigDict(extra="forbid")
    src: str | None = Field(None, description="URL or path relative to the JSON file")
    alt: str | None = None
    caption: str | None = None
    credit: str | None = Field(None, description="the credit line as published, e.g. 'Photo: Jane Doe/Agency'")
    position: Literal["lead", "inline"] | None = Field(
        None, description="lead (under the headline) or inline; by default taken from where the body shows it, "
                          "else lead for the first image")


class ArticleRecord(BaseModel):
    """One article in provcheck's own JSON schema (a ``.json`` file, or one line of a ``.jsonl`` batch).

    Fields are those of the Markdown front matter, plus the text: ``body``
    (Markdown or plain text, paragraphs separated by blank lines) or
    ``body_html``.  This model is the documented, canonical form (its JSON
    Schema is in docs/article-format.md); the reader accepts the front matter's
    aliases too and turns a wrong value into a note rather than an error.
    """

    model_config = ConfigDict(extra="allow")
    id: str | None = Field(None, description="the record's own id (kept in meta; findings use path#N)")
    title: str | None = None
    standfirst: str | None = Field(None, description="the lede under the headline")
    lang: str | None = Field(
        None, description="BCP 47 language of the article; 'en-t-ar' = English translated from Arabic")
    outlet: str | None = Field(None, description="the publishing outlet")
    authors: list[str] = Field(default_factory=list, description="a list, or one string")
    source: Source | None = Field(None, description="the original work of a translation or republication")
    translator: str | None = None
    translated: bool | None = None
    wire: list[str] = Field(default_factory=list, description="wire agencies the story comes from")
    images: list[ImageRecord] = Field(default_factory=list)
    body: str | None = Field(None, description="Markdown or plain text; paragraphs separated by blank lines")
    body_html: str | None = Field(None, description="the body as HTML (used when body is absent)")
    footer: str | None = Field(None, description="closing note, e.g. the translator's disclaimer")

    @field_validator("authors", "wire", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value



def schema() -> dict[str, Any]:
    """The JSON Schema of one article record in our own format."""
    return ArticleRecord.model_json_schema()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        print("usage: python -m validator.readers.json.schema", file=sys.stderr)
        return 2
    print(json.dumps(schema(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
