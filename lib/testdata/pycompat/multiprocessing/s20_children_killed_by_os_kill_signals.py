import os
import re
import signal
import time
import multiprocessing as mp


def sleeper(ev):
    ev.set()
    time.sleep(30)


if __name__ == "__main__":
    for sig in (signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGTERM, signal.SIGKILL):
        ev = mp.Event()
        p = mp.Process(target=sleeper, args=(ev,))
        p.start()
        ev.wait(30)
        os.kill(p.pid, sig)
        p.join(30)
        print(sig.name, p.exitcode, re.sub(r"pid=\d+ parent=\d+", "pid=N parent=N", repr(p)))
