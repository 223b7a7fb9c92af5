import threading

fired = []
lock = threading.Lock()
def fire(i):
    with lock:
        fired.append(i)

timers = [threading.Timer(0.05 if i % 2 else 0.001, fire, args=(i,)) for i in range(6)]
for t in timers:
    t.start()
for t in timers[1::2]:
    t.cancel()
for t in timers:
    t.join()
print(sorted(fired), [t.is_alive() for t in timers])
print(threading.active_count())
