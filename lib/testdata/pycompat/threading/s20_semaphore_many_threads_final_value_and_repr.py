import re
import threading

s = threading.Semaphore(4)
done = []
lock = threading.Lock()

def w(i):
    with s:
        with lock:
            done.append(i)

ts = [threading.Thread(target=w, args=(i,)) for i in range(25)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(done), sorted(done) == list(range(25)), s._value)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(s)))
s.acquire(); s.acquire()
print(re.sub(r" at 0x[0-9a-f]+", "", repr(s)))
