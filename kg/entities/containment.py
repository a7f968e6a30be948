"""Which Iranian province a city lies in, from GeoNames' first-level codes.

GeoNames gives each city the code (admin1) of its province; kg/data/gazetteer/iran_province_centres.tsv
ties each province to its centre, whose code is the province's.  GeoNames' codes predate some splits
(Alborz from Tehran, the three Khorasans), so a code is used to *confirm* what a sentence says
(«دامغان هم در استان سمنان ...»), never to contradict it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "iran_province_centres.tsv"


@lru_cache(maxsize=1)
def _province_by_code() -> dict[str, str]:
    """GeoNames admin1 code → province key, through each province's centre."""
    from .soundalike import cities_by_id

    cities = cities_by_id()
    out: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            slug, centre, *_ = line.split("\t")
            city = cities.get(centre)
            if city is not None and city["countrycode"] == "IR":
                out[city["admin1code"]] = f"province/{slug}"
    return out


def iranian_province_of(city_key: str) -> str | None:
    """The province key of an Iranian city (``geonames/<id>``) by GeoNames' code, or None when unknown."""
    from .soundalike import cities_by_id

    city = cities_by_id().get(city_key.removeprefix("geonames/")) if city_key.startswith("geonames/") else None
    if city is None or city["countrycode"] != "IR":
        return None
    return _province_by_code().get(city["admin1code"])
