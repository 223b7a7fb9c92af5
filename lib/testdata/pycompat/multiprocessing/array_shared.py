import multiprocessing

def square_all(a):
    with a.get_lock():
        for i in range(len(a)):
            a[i] = a[i] * a[i]

if __name__ == "__main__":
    a = multiprocessing.Array("i", [1, 2, 3, 4])
    p = multiprocessing.Process(target=square_all, args=(a,))
    p.start()
    p.join()
    print(a[:])
    print(len(a), a[2])
    z = multiprocessing.Array("d", 3)
    print(z[:])
