import multiprocessing as mp


def waiter(ev):
    ev.wait(30)


if __name__ == "__main__":
    ev = mp.Event()
    p = mp.Process(target=waiter, args=(ev,))
    p.start()
    print("join(0.2):", p.join(0.2), p.is_alive(), p.exitcode)
    print("join(0):", p.join(0), p.exitcode)
    ev.set()
    p.join(30)
    print("after:", p.is_alive(), p.exitcode)
    p.join()
    print("join again fine")
