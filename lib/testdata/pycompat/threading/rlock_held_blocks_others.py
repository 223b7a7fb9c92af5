import threading

r = threading.RLock()
r.acquire()
r.acquire()
r.acquire()
got = []

def probe():
    got.append(r.acquire(blocking=False))
    got.append(r.acquire(timeout=0.01))

for n in range(3):
    t = threading.Thread(target=probe)
    t.start()
    t.join()
    print(n, got)
    got.clear()
    r.release()
t = threading.Thread(target=probe)
t.start()
t.join()
print(got)
