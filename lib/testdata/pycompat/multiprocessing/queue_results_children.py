import multiprocessing

def worker(n, q):
    q.put((n, sum(range(n * 1000))))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=worker, args=(n, q)) for n in range(1, 5)]
    for p in ps:
        p.start()
    results = sorted(q.get(timeout=30) for _ in ps)
    for p in ps:
        p.join()
    print(results)
    print([p.exitcode for p in ps], q.empty())
