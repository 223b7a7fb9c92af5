import multiprocessing

def work():
    print("child working", flush=True)

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    print(p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(p.exitcode, p.is_alive())
