import multiprocessing as mp


def consume(q, total):
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        with total.get_lock():
            total.value += x
        q.task_done()


if __name__ == "__main__":
    q = mp.JoinableQueue()
    total = mp.Value("i", 0)
    ps = [mp.Process(target=consume, args=(q, total)) for _ in range(2)]
    for p in ps:
        p.start()
    for i in range(1, 21):
        q.put(i)
    q.join()
    print(total.value)
    for _ in ps:
        q.put(None)
    q.join()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
