import threading

e = threading.Event()
print("unset, wait(0):", e.wait(0), "wait(0.1):", e.wait(0.1), "wait(-1):", e.wait(-1))
e.set()
print("set:", e.wait(0), e.wait(-5), e.is_set())
e.set()
e.clear()
e.clear()
print("cleared:", e.wait(0), e.is_set())
