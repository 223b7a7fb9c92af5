import threading

stop = threading.Event()
ts = [threading.Thread(target=stop.wait, name="t%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join(0.01)
print([t.is_alive() for t in ts], threading.active_count())
stop.set()
for t in ts:
    t.join(10)
print([t.is_alive() for t in ts], threading.active_count())
print([t.name for t in threading.enumerate()])
