import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="sleeper")
t.start()
print(t.join(timeout=0.05), t.is_alive())
print(t.join(0), t.is_alive())
gate.set()
print(t.join(timeout=10), t.is_alive())
print(t.join(), t.join(0.01))
