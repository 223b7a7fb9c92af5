import multiprocessing as mp


def noop():
    pass


if __name__ == "__main__":
    p = mp.Process(target=noop)
    try:
        p.join()
    except AssertionError as e:
        print("join before start:", e)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("start twice:", e)
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print("start after end:", e)
    print("exitcode:", p.exitcode, "alive:", p.is_alive())
    p.close()
    for name, call in (("is_alive", p.is_alive), ("start", p.start), ("join", p.join)):
        try:
            call()
        except ValueError as e:
            print(name, "after close:", e)
