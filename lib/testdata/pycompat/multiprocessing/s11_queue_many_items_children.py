import multiprocessing

def producer(q, start, n):
    for i in range(start, start + n):
        q.put(i)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=producer, args=(q, k * 1000, 500)) for k in range(3)]
    for p in ps:
        p.start()
    got = [q.get() for _ in range(1500)]
    for p in ps:
        p.join()
    print(len(got), len(set(got)), sum(got), min(got), max(got))
    print(q.empty(), [p.exitcode for p in ps])
