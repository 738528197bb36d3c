"""Small hand-written news articles for the clustering tests: two events of one kind each."""

from __future__ import annotations

import datetime as dt

from newsfuse.model import CleanDoc

QUAKE_CHILE = (
    "A magnitude 7.1 earthquake struck near Valparaiso in central Chile on Tuesday, the US "
    "Geological Survey said.\nBuildings swayed in Santiago and officials in Valparaiso "
    "reported 14 people injured.\nPresident Gabriel Boric urged residents of the Chilean coast "
    "to move to higher ground as a precaution.\nThe quake hit at a depth of 35 kilometres."
)
QUAKE_CHILE_2 = (
    "Chile counted the damage on Wednesday after a 7.1 earthquake shook Valparaiso.\nGabriel "
    "Boric visited the port of Valparaiso, where 14 people were hurt and two homes collapsed."
    "\nThe Geological Survey put the depth of the quake at 35 kilometres, and aftershocks "
    "rattled Santiago overnight."
)
QUAKE_JAPAN = (
    "A magnitude 6.4 earthquake struck off Hokkaido in northern Japan on Friday, the Japan "
    "Meteorological Agency said.\nBuildings swayed in Sapporo and officials in Kushiro "
    "reported 3 people injured.\nPrime Minister Fumio Kishida urged residents of the Hokkaido "
    "coast to move to higher ground as a precaution.\nThe quake hit at a depth of 60 kilometres."
)
QUAKE_JAPAN_2 = (
    "Japan counted the damage on Saturday after a 6.4 earthquake shook Hokkaido.\nFumio "
    "Kishida sent officials to Kushiro, where 3 people were hurt.\nThe Meteorological Agency "
    "put the depth of the quake at 60 kilometres, and aftershocks rattled Sapporo overnight."
)


def doc(
    id: str, text: str, published: dt.date | None = None, outlet: str | None = None
) -> CleanDoc:
    return CleanDoc(id=id, text=text, published=published, outlet=outlet)
