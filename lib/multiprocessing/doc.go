// Package multiprocessing runs functions in real OS processes, like
// Python's multiprocessing module: a child has its own PID and its own
// memory (a global it changes stays unchanged in the parent) and runs in
// parallel with its parent on another core.
//
//	Python                                      Go
//	p = Process(target=work, args=(1, q))       p := &multiprocessing.Process{Target: work, Args: []any{1, q}}
//	p.start(); p.join(); p.join(1.5)            p.Start(); p.Join(); p.JoinTimeout(1500 * time.Millisecond)
//	p.pid, p.exitcode, p.is_alive()             p.Pid(), p.ExitCode(), p.IsAlive()
//	p.name  ("Process-1")                       p.GetName()   (p.Name: set before Start, else empty until then)
//	p.terminate(); p.kill(); p.daemon = True    p.Terminate(); p.Kill(); p.Daemon = true
//	current_process(), parent_process()         multiprocessing.CurrentProcess(), multiprocessing.ParentProcess()
//	active_children(), cpu_count()              multiprocessing.ActiveChildren(), multiprocessing.CPUCount()
//	q = Queue(); q.put(x); q.get()              q := multiprocessing.NewQueue(); q.Put(x); q.Get()
//	q.get(timeout=1), q.get_nowait()            q.GetTimeout(time.Second), q.GetNowait()   (ErrEmpty)
//	JoinableQueue(), SimpleQueue()              multiprocessing.NewJoinableQueue(), multiprocessing.NewSimpleQueue()
//	a, b = Pipe(); a.send(x); b.recv()          a, b := multiprocessing.Pipe(); a.Send(x); b.Recv()   (io.EOF)
//	a.send_bytes(b'x'); b.recv_bytes()          a.SendBytes([]byte("x")); b.RecvBytes()
//	Lock(), RLock(), Semaphore(2), Event()      multiprocessing.NewLock(), NewRLock(), NewSemaphore(2), NewEvent()
//	Condition(), Barrier(3)                     multiprocessing.NewCondition(nil), NewBarrier(3)
//	Value('i', 0), Array('d', 10)               multiprocessing.NewValue("i", 0), NewArray("d", 10)
//	Array('c', b'hi'); a.value; a.value = b'x'  multiprocessing.NewArray("c", "hi"); a.Value(); a.SetValue([]byte("x"))
//	with Pool(4) as p: p.map(f, xs)             p := multiprocessing.NewPool(4); defer p.Terminate(); p.Map(f, xs)
//	Pool() / Pool(0)                            NewPool(0) (CPUCount() workers) / NewPool(multiprocessing.ZeroProcesses) (ValueError)
//	p.starmap, apply, apply_async, map_async    p.Starmap, p.Apply, p.ApplyAsync, p.MapAsync
//	p.imap, imap_unordered; close(); join()     p.Imap, p.ImapUnordered (IMapIterator); p.Close(); p.Join()
//	with Manager() as m: m.list(), m.dict()     m := multiprocessing.NewManager(); defer m.Shutdown(); m.List(), m.Dict()
//	m.Namespace(); ns.x = 1                      ns := m.Namespace(); ns.Set("x", 1)
//
// Zero values are ready to use for Queue, JoinableQueue, SimpleQueue,
// Lock, RLock, Semaphore (value 1), Event, Condition, Manager and Pool
// (CPUCount() workers).
//
// # Starting a child
//
// A child process cannot be forked from a running Go program, so it is
// started afresh and told, by name, which function to call. Target must
// therefore be a top-level function (not a closure, a method value or a
// func variable), and there are two ways to find it by name:
//
//   - In a compiled program, register the targets and let the child run
//     them: call [Main] first thing in main (or TestMain), passing the
//     targets, or [Register] them at package level. The child is the
//     program's own executable, started with the environment variable
//     GONOTES_MP_CHILD; Main runs the child's part and exits (see the
//     example below).
//
//   - In a gonotes notebook, the child is the gonotes binary in worker mode:
//     it replays the declarations of the cells run so far (imports,
//     constants, types, functions and variables, never statements; a
//     variable whose initializer has effects, such as os.Create, is a zero
//     value there) in a fresh interpreter and calls the target by name. The kernel names the
//     targets of a cell for you (Target: work, pool.Map(work, xs)); where
//     it cannot, write multiprocessing.Named("work", work) or set
//     Process.TargetName.
//
// In a compiled program:
//
//	func main() {
//		multiprocessing.Main(work) // in a child: runs work and exits
//		q := multiprocessing.NewQueue()
//		p := &multiprocessing.Process{Target: work, Args: []any{1, q}}
//		...
//	}
//
// A child inherits nothing but what its Args carry (and the declarations of
// the program or notebook): variables have their initial values in the
// child. A Pool's workers are started once and reused; in a notebook they
// know the functions declared before the Pool started.
//
// # Crossing the boundary
//
// Args, queue items, pipe messages, manager values and Pool results are
// copied between processes in a self-describing binary encoding. It
// carries nil, bools, every integer, float and complex kind, strings;
// slices, arrays, maps, pointers and structs of them (all fields, also
// unexported ones); values in interfaces (any); errors (as their message),
// time.Time and time.Duration. What comes back keeps its kind and shape: an
// int is an int, a []float64 a []float64, a map[string]int a
// map[string]int, a struct a struct with the same fields (when received
// as any, its type is an unnamed struct type; received as a parameter of
// the target, it is converted to the parameter's type). Funcs, channels and
// unsafe pointers cannot cross: Start, Put and Send say so, e.g.
//
//	multiprocessing: cannot send argument 2 (func()) to a child process
//
// Handles cross as handles: a *Queue, *JoinableQueue, *SimpleQueue, *Conn,
// *Lock, *RLock, *Semaphore, *BoundedSemaphore, *Event, *Condition,
// *Barrier, *ListProxy, *DictProxy, *Namespace, *Value or *Array passed to
// a child (in Args, or inside another value) is the same object in the
// child: the object lives in the process that created it, which serves the
// calls of the others over a unix socket; Value and Array live in shared
// memory (a file mapped by every process).
//
// Only the processes of the session can use those sockets, as with
// Python's authkey: the main process makes a random key, each child gets
// it in the first message on the socket pair it inherits (never in its
// environment or on its command line), and a connection is used only after
// each end has answered the other's random challenge with its HMAC under
// the key, and found, with SO_PEERCRED, that the other end runs as the same
// user. A message is at most 256 MiB: a larger argument, queue item or
// result is refused with an error saying so.
//
// # Failures, interrupts and orphans
//
// A target that panics (or returns a non-nil error as its last result)
// prints "Process Process-1:" and the panic to standard error, as Python
// prints an exception in a child, and the child exits with code 1; the
// parent is unaffected. Killed by a signal, a child's exit code is minus
// the signal number. In a Pool, the panic or error becomes the error of the
// result, and a worker that dies fails the calls it was running (it is then
// replaced), so no result waits forever.
//
// Every wait (Join, Get, Recv, Acquire, Wait, Pool results) ends when the
// gonotes kernel interrupts the cell: it panics with hook.KeyboardInterrupt
// and the children go on (in Jupyter's default signal mode they receive
// the same SIGINT as the kernel and end). A child's output not captured
// goes to the cell that started it (for a Pool worker, the cell that
// submitted its current task).
//
// No child outlives its parent: on Linux every child gets SIGKILL when its
// parent dies, however it dies (PR_SET_PDEATHSIG); a child process that
// ends kills its daemon children and waits for the others, as Python's
// does. In a compiled program, Join the children you wait for: they are
// killed when main returns.
//
// # The child protocol (for the gonotes kernel)
//
// A child is started with a socket pair as an extra file descriptor, whose
// number is in GONOTES_MP_CHILD. The parent sends the child's name, the
// session directory and its task (target name and encoded arguments, or
// pool mode); the same connection then carries the calls of the child on
// objects its parent owns. The host's part is small:
//
//   - [SetSpawner] installs the function that returns the *exec.Cmd of a
//     child: the gonotes kernel returns `gonotes worker` with the
//     notebook's declarations (the library adds its descriptor, variable,
//     output and death signal);
//   - the worker calls [ServeChild] with a lookup from name to function
//     and exits with the status it returns; [Main] does the same with the
//     registered functions;
//   - [Shutdown] kills every child and removes the session's files (kernel
//     shutdown or restart); [InterruptChildren] forwards an interrupt to
//     the children (interrupt by message).
package multiprocessing

import _ "github.com/gonotes/gonotes/internal/unixonly" // a build for another system fails with one clear message
