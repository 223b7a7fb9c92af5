import multiprocessing

def ident(x):
    return x

if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    print(pool.map(ident, [1, 2]))
    pool.terminate()
    for name, call in (("map", lambda: pool.map(ident, [1])), ("apply_async", lambda: pool.apply_async(ident, (1,))),
                       ("imap", lambda: pool.imap(ident, [1]))):
        try:
            call()
        except ValueError as e:
            print(name, "ValueError:", e)
    pool.join()
    print("joined")
