import multiprocessing as mp

def worker(jobs, results):
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            return
        results.put(n * n)
        jobs.task_done()

if __name__ == "__main__":
    jobs = mp.JoinableQueue()
    results = mp.Queue()
    ps = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for p in ps:
        p.start()
    for n in range(8):
        jobs.put(n)
    jobs.join()
    print("all 8 done:", sorted(results.get() for _ in range(8)))
    for _ in ps:
        jobs.put(None)
    jobs.join()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
