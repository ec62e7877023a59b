"""The extractor's version, apart from the extractor so that checking it imports nothing heavy."""

EXTRACTOR_VERSION = 88
"""Bump when extraction changes, or when ingest's cleaning or sentence splitting changes
(cached drafts are keyed by the source's bytes, which those changes leave alone)."""
