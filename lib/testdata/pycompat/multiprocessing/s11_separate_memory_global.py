import multiprocessing

counter = 0

def bump(q):
    global counter
    counter += 100
    q.put(counter)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=bump, args=(q,))
    p.start()
    p.join()
    print("child saw", q.get(), "parent has", counter)
    bump(q)
    print("parent now", counter, q.get())
