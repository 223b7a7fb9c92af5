import multiprocessing

def show(q):
    q.put(multiprocessing.current_process().name)

if __name__ == "__main__":
    print(multiprocessing.current_process().name)
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,), name="kid")
    p.start()
    print(q.get())
    p.join()
    print(p.name)
