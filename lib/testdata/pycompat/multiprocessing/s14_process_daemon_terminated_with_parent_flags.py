import multiprocessing
import time


def forever(ready):
    ready.set()
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    ready = multiprocessing.Event()
    d = multiprocessing.Process(target=forever, args=(ready,), daemon=True, name="background")
    d.start()
    ready.wait(20)
    print(d.name, d.daemon, d.is_alive(), d.exitcode)
    d.terminate()
    d.join(10)
    print(d.is_alive(), d.exitcode)
    print(multiprocessing.active_children() == [])
