import multiprocessing

def area(w, h):
    return w * h

if __name__ == "__main__":
    widths, heights = [1, 2, 3, 4], [10, 20, 30, 40]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(area, zip(widths, heights)))
        r = pool.starmap_async(area, [(5, 5), (6, 6)])
        print(r.get(timeout=30), r.successful())
