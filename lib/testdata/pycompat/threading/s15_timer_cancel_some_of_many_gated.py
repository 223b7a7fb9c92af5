import threading

fired = []
lock = threading.Lock()


def ring(name):
    with lock:
        fired.append(name)


timers = {name: threading.Timer(0.0 if i % 2 == 0 else 60.0, ring, args=(name,))
          for i, name in enumerate(["a", "b", "c", "d", "e"])}
for t in timers.values():
    t.start()
for name in ("b", "d"):
    timers[name].cancel()
for t in timers.values():
    t.join()
print(sorted(fired))
print({n: t.is_alive() for n, t in timers.items()})
t = threading.Timer(60, ring, args=("late",))
t.cancel()
t.start()
t.join()
print(sorted(fired), t.is_alive())
