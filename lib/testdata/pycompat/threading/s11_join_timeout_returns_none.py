import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
print(t.join(timeout=0.02), t.is_alive())
print(t.join(0), t.is_alive())
gate.set()
print(t.join(timeout=10), t.is_alive())
