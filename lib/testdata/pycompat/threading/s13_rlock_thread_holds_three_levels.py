import threading

r = threading.RLock()
step = threading.Event()
go_on = threading.Event()
out = []
def holder():
    out.append([r.acquire(blocking=False) for _ in range(3)])
    r.release(); r.release()
    step.set()
    go_on.wait()
    r.release()

t = threading.Thread(target=holder)
t.start()
step.wait()
print("held one level by the thread; main tries:", r.acquire(blocking=False), r.acquire(timeout=0.05))
go_on.set()
t.join()
print(out, "main now:", r.acquire(timeout=5), r.acquire(blocking=False))
r.release(); r.release()
