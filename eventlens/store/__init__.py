"""Event store: SQLite by default, PostgreSQL for shared deployments.

    from eventlens.store import Store
    store = Store.open("sqlite:///eventlens.db")   # migrates to the newest schema
    store.add_article(article, events)              # one transaction; dedups incrementally
    for ev in store.query(country="Iraq", since="2024-01-01"):
        ...
"""

from ..ingest.hashing import article_hash
from .store import DEFAULT_URL, Store, StoreError, normalize_url

__all__ = ["DEFAULT_URL", "Store", "StoreError", "article_hash", "normalize_url"]
