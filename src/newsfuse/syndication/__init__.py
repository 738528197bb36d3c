"""Syndication: reports that copy one wire story, how much they share, and groups of copies."""

from newsfuse.syndication.detect import MIN_SHARED, find_syndication
from newsfuse.syndication.overlap import text_overlap

__all__ = ["MIN_SHARED", "find_syndication", "text_overlap"]
