import threading

fired = []
stop = threading.Event()
timers = [threading.Timer(0.1 * (i + 1), fired.append, args=(i,)) for i in range(4)]

def watcher():
    stop.wait(30)
    for t in timers:
        t.cancel()

w = threading.Thread(target=watcher)
w.start()
for t in timers:
    t.start()
timers[1].join()
stop.set()
w.join()
for t in timers:
    t.join()
print(fired, [t.is_alive() for t in timers])
