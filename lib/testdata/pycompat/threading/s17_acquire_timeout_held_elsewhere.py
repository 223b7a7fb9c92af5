import threading

l = threading.Lock()
r = threading.RLock()
held = threading.Event()
done = threading.Event()

def holder():
    l.acquire()
    r.acquire()
    held.set()
    done.wait(30)
    r.release()
    l.release()

t = threading.Thread(target=holder)
t.start()
held.wait(30)
print(l.acquire(timeout=0.02), r.acquire(timeout=0.02), l.acquire(False), r.acquire(False))
done.set()
t.join()
print(l.acquire(timeout=5), r.acquire(timeout=5), r.acquire(False))
