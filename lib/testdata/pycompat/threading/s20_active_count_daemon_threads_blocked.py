import threading

stop = threading.Event()
started = []
ts = []
for i in range(3):
    t = threading.Thread(target=stop.wait, args=(30,), daemon=(i % 2 == 0), name="w%d" % i)
    ts.append(t)
    t.start()
print(threading.active_count(), sorted((t.name, t.daemon) for t in threading.enumerate() if t is not threading.main_thread()))
stop.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.is_alive() for t in ts])
