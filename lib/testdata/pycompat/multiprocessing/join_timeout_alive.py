import multiprocessing
import time

def sleeper(e):
    e.wait()

if __name__ == "__main__":
    e = multiprocessing.Event()
    p = multiprocessing.Process(target=sleeper, args=(e,))
    p.start()
    p.join(0.05)
    print(p.is_alive(), p.exitcode)
    e.set()
    p.join()
    print(p.is_alive(), p.exitcode)
