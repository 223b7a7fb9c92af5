import threading

s = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
lock = threading.Lock()

def w():
    with s:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        with lock:
            inside[0] -= 1

ts = [threading.Thread(target=w) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 2, inside[0], s._value)
