import multiprocessing as mp


def name_of(q):
    q.put(mp.current_process().name)


if __name__ == "__main__":
    q = mp.Queue()
    a = mp.Process(target=name_of, args=(q,))
    b = mp.Process(target=name_of, args=(q,), name="custom")
    c = mp.Process(target=name_of, args=(q,))
    print(a.name, b.name, c.name)
    for p in (a, b, c):
        p.start()
        p.join()
    print([q.get() for _ in range(3)])
