import multiprocessing

def runner(go, q, i):
    go.wait()
    q.put(i)

if __name__ == "__main__":
    go = multiprocessing.Event()
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=runner, args=(go, q, i)) for i in range(4)]
    for p in ps:
        p.start()
    print(go.is_set(), q.empty())
    go.set()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
    print(go.is_set(), [p.exitcode for p in ps])
