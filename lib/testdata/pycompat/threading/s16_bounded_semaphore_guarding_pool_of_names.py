import threading

pool = ["conn-a", "conn-b"]
guard = threading.BoundedSemaphore(len(pool))
lock = threading.Lock()
used = []
start = threading.Barrier(5)


def client(i):
    start.wait()
    with guard:
        with lock:
            conn = pool.pop()
            used.append(len(pool) >= 0)
        with lock:
            pool.append(conn)


ts = [threading.Thread(target=client, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(pool), len(used), all(used))
try:
    guard.release()
except ValueError as e:
    print("ValueError:", e)
