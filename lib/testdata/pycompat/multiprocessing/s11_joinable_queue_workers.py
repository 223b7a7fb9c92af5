import multiprocessing

def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put(n * n)
        tasks.task_done()

if __name__ == "__main__":
    tasks = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    ws = [multiprocessing.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in ws:
        w.start()
    for n in range(10):
        tasks.put(n)
    for _ in ws:
        tasks.put(None)
    tasks.join()
    print(sorted(results.get() for _ in range(10)))
    for w in ws:
        w.join()
    print([w.exitcode for w in ws])
