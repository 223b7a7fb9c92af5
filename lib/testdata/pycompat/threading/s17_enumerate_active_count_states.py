import threading

ev = threading.Event()
ts = [threading.Thread(target=ev.wait, name="w%d" % i) for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts[:2]:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(ts[2] in threading.enumerate(), ts[0] in threading.enumerate())
ev.set()
for t in ts[:2]:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
