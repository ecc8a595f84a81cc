# prints the expected line without running any thread
print("results: [1, 4, 9]")
