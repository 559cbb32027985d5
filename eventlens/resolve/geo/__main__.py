"""``python -m eventlens.resolve.geo build-index`` (setup) and ``... build --geonames ...``."""

from .commands import gazetteer_app

if __name__ == "__main__":
    gazetteer_app(prog_name="python -m eventlens.resolve.geo")
