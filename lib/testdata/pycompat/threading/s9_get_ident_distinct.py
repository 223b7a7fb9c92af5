import threading

ids = set()
lock = threading.Lock()
all_in = threading.Barrier(4)

def worker():
    all_in.wait()
    with lock:
        ids.add((threading.get_ident(), threading.current_thread().ident == threading.get_ident()))

ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ids), all(ok for _, ok in ids), threading.get_ident() not in {i for i, _ in ids})
print(threading.get_native_id() == threading.main_thread().native_id)
