import multiprocessing

def work(ns, lock, i):
    with lock:
        ns.total += i
        ns.last = i

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.total = 0
        ns.last = None
        lock = m.Lock()
        ps = [multiprocessing.Process(target=work, args=(ns, lock, i)) for i in range(1, 6)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(ns.total, ns.last in range(1, 6))
        try:
            ns.missing
        except AttributeError as e:
            print("AttributeError:", e)
