"""Geography stage: gazetteer, toponym recognition and resolution, event geolocation."""

from .build import build_full_gazetteer, build_packaged_index
from .gazetteer import Gazetteer, Place, Toponym, build_index, default_index_path
from .locate import LocatedEvent, locate_event, offset_point

__all__ = [
    "Gazetteer",
    "LocatedEvent",
    "Place",
    "Toponym",
    "build_full_gazetteer",
    "build_index",
    "build_packaged_index",
    "default_index_path",
    "locate_event",
    "offset_point",
]
