// Package queue brings Python's queue module to Go programs and gonotes
// notebooks: thread-safe queues for passing items between threads
// (goroutines), with the same names and semantics.
//
// # From Python to Go
//
//	Python                               Go
//	q = queue.Queue()                    q := queue.New(0)   or   var q queue.Queue
//	q = queue.Queue(maxsize=10)          q := queue.New(10)  or   &queue.Queue{Maxsize: 10}
//	queue.LifoQueue(), PriorityQueue()   queue.NewLifoQueue(0), queue.NewPriorityQueue(0)
//	queue.SimpleQueue()                  queue.NewSimpleQueue()
//	q.put(x)                             q.Put(x)
//	q.put(x, timeout=1)                  err := q.PutTimeout(x, time.Second)   // queue.ErrFull
//	q.put_nowait(x)                      err := q.PutNowait(x)                 // queue.ErrFull
//	x = q.get()                          x := q.Get()
//	x = q.get(timeout=1)                 x, err := q.GetTimeout(time.Second)   // queue.ErrEmpty
//	x = q.get_nowait()                   x, err := q.GetNowait()               // queue.ErrEmpty
//	q.task_done(); q.join()              q.TaskDone(); q.Join()
//	q.qsize(), q.empty(), q.full()       q.Qsize(), q.Empty(), q.Full()
//	q.shutdown(immediate=False)          q.Shutdown(false)                     // queue.ErrShutDown
//	pq.put((2, "task"))                  pq.Put(queue.Item{Priority: 2, Value: "task"})
//	item is None                         item == nil
//
// Items are of type any: a Get returns what was Put, to be converted back
// with a type assertion (x.(int)). Python's None sentinel is nil.
//
// Zero values are ready to use (unbounded). Every blocking call (Put, Get,
// Join) returns when the gonotes kernel interrupts the cell that started the
// waiting goroutine, by panicking with hook.KeyboardInterrupt as Python
// raises KeyboardInterrupt; an item handed to an interrupted Get is put back
// at the front of the queue.
//
// Put and Get panic with [ErrShutDown] on a shut-down queue, as Python
// raises queue.ShutDown; their Timeout and Nowait forms return it.
package queue
