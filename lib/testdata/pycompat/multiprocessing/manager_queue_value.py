import multiprocessing

def work(q, d, n):
    q.put(n * n)
    d[n] = str(n)

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        q = m.Queue()
        d = m.dict()
        ps = [multiprocessing.Process(target=work, args=(q, d, n)) for n in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(q.get() for _ in range(4)), q.empty())
        print(sorted(d.items()), len(d))
