import threading

print(threading.active_count())
print([t.name for t in threading.enumerate()])
stop = threading.Event()
ts = [threading.Thread(target=stop.wait, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
stop.set()
for t in ts:
    t.join()
print(threading.active_count())
