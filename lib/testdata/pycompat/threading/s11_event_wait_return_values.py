import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01), ev.wait(timeout=-1))
t = threading.Timer(0.01, ev.set)
t.start()
print(ev.wait(10))
t.join()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set(), ev.wait(0))
