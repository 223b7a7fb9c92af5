import multiprocessing

def work():
    print(multiprocessing.current_process().name, flush=True)

if __name__ == "__main__":
    print(multiprocessing.current_process().name)
    ps = [multiprocessing.Process(target=work) for _ in range(2)]
    ps.append(multiprocessing.Process(target=work, name="custom"))
    ps.append(multiprocessing.Process(target=work))
    for p in ps:
        p.start()
        p.join()
    print([p.name for p in ps])
