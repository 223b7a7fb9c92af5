package multiprocessing

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/pyrepr"
	"github.com/gonotes/gonotes/lib/internal/spawn"
	"github.com/gonotes/gonotes/lib/internal/trace"
)

// Process is a child process that runs Target(Args...), like Python's
// multiprocessing.Process. The child is a real OS process: it has its own
// PID and its own memory (a global it changes is not changed in the
// parent), and it runs in parallel with its parent on another core.
//
//	p := &multiprocessing.Process{Target: work, Args: []any{1, 0, 50, q}}
//	p.Start()
//	p.Join()
//
// Target must be a top-level function: the child finds it by name (see
// the package documentation). Args are copied to the child (serialised);
// handles such as *Queue, *Conn, *Lock or a Manager's proxies stay
// connected to the objects of the parent.
type Process struct {
	// Target is the function the child runs: a top-level func, the
	// result of [Named], or the function's name as a string.
	Target any
	// TargetName names Target when it cannot be named otherwise (the
	// gonotes kernel fills it for notebook functions).
	TargetName string
	// Args are the arguments given to Target.
	Args []any
	// Name is the process's name; Start (or GetName, String) sets it to
	// "Process-N" if empty.
	// N counts every Process started (or shown), named or not, as
	// Python counts every Process created.
	Name string
	// Daemon children are killed when their parent ends; the others are
	// waited for when a child process ends (in a compiled main program,
	// Join them: every child is killed when the program exits).
	Daemon bool

	mu       sync.Mutex
	role     byte
	started  bool
	c        *child
	pid      int
	ppid     int
	exitcode int
	closed   bool
	numbered bool // a number of the process counter was taken
}

// number takes the process's number of the process counter, once, and
// names it "Process-N" if it has no name: Python numbers every Process,
// named or not. Call it with p.mu held.
func (p *Process) number() {
	if p.numbered {
		return
	}
	p.numbered = true
	if name := nextName("Process"); p.Name == "" {
		p.Name = name
	}
}

// GetName returns the process's name (Python's p.name). A process without
// a Name gets its default one, "Process-N", the first time it is looked at
// (by GetName, String or Start): Python names a process when it is made,
// which a Go struct literal cannot do, and numbers every process, named or
// not.
func (p *Process) GetName() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.role == roleChild {
		p.number()
	}
	return p.Name
}

// Roles of a Process value.
const (
	roleChild  byte = iota // a child this process starts
	roleMain               // CurrentProcess() in the main process
	roleSelf               // CurrentProcess() in a child
	roleParent             // ParentProcess() in a child
)

// NamedFunc is a function together with the name by which a child process
// finds it. [Named] makes one; use it where the target function's name
// cannot be found (see the package documentation).
type NamedFunc struct {
	Name string
	Func any
}

// Named returns f together with its name, for Process.Target and the Pool
// methods: multiprocessing.Named("work", work).
func Named(name string, f any) *NamedFunc { return &NamedFunc{Name: name, Func: f} }

// ErrPickling is the error of a target that a child process cannot call:
// a closure, a method value or a func variable, which has no name a child
// could look up. It is Python's pickle.PicklingError, which Pool,
// ProcessPoolExecutor and a "spawn" Process raise for a lambda; the error
// wrapping it ("PicklingError: Can't pickle <function main.main.func1>: ...")
// says which function and why, and errors.Is(err, ErrPickling) tells it
// apart from an error of the task itself.
var ErrPickling = errors.New("PicklingError")

var closureName = regexp.MustCompile(`\.func\d+(\.\d+)*$|-fm$|\.gowrap\d+$`)

// resolveTarget returns the name by which a child finds the target and,
// when known, its func type.
func resolveTarget(target any, name string) (string, reflect.Type, error) {
	if nf, ok := target.(*NamedFunc); ok {
		if nf == nil || nf.Name == "" {
			return "", nil, errors.New("multiprocessing: Named needs a function name")
		}
		return nf.Name, funcType(nf.Func), nil
	}
	if s, ok := target.(string); ok && s != "" {
		return s, nil, nil // the function's name itself
	}
	if name != "" {
		return name, funcType(target), nil
	}
	if target == nil {
		return "", nil, errors.New("multiprocessing: no Target function")
	}
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Func {
		return "", nil, fmt.Errorf("multiprocessing: the target must be a function, not %s", typeString(v.Type()))
	}
	if v.IsNil() {
		return "", nil, errors.New("multiprocessing: the target function is nil")
	}
	sym := ""
	if f := runtime.FuncForPC(v.Pointer()); f != nil {
		sym = f.Name()
	}
	switch {
	case interpretedFunc(sym):
		return "", nil, fmt.Errorf("%w: Can't pickle <function>: the target has no name a child process could look up: "+
			"a child process can only call a top-level function, given by its name (Target: work); "+
			"not a closure, a method value or a func variable (or use multiprocessing.Named(\"work\", work))", ErrPickling)
	case closureName.MatchString(sym):
		return "", nil, fmt.Errorf("%w: Can't pickle <function %s>: it is a closure or a method value, "+
			"and a child process can only call a top-level function", ErrPickling, sym)
	}
	if currentSpawner() == nil && lookupRegistered(sym) == nil {
		return "", nil, fmt.Errorf("multiprocessing: the target %s is not registered: "+
			"pass it to multiprocessing.Main (or multiprocessing.Register) so that child processes can find it", sym)
	}
	return sym, v.Type(), nil
}

func funcType(f any) reflect.Type {
	if f == nil {
		return nil
	}
	t := reflect.TypeOf(f)
	if t.Kind() != reflect.Func {
		return nil
	}
	return t
}

// shortName is the function name without its package, for messages.
func shortName(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// checkArity reports a wrong number of arguments for a func of type t, as
// Python's TypeError says it ("work() takes 2 positional arguments but 3
// were given", "work() missing 1 required positional argument: 'b'"). fn,
// if valid, is the function, whose source names the missing parameters
// (see paramNames); without it the message ends before the names.
func checkArity(name string, t reflect.Type, n int, fn reflect.Value) error {
	if t == nil {
		return nil
	}
	in := t.NumIn()
	need := in
	if t.IsVariadic() {
		need = in - 1
	}
	switch {
	case n < need:
		msg := fmt.Sprintf("TypeError: %s() missing %d required positional %s", shortName(name), need-n, plural(need-n, "argument"))
		if names := paramNames(name, fn); len(names) == in {
			msg += ": " + missingNames(names[n:need])
		}
		return errors.New(msg)
	case n > in && !t.IsVariadic():
		were := "were"
		if n == 1 {
			were = "was"
		}
		return fmt.Errorf("TypeError: %s() takes %d positional %s but %d %s given", shortName(name), in, plural(in, "argument"), n, were)
	}
	return nil
}

// plural returns word, with an s unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// encodeArgs serialises the arguments of a call in a child.
func encodeArgs(args []any) ([][]byte, error) {
	items := make([][]byte, len(args))
	for i, a := range args {
		b, err := encodeValue(a)
		if err != nil {
			return nil, argError(i, a, err)
		}
		items[i] = b
	}
	return items, nil
}

func argError(i int, a any, err error) error {
	t := typeOf(a)
	var ue *unsendableError
	if errors.As(err, &ue) && ue.typ != nil && ue.typ != t {
		return fmt.Errorf("multiprocessing: cannot send argument %d (%s) to a child process: it holds a %s", i+1, typeString(t), typeString(ue.typ))
	}
	return fmt.Errorf("multiprocessing: cannot send argument %d (%s) to a child process", i+1, typeString(t))
}

// nextName returns the next child name with the given prefix, e.g.
// "Process-3" or, in child "Process-1", "Process-1:3".
func nextName(prefix string) string {
	state.mu.Lock()
	defer state.mu.Unlock()
	state.counter++
	id := strconv.Itoa(state.counter)
	if state.identity != "" {
		id = state.identity + ":" + id
	}
	return prefix + "-" + id
}

// Start starts the child process. It fails when the target cannot be
// named or an argument cannot be sent to another process; starting a
// process twice, or in a daemon process (a daemon Process or a Pool worker),
// panics, as Python asserts ("daemonic processes are not allowed to have
// children").
func (p *Process) Start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.role != roleChild {
		panic(errors.New("AssertionError: can only start a process object created by the current process"))
	}
	p.checkClosed()
	if p.started {
		panic(errors.New("AssertionError: cannot start a process twice"))
	}
	if inDaemon() {
		panic(errDaemonChildren)
	}
	name, ft, err := resolveTarget(p.Target, p.TargetName)
	if err != nil {
		return err
	}
	// A wrong number of Args is the child's TypeError, as in Python:
	// callTarget reports it there.
	_ = ft
	args, err := encodeArgs(p.Args)
	if err != nil {
		return err
	}
	p.number()
	init := &initMsg{name: p.Name, daemon: p.Daemon, mode: modeProcess, target: name, args: args}
	size := 0
	for _, a := range args {
		size += len(a)
	}
	if size >= maxFrame {
		return &errTooLarge{n: size}
	}
	out, errw := spawn.Output(false), spawn.Output(true)
	c, err := startChild(name, init, out, errw)
	if err != nil {
		return err
	}
	p.c, p.pid, p.ppid, p.started = c, c.pid, os.Getpid(), true
	state.mu.Lock()
	state.children[p] = struct{}{}
	state.mu.Unlock()
	if trace.On() {
		trace.Emit(trace.Event{G: hook.ThreadID(), Kind: trace.ProcessStart, Obj: "Process " + p.Name, Arg: c.pid})
	}
	go func() {
		<-c.done
		state.mu.Lock()
		delete(state.children, p)
		state.mu.Unlock()
		if trace.On() {
			trace.Emit(trace.Event{G: hook.ThreadID(), Kind: trace.ProcessEnd, Obj: "Process " + p.Name, Arg: c.exitcode})
		}
	}()
	return nil
}

// errDaemonChildren is what starting a child in a daemon process (a daemon
// Process or a Pool worker) panics with, as Python's start() asserts.
var errDaemonChildren = errors.New("AssertionError: daemonic processes are not allowed to have children")

// inDaemon reports whether this process is a daemon child.
func inDaemon() bool {
	state.mu.Lock()
	defer state.mu.Unlock()
	return state.daemon
}

// Join waits for the child to end. Joining a process that was not started
// panics, as in Python. If the calling cell is interrupted, Join panics
// with hook.KeyboardInterrupt and the child goes on.
func (p *Process) Join() { p.join(-1) }

// JoinTimeout waits at most d for the child to end and reports whether it
// did.
func (p *Process) JoinTimeout(d time.Duration) bool { return p.join(max(d, 0)) }

func (p *Process) join(d time.Duration) bool {
	p.mu.Lock()
	closed, c, role, started := p.closed, p.c, p.role, p.started
	p.mu.Unlock()
	if closed {
		panic(errClosed)
	}
	if role != roleChild {
		panic(errors.New("AssertionError: can only join a child process"))
	}
	if !started {
		panic(errors.New("AssertionError: can only join a started process"))
	}
	// An ended child has ended whatever d is (a select would choose at
	// random between its end and an expired timer).
	select {
	case <-c.done:
		return true
	default:
	}
	var tc <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		tc = t.C
	}
	select {
	case <-c.done:
		return true
	case <-tc:
		return false
	case <-hook.Current().Done():
		panic(hook.KeyboardInterrupt)
	}
}

// IsAlive reports whether the process is running.
func (p *Process) IsAlive() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.checkClosed()
	return p.isAlive()
}

// isAlive is IsAlive for a caller that holds p.mu.
func (p *Process) isAlive() bool {
	switch p.role {
	case roleMain, roleSelf:
		return true
	case roleParent:
		return syscall.Kill(p.pid, 0) == nil
	}
	if !p.started {
		return false
	}
	select {
	case <-p.c.done:
		return false
	default:
		return true
	}
}

// Pid returns the process id, or 0 before Start (Python's None).
func (p *Process) Pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.checkClosed()
	if p.role == roleMain || p.role == roleSelf {
		return os.Getpid()
	}
	return p.pid
}

// Ident is Pid.
func (p *Process) Ident() int { return p.Pid() }

// ExitCode returns nil while the process has not ended (Python's None),
// then its exit code as an int: 0 on success, 1 when the target panicked,
// -N when it was killed by signal N. It can be compared with an int:
// p.ExitCode() == 0.
func (p *Process) ExitCode() any {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.checkClosed()
	if p.role != roleChild || !p.started {
		return nil
	}
	select {
	case <-p.c.done:
		return p.c.exitcode
	default:
		return nil
	}
}

// Terminate stops the child with SIGTERM.
func (p *Process) Terminate() { p.signal(syscall.SIGTERM) }

// Kill stops the child with SIGKILL.
func (p *Process) Kill() { p.signal(syscall.SIGKILL) }

func (p *Process) signal(sig syscall.Signal) {
	p.mu.Lock()
	closed, c := p.closed, p.c
	p.mu.Unlock()
	if closed {
		panic(errClosed)
	}
	if c != nil {
		c.signal(sig)
	}
}

// Close releases the Process; it panics while the child runs. After it,
// every method but Close and String panics with "ValueError: process
// object is closed", as in Python.
func (p *Process) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	if p.role == roleChild && p.isAlive() {
		panic(errors.New("ValueError: Cannot close a process while it is still running. You should first call join() or terminate()."))
	}
	p.closed = true
}

// errClosed is Python's error for a closed Process.
var errClosed = errors.New("ValueError: process object is closed")

// checkClosed panics as Python's _check_closed does once the Process is
// closed (every method but Close and String). The caller holds p.mu and
// unlocks it in a defer.
func (p *Process) checkClosed() {
	if p.closed {
		panic(errClosed)
	}
}

// String returns Python's repr, e.g.
// <Process name='Process-1' pid=1234 parent=1200 started> or
// <Process name='Process-1' pid=1234 parent=1200 stopped exitcode=0>.
func (p *Process) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	kind, parent := "Process", strconv.Itoa(p.ppid)
	var info []string
	status := ""
	exit := ""
	switch p.role {
	case roleMain:
		kind, parent, status = "_MainProcess", "None", "started"
	case roleSelf:
		status = "started"
	case roleParent:
		kind, parent, status = "_ParentProcess", "None", "unknown"
	default:
		p.number()
		if !p.started {
			parent = strconv.Itoa(os.Getpid())
		}
		switch {
		case p.closed:
			status = "closed"
		case !p.started:
			status = "initial"
		default:
			status = "started"
			select {
			case <-p.c.done:
				status = "stopped"
				exit = exitName(p.c.exitcode)
			default:
			}
		}
	}
	info = append(info, kind, "name="+pyrepr.Str(p.Name))
	if p.role == roleChild && p.started || p.role == roleParent {
		info = append(info, "pid="+strconv.Itoa(p.pid))
	}
	info = append(info, "parent="+parent, status)
	if exit != "" {
		info = append(info, "exitcode="+exit)
	}
	if p.Daemon {
		info = append(info, "daemon")
	}
	return "<" + strings.Join(info, " ") + ">"
}

// exitName shows an exit code as Python does: -SIGTERM for -15.
func exitName(code int) string {
	if code < 0 {
		if name, ok := pyrepr.ExitcodeSignalName(-code); ok {
			return "-" + name
		}
	}
	return strconv.Itoa(code)
}

// CurrentProcess returns the Process of the calling process: named
// "MainProcess" in the main process, or the name its parent gave it.
func CurrentProcess() *Process {
	state.mu.Lock()
	defer state.mu.Unlock()
	if state.current == nil {
		p := &Process{Name: state.name, Daemon: state.daemon, role: roleMain, ppid: state.parentPid}
		if state.isChild {
			p.role = roleSelf
		}
		state.current = p
	}
	return state.current
}

// ParentProcess returns the parent of the calling process, or nil in the
// main process.
func ParentProcess() *Process {
	state.mu.Lock()
	defer state.mu.Unlock()
	if !state.isChild {
		return nil
	}
	return &Process{Name: state.parentName, role: roleParent, pid: state.parentPid}
}

// ActiveChildren returns the children of the calling process that are
// still running.
func ActiveChildren() []*Process {
	state.mu.Lock()
	list := make([]*Process, 0, len(state.children))
	for p := range state.children {
		list = append(list, p)
	}
	state.mu.Unlock()
	alive := list[:0]
	for _, p := range list {
		p.mu.Lock()
		ok := !p.closed && p.isAlive()
		p.mu.Unlock()
		if ok {
			alive = append(alive, p)
		}
	}
	return alive
}

// CPUCount returns the number of CPUs (Python's cpu_count()).
func CPUCount() int { return runtime.NumCPU() }

// Spawner returns the command that runs a child process: the library adds
// its own environment variable, file descriptor, output and
// parent-death signal to it. target is the name of the function the child
// will run ("" for a Pool worker, which runs the functions it is sent). The
// gonotes kernel installs one that runs `gonotes worker` with the
// notebook's declarations; without one, the child is this program's own
// executable, whose main calls [Main].
type Spawner func(target string) (*exec.Cmd, error)

var spawner struct {
	sync.Mutex
	s Spawner
}

// SetSpawner installs s for the children started from now on and returns
// the previous Spawner; nil restores the default.
func SetSpawner(s Spawner) Spawner {
	spawner.Lock()
	defer spawner.Unlock()
	prev := spawner.s
	spawner.s = s
	return prev
}

func currentSpawner() Spawner {
	spawner.Lock()
	defer spawner.Unlock()
	return spawner.s
}

// child is a started child process (a Process's or a Pool worker's).
type child struct {
	cmd      *exec.Cmd
	pid      int
	peer     *peer
	done     chan struct{} // closed when reaped
	exitcode int
}

func (c *child) signal(sig syscall.Signal) {
	select {
	case <-c.done:
	default:
		c.cmd.Process.Signal(sig)
	}
}

// startChild starts a child process that runs init, its stdout and
// stderr going to out and errw (nil: this process's own).
func startChild(target string, init *initMsg, out, errw io.Writer) (*child, error) {
	state.mu.Lock()
	err := state.ensureAddrLocked()
	state.mu.Unlock()
	if err != nil {
		return nil, err
	}
	var cmd *exec.Cmd
	if s := currentSpawner(); s != nil {
		if cmd, err = s(target); err != nil {
			return nil, err
		}
	} else {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("multiprocessing: cannot find this program's executable: %w", err)
		}
		cmd = exec.Command(exe)
	}
	fds, err := socketpair()
	if err != nil {
		return nil, fmt.Errorf("multiprocessing: socketpair: %w", err)
	}
	mine, theirs := os.NewFile(uintptr(fds[0]), "multiprocessing-parent"), os.NewFile(uintptr(fds[1]), "multiprocessing-child")
	defer theirs.Close()
	conn, err := net.FileConn(mine)
	mine.Close()
	if err != nil {
		return nil, fmt.Errorf("multiprocessing: %w", err)
	}
	env := cmd.Env
	if env == nil {
		env = hook.Environ() // in a notebook, with what its cells set
	}
	clean := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, envChild+"=") {
			clean = append(clean, kv)
		}
	}
	cmd.ExtraFiles = append(cmd.ExtraFiles, theirs)
	cmd.Env = append(clean, envChild+"="+strconv.Itoa(2+len(cmd.ExtraFiles)))
	if cmd.Stdout == nil {
		cmd.Stdout = orFile(out, os.Stdout)
	}
	if cmd.Stderr == nil {
		cmd.Stderr = orFile(errw, os.Stderr)
	}
	cmd.WaitDelay = 250 * time.Millisecond
	if err := spawn.Start(cmd); err != nil {
		conn.Close()
		return nil, fmt.Errorf("multiprocessing: cannot start a child process: %w", err)
	}
	c := &child{cmd: cmd, pid: cmd.Process.Pid, done: make(chan struct{})}
	c.peer = newPeer(conn, c.pid, state.addrOfLocked(c.pid))
	state.addPeer(c.peer)
	c.peer.start()
	if err := c.peer.send(opInit, init.encode(), true); err != nil {
		c.signal(syscall.SIGKILL)
	}
	go func() {
		cmd.Wait()
		c.exitcode = spawn.ExitCode(cmd.ProcessState)
		close(c.done)
	}()
	return c, nil
}

func orFile(w io.Writer, f *os.File) io.Writer {
	if w == nil {
		return f
	}
	return w
}
