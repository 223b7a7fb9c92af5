import threading

r = threading.RLock()
total = 0

def add(n):
    global total
    with r:
        if n == 0:
            return
        total += n
        add(n - 1)

ts = [threading.Thread(target=add, args=(10,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
print(r.acquire(blocking=False))
r.release()
