import multiprocessing, time

def forever():
    while True:
        time.sleep(0.01)

if __name__ == "__main__":
    w = multiprocessing.Process(target=forever)
    w.daemon = True
    w.start()
    print(w.is_alive(), w.daemon, w.exitcode)
    w.terminate()
    w.join()
    print(w.is_alive(), w.exitcode)
    k = multiprocessing.Process(target=forever, daemon=True)
    k.start(); k.kill(); k.join()
    print(k.exitcode, multiprocessing.active_children())
