import threading

r = threading.RLock()
for _ in range(3):
    r.acquire()
results = []


def probe():
    results.append(r.acquire(blocking=False))


for _ in range(3):
    r.release()
    t = threading.Thread(target=probe)
    t.start()
    t.join()
print("other thread could take it after each release:", results)
