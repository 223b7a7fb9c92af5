import multiprocessing


def work(i, shared, ns, lock):
    with lock:
        shared.append(i * i)
        ns.total += i


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        shared = m.list()
        ns = m.Namespace()
        ns.total = 0
        ns.label = "sum"
        lock = m.Lock()
        ps = [multiprocessing.Process(target=work, args=(i, shared, ns, lock)) for i in range(1, 5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(shared), len(shared), ns.label, ns.total)
