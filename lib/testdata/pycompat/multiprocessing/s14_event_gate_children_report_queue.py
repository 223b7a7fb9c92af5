import multiprocessing


def runner(i, go, ready, out):
    ready.release()
    ok = go.wait(timeout=20)
    out.put((i, ok, multiprocessing.current_process().name))


if __name__ == "__main__":
    go = multiprocessing.Event()
    ready = multiprocessing.Semaphore(0)
    out = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=runner, args=(i, go, ready, out), name="runner-%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.acquire()
    print("all ready, queue empty:", out.empty(), "set:", go.is_set())
    go.set()
    print(sorted(out.get() for _ in ps))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], [p.is_alive() for p in ps])
