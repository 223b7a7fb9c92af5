import threading
import multiprocessing as mp


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


if __name__ == "__main__":
    seen = []
    done = threading.Event()
    with mp.Pool(1) as p:
        r = p.apply_async(square, (3,), callback=lambda v: seen.append(("cb", v, threading.current_thread().name, threading.current_thread().daemon)))
        e = p.apply_async(fail, (4,), error_callback=lambda ex: seen.append(("err", type(ex).__name__, str(ex), threading.current_thread() is threading.main_thread())))
        print(r.get(30))
        e.wait(30)
    print(seen)
