import multiprocessing
import sys


def raises_value():
    raise ValueError("bad")


def exits(code):
    sys.exit(code)


def fine():
    return "ignored"


if __name__ == "__main__":
    cases = [("value", raises_value, ()), ("exit7", exits, (7,)), ("exit0", exits, (0,)),
             ("fine", fine, ()), ("exit1", exits, (1,))]
    procs = []
    for label, fn, args in cases:
        p = multiprocessing.Process(target=fn, args=args, name=label)
        procs.append(p)
        p.start()
    for p in procs:
        p.join()
    for p in procs:
        print(p.name, p.exitcode, p.is_alive())
    print(sum(1 for p in procs if p.exitcode == 0), "clean")
# pycompat: stderr
