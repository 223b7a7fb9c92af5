import queue, threading

st = queue.LifoQueue()
order = []
for i in range(4):
    st.put(i)
def consumer():
    while not st.empty():
        order.append(st.get())
        st.task_done()
t = threading.Thread(target=consumer)
t.start()
st.join()
t.join()
print(order, st.unfinished_tasks)
