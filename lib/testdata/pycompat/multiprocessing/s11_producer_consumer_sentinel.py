import multiprocessing

def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)

if __name__ == "__main__":
    q, out = multiprocessing.Queue(maxsize=5), multiprocessing.Queue()
    ps = [multiprocessing.Process(target=producer, args=(q, 100)),
          multiprocessing.Process(target=consumer, args=(q, out))]
    for p in ps:
        p.start()
    print("total", out.get())
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
