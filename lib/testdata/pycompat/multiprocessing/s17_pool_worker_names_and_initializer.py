import multiprocessing as mp

tag = None


def init(t):
    global tag
    tag = t


def who(_):
    return (mp.current_process().name.rsplit("-", 1)[0], tag)


if __name__ == "__main__":
    with mp.Pool(2, initializer=init, initargs=("ready",)) as p:
        print(sorted(set(p.map(who, range(6)))))
    print(mp.current_process().name)
