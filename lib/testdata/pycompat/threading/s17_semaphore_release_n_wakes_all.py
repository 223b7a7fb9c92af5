import threading

s = threading.Semaphore(0)
done = []
lock = threading.Lock()

def w(i):
    s.acquire()
    with lock:
        done.append(i)

ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
s.release(3)
for t in ts:
    t.join()
print(sorted(done), s._value)
s.release(2)
print(s._value, s.acquire(timeout=0), s.acquire(False), s.acquire(False))
