import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="sleeper")
t.start()
for timeout in (0, -1, 0.05):
    r = t.join(timeout)
    print("join", timeout, "->", r, "alive", t.is_alive())
gate.set()
print("join() ->", t.join(), "alive", t.is_alive())
print("join again ->", t.join(0), t.join(-5), t.is_alive())
