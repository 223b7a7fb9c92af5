import multiprocessing

def work():
    pass

def show(fn):
    try:
        fn()
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    show(p.join)
    p.start()
    show(p.start)
    p.join()
    print(p.exitcode)
    p.close()
    show(p.is_alive)
    show(p.start)
