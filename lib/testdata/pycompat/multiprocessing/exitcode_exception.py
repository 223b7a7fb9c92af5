import multiprocessing

# pycompat: stderr

def work():
    raise ValueError("child failed")

if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
