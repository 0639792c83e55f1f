"""The rule packs shipped with provcheck (YAML files; this folder installs as ``validator.rules``)."""
