import multiprocessing


def square(x):
    return x * x


def noop():
    pass


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(square, (7,))
        r.wait()
        print([r.get(timeout=0) for _ in range(30)].count(49), sum(r.ready() for _ in range(30)))
        waits = 0
        for _ in range(30):
            r.wait(0)
            waits += r.ready()
        print(waits)
    p = multiprocessing.Process(target=noop)
    p.start()
    p.join()
    alive = 0
    for _ in range(30):
        p.join(0)
        alive += p.is_alive()
    print(alive, p.exitcode)
