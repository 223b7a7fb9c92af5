import multiprocessing

def consumer(q, out):
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        out.put(x + 1)
        q.task_done()

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    out = multiprocessing.Queue()
    p = multiprocessing.Process(target=consumer, args=(q, out))
    p.start()
    for i in range(5):
        q.put(i)
    q.put(None)
    q.join()
    print(sorted(out.get() for _ in range(5)))
    p.join()
    print(p.exitcode)
