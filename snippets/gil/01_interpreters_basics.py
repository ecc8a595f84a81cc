# requires: Python 3.14+
from concurrent import interpreters

# Top-level code: the script's own interpreter runs it, and so does
# every interpreter that imports this file to call one of its functions.
seen = []


def remember(word):  # module state: its own copy in each interpreter
    seen.append(word)
    return interpreters.get_current().id, len(seen)


if __name__ == "__main__":
    interp = interpreters.create()
    try:
        print("main interpreter:", interpreters.get_current().id)
        print("new interpreter:", interp.id)
        interp.prepare_main(base=40)  # a variable in its __main__
        interp.exec("answer = base + 2")  # runs there, in this thread
        print("exec:", interp.call(eval, "answer"))
        print("call:", interp.call(remember, "a"))
        print("call:", interp.call(remember, "b"))
        print("here:", remember("c"))
        try:
            interp.exec("1 / 0")  # raises there, uncaught
        except interpreters.ExecutionFailed as exc:
            print("failed:", exc.excinfo.type.__name__)
    finally:
        interp.close()
