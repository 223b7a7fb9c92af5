import multiprocessing

def init(q):
    global results
    results = q

def work(x):
    results.put((x, x * x))
    return x

if __name__ == "__main__":
    q = multiprocessing.Queue()
    pool = multiprocessing.Pool(2, initializer=init, initargs=(q,))
    done = pool.map(work, range(5))
    pool.close()
    pool.join()
    got = sorted(q.get() for _ in done)
    print(done, got)
