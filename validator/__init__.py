"""provcheck: check news articles for the provenance they must carry before publication."""

__version__ = "0.1.0"
