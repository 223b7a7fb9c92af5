import multiprocessing as mp


def hold(ev):
    ev.wait(30)


if __name__ == "__main__":
    ev = mp.Event()
    ps = [mp.Process(target=hold, args=(ev,), name="h%d" % i) for i in range(3)]
    print(mp.active_children())
    for p in ps:
        p.start()
    print(sorted(p.name for p in mp.active_children()))
    ev.set()
    for p in ps:
        p.join()
    print(mp.active_children(), [p.exitcode for p in ps])
