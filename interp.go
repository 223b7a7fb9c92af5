package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gonotes/gonotes/kernel"
	"github.com/gonotes/gonotes/kernel/eval"
	"github.com/gonotes/gonotes/lib/hook"
)

// The kernel runs its Go interpreter in a child process, `gonotes interp`,
// so that a fatal error of the Go runtime in a cell ("concurrent map
// writes", out of memory) ends the child and not the kernel: the cell says
// what happened and a new child replays the notebook's declarations (see
// kernel.RemoteEngine). GONOTES_SINGLE_PROCESS=1 runs the interpreter in
// the kernel process instead.
func init() {
	prev := runSubcommand
	runSubcommand = func(cmd string, args []string) (bool, error) {
		if cmd != "interp" {
			return prev(cmd, args)
		}
		return true, runInterp()
	}
}

// singleProcess reports whether the interpreter runs in the kernel process.
func singleProcess() bool { return os.Getenv("GONOTES_SINGLE_PROCESS") != "" }

// interpCommand is the command of an interpreter child of the kernel.
func interpCommand() (*exec.Cmd, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find the gonotes binary: %w", err)
	}
	cmd := exec.Command(exe, "interp")
	dieWithParent(cmd)
	return cmd, nil
}

// raceBinary returns the path of gonotes-race, the build of gonotes with
// Go's race detector, which `make install` and the Docker image put next to
// gonotes ($GONOTES_RACE_BIN overrides it).
func raceBinary() (string, error) {
	if p := os.Getenv("GONOTES_RACE_BIN"); p != "" {
		return p, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("find the gonotes binary: %w", err)
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	return filepath.Join(filepath.Dir(exe), "gonotes-race"), nil
}

// raceDir is the folder of the race runtime's reports, made at the first
// `%race on` and removed when the kernel ends.
type raceDir struct {
	mu  sync.Mutex
	dir string
}

func (r *raceDir) get() (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.dir == "" {
		d, err := os.MkdirTemp("", "gonotes-race-")
		if err != nil {
			return "", fmt.Errorf("the race detector's log folder: %w", err)
		}
		r.dir = d
	}
	return r.dir, nil
}

func (r *raceDir) remove() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.dir != "" {
		os.RemoveAll(r.dir)
		r.dir = ""
	}
}

// interpRaceCommand is the command of an interpreter child built with the
// race detector, whose reports go to files in dir (see eval.RaceLogEnv),
// or an error that says how to build one.
func interpRaceCommand(dir string) (*exec.Cmd, error) {
	bin, err := raceBinary()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("%%race on needs %s, gonotes built with Go's race detector, and there is none.\n"+
			"Build it with `make install` in the gonotes sources, or with\n"+
			"    CGO_ENABLED=1 go build -race -o %s .\n"+
			"The race detector needs cgo and a C compiler: on Debian/Ubuntu `apt-get install gcc`, "+
			"on macOS `xcode-select --install`", filepath.Base(bin), bin)
	}
	logPath := filepath.Join(dir, "race")
	cmd := exec.Command(bin, "interp")
	// Reports go to files that the interpreter reads after each cell
	// (halt_on_error=0: a race does not end it); every race is reported,
	// not only the first at a place of the interpreter's own code.
	cmd.Env = append(os.Environ(),
		"GORACE=log_path="+logPath+" halt_on_error=0 history_size=3 suppress_equal_stacks=0 suppress_equal_addresses=0",
		eval.RaceLogEnv+"="+logPath)
	dieWithParent(cmd)
	return cmd, nil
}

// runInterp serves a kernel.RemoteEngine: requests on stdin, events on
// file descriptor 3, everything the cells print captured from fds 1 and 2.
func runInterp() error {
	if os.Getenv(kernel.SockChildEnv) != "" {
		return runSockChild()
	}
	events := os.NewFile(3, "events")
	if events == nil {
		return fmt.Errorf("interp: no events descriptor (run by the kernel only)")
	}
	requests, err := requestPipe()
	if err != nil {
		return err
	}
	// Interrupts come as requests from the kernel; a SIGINT sent to the
	// whole process group must not end the interpreter.
	signal.Ignore(os.Interrupt)
	var srv *kernel.Server
	logger := log.New(os.Stderr, "gonotes interp: ", log.LstdFlags)
	sess, capture, err := startInterpreter(logger, true, func(stream string) io.Writer {
		if srv == nil {
			return io.Discard
		}
		return srv.Route(stream, logger.Writer())
	})
	if err != nil {
		return err
	}
	if err := reviveStdio(); err != nil {
		return err
	}
	// What a cell leaves to tidy up is done once its done event is out
	// (Server.execute).
	sess.SetTidyLater(true)
	srv = kernel.NewServer(interpEngine{engine{sess}}, capture, events)
	return srv.Serve(requests)
}

// runSockChild serves the kernel's shell, stdin and iopub sockets for a
// kernel.Supervisor (its requests on stdin), everything the cells print
// captured from fds 1 and 2.
func runSockChild() error {
	os.Unsetenv(kernel.SockChildEnv) // not for the processes this one starts
	requests, err := requestPipe()
	if err != nil {
		return err
	}
	// Interrupts come as requests from the supervisor; a SIGINT sent to
	// the whole process group must not end the interpreter.
	signal.Ignore(os.Interrupt)
	var k atomic.Pointer[kernel.Kernel]
	logger := log.New(os.Stderr, "gonotes interp: ", log.LstdFlags)
	sess, capture, err := startInterpreter(logger, true, func(stream string) io.Writer {
		kk := k.Load()
		if kk == nil {
			return io.Discard
		}
		return kk.Route(stream)
	})
	if err != nil {
		return err
	}
	if err := reviveStdio(); err != nil {
		return err
	}
	// What a cell leaves to tidy up is done once its idle status is out
	// (Kernel.handle).
	sess.SetTidyLater(true)
	return kernel.RunChild(kernel.ChildConfig{
		Engine: interpEngine{engine{sess}}, Capture: capture, Log: logger, Version: version, Banner: eval.Banner(version),
		HistoryFile: kernel.HistoryPath(), Debug: os.Getenv("GONOTES_DEBUG") != "",
		Requests: requests, Kernel: k.Store,
	})
}

// Cells read os.Stdin through the notebook (input_request) and print
// through their scopes, but the methods that an io.Reader or io.Writer
// lacks reach the os package's files: a cell that closes os.Stdout or
// os.Stderr (Go lets it) must not close the capture of fds 1 and 2 for
// every later cell, nor one that closes os.Stdin leave fd 0 free for the
// next file opened. os.Stdout and os.Stderr are copies of fds 1 and 2 (the
// capture pipes), os.Stdin is fd 0 (/dev/null, see requestPipe), made
// again before a cell if a cell closed them (interpEngine).
// stdioFiles keeps the os package's files of fds 1 and 2 that
// reviveStdio replaced (the interpreter process's, for its lifetime).
var stdioFiles []*os.File

// reviveStdio makes os.Stdout and os.Stderr copies of fds 1 and 2 if
// they are not copies yet or were closed, and os.Stdin /dev/null again if
// it was closed.
func reviveStdio() error {
	for _, f := range []struct {
		v    **os.File
		fd   int
		name string
	}{{&os.Stdout, 1, "/dev/stdout"}, {&os.Stderr, 2, "/dev/stderr"}} {
		cur := (*f.v).Fd()
		if cur != ^uintptr(0) && cur != uintptr(f.fd) {
			continue
		}
		if cur == uintptr(f.fd) {
			// The os package's own file of fd 1 or 2: kept, since the
			// collector would close its descriptor once it is no
			// longer os.Stdout (the capture pipe then closed, and the
			// next file opened made fd 1).
			stdioFiles = append(stdioFiles, *f.v)
		}
		fd, err := syscall.Dup(f.fd)
		if err != nil {
			return fmt.Errorf("interp: %s: %w", f.name, err)
		}
		syscall.CloseOnExec(fd)
		*f.v = os.NewFile(uintptr(fd), f.name)
	}
	if os.Stdin.Fd() == ^uintptr(0) {
		in, err := os.Open(os.DevNull)
		if err != nil {
			return fmt.Errorf("interp: stdin: %w", err)
		}
		os.Stdin = in
	}
	return nil
}

// interpEngine is the interpreter child's engine: before each cell, the
// cells' standard files are made again if a cell closed them.
type interpEngine struct{ engine }

// Execute runs a cell (see engine).
func (e interpEngine) Execute(ctx context.Context, scope *hook.Scope, code string) (map[string]any, error) {
	if err := reviveStdio(); err != nil {
		return nil, err
	}
	return e.engine.Execute(ctx, scope, code)
}

// requestPipe takes the interpreter's stdin, the kernel's request pipe, to
// read it through Go's poller: a request then wakes the goroutine that
// waits for it, where a read blocked in the kernel would first have to get
// a thread back and hand the request over to another one. The pipe moves to
// a descriptor of its own, and fd 0 reads /dev/null, so that no process a
// cell starts (they inherit fd 0) can read, or be blocked by, the requests.
func requestPipe() (*os.File, error) {
	fd, err := unix.FcntlInt(0, unix.F_DUPFD_CLOEXEC, 3)
	if err != nil {
		return nil, fmt.Errorf("interp: the request pipe: %w", err)
	}
	// Non-blocking, os.NewFile reads it through the poller (the file
	// description is the interpreter's alone: fd 0 is replaced below).
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("interp: the request pipe: %w", err)
	}
	null, err := os.Open(os.DevNull)
	if err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("interp: %w", err)
	}
	defer null.Close()
	if err := unix.Dup2(int(null.Fd()), 0); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("interp: stdin to %s: %w", os.DevNull, err)
	}
	return os.NewFile(uintptr(fd), "requests"), nil
}

// relayMode reports whether the kernel process relays shell, stdin and
// iopub to its interpreter child (GONOTES_RELAY=1) instead of passing
// their sockets to it.
func relayMode() bool { return os.Getenv("GONOTES_RELAY") != "" }

// commands returns the command that starts an interpreter child built
// with the race detector (its binary made in rd when first asked for), and
// whether the kernel starts with it: GONOTES_RACE is set and it can be
// made (else the log says why not).
func (rd *raceDir) commands(logger *log.Logger) (raceCommand func() (*exec.Cmd, error), race bool) {
	raceCommand = func() (*exec.Cmd, error) {
		dir, err := rd.get()
		if err != nil {
			return nil, err
		}
		return interpRaceCommand(dir)
	}
	race = os.Getenv("GONOTES_RACE") != ""
	if race {
		if _, err := raceCommand(); err != nil {
			logger.Printf("GONOTES_RACE is set, but %v; starting without the race detector", err)
			race = false
		}
	}
	return raceCommand, race
}

// runKernelSockChild serves Jupyter with the interpreter in a child
// process that serves shell, stdin and iopub itself (see
// kernel.Supervisor); this process serves control and heartbeat.
func runKernelSockChild(ci kernel.ConnectionInfo, socks *kernel.Sockets, ls *kernel.Listeners, sigs <-chan os.Signal, logger *log.Logger) error {
	// This process only waits: for control requests, heartbeats and its
	// child's death.
	runtime.GOMAXPROCS(1)
	var rd raceDir
	defer rd.remove()
	raceCommand, race := rd.commands(logger)
	session := kernel.NewSessionID()
	sup, err := kernel.NewSupervisor(kernel.SupervisorConfig{
		Conn: ci, Session: session, Listeners: ls, Command: interpCommand, RaceCommand: raceCommand, Race: race, Log: logger,
		Exit: func() { rd.remove(); os.Exit(0) },
	})
	if err != nil {
		socks.Close()
		ls.Close()
		return err
	}
	k, err := kernel.New(kernel.Config{
		Conn: ci, Sockets: socks, Engine: sup, Log: logger, Version: version, Banner: eval.Banner(version),
		Exit:    func(bool) { sup.Shutdown(); rd.remove(); os.Exit(0) },
		Debug:   os.Getenv("GONOTES_DEBUG") != "",
		Session: session, Relay: sup.Relay,
	})
	if err != nil {
		sup.Shutdown()
		return err
	}
	go serveSignals(sigs, k, func() { sup.Shutdown(); rd.remove() })
	err = k.Run(context.Background())
	sup.Shutdown()
	return err
}

// runKernelSupervised serves Jupyter with the interpreter in a child
// process (see kernel.RemoteEngine).
func runKernelSupervised(ci kernel.ConnectionInfo, socks *kernel.Sockets, sigs <-chan os.Signal, logger *log.Logger) error {
	// This process only relays messages between Jupyter and the
	// interpreter, one goroutine handing each to the next; with more than
	// one P every hand-off wakes another thread (a futex wake and a
	// context switch, on both sides of each message). One P halves the
	// kernel process's CPU time per trivial cell and shortens its round
	// trip (bench/roundtrip.py). The interpreter child, where cells run,
	// keeps every CPU: it is started with the environment unchanged.
	runtime.GOMAXPROCS(1)
	var rd raceDir
	defer rd.remove()
	raceCommand, race := rd.commands(logger)
	remote, err := kernel.NewRemoteEngine(kernel.RemoteConfig{Command: interpCommand, RaceCommand: raceCommand, Race: race, Log: logger})
	if err != nil {
		socks.Close()
		return err
	}
	k, err := kernel.New(kernel.Config{
		Conn: ci, Sockets: socks, Engine: remote, Log: logger, Version: version, Banner: eval.Banner(version),
		Exit:        func(bool) { remote.Shutdown(); rd.remove(); os.Exit(0) },
		HistoryFile: kernel.HistoryPath(),
		Debug:       os.Getenv("GONOTES_DEBUG") != "",
	})
	if err != nil {
		remote.Shutdown()
		return err
	}
	go serveSignals(sigs, k, func() { remote.Shutdown(); rd.remove() })
	err = k.Run(context.Background())
	remote.Shutdown()
	return err
}
