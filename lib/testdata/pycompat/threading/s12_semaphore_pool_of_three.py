import threading, time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = 0
peak = 0
done = []
def job(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1
            done.append(i)

ts = [threading.Thread(target=job, args=(i,)) for i in range(9)]
for t in ts: t.start()
for t in ts: t.join()
print(peak <= 3, sorted(done), active, sem._value)
print(sem.acquire(timeout=0.01), sem.acquire(False), sem._value)
