import multiprocessing as mp


def block(ev):
    ev.wait(60)


if __name__ == "__main__":
    ev = mp.Event()
    a = mp.Process(target=block, args=(ev,))
    b = mp.Process(target=block, args=(ev,))
    a.start()
    b.start()
    print(a.join(timeout=0.05), a.exitcode, a.is_alive())
    a.terminate()
    b.kill()
    a.join()
    b.join()
    print(a.exitcode, b.exitcode, a.is_alive(), b.is_alive())
    a.terminate()
    b.kill()
    print("after end:", a.exitcode, b.exitcode)
