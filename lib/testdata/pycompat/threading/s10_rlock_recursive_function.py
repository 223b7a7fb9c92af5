import threading

lock = threading.RLock()
depths = []

def visit(tree, depth=0):
    with lock:
        depths.append(depth)
        for child in tree:
            visit(child, depth + 1)

tree = [[[], [[]]], []]
threads = [threading.Thread(target=visit, args=(tree,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(depths), max(depths), depths[:6])
print(lock.acquire(blocking=False))
lock.release()
