import multiprocessing as mp


def f():
    pass


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


if __name__ == "__main__":
    p = mp.Process(target=f, name="twice")
    p.start()
    p.join()
    show(p.start)
    show(lambda: p.exitcode)
    show(p.is_alive)
    show(p.close)
    show(lambda: p.pid)
    show(lambda: p.name)
    show(p.terminate)
    show(p.kill)
    show(p.start)
