# requires: Python 3.14+
from concurrent import interpreters


def make_scaler(factor):
    def scale(n):
        return n * factor  # factor comes from the enclosing call

    return scale


if __name__ == "__main__":
    interp = interpreters.create()
    try:
        print(interp.call(make_scaler(10), 4))
    except interpreters.NotShareableError as exc:
        print(f"{type(exc).__module__}.{type(exc).__name__}: {exc}")
        print(f"caused by {type(exc.__cause__).__name__}: {exc.__cause__}")
    finally:
        interp.close()
