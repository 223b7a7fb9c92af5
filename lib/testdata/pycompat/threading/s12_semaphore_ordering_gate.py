import threading
sem = threading.Semaphore(0)
out = []
def worker(i):
    sem.acquire()
    out.append(i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
print(len(out), sem._value)
sem.release(3)
for t in ts: t.join()
print(sorted(out), sem._value)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
