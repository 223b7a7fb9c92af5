import threading

sem = threading.Semaphore(2)
pair = threading.Barrier(2)
lock = threading.Lock()
inside = 0
peak = 0
def worker():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        pair.wait()
        with lock:
            inside -= 1

ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "inside", inside, "value", sem._value, "barrier broken", pair.broken)
