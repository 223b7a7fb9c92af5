import multiprocessing
import time


def sleeper(ev):
    ev.set()
    time.sleep(60)


if __name__ == "__main__":
    results = []
    for how in ("terminate", "kill"):
        ev = multiprocessing.Event()
        p = multiprocessing.Process(target=sleeper, args=(ev,), name=how)
        p.start()
        ev.wait()
        getattr(p, how)()
        p.join()
        print(p.name, p.exitcode, p.is_alive())
