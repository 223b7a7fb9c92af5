import multiprocessing
import sys


def ok():
    return 42


def boom():
    raise ValueError("bad value")


def quit_with(code):
    sys.exit(code)


if __name__ == "__main__":
    cases = [("return", ok, ()), ("raise", boom, ()), ("exit(0)", quit_with, (0,)),
             ("exit(4)", quit_with, (4,)), ("exit(255)", quit_with, (255,))]
    for label, fn, args in cases:
        p = multiprocessing.Process(target=fn, args=args, name="case-" + label)
        print(label, "before:", p.exitcode, p.is_alive())
        p.start()
        p.join()
        print(label, "after:", p.exitcode, p.is_alive(), p.name)
