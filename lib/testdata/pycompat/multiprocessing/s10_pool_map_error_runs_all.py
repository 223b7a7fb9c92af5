import multiprocessing

def init(v):
    global counter
    counter = v

def task(x):
    if x == 0:
        raise ValueError("bad item 0")
    with counter.get_lock():
        counter.value += 1
    return x

if __name__ == "__main__":
    v = multiprocessing.Value("i", 0)
    pool = multiprocessing.Pool(1, initializer=init, initargs=(v,))
    try:
        pool.map(task, range(10))
    except ValueError as e:
        print("ValueError:", e)
    print(v.value)
    r = pool.map_async(task, [0, 1, 2])
    r.wait()
    print(r.successful(), v.value)
    pool.close()
    pool.join()
