import multiprocessing

def double_all(arr):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] *= 2

if __name__ == "__main__":
    arr = multiprocessing.Array("i", range(10))
    ps = [multiprocessing.Process(target=double_all, args=(arr,)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], sum(arr), len(arr), arr[-1], arr[2:5])
    try:
        arr[10]
    except IndexError as e:
        print("IndexError:", e)
