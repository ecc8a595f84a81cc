"""The CPU slowdown ./dev audit gives Lighthouse on mobile (harness.audit.cpu_slowdown): the
formula of Lighthouse's calculator, never above Lighthouse's default 4x."""

import pytest

from harness.audit import cpu_slowdown


@pytest.mark.parametrize(
    ("benchmark_index", "multiplier"),
    [
        (150, 1.0),  # the calculator's lower end
        (800, 2.0),
        (1050, 2.5),
        (1300, 3.0),
        (1533, 4.0),  # the host Lighthouse's default assumes
        (2000, 4.0),  # a faster host: the calculator says 6x, the default 4x stands
    ],
)
def test_slowdown_follows_lighthouses_calculator(benchmark_index, multiplier):
    assert cpu_slowdown(benchmark_index) == pytest.approx(multiplier, abs=0.01)


def test_a_host_too_slow_to_emulate_a_phone_is_an_error():
    with pytest.raises(RuntimeError, match="benchmarkIndex is 120: too slow"):
        cpu_slowdown(120)
