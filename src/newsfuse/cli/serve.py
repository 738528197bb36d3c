"""`newsfuse serve`: the web app and HTTP API over a store, on localhost unless told otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsfuse.cli.ingest import DbUrl
from newsfuse.cli.options import AllowNetwork, AllowPrivate, Debug, MaxBytes

if TYPE_CHECKING:
    import uvicorn

    from newsfuse.settings import Settings

_WEB_EXTRA = "pip install 'newsfuse[web]'"

Host = Annotated[
    str,
    typer.Option(
        "--host", help="Address to listen on; 127.0.0.1 keeps the server to this machine."
    ),
]
Port = Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")]
DataDir = Annotated[
    Path,
    typer.Option(
        "--data-dir",
        file_okay=False,
        help="Folder for the server's own files (uploads while they are read, the briefs of "
        "brief jobs); nothing is written outside it or the database.",
    ),
]
NoModel = Annotated[
    bool, typer.Option("--no-model", help="Do not use the spaCy model even if installed.")
]


def serve(
    db: DbUrl = "newsfuse.db",
    host: Host = "127.0.0.1",
    port: Port = 8000,
    data_dir: DataDir = Path(".newsfuse/data"),
    allow_network: AllowNetwork = False,
    allow_private_addresses: AllowPrivate = False,
    max_bytes: MaxBytes = None,
    no_model: NoModel = False,
    debug: Debug = False,
) -> None:
    """Serve the web app and the HTTP API (docs at /docs) over a store until interrupted."""
    from newsfuse.cli.common import guarded, settings_from

    def work() -> None:
        settings = settings_from(
            max_bytes,
            use_model=False if no_model else None,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        run_server(server_config(db, data_dir, settings, host, port))

    guarded(debug, work)


def server_config(
    db: str, data_dir: Path, settings: Settings, host: str, port: int
) -> uvicorn.Config:
    """The uvicorn configuration `serve` runs: the app over `db`, on `host`:`port`."""
    from newsfuse.errors import ConfigError

    try:
        import uvicorn

        from newsfuse.web import create_app
        from newsfuse.web.security import LOOPBACK_NAMES
    except ImportError:
        raise ConfigError(f"newsfuse serve needs the web extra: {_WEB_EXTRA}") from None
    # On a loopback address only requests named for it are answered (no DNS rebinding).
    hosts = LOOPBACK_NAMES if host in LOOPBACK_NAMES else None
    app = create_app(db, data_dir=data_dir, settings=settings, hosts=hosts)
    # One process: the jobs' worker pool lives in it. Proxy headers are not trusted.
    return uvicorn.Config(
        app, host=host, port=port, proxy_headers=False, server_header=False, log_level="info"
    )


def run_server(config: uvicorn.Config) -> None:
    import uvicorn

    from newsfuse.cli.output import print_info

    print_info(f"serving http://{config.host}:{config.port}/ (Ctrl-C stops)")
    uvicorn.Server(config).run()
