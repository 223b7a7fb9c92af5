import multiprocessing

def one(x):
    return 1

if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    pool.close()
    for name, call in [("apply_async", lambda: pool.apply_async(one, (1,))), ("map", lambda: pool.map(one, [1])), ("imap", lambda: pool.imap(one, [1]))]:
        try:
            call()
        except ValueError as e:
            print(name, "ValueError", e)
    pool.join()
    print("joined")
