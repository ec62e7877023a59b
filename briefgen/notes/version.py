"""The extractor's version, apart from the extractor so that checking it imports nothing heavy."""

EXTRACTOR_VERSION = 10
"""Bump when extraction changes, so cached drafts are rebuilt."""
