import threading

s = threading.Semaphore(0)
done = []
lock = threading.Lock()

def w(i):
    s.acquire()
    with lock:
        done.append(i)

ts = [threading.Thread(target=w, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
s.release(3)
while True:
    with lock:
        if len(done) == 3:
            break
print("after release(3):", len(done))
s.release(2)
for t in ts:
    t.join()
print("after release(2):", len(done), sorted(done))
print(s.acquire(blocking=False))
