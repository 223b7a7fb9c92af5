import multiprocessing

def fill(a):
    for i in range(len(a)):
        a[i] = i * i

if __name__ == "__main__":
    a = multiprocessing.Array("i", 5)
    print(a[:])
    p = multiprocessing.Process(target=fill, args=(a,))
    p.start()
    p.join()
    print(a[:], sum(a))
