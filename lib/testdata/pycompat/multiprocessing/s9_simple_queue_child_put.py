import multiprocessing

def produce(q):
    for i in range(3):
        q.put(i * 100)

if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    print(q.empty())
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    print([q.get() for _ in range(3)], q.empty())
