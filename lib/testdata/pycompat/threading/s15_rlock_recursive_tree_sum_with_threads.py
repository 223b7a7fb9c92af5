import threading

lock = threading.RLock()
total = [0]


def visit(node, depth=0):
    with lock:
        total[0] += node["v"]
        for child in node.get("kids", []):
            visit(child, depth + 1)


tree = {"v": 1, "kids": [{"v": 2, "kids": [{"v": 4}, {"v": 5}]}, {"v": 3, "kids": [{"v": 6}]}]}
ts = [threading.Thread(target=visit, args=(tree,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0], lock.acquire(blocking=False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
