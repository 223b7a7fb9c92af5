import multiprocessing

def produce(q, base):
    for i in range(5):
        q.put(base + i)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=produce, args=(q, b)) for b in (0, 100, 200)]
    for p in ps:
        p.start()
    items = [q.get() for _ in range(15)]
    for p in ps:
        p.join()
    print(sorted(items))
    print([p.exitcode for p in ps])
