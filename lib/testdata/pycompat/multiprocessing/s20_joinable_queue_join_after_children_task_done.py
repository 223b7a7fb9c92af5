import multiprocessing as mp


def worker(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * item)
        q.task_done()


if __name__ == "__main__":
    q = mp.JoinableQueue()
    out = mp.Queue()
    ps = [mp.Process(target=worker, args=(q, out)) for _ in range(2)]
    for p in ps:
        p.start()
    for i in range(10):
        q.put(i)
    for _ in ps:
        q.put(None)
    q.join()
    print(sorted(out.get(timeout=30) for _ in range(10)))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
