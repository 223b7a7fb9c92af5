import multiprocessing

def bump(v):
    v.value += 1

if __name__ == "__main__":
    v = multiprocessing.Value("i", 2**31 - 1)
    p = multiprocessing.Process(target=bump, args=(v,))
    p.start(); p.join()
    print(v.value)
    b = multiprocessing.Value("b", 127)
    b.value += 1
    print(b.value)
    B = multiprocessing.Value("B", 255)
    B.value += 2
    print(B.value)
    h = multiprocessing.Value("h", -32768)
    h.value -= 1
    print(h.value)
    f = multiprocessing.Value("f", 0.1)
    print(round(f.value, 6), f.value == 0.1)
    d = multiprocessing.Value("d", 0.1)
    print(d.value, d.value == 0.1)
