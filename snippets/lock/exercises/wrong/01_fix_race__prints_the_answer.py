# prints the expected line without counting anything
print("counted 400 of 400")
