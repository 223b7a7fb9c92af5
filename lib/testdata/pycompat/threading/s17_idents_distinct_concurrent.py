import threading

b = threading.Barrier(3)
ids = []
lock = threading.Lock()

def w():
    b.wait(30)
    with lock:
        ids.append((threading.get_ident(), threading.get_native_id()))
    b.wait(30)

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(set(i for i, _ in ids)), len(set(n for _, n in ids)))
print(sorted(t.ident for t in ts) == sorted(i for i, _ in ids))
print(threading.get_ident() not in [i for i, _ in ids])
