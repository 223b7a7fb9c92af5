import multiprocessing

if __name__ == "__main__":
    print(multiprocessing.Value("d", 2.0))
    print(multiprocessing.Value("d", 0.1))
    print(multiprocessing.Value("i", -4))
    with multiprocessing.Manager() as m:
        v = m.Value("i", 3)
        print(v)
        v.value = 9
        print(v, v.value)
        print(m.Value("d", 1.5))
