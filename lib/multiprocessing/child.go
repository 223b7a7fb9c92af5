package multiprocessing

import (
	"errors"
	"fmt"
	"net"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

// envChild names the environment variable that marks a child process: its
// value is the file descriptor of the connection to the parent.
const envChild = "GONOTES_MP_CHILD"

// Child modes.
const (
	modeProcess byte = 1 + iota // run one target, then exit
	modePool                    // run the tasks sent until opStop
)

// initMsg is the first frame a parent sends its child.
type initMsg struct {
	name       string
	identity   string
	daemon     bool
	parentPid  int
	parentName string
	dir        string
	token      string
	authkey    []byte
	parentAddr string
	mode       byte
	target     string
	args       [][]byte
}

func (m *initMsg) encode() []byte {
	state.mu.Lock()
	m.parentPid = os.Getpid()
	m.parentName = state.name
	m.dir = state.dir
	m.token = state.token
	m.authkey = state.authkey
	m.parentAddr = state.addr
	state.mu.Unlock()
	if m.identity == "" {
		m.identity = m.name[strings.LastIndexByte(m.name, '-')+1:]
	}
	w := &wbuf{}
	w.str(m.name)
	w.str(m.identity)
	w.bool(m.daemon)
	w.varint(int64(m.parentPid))
	w.str(m.parentName)
	w.str(m.dir)
	w.str(m.token)
	w.bytes(m.authkey)
	w.str(m.parentAddr)
	w.byte1(m.mode)
	w.str(m.target)
	w.items(m.args)
	return w.b
}

func decodeInit(b []byte) (*initMsg, error) {
	r := &rbuf{b: b}
	m := &initMsg{
		name: r.str(), identity: r.str(), daemon: r.bool(), parentPid: int(r.varint()),
		parentName: r.str(), dir: r.str(), token: r.str(), authkey: append([]byte(nil), r.bytes()...), parentAddr: r.str(), mode: r.byte1(),
		target: r.str(), args: r.items(),
	}
	return m, r.err
}

var registry struct {
	sync.Mutex
	m map[string]reflect.Value
}

// Register makes top-level functions available as targets of child
// processes in a compiled program, under their symbol name ("main.work")
// and their short name ("work"). Call it in every process: at package
// level or in init, or simply pass the functions to [Main].
//
// Functions of a gonotes notebook (interpreted, with no Go symbol) are
// skipped: the kernel names a notebook's targets itself, so a program
// written for the compiled world, multiprocessing.Main(work) first, also
// runs as cells.
func Register(targets ...any) {
	for _, t := range targets {
		v := reflect.ValueOf(t)
		if v.Kind() != reflect.Func || v.IsNil() {
			panic(fmt.Sprintf("multiprocessing: Register: %s is not a function", typeString(typeOf(t))))
		}
		sym := runtime.FuncForPC(v.Pointer()).Name()
		if interpretedFunc(sym) {
			continue
		}
		if closureName.MatchString(sym) {
			panic(fmt.Sprintf("multiprocessing: Register: %s is a closure or a method value; use RegisterName", sym))
		}
		RegisterName(sym, t)
		RegisterName(shortName(sym), t)
	}
}

// interpretedFunc reports whether sym, the symbol of a func value, is
// that of a function made by an interpreter (yaegi's wrappers, or
// reflect.MakeFunc), not a function of the program.
func interpretedFunc(sym string) bool {
	return sym == "" || strings.HasPrefix(sym, "github.com/traefik/yaegi/") || strings.HasPrefix(sym, "reflect.")
}

// RegisterName makes f available to child processes under name.
func RegisterName(name string, f any) {
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic(fmt.Sprintf("multiprocessing: RegisterName: %s is not a function", typeString(typeOf(f))))
	}
	registry.Lock()
	defer registry.Unlock()
	if registry.m == nil {
		registry.m = map[string]reflect.Value{}
	}
	registry.m[name] = v
}

func lookupRegistered(name string) any {
	registry.Lock()
	defer registry.Unlock()
	if v, ok := registry.m[name]; ok {
		return v.Interface()
	}
	return nil
}

// IsChild reports whether this process was started by this package as a
// child process (and has not yet read its task).
func IsChild() bool { return os.Getenv(envChild) != "" }

// Main registers targets (see [Register]) and, when the program was
// started by this package as a child process, runs the child's part (the
// target of a Process, or the tasks of a Pool) and exits; in the main
// process it returns at once. Call it first thing in main:
//
//	func main() {
//		multiprocessing.Main(work)
//		...
//	}
//
// A test binary calls it in TestMain, before m.Run.
func Main(targets ...any) {
	Register(targets...)
	if IsChild() {
		os.Exit(ServeChild(func(name string) (any, error) {
			if f := lookupRegistered(name); f != nil {
				return f, nil
			}
			return nil, fmt.Errorf("multiprocessing: no target function named %q in this program: register it with multiprocessing.Main or multiprocessing.Register", name)
		}))
	}
}

// ServeChild runs the child's part of a process started by this package
// and returns the exit status for os.Exit: it reads the task from the
// parent, looks the target function up by name with lookup, converts the
// arguments to its parameter types, calls it (a panic is printed as Python
// prints an exception in a child, "Process Process-1:" then the panic, and
// gives status 1), then waits until everything the child sent has reached
// its owners, joins its non-daemon children and kills its daemon ones.
//
// lookup returns the function (any func value, or a reflect.Value of kind
// Func) for a name, or an error saying why there is none. [Main] calls
// ServeChild with the registered functions; the gonotes worker calls it
// with the functions of the notebook it replayed.
func ServeChild(lookup func(name string) (any, error)) int {
	fdText := os.Getenv(envChild)
	os.Unsetenv(envChild)
	fd, err := strconv.Atoi(fdText)
	if err != nil {
		fmt.Fprintf(os.Stderr, "multiprocessing: bad %s=%q\n", envChild, fdText)
		return 1
	}
	f := os.NewFile(uintptr(fd), "multiprocessing-parent")
	syscall.CloseOnExec(fd)
	conn, err := net.FileConn(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "multiprocessing: %v\n", err)
		return 1
	}
	ctl := make(chan frame, 64)
	p := newPeer(conn, os.Getppid(), "")
	p.control = func(f frame) { ctl <- f }
	p.start()
	var f0 frame
	select {
	case f0 = <-ctl:
	case <-p.closed:
		return 1
	}
	m, err := decodeInit(f0.body)
	if f0.op != opInit || err != nil {
		fmt.Fprintln(os.Stderr, "multiprocessing: bad first message from the parent process")
		return 1
	}
	state.mu.Lock()
	state.isChild = true
	state.name, state.identity, state.daemon = m.name, m.identity, m.daemon
	state.parentPid, state.parentName, state.parentAddr = m.parentPid, m.parentName, m.parentAddr
	state.dir, state.token, state.authkey = m.dir, m.token, m.authkey
	state.addr = state.addrOf(os.Getpid())
	state.current = nil
	p.addr = m.parentAddr
	state.parent = p
	state.peers[m.parentAddr] = p
	state.mu.Unlock()
	defaultSignals()

	code := 0
	switch m.mode {
	case modeProcess:
		code = runProcess(m, lookup)
	case modePool:
		code = 1
		if m.target == "" || runProcess(m, lookup) == 0 { // the Initializer
			code = runPool(p, ctl, lookup)
		}
	}
	finishChild()
	return code
}

// finishChild delivers what the child sent, joins its non-daemon children
// and kills the daemon ones, as Python does when a process ends.
func finishChild() {
	state.syncAll()
	for _, c := range ActiveChildren() {
		if c.Daemon {
			c.Terminate()
		} else {
			c.Join()
		}
	}
	state.mu.Lock()
	if state.ln != nil {
		state.ln.Close()
		if !abstractSockets {
			os.Remove(state.addr)
		}
	}
	if state.ownDir {
		os.RemoveAll(state.dir)
	}
	state.mu.Unlock()
}

func runProcess(m *initMsg, lookup func(string) (any, error)) int {
	fn, err := lookupFunc(lookup, m.target)
	if err != nil {
		fmt.Fprintf(hook.Stderr(), "Process %s:\n%v\n", m.name, err)
		return 1
	}
	res, err := callTarget(fn, m.target, m.args)
	var tp *targetPanic
	if errors.As(err, &tp) {
		// os.Exit(n) in an interpreted target (a notebook's worker)
		// unwinds as a panic that knows its code; Python's sys.exit(n)
		// in a child gives exitcode n, and prints nothing.
		if e, ok := tp.value.(interface{ ExitCode() int }); ok {
			return e.ExitCode()
		}
	}
	if err == nil && len(res) > 0 {
		if last := res[len(res)-1]; last.Type() == errorType && !last.IsNil() {
			err = fmt.Errorf("error: %v", last.Interface())
		}
	}
	if err != nil {
		fmt.Fprintf(hook.Stderr(), "Process %s:\n%v\n", m.name, err)
		return 1
	}
	return 0
}

func lookupFunc(lookup func(string) (any, error), name string) (reflect.Value, error) {
	f, err := lookup(name)
	if err != nil {
		return reflect.Value{}, err
	}
	v, ok := f.(reflect.Value)
	if !ok {
		v = reflect.ValueOf(f)
	}
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() != reflect.Func || v.IsNil() {
		return reflect.Value{}, fmt.Errorf("multiprocessing: %s is not a function", name)
	}
	return v, nil
}

// targetPanic is a panic in a target, with the user's stack frames.
type targetPanic struct {
	value any
	stack string
}

// message is what the target panicked with, as text.
func (p *targetPanic) message() string {
	if e, ok := p.value.(error); ok {
		return e.Error()
	}
	return fmt.Sprint(p.value)
}

func (p *targetPanic) Error() string {
	msg := p.message()
	if hook.IsInterrupt(p.value) {
		return "KeyboardInterrupt"
	}
	if p.stack == "" {
		return "panic: " + msg
	}
	return "panic: " + msg + "\n\n" + p.stack
}

// callTarget decodes args into fn's parameters and calls it. A panic is
// returned as *targetPanic.
func callTarget(fn reflect.Value, name string, args [][]byte) (res []reflect.Value, err error) {
	t := fn.Type()
	if err := checkArity(name, t, len(args), fn); err != nil {
		return nil, err
	}
	in := make([]reflect.Value, len(args))
	for i, b := range args {
		v, err := decodeValue(b)
		if err != nil {
			return nil, fmt.Errorf("multiprocessing: argument %d of %s(): %w", i+1, shortName(name), err)
		}
		pt := paramType(t, i)
		rv, err := convert(reflect.ValueOf(v), pt)
		if err != nil {
			return nil, fmt.Errorf("multiprocessing: argument %d of %s(): %w", i+1, shortName(name), err)
		}
		in[i] = rv
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, &targetPanic{value: r, stack: userStack(debug.Stack())}
		}
	}()
	return fn.Call(in), nil
}

func paramType(t reflect.Type, i int) reflect.Type {
	if t.IsVariadic() && i >= t.NumIn()-1 {
		return t.In(t.NumIn() - 1).Elem()
	}
	return t.In(i)
}

// userStack keeps the frames of a goroutine trace that belong to the
// user's code: those between the panic and the call of the target (not
// the runtime's, reflect's, this package's, the interpreter's, nor the
// program that called ServeChild).
func userStack(trace []byte) string {
	lines := strings.Split(strings.TrimRight(string(trace), "\n"), "\n")
	if len(lines) < 3 {
		return ""
	}
	const self = "github.com/gonotes/gonotes/lib/multiprocessing."
	var out []string
	panicking := false
	for i := 1; i+1 < len(lines); i += 2 {
		fn := lines[i]
		if !panicking {
			// Skip debug.Stack, the deferred recover and the panic itself.
			panicking = strings.HasPrefix(fn, "panic(")
			continue
		}
		if strings.HasPrefix(fn, "reflect.") || strings.HasPrefix(fn, self) {
			break // the call of the target: the rest is not the user's
		}
		if strings.HasPrefix(fn, "runtime") || strings.HasPrefix(fn, "panic(") || strings.HasPrefix(fn, "github.com/traefik/yaegi/") {
			continue
		}
		out = append(out, fn, lines[i+1])
	}
	if len(out) == 0 {
		return ""
	}
	return lines[0] + "\n" + strings.Join(out, "\n")
}

// killChildren kills every child of this process (Shutdown).
func killChildren(sig syscall.Signal) []*child {
	state.mu.Lock()
	var cs []*child
	for p := range state.children {
		if p.c != nil {
			cs = append(cs, p.c)
		}
	}
	for pl := range state.pools {
		cs = append(cs, pl.children()...)
	}
	state.mu.Unlock()
	for _, c := range cs {
		c.signal(sig)
	}
	return cs
}

// InterruptChildren sends SIGINT to every running child of this process,
// as a terminal's Ctrl-C (or Jupyter's interrupt in signal mode) does to
// the whole process group. The kernel calls it when it is interrupted by
// message rather than by signal.
func InterruptChildren() { killChildren(syscall.SIGINT) }

// Shutdown kills every child process, closes every connection, removes the
// session's temporary files and forgets every shared object: the state of
// a fresh program. The kernel calls it when it shuts down or restarts;
// tests call it between tests.
func Shutdown() {
	state.mu.Lock()
	pools := make([]*Pool, 0, len(state.pools))
	for pl := range state.pools {
		pools = append(pools, pl)
	}
	state.mu.Unlock()
	// Every child, the pools' workers included, is killed and then reaped
	// before Shutdown returns: a process that exits right after (the
	// kernel's interpreter) leaves no zombie behind.
	var cs []*child
	for _, pl := range pools {
		cs = append(cs, pl.children()...)
		pl.terminate(false)
	}
	cs = append(cs, killChildren(syscall.SIGKILL)...)
	deadline := time.NewTimer(5 * time.Second)
	defer deadline.Stop()
wait:
	for _, c := range cs {
		select {
		case <-c.done:
		case <-deadline.C:
			break wait // a child that does not die even from SIGKILL: stop waiting
		}
	}
	s := state
	s.mu.Lock()
	ln, addr, peers := s.ln, s.addr, s.peers
	dir, own := s.dir, s.ownDir
	s.ln = nil
	s.peers = map[string]*peer{}
	s.objs = map[uint64]*entry{}
	s.nextID = 0
	s.children = map[*Process]struct{}{}
	s.pools = map[*Pool]struct{}{}
	s.counter = 0
	s.current = nil
	if !s.isChild {
		s.dir, s.addr, s.ownDir, s.token, s.authkey = "", "", false, "", nil
	} else if s.parent != nil {
		s.peers[s.parentAddr] = s.parent
	}
	s.mu.Unlock()
	if ln != nil {
		ln.Close()
		if !abstractSockets {
			os.Remove(addr)
		}
	}
	for _, p := range peers {
		if p != s.parent {
			p.close()
		}
	}
	if own && dir != "" {
		os.RemoveAll(dir)
	}
}
