import threading

ev = threading.Event()
ts = [threading.Thread(target=ev.wait, name="e%d" % i) for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
ev.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
