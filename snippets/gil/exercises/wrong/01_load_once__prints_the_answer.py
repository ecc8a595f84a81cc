# prints the expected lines without loading anything
print("answers: 16, distinct: ['ALPHA', 'BETA', 'DELTA', 'GAMMA']")
print("loads: 4")
