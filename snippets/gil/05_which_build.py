import os
import sys
import sysconfig

if __name__ == "__main__":
    # 1 on a free-threaded build; 0 or None on the default build
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    # sys._is_gil_enabled() exists from 3.13; before it the GIL was always on
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    print("implementation:", sys.implementation.name)
    print("free-threaded build:", free_threaded)
    if is_gil_enabled is None:
        print("GIL enabled now: True (no sys._is_gil_enabled: before 3.13)")
    else:
        print("GIL enabled now:", is_gil_enabled())
    print("PYTHON_GIL:", os.environ.get("PYTHON_GIL", "not set"))
    print("-X gil:", sys._xoptions.get("gil", "not given"))
