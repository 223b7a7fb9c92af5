import multiprocessing


def worker(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 3)
        jq.task_done()


if __name__ == "__main__":
    jq = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=worker, args=(jq, results)) for _ in range(2)]
    for p in ps:
        p.start()
    for i in range(10):
        jq.put(i)
    for _ in ps:
        jq.put(None)
    jq.join()
    got = sorted(results.get() for _ in range(10))
    for p in ps:
        p.join()
    print(got, [p.exitcode for p in ps])
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)
