import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
e.clear()
print(e.is_set(), e.wait(timeout=0.01))
t = threading.Timer(0.02, e.set)
t.start()
print(e.wait(30))
t.join()
