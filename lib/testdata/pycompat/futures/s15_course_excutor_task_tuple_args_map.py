from concurrent.futures import ThreadPoolExecutor


def task(name):
    result = 0
    for i in range(10001):
        result = result + i
    return f"{name} {result}"


def main():
    excutor = ThreadPoolExecutor(max_workers=3)
    task1 = excutor.submit(task, ('First',))
    task2 = excutor.submit(task, ('Second',))
    print(task1.result())
    print(task2.result())
    taske = excutor.map(task, ['First', 'Second'])
    print(list(taske))
    excutor.shutdown()


main()
