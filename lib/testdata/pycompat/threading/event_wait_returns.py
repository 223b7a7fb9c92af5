import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait(0.01), e.wait(0), e.wait())
e.clear()
print(e.is_set(), e.wait(0.01))
