import re
import multiprocessing as mp


def wait_then(ev, x):
    ev.wait(30)
    return x * 2


if __name__ == "__main__":
    m = mp.Manager()
    ev = m.Event()
    with mp.Pool(1) as p:
        r = p.apply_async(wait_then, (ev, 21))
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
        try:
            r.get(timeout=0.05)
        except mp.TimeoutError as e:
            print("TimeoutError", repr(str(e)))
        print(r.wait(0.01), r.ready())
        ev.set()
        print(r.get(30), r.ready(), r.successful())
        mr = p.map_async(abs, [-1, -2])
        mr.wait(30)
        print(mr.get(), mr.successful())
    m.shutdown()
