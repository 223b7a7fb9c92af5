import multiprocessing, time

def forever():
    while True:
        time.sleep(0.01)

if __name__ == "__main__":
    p = multiprocessing.Process(target=forever)
    p.start()
    print(p.is_alive())
    p.terminate()
    p.join()
    print(p.exitcode, p.is_alive())
    k = multiprocessing.Process(target=forever)
    k.start()
    k.kill()
    k.join()
    print(k.exitcode)
