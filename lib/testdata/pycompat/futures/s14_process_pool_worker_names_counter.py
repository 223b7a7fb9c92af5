import multiprocessing
from concurrent.futures import ProcessPoolExecutor

barrier = None


def init(b):
    global barrier
    barrier = b


def name(_):
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
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(b,)) as ex:
        names = sorted(ex.map(name, range(2)))
    print("workers:", names)
    last = multiprocessing.Process(target=noop)
    print("next:", last.name)
