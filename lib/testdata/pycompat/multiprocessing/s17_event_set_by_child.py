import multiprocessing as mp


def setter(ev, go):
    go.wait(30)
    ev.set()


if __name__ == "__main__":
    ev, go = mp.Event(), mp.Event()
    p = mp.Process(target=setter, args=(ev, go))
    p.start()
    print(ev.is_set(), ev.wait(0.05))
    go.set()
    print(ev.wait(30), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set(), mp.active_children())
