import multiprocessing

def consume(q):
    while True:
        x = q.get()
        q.task_done()
        if x is None:
            break

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    p = multiprocessing.Process(target=consume, args=(q,))
    p.start()
    for i in range(5):
        q.put(i)
    q.put(None)
    q.join()
    print("joined")
    p.join()
    print(p.exitcode, q.empty())
