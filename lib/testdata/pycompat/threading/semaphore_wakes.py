import threading

sem = threading.Semaphore(0)
got = []
lock = threading.Lock()

def w(i):
    sem.acquire()
    with lock:
        got.append(i)

ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
sem.release(3)
for t in ts:
    t.join()
print(sorted(got))
print(sem.acquire(timeout=0))
