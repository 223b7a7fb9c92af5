import multiprocessing as mp


def w(b, q):
    q.put(b.wait(30))


if __name__ == "__main__":
    b = mp.Barrier(3)
    q = mp.Queue()
    ps = [mp.Process(target=w, args=(b, q)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = b.wait(30)
    got = sorted([q.get(timeout=30) for _ in ps] + [mine])
    for p in ps:
        p.join()
    print(got, b.parties, b.n_waiting, b.broken)
