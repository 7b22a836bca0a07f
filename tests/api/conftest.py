import pytest
from django.core.cache import cache

from tests.world import world  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    """Throttle history lives in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()
