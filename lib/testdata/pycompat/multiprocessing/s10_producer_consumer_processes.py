import multiprocessing as mp

def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consumer(q, out):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
        count += 1
    out.put((count, total))

if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    p = mp.Process(target=producer, args=(q, 50))
    c = mp.Process(target=consumer, args=(q, out))
    p.start(); c.start()
    p.join(); c.join()
    print(out.get(), p.exitcode, c.exitcode)
