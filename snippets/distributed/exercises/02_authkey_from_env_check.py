"""What ./dev check requires of 02_authkey_from_env.py (listed on the distributed page).

After the file's own run, the check starts it as a worker three more times, as run_worker()
does: without TASK_AUTHKEY and with it empty (against a listener that only counts the
connections made to it), and with it set (against a manager server that has that key)."""

import os
import secrets
import socket
import subprocess
import sys
import threading
from multiprocessing.managers import BaseManager

from harness.exercises.spec import Check

check = Check()


def run_as_worker(attempt, port, env):
    done = subprocess.run(
        [sys.executable, attempt, str(port)],
        env=env,
        capture_output=True,
        text=True,
        timeout=15,
    )
    return {
        "code": done.returncode,
        "stdout": done.stdout,
        "stderr": done.stderr,
    }


@check.afterwards
def start_the_worker_without_and_with_a_key(module, recorder):
    env = {k: v for k, v in os.environ.items() if k != "TASK_AUTHKEY"}
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        connections = []

        def count():
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                connections.append(1)
                conn.close()

        threading.Thread(target=count, daemon=True).start()
        for case, extra in (("unset", {}), ("empty", {"TASK_AUTHKEY": ""})):
            before = len(connections)
            result = run_as_worker(
                module.__file__, listener.getsockname()[1], {**env, **extra}
            )
            recorder.record(
                "probe",
                case=case,
                connections=len(connections) - before,
                **result,
            )
    key = secrets.token_hex(16)
    server = BaseManager(
        address=("127.0.0.1", 0), authkey=key.encode()
    ).get_server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    result = run_as_worker(
        module.__file__, server.address[1], {**env, "TASK_AUTHKEY": key}
    )
    recorder.record("probe", case="set", connections=None, **result)


def probe(seen, case):
    return next((p for p in seen.records("probe") if p["case"] == case), None)


@check.property(
    en="without `TASK_AUTHKEY`, or with it empty, the worker does not try to connect: it exits "
    "with status 1 and says on standard error that `TASK_AUTHKEY` must be set",
    zh="没有设置 `TASK_AUTHKEY`，或者它为空时，工作进程不尝试连接：它以退出码 1 结束，并在标准错误里说明要设置 `TASK_AUTHKEY`",
    hint_en="sys.exit(message) exits with status 1 and writes the message to stderr; an empty "
    "string is no key either",
    hint_zh="sys.exit(消息) 以退出码 1 结束，并把消息写到标准错误；空字符串也不是密钥",
)
def refuses_without_a_key(seen):
    for case in ("unset", "empty"):
        p = probe(seen, case)
        if p is None:
            return False, "the worker was not started"
        ok = (
            p["code"] == 1
            and "TASK_AUTHKEY" in p["stderr"]
            and not p["connections"]
        )
        if not ok:
            return False, (
                f"TASK_AUTHKEY {case}: exit code {p['code']}, {p['connections']} connection(s), "
                f"stderr {p['stderr'].strip()[-120:]!r}"
            )
    return True


@check.property(
    en="with `TASK_AUTHKEY` set, the worker connects to the master with it and exits with status 0",
    zh="设置了 `TASK_AUTHKEY` 时，工作进程用它连上主控进程，退出码为 0",
    hint_en="encode the key the same way as the master (str.encode())",
    hint_zh="用和主控进程一样的方式把密钥编码成字节（str.encode()）",
)
def connects_with_the_key(seen):
    p = probe(seen, "set")
    if p is None:
        return False, "the worker was not started"
    return p[
        "code"
    ] == 0, f"exit code {p['code']}, stderr {p['stderr'].strip()[-120:]!r}"
