import threading

results = []
lock = threading.Lock()


def worker(i):
    me = threading.current_thread()
    with lock:
        results.append((i, me.name, threading.get_ident() == me.ident,
                        me is threading.main_thread(), threading.main_thread().name))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
