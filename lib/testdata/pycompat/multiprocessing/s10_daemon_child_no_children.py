import multiprocessing

def leaf():
    pass

def parent(q):
    try:
        p = multiprocessing.Process(target=leaf)
        p.start()
        p.join()
        q.put("started child")
    except AssertionError as e:
        q.put("AssertionError: %s" % e)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    for d in (False, True):
        p = multiprocessing.Process(target=parent, args=(q,), daemon=d)
        p.start()
        print(d, q.get())
        p.join()
