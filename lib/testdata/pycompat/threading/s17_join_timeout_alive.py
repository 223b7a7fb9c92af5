import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="sleeper")
t.start()
r = t.join(timeout=0.05)
print(r, t.is_alive())
r = t.join(0)
print(r, t.is_alive())
ev.set()
t.join(timeout=30)
print(t.is_alive())
t.join()
print("joined twice")
