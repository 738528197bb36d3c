"""Read reports from folders, files, globs, stdin and (opt-in) URLs into `RawDoc`s.

Decoding is careful (byte-order marks, declared charsets, then detection), size is capped while
streaming (gzip included), and every refused input becomes a `Notice` naming it and the reason.
"""

from newsfuse.ingest.fetch import Fetched, Fetcher, Resolver
from newsfuse.ingest.inputs import Input, read_inputs
from newsfuse.ingest.load import load_inputs

__all__ = ["Fetched", "Fetcher", "Input", "Resolver", "load_inputs", "read_inputs"]
