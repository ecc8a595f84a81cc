"""The lock chapter's fix for deadlock (one global lock order) must hold under load.

Without the fix, two threads transferring in opposite directions got stuck in 5 of 5 runs
at this size. The threads are daemons, so a deadlock fails this test instead of hanging
the test process at exit.
"""

import importlib.util
import threading
import time
from pathlib import Path

from harness import reuse
from harness.paths import ROOT

NAME = "09_deadlock_fixed.py"
TRANSFERS = 300_000
DEADLINE = 20  # seconds; the fixed version needs well under one


def load():
    path = ROOT / "snippets" / "lock" / NAME
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def transfer_both_ways() -> dict:
    """Two threads transferring in opposite directions; who is stuck and the balances."""
    fixed = load()
    alice = fixed.Account("alice", 100)
    bob = fixed.Account("bob", 100)
    threads = [
        threading.Thread(
            target=fixed.repeat_transfers, args=(alice, bob, TRANSFERS), daemon=True
        ),
        threading.Thread(
            target=fixed.repeat_transfers, args=(bob, alice, TRANSFERS), daemon=True
        ),
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + DEADLINE
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    stuck = [thread.name for thread in threads if thread.is_alive()]
    return {"stuck": stuck, "balances": [alice.balance, bob.balance]}


def test_lock_order_prevents_deadlock_under_load():
    done = reuse.remembered(
        transfer_both_ways, NAME, [Path(__file__), ROOT / "snippets" / "lock" / NAME]
    )
    stuck, balances = done["stuck"], done["balances"]
    assert not stuck, (
        f"snippets/lock/{NAME}: {stuck} still running after {DEADLINE} s of opposite transfers "
        f"({TRANSFERS} each): the locks are not taken in one global order (deadlock)"
    )
    assert balances == [100, 100], (
        f"snippets/lock/{NAME}: balances {balances} after equal opposite transfers"
    )
