import sys
import sysconfig

if __name__ == "__main__":
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    is_gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)
    print(f"free-threaded build: {free_threaded_build}")
    print(f"GIL enabled now: {is_gil_enabled()}")
