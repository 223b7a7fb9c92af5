from concurrent.futures import ProcessPoolExecutor

def setup(prefix):
    global PREFIX
    PREFIX = prefix

def label(x):
    return "%s-%d" % (PREFIX, x)

PREFIX = "unset"

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=("item",)) as ex:
        print(list(ex.map(label, range(4))))
        print(ex.submit(label, 9).result())
    print(PREFIX)
