import multiprocessing

def f():
    pass

if __name__ == "__main__":
    p = multiprocessing.Process(target=f, name="early")
    print(p.pid, p.exitcode, p.is_alive(), p.name, p.daemon)
    try:
        p.join()
    except AssertionError as e:
        print("AssertionError:", e)
    p.start()
    p.join()
    print(p.pid is not None, p.exitcode, p.is_alive(), p.ident == p.pid)
