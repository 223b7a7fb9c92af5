import multiprocessing

# A SimpleQueue's put writes to its pipe before it returns, so what a child
# puts while it holds the lock is in the queue before the next child can
# take the lock. (A Queue's put hands the item to a feeder thread, which may
# write it after the lock was released: the order would not be the lock's.)


def report(i, lock, q):
    with lock:
        q.put(f"start {i}")
        q.put(f"end {i}")


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    q = multiprocessing.SimpleQueue()
    ps = [multiprocessing.Process(target=report, args=(i, lock, q)) for i in range(4)]
    for p in ps:
        p.start()
    msgs = [q.get() for _ in range(8)]
    for p in ps:
        p.join()
    pairs = [(msgs[k], msgs[k + 1]) for k in range(0, 8, 2)]
    print(all(a.split()[1] == b.split()[1] and a.startswith("start") for a, b in pairs))
    print(sorted(b for _, b in pairs), [p.exitcode for p in ps])
