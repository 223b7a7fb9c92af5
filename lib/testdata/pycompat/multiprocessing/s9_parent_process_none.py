import multiprocessing

def show(q):
    pp = multiprocessing.parent_process()
    q.put((pp is not None, pp.name if pp else None))

if __name__ == "__main__":
    print(multiprocessing.parent_process())
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,))
    p.start()
    print(q.get())
    p.join()
