import multiprocessing

barrier = None


def init(b):
    global barrier
    barrier = b


def name_after_barrier(i):
    barrier.wait()
    return multiprocessing.current_process().name


def noop():
    pass


if __name__ == "__main__":
    first = multiprocessing.Process(target=noop)
    first.start()
    first.join()
    print("first:", first.name)
    b = multiprocessing.Barrier(2)
    with multiprocessing.Pool(2, initializer=init, initargs=(b,)) as pool:
        names = pool.map(name_after_barrier, range(2), chunksize=1)
    print("pool workers:", sorted(names))
    last = multiprocessing.Process(target=noop)
    print("before start:", last.name)
    last.start()
    last.join()
    print("last:", last.name, last.exitcode)
