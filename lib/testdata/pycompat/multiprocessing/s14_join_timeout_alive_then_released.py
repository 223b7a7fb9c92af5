import multiprocessing


def wait_for(ev):
    ev.wait()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(ev,))
    p.start()
    p.join(0.3)
    print("after join(0.3):", p.is_alive(), p.exitcode)
    ev.set()
    p.join()
    print("after set:", p.is_alive(), p.exitcode)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)
