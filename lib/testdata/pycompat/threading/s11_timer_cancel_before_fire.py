import threading

fired = []
timers = [threading.Timer(0.05 * (i + 1), fired.append, args=(i,)) for i in range(4)]
for t in timers:
    t.start()
timers[1].cancel()
timers[3].cancel()
for t in timers:
    t.join()
print(sorted(fired), [t.is_alive() for t in timers], timers[1].finished.is_set())
