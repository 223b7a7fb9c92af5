import threading

r = threading.RLock()
held = threading.Event()
go = threading.Event()

def holder():
    with r:
        with r:
            held.set()
            go.wait(30)

t = threading.Thread(target=holder)
t.start()
held.wait(30)
print(r.acquire(timeout=0.05), r.acquire(blocking=False))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
go.set()
t.join()
print(r.acquire(timeout=0.05))
r.release()
