"""The spark-submit entry point: spark-submit needs a Python file, not a console script.

    spark-submit --master yarn [options] "$(python -m newsfuse.spark.submit --path)" \
        PATH... --out DIR [--partitions N]

takes the options of `newsfuse spark` (without --master: spark-submit's is used).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> None:
    if argv == ["--path"]:  # where this file is, for the spark-submit command line
        print(__file__)
        return
    from newsfuse.cli.app import app

    app(args=["spark", *argv], prog_name="newsfuse")


if __name__ == "__main__":
    # Run as a script, this file's folder heads sys.path, where its siblings (job.py,
    # files.py, ...) would shadow any top-level module of the same name.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry) != here]
    main(sys.argv[1:])
