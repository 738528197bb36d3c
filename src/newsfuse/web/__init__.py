"""`newsfuse serve`: the HTTP API and the server-rendered web app over the store.

    from newsfuse.web import create_app
    app = create_app("news.db", data_dir=Path("uploads"))   # any ASGI server runs it

Layers: `newsfuse.rendering.page` (HTML from data) <- this package <- `newsfuse.cli.serve`.
"""

from newsfuse.web.app import create_app
from newsfuse.web.limits import WebLimits

__all__ = ["WebLimits", "create_app"]
