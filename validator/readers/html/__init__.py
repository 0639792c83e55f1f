"""HTML pages: the reader (``reader.py``) and its helpers.

``tree.py`` parses any markup into elements with positions (the node classes
in ``nodes.py``); ``blocktext.py`` turns
text nodes into a block's text and segments; ``page.py`` finds the article region
and says what an element is by tag and class; ``extract.py`` walks the region into
blocks and links, with ``pictures.py`` gathering images, captions and credits and
``figures.py`` telling article images from template images; ``region.py`` records
what lay outside the region and adds images only the metadata declares;
``jsonld.py`` reads JSON-LD.  The JSON reader uses ``extract.fragment`` for a
record's ``body_html``.
"""
