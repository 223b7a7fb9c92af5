import multiprocessing as mp


def report(q):
    me = mp.current_process()
    q.put((me.name, me.daemon, mp.parent_process().name))


if __name__ == "__main__":
    q = mp.Queue()
    a = mp.Process(target=report, args=(q,), name="alpha")
    b = mp.Process(target=report, args=(q,))
    print(a.name, b.name)
    b.name = "beta"
    c = mp.Process(target=report, args=(q,), daemon=True)
    for p in (a, b, c):
        p.start()
        print(q.get(timeout=30))
        p.join()
    print([p.name for p in (a, b, c)], [p.exitcode for p in (a, b, c)])
