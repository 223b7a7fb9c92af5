import threading

go = threading.Event()
ids = []
lock = threading.Lock()

def w():
    with lock:
        ids.append(threading.get_ident())
    go.wait()

ts = [threading.Thread(target=w) for _ in range(4)]
for t in ts:
    t.start()
while len(ids) < 4:
    pass
print(len(set(ids)), threading.get_ident() in ids)
print(sorted(ids) == sorted(t.ident for t in ts))
go.set()
for t in ts:
    t.join()
