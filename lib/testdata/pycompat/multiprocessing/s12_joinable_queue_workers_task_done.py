import multiprocessing

def worker(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 10)
        q.task_done()

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    out = multiprocessing.Queue()
    ws = [multiprocessing.Process(target=worker, args=(q, out)) for _ in range(2)]
    for w in ws: w.start()
    for i in range(6):
        q.put(i)
    for _ in ws:
        q.put(None)
    q.join()
    print(sorted(out.get() for _ in range(6)))
    for w in ws: w.join()
    print([w.exitcode for w in ws])
