import multiprocessing

def scale(a, k):
    for i in range(len(a)):
        a[i] = a[i] * k

if __name__ == "__main__":
    a = multiprocessing.Array("d", [0.5, 1.0, 1.5, 2.0])
    p = multiprocessing.Process(target=scale, args=(a, 4))
    p.start()
    p.join()
    print(a[:], a[1], a[-1], len(a))
    a[0] = 9.25
    print(list(a), sum(a))
