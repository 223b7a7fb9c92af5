import multiprocessing

def square_into(q, n):
    q.put((n, n * n))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=square_into, args=(q, n)) for n in range(5)]
    for p in ps: p.start()
    results = sorted(q.get() for _ in ps)
    for p in ps: p.join()
    print(results, q.empty(), [p.exitcode for p in ps])
