// Package threading brings Python's threading module to Go programs and
// gonotes notebooks: the same names, the same semantics, real goroutines.
//
// # From Python to Go
//
//	Python                                   Go
//	t = Thread(target=f, name="w", daemon=True)  t := &threading.Thread{Target: f, Name: "w", Daemon: true}
//	Thread(target=work, args=(i,))           &threading.Thread{Target: func() { work(i) }}   (copy i first in a loop: i := i)
//	class W(Thread): def run(self): ...      type W struct{...}; func (w *W) Run() {...}; &threading.Thread{Target: w.Run}   (named "Thread-1", no target name)
//	t.start(); t.join(); t.join(2.5)         t.Start(); t.Join(); t.JoinTimeout(2500 * time.Millisecond)
//	t.is_alive(), t.name, t.ident            t.IsAlive(), t.GetName(), t.Ident()
//	t.native_id, t.daemon                    t.NativeID(), t.Daemon
//	current_thread(), main_thread()          threading.CurrentThread(), threading.MainThread()
//	get_ident(), get_native_id()             threading.GetIdent(), threading.GetNativeID()
//	active_count(), enumerate()              threading.ActiveCount(), threading.Enumerate()
//	lock = Lock(); with lock: ...            var lock threading.Lock; lock.Acquire(); defer lock.Release()
//	lock.acquire(timeout=1)                  lock.AcquireTimeout(time.Second)
//	lock.acquire(blocking=False)             lock.TryAcquire()
//	lock.locked()                            lock.Locked()
//	RLock()                                  var r threading.RLock
//	Condition(lock), Condition()             threading.NewCondition(&lock), var c threading.Condition
//	c.wait(), c.wait(1), c.wait_for(p)       c.Wait(), c.WaitTimeout(time.Second), c.WaitFor(p)
//	c.notify(), c.notify(n), c.notify_all()  c.Notify(1), c.Notify(n), c.NotifyAll()
//	Semaphore(5), Semaphore()                threading.NewSemaphore(5), var s threading.Semaphore (value 1)
//	BoundedSemaphore(5)                      threading.NewBoundedSemaphore(5)
//	sem.release(3)                           sem.ReleaseN(3)
//	e = Event(); e.set(); e.wait(1)          var e threading.Event; e.Set(); e.WaitTimeout(time.Second)
//	Timer(2.0, f).start(); t.cancel()        t := threading.NewTimer(2*time.Second, f); t.Start(); t.Cancel()
//	b = Barrier(3, action=f); b.wait()       b := threading.NewBarrier(3, f); i, err := b.Wait()
//	BrokenBarrierError                       threading.ErrBrokenBarrier
//	Barrier(3, timeout=0)                    &threading.Barrier{Parties: 3, Timeout: threading.ZeroTimeout}
//	Thread(target=worker).name               "Thread-1 (worker)": the same default name
//	d = local(); d.x = 1; d.x                var d threading.Local; d.Set("x", 1); d.Get("x")
//	getattr(d, "x", None), del d.x           v, ok := d.Lookup("x"); d.Delete("x")
//
// Zero values are ready to use: a zero [Lock], [RLock] or [Event] is
// unlocked/clear, a zero [Semaphore] or [BoundedSemaphore] has Python's
// default value 1, a zero [Condition] owns a new [RLock] as in Python.
//
// Programming errors that Python raises at once panic with Python's message:
// releasing an unlocked Lock ("RuntimeError: release unlocked lock"),
// starting a thread twice ("RuntimeError: threads can only be started once"),
// joining a thread before it started or joining the current thread,
// NewSemaphore(-1), releasing a BoundedSemaphore too often. A panic inside a
// Thread's Target is printed, as Python prints an exception in a thread:
// "Exception in thread NAME:" then the panic and the user's stack frames, to
// standard error, and the program goes on.
//
// # Threads and goroutines
//
// Every Thread runs its Target in its own goroutine; Go runs goroutines in
// parallel on all cores (there is no GIL). [Thread.Ident] is the goroutine
// id (Python's get_ident is an opaque number too). Go schedules goroutines
// on OS threads M:N, so a goroutine has no OS thread of its own; a Thread's
// goroutine is locked to the OS thread it starts on while it runs, as a
// Python thread is an OS thread, and [Thread.NativeID] is that thread's id
// (gettid on Linux): it differs from Ident, is distinct among threads
// running at one time, and stays the same inside the thread. The main
// thread's NativeID is the process id, as CPython's on Linux: on Linux the
// package locks the main goroutine to the process's first thread in its
// init, so that no Thread runs there.
//
// [CurrentThread] in a goroutine that is not a Thread returns [MainThread]
// for the main goroutine, and a dummy thread ("Dummy-N", daemon, as Python
// reports threads it did not start) for any other goroutine, such as one
// started with a plain go statement. The main goroutine is the one a host
// declares with hook.SetMainGoroutine (the gonotes kernel declares the
// goroutine running each cell), or else the goroutine that initialised the
// program's packages: main's (in a test binary, whose tests run in other
// goroutines, the first goroutine that asks this package for a thread
// identity: CurrentThread, MainThread, Thread.Start, a blocking wait...). The main thread keeps one identity
// however many goroutines play it (hook.ThreadID): in a notebook, [GetIdent]
// and [CurrentThread] are the same in every cell, and an RLock or a
// Condition that the main thread acquired in one cell is released in the
// next, as in Python, whose notebook runs every cell in one main thread. [ActiveCount] and [Enumerate] count the
// main thread and the live Threads; dummy threads are not listed, since Go
// cannot tell when a plain goroutine ends.
//
// Daemon is recorded and shown by String, but a Go program ends when main
// returns, daemon threads or not: Join the threads you wait for, or call
// [JoinAll] (what Python does for non-daemon threads at exit).
//
// # Interrupts and deadlocks
//
// Every blocking call (Acquire, Join, Wait, ...) returns when the gonotes
// kernel interrupts the cell that started the waiting goroutine: it panics
// with hook.KeyboardInterrupt, as Python raises KeyboardInterrupt. A Thread
// belongs to the cell that called Start; its Target ends quietly on that
// panic.
//
// When blocked threads form a cycle (A holds Lock#1 and waits for Lock#2,
// which B holds while waiting for Lock#1; a thread acquiring a Lock it holds;
// threads joining each other) the package prints, within a second, to
// standard error:
//
//	deadlock: "A" waits for Lock#2 held by "B"; "B" waits for Lock#1 held by "A"
//
// The threads stay blocked, as in Python, until the cell is interrupted.
// Objects are named Lock#N, RLock#N, Semaphore#N... in the order they were
// first needed, or by their Name field when it is set. A cycle through a
// plain Lock (which any thread may release) is only named once every live
// Thread is blocked, so a long wait for a thread that is still working (or
// sleeping) is never reported.
package threading
