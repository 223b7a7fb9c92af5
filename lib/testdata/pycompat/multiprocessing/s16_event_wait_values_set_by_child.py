import multiprocessing as mp


def setter(go, ev):
    go.wait(30)
    ev.set()


if __name__ == "__main__":
    go, ev = mp.Event(), mp.Event()
    print("unset:", ev.is_set(), ev.wait(0), ev.wait(0.2))
    p = mp.Process(target=setter, args=(go, ev))
    p.start()
    go.set()
    print("set by child:", ev.wait(30), ev.is_set())
    p.join()
    ev.clear()
    print("cleared:", ev.is_set(), ev.wait(0))
