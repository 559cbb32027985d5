"""Distances and mean points on the globe, shared by the gazetteer, assembly, deduplication and evaluation."""

from __future__ import annotations

import math

from eventlens.schema import Location

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def mean_point(lats, lons) -> tuple[float, float]:
    """The middle of some points: their mean direction on the sphere (a plain mean of degrees
    breaks across the antimeridian)."""
    x = y = z = 0.0
    for la, lo in zip(lats, lons):
        la, lo = math.radians(la), math.radians(lo)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def location_km(a: Location | None, b: Location | None) -> float | None:
    """Distance between two locations in km, or None when either lacks coordinates."""
    if a is None or b is None or None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
