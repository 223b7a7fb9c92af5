import threading

def action():
    raise ValueError("action failed")

b = threading.Barrier(2, action=action)
out = []
lock = threading.Lock()

def w(i):
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    except ValueError as e:
        r = "ValueError " + str(e)
    with lock:
        out.append(r)

ts = [threading.Thread(target=w, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.broken, b.n_waiting)
b.reset()
print(b.broken)
