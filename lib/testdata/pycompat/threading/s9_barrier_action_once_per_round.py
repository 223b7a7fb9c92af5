import threading

rounds = []
b = threading.Barrier(3, action=lambda: rounds.append("round"))
idx = []
lock = threading.Lock()

def w():
    for _ in range(2):
        i = b.wait()
        with lock:
            idx.append(i)

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds, sorted(idx))
