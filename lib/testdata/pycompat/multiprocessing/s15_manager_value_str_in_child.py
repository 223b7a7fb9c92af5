import multiprocessing


def show(v, a):
    print(v, v.value)
    v.value += 1
    print(a)


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        v = m.Value("i", 41)
        a = multiprocessing.Value("i", 1)
        p = multiprocessing.Process(target=show, args=(v, a))
        p.start()
        p.join()
        print(v, v.value, p.exitcode)
