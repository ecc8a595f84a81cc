# prints what a correct answer prints, without reading any sensor
print(["hall: 21.5 C", "lab: 21.5 C", "roof: 21.5 C"])
print("the heartbeat ticked during the reads: True")
print("the three reads overlapped: True")
