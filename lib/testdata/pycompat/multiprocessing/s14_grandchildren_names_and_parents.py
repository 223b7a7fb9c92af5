import multiprocessing


def grandchild(q):
    me = multiprocessing.current_process()
    q.put(("grandchild", me.name, multiprocessing.parent_process().name))


def child(q):
    me = multiprocessing.current_process()
    q.put(("child", me.name, multiprocessing.parent_process().name))
    ps = [multiprocessing.Process(target=grandchild, args=(q,)) for _ in range(2)]
    names = [p.name for p in ps]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    q.put(("child saw", names[0], names[1]))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    p.join()
    got = sorted(q.get() for _ in range(4))
    for g in got:
        print(g)
    print(p.name, p.exitcode)
