import multiprocessing as mp


def f():
    pass


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


if __name__ == "__main__":
    p = mp.Process(target=f)
    show(p.join)
    show(lambda: p.exitcode)
    show(p.is_alive)
    show(p.close)
    show(lambda: p.exitcode)
    show(p.is_alive)
    show(p.join)
    show(p.start)
    show(p.close)
