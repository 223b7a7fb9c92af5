import threading

start = threading.Event()
lock = threading.Lock()
arrived = threading.Semaphore(0)
log = []


def runner(i):
    arrived.release()
    ok = start.wait(timeout=10)
    with lock:
        log.append((i, ok))


threads = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
print("before set:", len(log), start.is_set())
start.set()
for t in threads:
    t.join()
print(sorted(log))
start.clear()
print("cleared:", start.is_set(), start.wait(0.05))
