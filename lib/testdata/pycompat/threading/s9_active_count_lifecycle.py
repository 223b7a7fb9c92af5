import threading

gate = threading.Event()
print(threading.active_count())
ts = [threading.Thread(target=gate.wait) for _ in range(3)]
print(threading.active_count())
for t in ts:
    t.start()
print(threading.active_count(), len(threading.enumerate()))
gate.set()
for t in ts:
    t.join()
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])
