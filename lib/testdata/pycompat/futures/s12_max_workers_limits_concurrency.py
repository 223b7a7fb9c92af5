from concurrent.futures import ThreadPoolExecutor
import threading, time

lock = threading.Lock()
active = peak = 0
def job(i):
    global active, peak
    with lock:
        active += 1
        peak = max(peak, active)
    time.sleep(0.02)
    with lock:
        active -= 1
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=2) as ex:
    names = set(ex.map(job, range(8)))
print(peak, sorted(names))
