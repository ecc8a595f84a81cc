# prints what a correct answer prints, and never downloads
print("download: gave up at the 0.3 s timeout")
