import multiprocessing

def square_into(q, xs):
    for x in xs:
        q.put(x * x)

if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    print(q.empty())
    ps = [multiprocessing.Process(target=square_into, args=(q, range(i, 10, 2))) for i in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    got = []
    while not q.empty():
        got.append(q.get())
    print(sorted(got), q.empty())
    q.close()
