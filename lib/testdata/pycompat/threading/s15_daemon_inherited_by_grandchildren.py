import threading

flags = {}
lock = threading.Lock()


def record(name):
    with lock:
        flags[name] = threading.current_thread().daemon


def spawn(name, depth):
    record(name)
    if depth:
        t = threading.Thread(target=spawn, args=(name + ".c", depth - 1), name=name + ".c")
        t.start()
        t.join()


d = threading.Thread(target=spawn, args=("d", 2), daemon=True)
n = threading.Thread(target=spawn, args=("n", 2))
x = threading.Thread(target=spawn, args=("x", 1), daemon=False)
for t in (d, n, x):
    t.start()
    t.join()
for k in sorted(flags):
    print(k, flags[k])
print(threading.main_thread().daemon)
