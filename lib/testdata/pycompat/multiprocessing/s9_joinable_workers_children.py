import multiprocessing

def worker(q, out):
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        out.put(x * 2)
        q.task_done()

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    out = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=worker, args=(q, out)) for _ in range(2)]
    for p in ps:
        p.start()
    for i in range(6):
        q.put(i)
    q.join()
    print(sorted(out.get() for _ in range(6)))
    for _ in ps:
        q.put(None)
    q.join()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
