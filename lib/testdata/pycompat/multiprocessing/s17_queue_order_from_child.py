import multiprocessing as mp


def produce(q, n):
    for i in range(n):
        q.put(("item", i))
    q.put(None)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 25))
    p.start()
    got = []
    while True:
        x = q.get(timeout=30)
        if x is None:
            break
        got.append(x[1])
    p.join()
    print(got == list(range(25)), len(got), p.exitcode)
