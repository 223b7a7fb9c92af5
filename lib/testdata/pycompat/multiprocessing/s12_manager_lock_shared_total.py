import multiprocessing

def add(ns, lock, n):
    for _ in range(n):
        with lock:
            ns.total += 1

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.total = 0
        lock = m.Lock()
        ps = [multiprocessing.Process(target=add, args=(ns, lock, 25)) for _ in range(3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(ns.total)
