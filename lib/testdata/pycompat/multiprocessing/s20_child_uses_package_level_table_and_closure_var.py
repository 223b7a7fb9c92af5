import multiprocessing as mp

TABLE = {"a": 1, "b": 2}
OFFSET = 100


def lookup(keys, q):
    q.put([TABLE.get(k, -1) + OFFSET for k in keys])


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=lookup, args=(["a", "b", "z"], q))
    p.start()
    print(q.get(timeout=30))
    p.join()
    print(p.exitcode)
