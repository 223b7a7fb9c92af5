import multiprocessing
import time

def sleeper(e):
    e.set()
    time.sleep(60)

if __name__ == "__main__":
    e = multiprocessing.Event()
    p = multiprocessing.Process(target=sleeper, args=(e,), daemon=True)
    print(p.exitcode, p.is_alive())
    p.start()
    e.wait()
    print(p.exitcode, p.is_alive(), p.join(0.05), p.exitcode)
    p.terminate()
    p.join()
    print(p.exitcode, p.is_alive())
    p.terminate()
    p.kill()
    print(p.exitcode)
