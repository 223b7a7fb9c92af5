import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="sleeper")
t.start()
print(t.join(0.01), t.is_alive())
print(t.join(timeout=0), t.is_alive())
ev.set()
print(t.join(), t.is_alive())
print(t.join(0.01), t.is_alive())
