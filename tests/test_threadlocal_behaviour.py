"""ThreadLocal chapter: what its examples prove, checked beyond the single run a page shows."""

import importlib.util
import threading
import types

from harness.paths import ROOT

LOCAL_SCHOOL = "snippets/threadlocal/01_local_school.py"
DICT_KEYED = "snippets/threadlocal/04_dict_keyed_by_thread.py"


def load(path):
    """Import a snippet as a module (its work under __main__ does not run)."""
    spec = importlib.util.spec_from_file_location(
        f"snippet_{abs(hash(path))}", ROOT / path
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_both(module):
    threads = [
        threading.Thread(target=module.process_thread, args=(name,), name=thread_name)
        for name, thread_name in (("Alice", "Thread-A"), ("Bob", "Thread-B"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert not any(thread.is_alive() for thread in threads), (
        f"{LOCAL_SCHOOL}: threads hung"
    )
    return sorted(module.greetings)


def test_local_school_threads_really_overlap():
    """With an ordinary object in place of threading.local(), the two threads of the example
    must overwrite each other: otherwise the page's output would prove nothing about
    threading.local (two threads running one after the other also print their own names)."""
    for _ in range(20):
        module = load(LOCAL_SCHOOL)
        assert run_both(module) == [
            "Hello, Alice (in Thread-A)",
            "Hello, Bob (in Thread-B)",
        ]
        module = load(LOCAL_SCHOOL)
        module.local_school = types.SimpleNamespace()
        students = {greeting.split()[1] for greeting in run_both(module)}
        assert len(students) == 1, (
            f"{LOCAL_SCHOOL}: with a plain object instead of threading.local() each thread still "
            f"saw its own student ({sorted(students)}), so the threads did not overlap and the "
            "example does not show what threading.local() does; keep the Barrier"
        )


def test_local_values_are_freed_when_their_thread_ends():
    """The page shows '0 students left' once; it must hold on every run, not by luck."""
    module = load(DICT_KEYED)
    for run in range(200):
        module.local_students.clear()
        module.run_two_threads(module.remember_in_local)
        alive = [ref() for ref in module.local_students if ref() is not None]
        assert len(module.local_students) == 2
        assert not alive, (
            f"{DICT_KEYED}: run {run}: {len(alive)} threading.local values still alive after "
            "their threads were joined; the page claims threading.local drops them"
        )
