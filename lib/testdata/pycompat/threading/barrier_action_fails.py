import threading

# pycompat: stderr

def action():
    raise RuntimeError("action failed")

b = threading.Barrier(2, action=action)
res = []
lock = threading.Lock()

def w():
    try:
        b.wait()
        r = "ok"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except RuntimeError as e:
        r = "RuntimeError: " + str(e)
    with lock:
        res.append(r)

ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), b.broken)
