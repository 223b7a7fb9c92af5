import multiprocessing

if __name__ == "__main__":
    v = multiprocessing.Value("i", 5)
    print(v)
    print(v.value)
    d = multiprocessing.Value("d", 2.5)
    print(d)
    v.value = 7
    print(v.value)
