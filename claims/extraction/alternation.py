"""Regex alternations of many literal words, written as a prefix tree so that re tries few branches."""

from __future__ import annotations

import re


def one_of(words) -> str:
    """A regex matching any of `words`, the longest first, as a flat "|" of them sorted by length would.

    The flat form makes the regex engine try every word at every position of the text; the tree
    shares prefixes ("déclar(?:ait|e|é…)"), so a position that starts no word fails at once. Among the
    words that match at one position, all are prefixes of the longest, and the tree tries the longer
    continuation before ending a word, so the same word is chosen.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    longer = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not longer:
        return ""
    body = longer[0] if len(longer) == 1 else f"(?:{'|'.join(longer)})"
    return f"(?:{body})?" if "" in node else body
