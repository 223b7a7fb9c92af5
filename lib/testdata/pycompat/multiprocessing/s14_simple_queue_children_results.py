import multiprocessing


def report(q, i):
    q.put((i, i ** 2))


if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    ps = [multiprocessing.Process(target=report, args=(q, i)) for i in range(4)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(got, q.empty())
