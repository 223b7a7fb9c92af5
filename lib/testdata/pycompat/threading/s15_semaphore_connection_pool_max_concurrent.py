import threading

pool = threading.BoundedSemaphore(3)
active = 0
peak = 0
lock = threading.Lock()
all_in = threading.Barrier(3)


def use_connection(i):
    global active, peak
    with pool:
        with lock:
            active += 1
            peak = max(peak, active)
        if i < 3:
            all_in.wait(timeout=10)
        with lock:
            active -= 1


ts = [threading.Thread(target=use_connection, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak, active, pool._value)
