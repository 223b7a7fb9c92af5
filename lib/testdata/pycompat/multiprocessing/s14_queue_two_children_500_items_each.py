import multiprocessing


def produce(q, wid, n):
    for i in range(n):
        q.put((wid, i))
    q.put((wid, None))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=produce, args=(q, w, 500)) for w in ("a", "b")]
    for p in ps:
        p.start()
    counts = {"a": 0, "b": 0}
    total = 0
    finished = 0
    last = {}
    while finished < 2:
        wid, i = q.get()
        if i is None:
            finished += 1
            continue
        assert last.get(wid, -1) == i - 1
        last[wid] = i
        counts[wid] += 1
        total += i
    for p in ps:
        p.join()
    print(counts, total, [p.exitcode for p in ps], q.empty())
