import multiprocessing

def work():
    pass

if __name__ == "__main__":
    ps = [multiprocessing.Process(target=work) for _ in range(3)]
    print([p.name for p in ps])
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    q = multiprocessing.Process(target=work, name="named")
    r = multiprocessing.Process(target=work)
    print(q.name, r.name)
