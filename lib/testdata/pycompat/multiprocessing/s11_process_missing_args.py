import multiprocessing

def work(name, count):
    print(name * count)

if __name__ == "__main__":
    ok = multiprocessing.Process(target=work, args=("ab", 2))
    ok.start()
    ok.join()
    short = multiprocessing.Process(target=work, args=("ab",))
    short.start()
    short.join()
    print("started, exitcode", short.exitcode)
    many = multiprocessing.Process(target=work, args=("ab", 2, 3))
    many.start()
    many.join()
    print("exitcode", many.exitcode)
# pycompat: stderr
