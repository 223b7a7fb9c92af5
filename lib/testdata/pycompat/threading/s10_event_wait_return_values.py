import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
t = threading.Timer(0.01, e.set)
t.start()
print(e.wait(10))
t.join()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(timeout=0.001))
