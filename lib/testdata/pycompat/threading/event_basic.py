import threading

e = threading.Event()
print(e.is_set())
print(e.wait(0.05))
e.set()
print(e.is_set())
print(e.wait(0.05))
print(e.wait())
e.clear()
print(e.is_set())
print(e.wait(0))
