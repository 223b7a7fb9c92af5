import multiprocessing

def f(x):
    if x == 4:
        raise ValueError("bad %d" % x)
    return x * 10

def drain(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
            return out
        except ValueError as e:
            out.append(str(e))

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        # chunksize 1: the error takes the failing item's place, the rest follow
        print(drain(pool.imap(f, range(8))))
        # chunksize 3: the failing chunk is lost whole and the iteration ends
        print(drain(pool.imap(f, range(8), chunksize=3)))
        print(drain(pool.imap_unordered(f, range(8), chunksize=3)))
        print(list(pool.imap(f, range(4), chunksize=2)))
        for cs in (0, -1):
            try:
                list(pool.imap(f, range(3), chunksize=cs))
            except ValueError as e:
                print("ValueError:", e)
