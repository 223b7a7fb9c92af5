import multiprocessing


def worker(jobs, results):
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        results.put(n * 10)
        jobs.task_done()


if __name__ == "__main__":
    jobs = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=worker, args=(jobs, results), daemon=True) for _ in range(2)]
    for p in ps:
        p.start()
    for n in range(6):
        jobs.put(n)
    for _ in ps:
        jobs.put(None)
    jobs.join()
    print(sorted(results.get() for _ in range(6)))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], [p.daemon for p in ps])
