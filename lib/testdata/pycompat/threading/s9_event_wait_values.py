import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait())
e.set()
print(e.is_set())
e.clear()
e.clear()
print(e.is_set(), e.wait(0))
