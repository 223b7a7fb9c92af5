import threading, time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = 0
peak = 0
done = []

def worker(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with lock:
            active -= 1
            done.append(i)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 3, sorted(done) == list(range(12)), active)
