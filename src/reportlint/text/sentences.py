"""The sentences of a normalised text: the spans between its stops ``。!?;``.

A semicolon ends a sentence here: what a report tells under one year or of one carry-over (``2021年,公开信息94条;
2022年,…``) ends at it as at a full stop, so the readers of a sentence's year and of its carried figures
(``text/yearleads.py``, ``analysis/carried.py``) split there.  The sums of prose (``text/summarkers.SENTENCE_END``)
deliberately do not: a list of parts joined by semicolons (``其中予以公开10件;不予公开2件``) is still the sentence of
its total, and a semicolon is only a hard stop for reading a total back (``summarkers.HARD_STOP``).
"""

from __future__ import annotations

from collections.abc import Iterator

from .marks import stretch_end

__all__ = ["STOPS", "sentences"]

# NFKC has made ！？； ASCII in a normalised text; 。 it keeps
STOPS = "。!?;"


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` of each sentence of a normalised text: ``text[start:stop]`` is its words, ``text[stop]`` its
    stop (``stop == len(text)`` for a last sentence without one).  Two stops in a row leave an empty sentence
    between them; a text ending on its stop has no empty one after it."""
    start, length = 0, len(text)
    while start < length:
        stop = stretch_end(text, STOPS, start)
        yield start, stop
        start = stop + 1
