import threading
b = threading.Barrier(4)
leaders = []
lock = threading.Lock()
def runner(i):
    for rnd in range(2):
        if b.wait() == 0:
            with lock:
                leaders.append(rnd)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(leaders, b.parties, b.n_waiting, b.broken)
