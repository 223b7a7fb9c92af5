import threading

cond = threading.Condition()
readers = 0
log = []
reading = threading.Barrier(3)
release = threading.Event()

def reader():
    global readers
    with cond:
        readers += 1
    reading.wait()
    release.wait()
    with cond:
        readers -= 1
        cond.notify_all()

def writer():
    with cond:
        ok = cond.wait_for(lambda: readers == 0, timeout=10)
        log.append(("write", ok, readers))

rs = [threading.Thread(target=reader) for _ in range(2)]
for t in rs:
    t.start()
reading.wait()
with cond:
    print("readers inside:", readers, "writer could go:", cond.wait_for(lambda: readers == 0, timeout=0.05))
w = threading.Thread(target=writer)
w.start()
release.set()
for t in rs + [w]:
    t.join()
print(log, readers)
