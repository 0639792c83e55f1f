"""Detectors of provenance forms (wire copy, credits, translation, page residue) used by facts and checks."""
