import multiprocessing

def double(arr):
    for i in range(len(arr)):
        arr[i] *= 2

if __name__ == "__main__":
    a = multiprocessing.Array("i", [1, 2, 3, 4])
    d = multiprocessing.Array("d", 3)
    p = multiprocessing.Process(target=double, args=(a,))
    p.start(); p.join()
    print(a[:], len(a), a[0], a[-1], d[:])
