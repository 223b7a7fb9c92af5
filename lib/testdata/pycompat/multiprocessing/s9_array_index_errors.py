import multiprocessing

if __name__ == "__main__":
    a = multiprocessing.Array("i", [1, 2, 3])
    for i in (3, 10):
        try:
            a[i]
        except IndexError as e:
            print("IndexError:", e)
    try:
        a[5] = 0
    except IndexError as e:
        print("IndexError:", e)
    print(a[:], len(a))
