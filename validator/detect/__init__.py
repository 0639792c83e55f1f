"""Detection of provenance forms in an article's text (one module per family of forms)."""
