import threading

pool = threading.BoundedSemaphore(2)
lock = threading.Lock()
active = []
max_active = 0
both = threading.Barrier(2)


def use_connection(i):
    global max_active
    with pool:
        with lock:
            active.append(i)
            max_active = max(max_active, len(active))
        both.wait()
        with lock:
            active.remove(i)


threads = [threading.Thread(target=use_connection, args=(i,), name="client-%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max active:", max_active, "left:", active)
