"""What a seed decides for one run of an attempt: the same seed gives the same conditions, so
``./dev check FILE --seed N`` reproduces a failing run's conditions (thread scheduling itself
stays the operating system's)."""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field

SWITCH_INTERVALS = (0.005, 1e-4, 1e-6)  # CPython's default, then ever more switching
START_METHODS = ("spawn", "forkserver")


@dataclass
class Conditions:
    seed: int
    switch_interval: float = 0.005
    delay_probability: float = (
        0.0  # chance of a short sleep at each line of the reader's file
    )
    delay_seconds: float = 0.0
    stretch: dict = field(default_factory=dict)  # function name -> factor on its sleeps
    start_method: str = ""  # "" keeps the platform's default

    def describe(self, lang: str = "en") -> str:
        zh = lang == "zh"
        parts = []
        if self.seed == 0:
            parts.append("默认条件" if zh else "a plain run")
        if self.switch_interval != 0.005:
            parts.append(
                ("线程切换间隔 {:g} 秒" if zh else "switch interval {:g} s").format(
                    self.switch_interval
                )
            )
        if self.delay_probability:
            ms, share = self.delay_seconds * 1000, self.delay_probability
            parts.append(
                f"{share:.0%} 的代码行暂停 {ms:g} 毫秒"
                if zh
                else f"a {ms:g} ms pause at {share:.0%} of lines"
            )
        for name, factor in self.stretch.items():
            if name == MAIN:
                parts.append(
                    f"主程序自己的等待 ×{factor:g}"
                    if zh
                    else f"the main block's own waits ×{factor:g}"
                )
                continue
            parts.append(
                f"{name}() 的等待 ×{factor:g}"
                if zh
                else f"{name}()'s waits ×{factor:g}"
            )
        if self.start_method:
            parts.append(
                ("启动方法 {}" if zh else "start method {}").format(self.start_method)
            )
        return ("，" if zh else ", ").join(parts)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Conditions:
        return cls(**json.loads(text))


MAIN = "<module>"  # the code name of the file's top level: its main block's own sleeps


def for_seed(
    seed: int,
    stretch: dict,
    start_methods: bool,
    methods=START_METHODS,
    main_sleeps: float | None = None,
) -> Conditions:
    """Seed 0 is a plain run; every other seed shakes. ``stretch`` maps a function name to the
    (lowest, highest) factor its sleeps get; seeds 1 and 2 take the two ends. ``methods``: the
    start methods this OS has, of ``START_METHODS`` (Windows: spawn only). ``main_sleeps``: the
    factor on the sleeps of the main block itself, at every seed (a fixed wait in place of
    ``join()`` then comes too early, whatever it is)."""
    methods = tuple(methods) or START_METHODS[:1]
    always = {MAIN: main_sleeps} if main_sleeps else {}
    if seed == 0:
        method = methods[0] if start_methods else ""
        return Conditions(0, stretch=dict(always), start_method=method)
    rng = random.Random(seed)
    factors = dict(always)
    for name, (low, high) in sorted(stretch.items()):
        if seed == 1:
            factors[name] = high
        elif seed == 2:
            factors[name] = low
        else:
            factors[name] = round(rng.uniform(low, high), 2)
    return Conditions(
        seed,
        switch_interval=SWITCH_INTERVALS[seed % len(SWITCH_INTERVALS)],
        delay_probability=rng.choice((0.02, 0.05, 0.1)),
        delay_seconds=rng.choice((0.0005, 0.001, 0.002)),
        stretch=factors,
        start_method=methods[seed % len(methods)] if start_methods else "",
    )
