import multiprocessing as mp


def send(q, i):
    q.put(i * i)


if __name__ == "__main__":
    q = mp.SimpleQueue()
    print(q.empty())
    ps = [mp.Process(target=send, args=(q, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps), q.empty())
    q.close()
