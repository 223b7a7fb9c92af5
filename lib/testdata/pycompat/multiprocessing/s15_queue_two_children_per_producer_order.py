import multiprocessing


def produce(tag, n, q):
    for i in range(n):
        q.put((tag, i))
    q.put((tag, "done"))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=produce, args=(t, 300, q)) for t in ("a", "b")]
    for p in ps:
        p.start()
    last = {"a": -1, "b": -1}
    ordered = True
    finished = 0
    count = 0
    while finished < 2:
        tag, i = q.get()
        if i == "done":
            finished += 1
            continue
        ordered = ordered and i == last[tag] + 1
        last[tag] = i
        count += 1
    for p in ps:
        p.join()
    print(count, ordered, last, [p.exitcode for p in ps])
