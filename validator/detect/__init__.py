"""Detection of provenance forms in an article's text: one module per family (translation, outlet, wire, residue)."""
