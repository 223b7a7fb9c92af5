import threading

slots = threading.BoundedSemaphore(2)
both_in = threading.Barrier(2)
lock = threading.Lock()
inside = 0
peak = 0
order = []


def job(i):
    global inside, peak
    with slots:
        with lock:
            inside += 1
            peak = max(peak, inside)
        both_in.wait()
        with lock:
            inside -= 1
            order.append(i)


threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak:", peak, "inside:", inside, "done:", sorted(order))
print("value back to 2:", slots.acquire(False), slots.acquire(False), slots.acquire(False))
