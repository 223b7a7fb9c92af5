import threading
count = 0
lock = threading.Lock()
def inc(n):
    global count
    for _ in range(n):
        with lock:
            count += 1
ts = [threading.Thread(target=inc, args=(20000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(count, lock.locked(), threading.active_count())
