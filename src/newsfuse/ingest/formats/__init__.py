"""Readers for exports that hold many articles in one file: WARC, RSS/Atom feeds and CSV.

Each reader yields RawDocs one at a time, so a file is never held whole in memory.
"""
