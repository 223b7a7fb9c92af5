import multiprocessing

def work():
    pass

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    print(p.exitcode, p.is_alive(), p.pid)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), p.pid is not None)
