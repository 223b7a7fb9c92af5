import threading

l = threading.Lock()
held = threading.Event()
done = threading.Event()

def holder():
    with l:
        held.set()
        done.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
print(l.acquire(timeout=0.05), l.acquire(blocking=False), l.locked())
done.set()
t.join()
print(l.acquire(timeout=1), l.locked())
l.release()
