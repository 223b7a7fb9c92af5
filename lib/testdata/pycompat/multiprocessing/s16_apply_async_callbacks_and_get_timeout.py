import multiprocessing as mp


def slow_square(x, ev):
    ev.wait(30)
    return x * x


def fail(x):
    raise KeyError(x)


if __name__ == "__main__":
    results, errors = [], []
    m = mp.Manager()
    ev = m.Event()
    with mp.Pool(2) as pool:
        r = pool.apply_async(slow_square, (6, ev), callback=results.append, error_callback=errors.append)
        try:
            r.get(timeout=0.2)
        except mp.TimeoutError as e:
            print("TimeoutError", repr(str(e)), r.ready())
        ev.set()
        print(r.get(timeout=30), r.ready(), r.successful())
        bad = pool.apply_async(fail, ("k",), callback=results.append, error_callback=errors.append)
        bad.wait(30)
        print("bad:", bad.ready(), bad.successful())
        try:
            bad.get()
        except KeyError as e:
            print("KeyError:", e)
    print(results, [type(e).__name__ for e in errors])
    m.shutdown()
