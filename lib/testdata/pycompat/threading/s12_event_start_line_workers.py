import threading

start = threading.Event()
lock = threading.Lock()
ready = threading.Semaphore(0)
order = []

def runner(i):
    ready.release()
    start.wait()
    with lock:
        order.append(i)

ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("all ready, started:", len(order), start.is_set())
start.set()
for t in ts:
    t.join()
print(sorted(order), start.is_set(), [t.is_alive() for t in ts])
