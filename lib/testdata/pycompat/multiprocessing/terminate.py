import multiprocessing
import time

def sleeper():
    time.sleep(30)

if __name__ == "__main__":
    p = multiprocessing.Process(target=sleeper)
    p.start()
    print(p.is_alive())
    p.terminate()
    p.join()
    print(p.exitcode, p.is_alive())
    k = multiprocessing.Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print(k.exitcode)
