import threading

gates = [threading.Event() for _ in range(4)]
finished = []
lock = threading.Lock()


def stage(i):
    gates[i].wait()
    with lock:
        finished.append(i)
    if i > 0:
        gates[i - 1].set()


threads = [threading.Thread(target=stage, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
gates[3].set()
for t in reversed(threads):
    t.join()
    print("joined", t.name, t.is_alive())
print(finished)
