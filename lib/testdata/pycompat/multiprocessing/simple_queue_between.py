import multiprocessing

def child(q):
    q.put("from child")
    q.put([1, 2])

if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    print(q.empty())
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(q.get(), q.get())
    p.join()
    print(q.empty())
