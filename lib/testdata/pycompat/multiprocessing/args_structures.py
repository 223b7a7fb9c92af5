import multiprocessing

def describe(q, nums, table, label):
    q.put((sum(nums), sorted(table.items()), label.upper()))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=describe, args=(q, [1, 2, 3.5], {"b": 2, "a": 1}, "child"))
    p.start()
    print(q.get())
    p.join()
