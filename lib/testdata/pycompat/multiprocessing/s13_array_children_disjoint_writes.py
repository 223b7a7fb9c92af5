import multiprocessing as mp

def fill(a, k):
    a[2 * k] = k
    a[2 * k + 1] = k * 10

if __name__ == "__main__":
    a = mp.Array("i", 6)
    print("zeros:", a[:])
    ps = [mp.Process(target=fill, args=(a, k)) for k in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(a[:], sum(a), max(a[:]), len(a))
