import threading

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0

def worker():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        with lock:
            inside -= 1

ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, inside, sem._value)
