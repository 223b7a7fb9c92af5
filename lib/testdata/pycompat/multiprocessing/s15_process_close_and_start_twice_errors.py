import multiprocessing


def noop():
    pass


if __name__ == "__main__":
    p = multiprocessing.Process(target=noop, name="once")
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    print(p.exitcode, p.is_alive())
    p.close()
    for what in ("pid", "exitcode", "is_alive"):
        try:
            v = getattr(p, what)
            if callable(v):
                v()
            print(what, "ok")
        except ValueError as e:
            print(what, "ValueError:", e)
    print(p.name)
    q = multiprocessing.Process(target=noop)
    try:
        q.close()
        print("close before start: ok")
    except ValueError as e:
        print("close before start:", e)
