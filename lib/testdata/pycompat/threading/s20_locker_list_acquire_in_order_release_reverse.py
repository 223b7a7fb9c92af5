import threading

locks = [threading.Lock(), threading.RLock(), threading.Semaphore(1), threading.BoundedSemaphore(1)]
names = ["Lock", "RLock", "Semaphore", "BoundedSemaphore"]
order = []
for name, l in zip(names, locks):
    l.acquire()
    order.append("+" + name)
others = []
def probe():
    others.extend(l.acquire(blocking=False) for l in locks)
t = threading.Thread(target=probe)
t.start()
t.join()
for name, l in reversed(list(zip(names, locks))):
    l.release()
    order.append("-" + name)
print(order)
print(others)
