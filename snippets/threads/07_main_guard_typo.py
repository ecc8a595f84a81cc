TYPO = "if __name__='__main__':\n    print('first time')\n"

if __name__ == "__main__":
    try:
        compile(TYPO, "typo.py", "exec")
    except SyntaxError as error:
        print(f"{type(error).__name__}: {error.msg} (line {error.lineno})")
