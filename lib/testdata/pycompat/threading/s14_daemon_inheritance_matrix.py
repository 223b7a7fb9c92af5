import threading

flags = {}
lock = threading.Lock()


def record(label):
    with lock:
        flags[label] = threading.current_thread().daemon


def spawner(prefix):
    record(prefix)
    a = threading.Thread(target=record, args=(prefix + "/default",))
    b = threading.Thread(target=record, args=(prefix + "/explicit-false",), daemon=False)
    c = threading.Thread(target=record, args=(prefix + "/explicit-true",), daemon=True)
    print(prefix, "before start:", a.daemon, b.daemon, c.daemon)
    for t in (a, b, c):
        t.start()
    for t in (a, b, c):
        t.join()


d = threading.Thread(target=spawner, args=("daemon",), daemon=True)
d.start()
d.join()
n = threading.Thread(target=spawner, args=("normal",))
n.start()
n.join()
for k in sorted(flags):
    print(k, flags[k])
