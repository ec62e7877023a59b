"""Fitting a brief to its profile's `max_pages`: the search for the largest word budget whose
PDF fits, and the cache that remembers it. No rendering here: the caller renders an attempt at
a budget (the same brief in every format, so every format carries the fitting brief).

    fit(config, key, profile, attempt) -> the first attempt that fits, or the largest
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from briefgen.errors import RenderError
from briefgen.models import AudienceProfile
from briefgen.workspace import Config, atomic_write, read_cache

PAGE_FIT_TRIES = 10
MIN_FIT_WORDS = 30
CACHE_FILE = "page-fit.json"

T = TypeVar("T")


@dataclass(frozen=True)
class Attempt(Generic[T]):
    """A brief rendered at one word budget."""

    result: T
    """What the caller made (its outputs and brief)."""
    pages: int
    """Pages of its PDF."""
    words: int
    """Words it used."""


Render = Callable[[int | None], Attempt[T]]
"""Renders the brief at a word budget (None: the profile's own budget)."""


def fit(config: Config, key: str, profile: AudienceProfile, attempt: Render[T]) -> T:
    """The result of the first attempt that fits in profile.max_pages: the budget that fitted
    last time for this *key* first (an unchanged rebuild lays out once), then the profile's own
    budget, then a first cut in proportion to the overflow and a bisection to within 10% of
    the largest budget that fits."""
    max_pages = profile.max_pages
    remembered = read_cache(config, CACHE_FILE).get(key)
    if isinstance(remembered, int):
        tried = attempt(remembered)
        if tried.pages <= max_pages:
            return tried.result
    tried = attempt(None)
    if tried.pages <= max_pages:
        return tried.result
    best: Attempt[T] | None = None
    fits, too_long = 0, tried.words
    budget = max(MIN_FIT_WORDS, int(tried.words * min(0.92, max_pages / tried.pages + 0.05)))
    for _ in range(PAGE_FIT_TRIES):
        tried = attempt(budget)
        if tried.pages <= max_pages:
            best, fits = tried, tried.words
        else:
            too_long = min(too_long, tried.words)
        if best is None:
            if budget <= MIN_FIT_WORDS:
                break
            budget = max(MIN_FIT_WORDS, int(budget * 0.8))
        elif too_long - fits <= max(8, too_long // 10):  # within 10%: good enough
            break
        else:
            budget = (fits + too_long) // 2
    if best is None:
        raise RenderError(f"the {profile.name} brief does not fit in {max_pages} pages even with few notes; "
                          "raise max_pages in its profile")
    _remember(config, key, fits)
    return best.result


def fit_key(config: Config, markdown: str, profile: AudienceProfile, standard: str, stylesheet: str) -> str:
    """What decides whether a brief fits: its full-budget text, the print *stylesheet* (with the
    page size and margins), PDF flavour, the contents-list setting and profile."""
    payload = json.dumps([markdown, stylesheet, config.page_size, config.style.toc,
                          standard, profile.as_dict()], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def _remember(config: Config, key: str, words: int) -> None:
    data = read_cache(config, CACHE_FILE)
    data[key] = words
    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(config.cache_dir / CACHE_FILE, json.dumps(dict(sorted(data.items())[-200:])))
    except OSError:
        pass  # a cache only
