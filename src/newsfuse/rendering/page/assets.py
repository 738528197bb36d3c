"""The stylesheet and script every page shares, as shipped in the package."""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType

_TYPES = {
    "newsfuse.css": "text/css; charset=utf-8",
    "newsfuse.js": "text/javascript; charset=utf-8",
}
_FOLDER = files("newsfuse.rendering.page").joinpath("assets")

#: What the web app serves under /static/: name -> (content type, body).
ASSETS: Mapping[str, tuple[str, bytes]] = MappingProxyType(
    {name: (kind, _FOLDER.joinpath(name).read_bytes()) for name, kind in _TYPES.items()}
)


def asset_text(name: str) -> str:
    return ASSETS[name][1].decode("utf-8")


__all__ = ["ASSETS", "asset_text"]
