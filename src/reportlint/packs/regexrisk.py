"""Which pattern shapes make Python's backtracking ``re`` run for ever, found in the tree of
``regexparse.py``.  A pack regex is matched against every heading and paragraph of every report;
``re`` cannot be interrupted, so a pattern with one of these shapes is refused when the pack is
loaded:

1. A repeat of something that can match in more than one way: a repeat inside a repeat
   (``(a+)+``, ``(\\d*)*``, ``(?:a?){28}``: the ways to split a run multiply, 2^n), unless every
   iteration is decided by its first character (``(?:报告|年度报告)+``).
2. A repeat over alternatives that can match the same text (``(a|ab)*``, ``(a|a)*``); alternatives
   told apart by a character at the same place (``(ab|ac)*``, ``(?:报告|年度)+``) are fine.
3. A chain of repeats that can each take the same characters, one after the other
   (``a*a*a*a*a*a*b``, ``.*x.*y``, ``a?a?a?…a{28}``): a failing match tries every way of sharing a
   run between them, the product of their sizes.  An unbounded repeat counts LONG_RUN (a long
   paragraph), ``{0,12}`` counts 13, ``?`` counts 2; a chain may cost at most BUDGET, so one
   unbounded repeat next to a bounded class of up to 100 is fine, two unbounded ones are not.

Whether two character sets overlap is tested on characters that belong to one of them (taken from
the pattern) and a fixed set of ordinary and unusual ones.
"""

from __future__ import annotations

from functools import lru_cache

from .regexparse import DOTALL, Alt, Backref, Char, Empty, Group, Node, Repeat, Seq

LONG_RUN = 10_000  # what an unbounded repeat may have to try: a long paragraph
BUDGET = 1_000_000  # the most ways a chain of repeats may share a run

_POOL = frozenset("aAzZ09_ \t\n\r.-,，。、;；:：（）()%/\\一二十年月日件申请报告政府é\u3000\u00a0٣\x00\x7f\uffff\U0001F600")
_ANY = Char(dot=True, flags=DOTALL)  # what a back-reference may consume

NESTED = "含有嵌套量词（重复里又有重复，例如 (a+)+）"
BRANCHES = "在重复的分组中使用了可以匹配相同文字的 | 分支（例如 (a|ab)*）"
ADJACENT = "含有相邻、可以匹配相同字符的重复（例如 a*a*b 或 .*x.*y）"


def risk(tree: Node) -> str | None:
    """The first risky shape of the tree, as a short Chinese reason, or None."""
    for node in _walk(tree):
        if type(node) is Repeat and (node.hi is None or node.hi > 1):
            if any(type(n) is Alt and not _exclusive(n.branches) for n in _walk(node.body)):
                return BRANCHES
            lo, hi = _length(node.body)
            if lo != hi and not _decided(node, ()):
                return NESTED
        if type(node) is Seq and _chain_cost(_flatten(node.items)) > BUDGET:
            return ADJACENT
    if not isinstance(tree, Seq) and _chain_cost(_flatten([tree])) > BUDGET:
        return ADJACENT
    return None


def _walk(node: Node):
    """Every node of the tree but single characters, parents before children."""
    todo = [node]
    while todo:
        current = todo.pop()
        yield current
        kind = type(current)
        if kind is Seq:
            todo.extend(item for item in reversed(current.items) if type(item) is not Char)
        elif kind is Alt:
            todo.extend(branch for branch in reversed(current.branches) if type(branch) is not Char)
        elif (kind is Repeat or kind is Group) and type(current.body) is not Char:
            todo.append(current.body)


# -- lengths and characters --------------------------------------------------------------------

@lru_cache(maxsize=8192)
def _length(node: Node) -> tuple[int, int | None]:
    """(shortest, longest) text the node matches; longest None: unbounded."""
    if isinstance(node, Char):
        return 1, 1
    if isinstance(node, Empty):
        return 0, 0
    if isinstance(node, Backref):
        return 0, None
    if isinstance(node, Group):
        return (0, 0) if node.kind == "lookaround" else _length(node.body)
    if isinstance(node, Seq):
        lo, hi = 0, 0
        for item in node.items:
            a, b = _length(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if isinstance(node, Alt):
        ranges = [_length(b) for b in node.branches]
        longest = [b for _, b in ranges]
        return min(a for a, _ in ranges), None if None in longest else max(longest)  # type: ignore[type-var]
    assert isinstance(node, Repeat)
    a, b = _length(node.body)
    if b == 0:
        return 0, 0
    return a * node.lo, None if node.hi is None or b is None else b * node.hi


@lru_cache(maxsize=8192)
def _chars(node: Node) -> tuple[Char, ...]:
    """The characters the node can consume (each kind of set once)."""
    kind = type(node)
    if kind is Char:
        return (node,)
    if kind is Backref:
        return (_ANY,)
    if kind is Empty or (kind is Group and node.kind == "lookaround"):
        return ()
    if kind is Repeat or kind is Group:
        return _chars(node.body)
    parts = node.items if kind is Seq else node.branches
    return tuple({c.key: c for part in parts for c in _chars(part)}.values())


@lru_cache(maxsize=8192)
def _begin(node: Node) -> tuple[Char, ...]:
    """The characters a non-empty match of the node can begin with."""
    if isinstance(node, Char):
        return (node,)
    if isinstance(node, Backref):
        return (_ANY,)
    if isinstance(node, Empty) or (isinstance(node, Group) and node.kind == "lookaround"):
        return ()
    if isinstance(node, Group):
        return _begin(node.body)
    if isinstance(node, Alt):
        return tuple(c for b in node.branches for c in _begin(b))
    if isinstance(node, Repeat):
        return _begin(node.body) if node.hi != 0 else ()
    out: tuple[Char, ...] = ()
    for item in node.items:  # a Seq: up to its first item that cannot be empty
        out += _begin(item)
        if _length(item)[0] > 0:
            break
    return out


@lru_cache(maxsize=8192)
def _end(node: Node) -> tuple[Char, ...]:
    """The characters a non-empty match of the node can end with."""
    if isinstance(node, Seq):
        out: tuple[Char, ...] = ()
        for item in reversed(node.items):
            out += _end(item)
            if _length(item)[0] > 0:
                break
        return out
    if isinstance(node, Group) and node.kind != "lookaround":
        return _end(node.body)
    if isinstance(node, Alt):
        return tuple(c for b in node.branches for c in _end(b))
    if isinstance(node, Repeat):
        return _end(node.body) if node.hi != 0 else ()
    return _begin(node)


def _overlap(a: tuple[Char, ...], b: tuple[Char, ...]) -> bool:
    """Whether some character belongs to one of ``a`` and to one of ``b``."""
    return any(_pair_overlaps(x, y) for x in {c.key: c for c in a}.values() for y in {c.key: c for c in b}.values())


_known: dict[tuple, bool] = {}  # (key, key) -> overlap: the same sets meet again and again
_in_pool: dict[tuple, frozenset[str]] = {}  # key -> the characters of _POOL in the set


def _pair_overlaps(x: Char, y: Char) -> bool:
    if x.literal is not None and y.literal is not None:
        return x.literal == y.literal
    if x.literal is not None:
        return x.literal in y
    if y.literal is not None:
        return y.literal in x
    pair = (x.key, y.key)
    found = _known.get(pair)
    if found is None:
        if len(_known) > 4096:
            _known.clear()
            _in_pool.clear()
        found = any(c in x and c in y for c in x.samples | y.samples) or bool(_pool_members(x) & _pool_members(y))
        _known[pair] = found
    return found


def _pool_members(char: Char) -> frozenset[str]:
    members = _in_pool.get(char.key)
    if members is None:
        members = _in_pool[char.key] = frozenset(c for c in _POOL if c in char)
    return members


# -- shape 1 and 2: what one iteration of a repeat can do ------------------------------------------

def _exclusive(branches: list[Node]) -> bool:
    """No two alternatives can match the same text: each pair differs at some place before which
    both have single characters that can be the same."""
    prefixes = [_fixed_prefix(b) for b in branches]
    for i in range(len(prefixes)):
        for j in range(i + 1, len(prefixes)):
            if not _told_apart(prefixes[i], prefixes[j]):
                return False
    return True


def _fixed_prefix(node: Node) -> list[Char]:
    """The single characters a node starts with, in order, up to the first thing that is not one."""
    out: list[Char] = []
    for item in _opened(node):
        if isinstance(item, Empty) or (isinstance(item, Group) and item.kind == "lookaround"):
            continue  # consumes nothing
        if isinstance(item, Char):
            out.append(item)
        elif isinstance(item, Repeat) and item.lo == item.hi and isinstance(item.body, Char):
            out.extend([item.body] * min(item.lo, 8))
            if item.lo > 8:
                break
        else:
            break
    return out


def _opened(node: Node):
    """The items of a node in order, plain groups around a sequence or one item opened up."""
    if isinstance(node, Group) and node.kind == "group" and not isinstance(node.body, Alt):
        yield from _opened(node.body)
    elif isinstance(node, Seq):
        for item in node.items:
            yield from _opened(item)
    else:
        yield node


def _told_apart(a: list[Char], b: list[Char]) -> bool:
    """Some place of the two prefixes holds characters that cannot be the same."""
    return any(not _overlap((x,), (y,)) for x, y in zip(a, b, strict=False))


def _decided(node: Node, follow: tuple[Char, ...]) -> bool:
    """Whether matching the node, then something that begins with ``follow``, is decided at every
    step by the next character (so that a repeat of it splits a text in one way only): where an
    item may stop or go on, or an alternative be taken, the characters of each choice differ."""
    if isinstance(node, Char | Empty):
        return True
    if isinstance(node, Backref):
        return False
    if isinstance(node, Group):
        return node.kind in ("lookaround", "atomic") or _decided(node.body, follow)  # atomic: never gives back
    if isinstance(node, Seq):
        for item in reversed(node.items):
            if not _decided(item, follow):
                return False
            follow = _begin(item) + (follow if _length(item)[0] == 0 else ())
        return True
    if isinstance(node, Alt):
        starts = [_begin(b) + (follow if _length(b)[0] == 0 else ()) for b in node.branches]
        if any(_overlap(starts[i], starts[j]) for i in range(len(starts)) for j in range(i + 1, len(starts))):
            return False
        return all(_decided(b, follow) for b in node.branches)
    assert isinstance(node, Repeat)
    if node.possessive:
        return True
    again = _begin(node.body) + follow
    if node.lo != node.hi and (_length(node.body)[0] == 0 or _overlap(_begin(node.body), follow)):
        return False  # whether to go on or stop is not decided by the next character
    return _decided(node.body, again)


# -- shape 3: repeats side by side ---------------------------------------------------------------

def _flatten(items: list[Node]) -> list[Node]:
    """The items of a sequence with plain groups opened up (the repeats inside stand next to their
    neighbours'), zero-width items left out."""
    out: list[Node] = []
    for item in items:
        if isinstance(item, Group) and item.kind == "group" and not isinstance(item.body, Alt):
            out += _flatten(item.body.items if isinstance(item.body, Seq) else [item.body])
        elif not (isinstance(item, Empty) or (isinstance(item, Group) and item.kind == "lookaround")):
            out.append(item)
    return out


@lru_cache(maxsize=8192)
def _ways(item: Node) -> int:
    """How many ways an item can take a run of characters (1: one way, it is of fixed length)."""
    if isinstance(item, Char):
        return 1
    lo, hi = _length(item)
    if lo == hi or (isinstance(item, Repeat) and item.possessive) or (isinstance(item, Group) and item.kind == "atomic"):
        return 1  # of fixed length, or never gives back what it took
    if isinstance(item, Repeat) and _length(item.body)[0] == _length(item.body)[1]:
        return LONG_RUN if item.hi is None else item.hi - item.lo + 1
    return LONG_RUN if hi is None else hi - lo + 1


def _chain_cost(items: list[Node]) -> int:
    """The most ways a chain of items can share one run: two items chain when the left one can end
    with a character the right one can begin with, and everything between them can be empty or
    taken by the right one (so that a run can be split between them in more than one place)."""
    ways = [_ways(item) for item in items]
    if sum(w > 1 for w in ways) < 2:
        return max(ways, default=1)
    cost = list(ways)
    for j, right in enumerate(items):
        if ways[j] == 1:
            continue
        for i in range(j - 1, -1, -1):
            left = items[i]
            if ways[i] > 1 and _overlap(_end(left), _begin(right)):
                cost[j] = max(cost[j], ways[j] * cost[i])
            if not (_length(left)[0] == 0 or _overlap(_chars(left), _chars(right))):
                break  # this one stands between the right item and everything further left
    return max(cost)
