from concurrent.futures import ProcessPoolExecutor

PREFIX = "unset"


def init(prefix):
    global PREFIX
    PREFIX = prefix


def tag(x):
    return "%s-%d" % (PREFIX, x)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("job",)) as ex:
        print(list(ex.map(tag, range(4))))
    print("parent keeps:", PREFIX)
