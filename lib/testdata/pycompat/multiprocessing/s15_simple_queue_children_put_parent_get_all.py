import multiprocessing


def work(i, q):
    q.put((i, [i] * i))


if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    ps = [multiprocessing.Process(target=work, args=(i, q)) for i in range(1, 5)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(got)
    print(q.empty())
    q.close()
