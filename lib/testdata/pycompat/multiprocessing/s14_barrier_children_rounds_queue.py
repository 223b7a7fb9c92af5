import multiprocessing


def runner(b, q, i):
    for rnd in range(2):
        idx = b.wait()
        q.put((rnd, i, 0 <= idx < 3))


if __name__ == "__main__":
    b = multiprocessing.Barrier(3)
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=runner, args=(b, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in range(6))
    for p in ps:
        p.join()
    print(got)
    print(b.parties, b.n_waiting, b.broken)
