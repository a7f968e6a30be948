"""Iranian cities in their provinces, by GeoNames' first-level codes."""
from __future__ import annotations

from kg.entities.containment import iranian_province_of


def test_cities_lie_in_their_provinces_after_the_splits():
    assert iranian_province_of("geonames/128747") == "province/alborz"          # Karaj, not Tehran
    assert iranian_province_of("geonames/135298") == "province/north-khorasan"  # Esfarayen
    assert iranian_province_of("geonames/138025") == "province/semnan"          # Damghan


def test_no_province_for_a_city_abroad_or_a_node_of_kg_s_own():
    assert iranian_province_of("geonames/1804651") is None      # Kunming
    assert iranian_province_of("city/khykhwn-bac7c8") is None
