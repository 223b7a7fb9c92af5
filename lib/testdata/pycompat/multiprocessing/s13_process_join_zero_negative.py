import multiprocessing as mp, time
def wait_ev(e):
    e.wait()
if __name__ == "__main__":
    e = mp.Event()
    p = mp.Process(target=wait_ev, args=(e,))
    p.start()
    t = time.monotonic()
    for to in (0, -1, 0.05):
        print("join", to, p.join(to), p.is_alive(), p.exitcode)
    print(time.monotonic() - t < 1)
    e.set(); p.join(); print(p.exitcode, p.is_alive())
