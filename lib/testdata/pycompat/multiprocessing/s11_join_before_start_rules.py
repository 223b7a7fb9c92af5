import multiprocessing

def noop():
    pass

if __name__ == "__main__":
    p = multiprocessing.Process(target=noop)
    try:
        p.join()
    except AssertionError as e:
        print("AssertionError:", e)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    p.join()
    print(p.exitcode, p.is_alive())
