import multiprocessing

def init(l, v):
    global lock, counter
    lock, counter = l, v

def tick(x):
    with lock:
        counter.value += x
    return x * 2

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    counter = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(2, initializer=init, initargs=(lock, counter)) as pool:
        print(pool.map(tick, range(1, 6)))
    print(counter.value)
