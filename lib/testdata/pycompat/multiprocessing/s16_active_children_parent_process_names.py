import multiprocessing as mp


def child(ev, q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, parent.name, me.daemon))
    ev.wait(30)


if __name__ == "__main__":
    ev, q = mp.Event(), mp.Queue()
    print("before:", mp.active_children(), mp.parent_process())
    ps = [mp.Process(target=child, args=(ev, q), name="kid%d" % i, daemon=i == 1) for i in range(2)]
    for p in ps:
        p.start()
    infos = sorted(q.get() for _ in ps)
    print(infos)
    print("active:", sorted(p.name for p in mp.active_children()))
    ev.set()
    for p in ps:
        p.join()
    print("after:", mp.active_children(), mp.current_process().name)
