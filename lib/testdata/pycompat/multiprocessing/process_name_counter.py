import multiprocessing

def work():
    pass

if __name__ == "__main__":
    a = multiprocessing.Process(target=work)
    b = multiprocessing.Process(target=work, name="named")
    c = multiprocessing.Process(target=work)
    for p in (a, b, c):
        p.start()
        p.join()
    print([p.name for p in (a, b, c)], [p.exitcode for p in (a, b, c)])
    d = multiprocessing.Process(target=work)
    d.start()
    d.join()
    print(d.name)
