import threading

rounds = []
b = threading.Barrier(3, action=lambda: rounds.append(len(rounds) + 1))
lock = threading.Lock()
seen = []


def worker():
    for r in range(3):
        b.wait()
        with lock:
            seen.append(rounds[-1] >= r + 1)


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds, len(seen), all(seen))
