import multiprocessing

def grandchild():
    pass

def child(q):
    try:
        multiprocessing.Process(target=grandchild).start()
        q.put("started")
    except AssertionError as e:
        q.put("AssertionError: %s" % e)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,), daemon=True)
    p.start()
    print(q.get())
    p.join()
    print(p.daemon, p.exitcode)
