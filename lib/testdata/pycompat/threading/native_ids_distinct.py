import threading

go = threading.Event()
ids = []
lock = threading.Lock()

def w():
    with lock:
        ids.append(threading.get_native_id())
    go.wait()

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
while True:
    with lock:
        if len(ids) == 3:
            break
print(len(set(ids)), threading.get_native_id() in ids, sorted(ids) == sorted(t.native_id for t in ts))
go.set()
for t in ts:
    t.join()
