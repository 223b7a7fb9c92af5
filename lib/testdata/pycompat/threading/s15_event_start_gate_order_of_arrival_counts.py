import threading

start = threading.Event()
arrived = threading.Semaphore(0)
count = 0
lock = threading.Lock()


def runner():
    global count
    arrived.release()
    start.wait()
    with lock:
        count += 1


ts = [threading.Thread(target=runner) for _ in range(6)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
print("before start:", count, start.is_set())
start.set()
for t in ts:
    t.join()
print("after start:", count, start.is_set())
