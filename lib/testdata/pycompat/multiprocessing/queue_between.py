import multiprocessing

def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q, 5))
    p.start()
    out = []
    while True:
        x = q.get()
        if x is None:
            break
        out.append(x)
    p.join()
    print(out)
