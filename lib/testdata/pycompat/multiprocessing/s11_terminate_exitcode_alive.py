import multiprocessing, time

def sleeper():
    time.sleep(30)

if __name__ == "__main__":
    p = multiprocessing.Process(target=sleeper)
    print(p.is_alive(), p.exitcode)
    p.start()
    print(p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print(p.is_alive(), p.exitcode)
    k = multiprocessing.Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print(k.is_alive(), k.exitcode)
