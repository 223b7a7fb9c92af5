import multiprocessing

def runner(start, results, i):
    start.wait()
    results.put(i * i)

if __name__ == "__main__":
    start = multiprocessing.Event()
    results = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=runner, args=(start, results, i)) for i in range(4)]
    for p in ps:
        p.start()
    print(results.empty(), start.is_set())
    start.set()
    got = sorted(results.get() for _ in ps)
    for p in ps:
        p.join()
    print(got, start.is_set(), [p.exitcode for p in ps])
