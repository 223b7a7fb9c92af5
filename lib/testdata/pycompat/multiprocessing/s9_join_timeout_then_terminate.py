import multiprocessing, time

def slow():
    time.sleep(30)

if __name__ == "__main__":
    p = multiprocessing.Process(target=slow)
    p.start()
    p.join(0.05)
    print(p.exitcode, p.is_alive())
    p.terminate()
    p.join()
    print(p.exitcode)
