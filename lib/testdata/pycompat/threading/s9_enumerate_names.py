import threading

go = threading.Event()
ready = threading.Barrier(4)

def worker():
    ready.wait()
    go.wait()

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
ready.wait()
print(sorted(t.name for t in threading.enumerate()))
print(threading.active_count())
go.set()
for t in ts:
    t.join()
print([t.name for t in threading.enumerate()], threading.active_count())
