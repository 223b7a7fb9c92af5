import threading

# pycompat: stderr

def fail(n):
    raise RuntimeError("failure %d" % n)

for i in range(2):
    t = threading.Thread(target=fail, args=(i,), name="job-%d" % i)
    t.start()
    t.join()
print("still running")
