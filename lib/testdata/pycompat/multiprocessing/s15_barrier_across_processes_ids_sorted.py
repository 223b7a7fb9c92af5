import multiprocessing


def party(i, barrier, q):
    k = barrier.wait()
    q.put((i, 0 <= k < 3))


if __name__ == "__main__":
    barrier = multiprocessing.Barrier(3)
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=party, args=(i, barrier, q)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in range(3))
    for p in ps:
        p.join()
    print(got, barrier.parties, barrier.n_waiting, barrier.broken)
