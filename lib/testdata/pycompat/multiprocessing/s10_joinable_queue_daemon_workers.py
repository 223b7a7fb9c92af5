import multiprocessing

def worker(q, out):
    while True:
        item = q.get()
        out.put(item * 10)
        q.task_done()

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    out = multiprocessing.Queue()
    for _ in range(2):
        multiprocessing.Process(target=worker, args=(q, out), daemon=True).start()
    for i in range(8):
        q.put(i)
    q.join()
    print(sorted(out.get() for _ in range(8)))
    print(q.empty())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
