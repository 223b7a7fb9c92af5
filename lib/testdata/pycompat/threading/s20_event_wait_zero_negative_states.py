import threading

e = threading.Event()
print(e.wait(0), e.wait(-5), e.wait(0.001), e.is_set())
e.set()
print(e.wait(0), e.wait(-5), e.wait(), e.is_set())
e.set()
e.clear()
e.clear()
print(e.wait(0), e.is_set())
