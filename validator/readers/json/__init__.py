"""JSON and JSONL: the reader (``reader.py``) and its helpers.

``positions.py`` decodes JSON recording where each value stands; ``record.py``
wraps a decoded record with those positions; ``own.py`` maps a record of our own
schema (documented by ``schema.py``) to an Article, ``ninjs.py`` an IPTC ninjs
record; ``body.py`` reads the text bodies both carry (Markdown/plain, or HTML
through :func:`validator.readers.html.extract.fragment`).
"""
