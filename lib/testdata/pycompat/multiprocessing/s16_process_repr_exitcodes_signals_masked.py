import multiprocessing as mp
import re
import sys
import time


def sleeper(ev):
    ev.set()
    time.sleep(60)


def exits(code):
    sys.exit(code)


def show(p):
    print(re.sub(r"(pid|parent)=\d+", r"\1=N", repr(p)))


if __name__ == "__main__":
    ev = mp.Event()
    p = mp.Process(target=sleeper, args=(ev,), name="sleepy")
    show(p)
    p.start()
    ev.wait()
    show(p)
    p.terminate()
    p.join()
    show(p)
    ev.clear()
    k = mp.Process(target=sleeper, args=(ev,), name="killed", daemon=True)
    k.start()
    ev.wait()
    k.kill()
    k.join()
    show(k)
    for code in (0, 5):
        e = mp.Process(target=exits, args=(code,), name="exit%d" % code)
        e.start()
        e.join()
        show(e)
