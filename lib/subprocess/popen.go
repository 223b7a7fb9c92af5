package subprocess

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/spawn"
)

// drainDelay bounds how long a finished child's uncaptured output is still
// copied to the cell once the child has exited (a grandchild may keep the
// pipe open).
const drainDelay = 250 * time.Millisecond

// Popen is a running child process, like Python's subprocess.Popen.
// [NewPopen] starts one at once; or fill the fields and call [Popen.Start].
//
//	p, err := subprocess.NewPopen([]string{"sort"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
//	out, _, err := p.Communicate("b\na\n")
type Popen struct {
	// Args is the command: the program and its arguments.
	Args []string
	// Options configure the streams, directory and environment (Timeout,
	// Check, CaptureOutput and Input are for Run and ignored here).
	Options

	// StdinPipe is the writing end of the child's standard input when
	// Stdin is PIPE (Python's p.stdin).
	StdinPipe io.WriteCloser
	// StdoutPipe and StderrPipe are the reading ends of the child's
	// outputs when they are PIPE (Python's p.stdout and p.stderr).
	StdoutPipe, StderrPipe io.ReadCloser

	cmd        *exec.Cmd
	done       chan struct{} // closed when the child has exited and been reaped
	returncode int
	// seen: Poll, Wait or Communicate saw the child end; as in Python,
	// whose returncode attribute is set by them, Returncode is nil before.
	seen    atomic.Bool
	copiers sync.WaitGroup // copying uncaptured output to the cell
	drains  []*os.File     // their read ends, closed after drainDelay

	commOnce       sync.Once
	commDone       chan struct{}
	commOut        lockedBuffer
	commErr        lockedBuffer
	commOutCapture bool
	commErrCapture bool
	// commFast: the first Communicate took CPython's shortcut (no timeout,
	// at most one pipe), which closes the pipe it used for good.
	commFast bool
	// exactTimeout: a timeout reports the time given, as CPython's call
	// and check_call, which wait(timeout) rather than communicate.
	exactTimeout bool
}

// NewPopen starts the command args with the given options and returns the
// running process.
func NewPopen(args []string, opts ...Options) (*Popen, error) {
	p := &Popen{Args: args, Options: options(opts)}
	if err := p.Start(); err != nil {
		return nil, err
	}
	return p, nil
}

// Start starts the process described by p's fields.
func (p *Popen) Start() error {
	if p.cmd != nil {
		panic("subprocess: Popen already started")
	}
	if p.textMode() && (p.Stdin == PIPE || p.Stdout == PIPE || p.Stderr == PIPE || p.CaptureOutput) {
		// Python makes the text streams before it starts the child.
		if _, err := lookupCodec(p.Encoding); err != nil {
			return err
		}
	}
	argv := p.Args
	if p.Shell {
		if len(argv) == 0 {
			return errors.New("subprocess: Shell needs a command line in Args[0]")
		}
		argv = append([]string{"/bin/sh", "-c"}, argv...)
	}
	if len(argv) == 0 {
		return errors.New("subprocess: no command to run (empty Args)")
	}
	env := p.Env
	if env == nil {
		// The caller's environment; in a notebook, what its cells set
		// with os.Setenv.
		env = hook.Environ()
	}
	var cmd *exec.Cmd
	if p.Env != nil && !strings.Contains(argv[0], "/") {
		// As Python, look the program up in the PATH of the child's
		// environment, not the caller's.
		path, err := lookPath(argv[0], envPath(env))
		if err != nil {
			return notFound(argv[0], err)
		}
		cmd = exec.Command(path, argv[1:]...)
		cmd.Args[0] = argv[0]
	} else {
		cmd = exec.Command(argv[0], argv[1:]...)
	}
	if cmd.Err != nil {
		return notFound(argv[0], cmd.Err)
	}
	cmd.Dir = p.Cwd
	cmd.Env = env

	var childEnds []*os.File // closed in the parent after the start
	closeAll := func(fs []*os.File) {
		for _, f := range fs {
			f.Close()
		}
	}
	var parentEnds []*os.File // closed on failure
	pipe := func() (r, w *os.File, err error) {
		r, w, err = os.Pipe()
		if err != nil {
			return nil, nil, fmt.Errorf("subprocess: %w", err)
		}
		return r, w, nil
	}

	// Standard input.
	switch p.Stdin {
	case 0:
		if p.StdinFrom != nil {
			cmd.Stdin = p.StdinFrom
			break
		}
		if hook.Current() == nil {
			cmd.Stdin = os.Stdin
		}
	case PIPE:
		if p.StdinFrom != nil {
			return errors.New("subprocess: StdinFrom and Stdin may not both be used")
		}
		r, w, err := pipe()
		if err != nil {
			return err
		}
		cmd.Stdin, p.StdinPipe = r, w
		childEnds, parentEnds = append(childEnds, r), append(parentEnds, w)
	case DEVNULL:
		if p.StdinFrom != nil {
			return errors.New("subprocess: StdinFrom and Stdin may not both be used")
		}
	default:
		return fmt.Errorf("subprocess: invalid Stdin %d (use 0, PIPE or DEVNULL)", p.Stdin)
	}

	// Standard output and error.
	// copied returns the write end of a new pipe for the child, whose
	// read end is copied to w until the child closes it.
	copied := func(w io.Writer) (*os.File, io.ReadCloser, error) {
		r, wf, err := pipe()
		if err != nil {
			return nil, nil, err
		}
		childEnds = append(childEnds, wf)
		p.drains = append(p.drains, r)
		p.copiers.Add(1)
		go func() {
			defer p.copiers.Done()
			io.Copy(w, r)
		}()
		return wf, nil, nil
	}
	output := func(mode int, to io.Writer, stderr bool) (*os.File, io.ReadCloser, error) {
		if to != nil {
			if mode != 0 {
				if stderr {
					return nil, nil, errors.New("subprocess: StderrTo and Stderr may not both be used")
				}
				return nil, nil, errors.New("subprocess: StdoutTo and Stdout may not both be used")
			}
			if f, ok := to.(*os.File); ok {
				return f, nil, nil // the caller's file: not closed here
			}
			return copied(to)
		}
		switch mode {
		case 0:
			w := spawn.Output(stderr)
			if w == nil {
				if stderr {
					return os.Stderr, nil, nil
				}
				return os.Stdout, nil, nil
			}
			return copied(w)
		case PIPE:
			r, w, err := pipe()
			if err != nil {
				return nil, nil, err
			}
			childEnds, parentEnds = append(childEnds, w), append(parentEnds, r)
			return w, r, nil
		case DEVNULL:
			return nil, nil, nil
		}
		return nil, nil, fmt.Errorf("subprocess: invalid output %d (use 0, PIPE, DEVNULL or, for Stderr, STDOUT)", mode)
	}
	fail := func(err error) error {
		closeAll(childEnds)
		closeAll(parentEnds)
		for _, r := range p.drains {
			r.Close()
		}
		p.copiers.Wait()
		p.drains = nil
		p.StdinPipe, p.StdoutPipe, p.StderrPipe = nil, nil, nil
		return err
	}
	outFile, outPipe, err := output(p.Stdout, p.StdoutTo, false)
	if err != nil {
		return fail(err)
	}
	setFile(&cmd.Stdout, outFile)
	p.StdoutPipe = outPipe
	if p.Stderr == STDOUT {
		if p.StderrTo != nil {
			return fail(errors.New("subprocess: StderrTo and Stderr may not both be used"))
		}
		cmd.Stderr = cmd.Stdout
	} else {
		errFile, errPipe, err := output(p.Stderr, p.StderrTo, true)
		if err != nil {
			return fail(err)
		}
		setFile(&cmd.Stderr, errFile)
		p.StderrPipe = errPipe
	}

	if err := spawn.Start(cmd); err != nil {
		switch {
		case errors.Is(err, os.ErrNotExist) && p.Cwd != "" && missingDir(p.Cwd):
			// The child could not enter Cwd: Python names the directory.
			err = notFound(p.Cwd, err)
		case errors.Is(err, syscall.ENOTDIR):
			// Cwd is a file, or a directory of the program's path is.
			name := argv[0]
			if p.Cwd != "" && notDir(p.Cwd) {
				name = p.Cwd
			}
			err = &NotADirectoryError{Name: name, Err: err}
		case errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist):
			err = notFound(argv[0], err)
		case errors.Is(err, os.ErrPermission):
			err = &PermissionError{Name: argv[0], Err: err}
		default:
			err = fmt.Errorf("subprocess: %w", err)
		}
		return fail(err)
	}
	closeAll(childEnds)
	p.cmd = cmd
	p.done = make(chan struct{})
	go p.wait()
	return nil
}

func setFile(dst *io.Writer, f *os.File) {
	if f != nil {
		*dst = f
	}
}

// missingDir reports whether dir does not exist.
// notDir reports whether dir exists and is not a directory.
func notDir(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && !fi.IsDir()
}

func missingDir(dir string) bool {
	_, err := os.Stat(dir)
	return errors.Is(err, fs.ErrNotExist)
}

// defPath is the search path of a child environment without PATH (Python's
// os.defpath).
const defPath = "/bin:/usr/bin"

// envPath returns the PATH of env (its last PATH entry, as the child sees it),
// or defPath.
func envPath(env []string) string {
	path, found := "", false
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path, found = v, true
		}
	}
	if !found {
		return defPath
	}
	return path
}

// lookPath finds the program file in the directories of path, as Python's
// child does before its execve: the first executable regular file, else the
// first one found that is not executable (which then fails to start with a
// PermissionError), else exec.ErrNotFound.
func lookPath(file, path string) (string, error) {
	denied := ""
	for _, dir := range strings.Split(path, ":") {
		if dir == "" {
			dir = "."
		}
		name := dir + "/" + file
		fi, err := os.Stat(name)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if fi.Mode()&0o111 != 0 {
			return name, nil
		}
		if denied == "" {
			denied = name
		}
	}
	if denied != "" {
		return denied, nil
	}
	return "", exec.ErrNotFound
}

func notFound(name string, err error) error {
	return &FileNotFoundError{Name: name, Err: err}
}

// wait reaps the child, then lets the copies of its uncaptured output end
// (for at most drainDelay) so that they reach the cell before Wait returns.
func (p *Popen) wait() {
	state, err := p.cmd.Process.Wait()
	if err != nil {
		p.returncode = -int(syscall.SIGKILL)
	} else {
		p.returncode = spawn.ExitCode(state)
	}
	if len(p.drains) > 0 {
		copied := make(chan struct{})
		go func() { p.copiers.Wait(); close(copied) }()
		select {
		case <-copied:
		case <-time.After(drainDelay):
		}
		for _, r := range p.drains {
			r.Close()
		}
		<-copied
	}
	close(p.done)
}

func (p *Popen) mustStarted() {
	if p.cmd == nil {
		panic("subprocess: Popen not started")
	}
}

// Pid returns the child's process id.
func (p *Popen) Pid() int {
	p.mustStarted()
	return p.cmd.Process.Pid
}

// Returncode returns Python's returncode attribute: nil (Python's None)
// until Poll, Wait or Communicate has seen the child end, then its return
// code as an int (negative: killed by that signal). A child that has ended
// unseen still reports nil, as in Python: call Poll to look.
func (p *Popen) Returncode() any {
	if p.cmd == nil || !p.seen.Load() {
		return nil
	}
	return p.returncode
}

// Poll reports whether the child has ended: nil while it runs, else its
// return code (an int), which Returncode reports from then on.
func (p *Popen) Poll() any {
	if p.cmd == nil {
		return nil
	}
	select {
	case <-p.done:
		p.seen.Store(true)
		return p.returncode
	default:
		return nil
	}
}

// Wait waits for the child to end and returns its return code. It does not
// read the child's pipes: a child that fills a pipe nobody reads blocks
// forever (use Communicate). If the calling cell is interrupted, Wait panics
// with hook.KeyboardInterrupt and the child goes on running.
func (p *Popen) Wait() int {
	p.mustStarted()
	select {
	case <-p.done:
	case <-hook.Current().Done():
		panic(hook.KeyboardInterrupt)
	}
	p.seen.Store(true)
	return p.returncode
}

// WaitTimeout is Wait with a timeout: it returns *TimeoutExpired (and
// leaves the child running) when the child has not ended after d.
func (p *Popen) WaitTimeout(d time.Duration) (int, error) {
	p.mustStarted()
	if d == ZeroTimeout {
		d = 0
	}
	// An ended child is reaped whatever d is (a select would choose at
	// random between its end and an expired timer).
	select {
	case <-p.done:
		p.seen.Store(true)
		return p.returncode, nil
	default:
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-p.done:
		p.seen.Store(true)
		return p.returncode, nil
	case <-t.C:
		return 0, &TimeoutExpired{Cmd: p.Args, Timeout: d, Shell: p.Shell}
	case <-hook.Current().Done():
		panic(hook.KeyboardInterrupt)
	}
}

// SendSignal sends sig to the child; it does nothing once the child has
// ended (it polls first, as Python's send_signal does).
func (p *Popen) SendSignal(sig syscall.Signal) error {
	p.mustStarted()
	if p.Poll() != nil {
		return nil
	}
	if err := p.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("subprocess: %w", err)
	}
	return nil
}

// Terminate sends SIGTERM to the child.
func (p *Popen) Terminate() error { return p.SendSignal(syscall.SIGTERM) }

// Kill sends SIGKILL to the child.
func (p *Popen) Kill() error { return p.SendSignal(syscall.SIGKILL) }

// Communicate writes input (if given; Stdin must be PIPE) to the child,
// closes its standard input, reads its piped outputs until they end and
// waits for the child. It returns the outputs that are PIPE (nil for the
// others). If the calling cell is interrupted, it panics with
// hook.KeyboardInterrupt and the child goes on running.
//
// Calling it again returns the same outputs, except where CPython raises
// ValueError, which it panics with: input after the first call ("Cannot
// send input after starting communication"), or, when the first call had
// no timeout and the child at most one pipe, any use of that pipe ("I/O
// operation on closed file.").
func (p *Popen) Communicate(input ...string) (stdout, stderr []byte, err error) {
	return p.communicate(strings.Join(input, ""), 0, false)
}

// CommunicateTimeout is Communicate with a timeout: after d it returns
// *TimeoutExpired and leaves the child running; calling Communicate again
// goes on where it stopped and loses no output. A d of 0 or less has
// expired at once, as Python's communicate(timeout=0), and the error says
// so ("timed out after 0 seconds").
func (p *Popen) CommunicateTimeout(d time.Duration, input ...string) (stdout, stderr []byte, err error) {
	if d == 0 {
		d = ZeroTimeout
	}
	return p.communicate(strings.Join(input, ""), d, false)
}

// ZeroTimeout spells Python's timeout=0 in [Options.Timeout], whose zero
// value means no timeout: it has expired at once, and the *TimeoutExpired
// says "timed out after 0 seconds", as CPython's run(..., timeout=0) with
// a captured output (without one, CPython reports the time left, a little
// below 0, and so does Run; see [TimeoutExpired]). (The
// ...Timeout(d) methods need no such spelling: a d of 0 has expired at once
// there.)
const ZeroTimeout = time.Duration(math.MinInt64)

func (p *Popen) communicate(input string, timeout time.Duration, kill bool) (stdout, stderr []byte, err error) {
	begin := time.Now()
	p.mustStarted()
	if input != "" && p.textMode() {
		// Text mode encodes the input first (the encoding was checked
		// at the start); Python's run kills the child when it fails.
		c, _ := lookupCodec(p.Encoding)
		enc, err := c.encode(input, p.Errors)
		if err != nil {
			if kill {
				p.Kill()
				<-p.done
			}
			return nil, nil, err
		}
		input = enc
	}
	first := false
	p.commOnce.Do(func() {
		first = true
		pipes := 0
		for _, f := range []any{p.StdinPipe, p.StdoutPipe, p.StderrPipe} {
			if f != nil {
				pipes++
			}
		}
		p.commFast = timeout == 0 && pipes <= 1
		p.startCommunicate(input)
	})
	if !first {
		p.communicateAgain(input)
		// A call after the child ended and its outputs were read returns
		// them whatever the timeout, as CPython's (a select would choose
		// at random between the end and an expired timer).
		select {
		case <-p.commDone:
			p.seen.Store(true)
			return p.commOutputs()
		default:
		}
	}
	var tc <-chan time.Time
	// CPython's communicate(timeout=t) without a stdout or stderr pipe
	// waits for the child with the time left of t, and its
	// TimeoutExpired reports that (a little less than t: "timed out
	// after 0.4999869 seconds"); with a pipe to read it reports t.
	// A timeout of 0 or less has expired at once; without a pipe CPython
	// still reports what was left of it, a little less ("-1.6e-05").
	reported := timeout
	if timeout != 0 && !p.exactTimeout && p.StdoutPipe == nil && p.StderrPipe == nil {
		given := timeout
		if given == ZeroTimeout {
			given = 0
		}
		reported = given - time.Since(begin)
		if timeout > 0 {
			timeout = reported
		}
	}
	if timeout != 0 { // negative: Run's Timeout, expired at once
		t := time.NewTimer(max(timeout, 0))
		defer t.Stop()
		tc = t.C
	}
	select {
	case <-p.commDone:
		p.seen.Store(true)
		return p.commOutputs()
	case <-tc:
		if kill {
			// CPython's run kills the child on a timeout and waits for it,
			// not for the end of its pipes, which a grandchild may hold:
			// what arrives within drainDelay is read, then the pipes are
			// closed.
			p.Kill()
			<-p.done
			select {
			case <-p.commDone:
			case <-time.After(drainDelay):
				p.closeCaptured()
				<-p.commDone
			}
			p.seen.Store(true)
		}
		stdout, stderr, _ = p.commOutputs()
		// Python's TimeoutExpired has None for an output of which
		// nothing was read yet.
		if reported == ZeroTimeout {
			reported = 0
		}
		return nil, nil, &TimeoutExpired{Cmd: p.Args, Timeout: reported, Output: nilIfEmpty(stdout), Stderr: nilIfEmpty(stderr), Shell: p.Shell}
	case <-hook.Current().Done():
		if kill {
			p.Kill()
			<-p.done
		}
		panic(hook.KeyboardInterrupt)
	}
}

// communicateAgain panics, as CPython raises ValueError, for a Communicate
// after the first that CPython refuses: input once the communication has
// started, or a read of (or a write to) the one pipe that the first call's
// shortcut closed. Otherwise a later call returns the same outputs.
func (p *Popen) communicateAgain(input string) {
	if p.commFast {
		if p.StdoutPipe != nil || p.StderrPipe != nil || (p.StdinPipe != nil && input != "") {
			panic(errors.New("ValueError: I/O operation on closed file."))
		}
		return
	}
	if input != "" {
		panic(errors.New("ValueError: Cannot send input after starting communication"))
	}
}

func (p *Popen) commOutputs() (stdout, stderr []byte, err error) {
	if p.commOutCapture {
		stdout = p.commOut.Bytes()
	}
	if p.commErrCapture {
		stderr = p.commErr.Bytes()
	}
	if p.textMode() && (p.commOutCapture || p.commErrCapture) {
		// As Python's text mode decodes stdout, then stderr.
		c, err := lookupCodec(p.Encoding)
		if err != nil {
			return nil, nil, err
		}
		if stdout, err = c.decode(stdout, p.Errors); err != nil {
			return nil, nil, err
		}
		if stderr, err = c.decode(stderr, p.Errors); err != nil {
			return nil, nil, err
		}
		stdout, stderr = universalNewlines(stdout), universalNewlines(stderr)
	}
	return stdout, stderr, nil
}

// decodeError returns Python's UnicodeDecodeError for output b that is not
// valid UTF-8 (what text mode's strict decoding raises), or nil.
func decodeError(b []byte) error {
	_, err := codec{"utf-8", utf8.MaxRune}.decode(b, "strict")
	return err
}

// universalNewlines translates "\r\n" and "\r" to "\n", as Python's text
// mode (universal newlines) does when it decodes a child's output.
func universalNewlines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '\r' {
			out = append(out, b[i])
			continue
		}
		out = append(out, '\n')
		if i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
	}
	return out
}

func (p *Popen) startCommunicate(input string) {
	p.commDone = make(chan struct{})
	var wg sync.WaitGroup
	if p.StdinPipe != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if input != "" {
				io.WriteString(p.StdinPipe, input) // EPIPE: the child did not read it all, as in Python
			}
			p.StdinPipe.Close()
		}()
	}
	read := func(r io.ReadCloser, buf *lockedBuffer) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			io.Copy(buf, r)
			r.Close()
		}()
	}
	if p.StdoutPipe != nil {
		p.commOutCapture = true
		read(p.StdoutPipe, &p.commOut)
	}
	if p.StderrPipe != nil {
		p.commErrCapture = true
		read(p.StderrPipe, &p.commErr)
	}
	go func() {
		// As CPython's communicate, read the captured outputs to their end:
		// a grandchild that holds a pipe open (sh -c "job &") is waited
		// for, and what it writes is part of the output.
		wg.Wait()
		<-p.done
		close(p.commDone)
	}()
}

// closeCaptured closes the read ends of the captured outputs, which ends
// Communicate's readers.
func (p *Popen) closeCaptured() {
	for _, c := range []io.Closer{p.StdoutPipe, p.StderrPipe} {
		if c != nil {
			c.Close()
		}
	}
}

// String returns Python's repr, e.g. <Popen: returncode: None args: ['sleep', '1']>.
// As CPython's, a repr longer than 80 characters is cut to its first 76
// and "...>".
func (p *Popen) String() string {
	rc := "None"
	if r := p.Returncode(); r != nil {
		rc = fmt.Sprint(r)
	}
	s := fmt.Sprintf("<Popen: returncode: %s args: %s>", rc, argsText(p.Args, p.Shell, true))
	if r := []rune(s); len(r) > 80 {
		s = string(r[:76]) + "...>"
	}
	return s
}

// lockedBuffer is a bytes.Buffer safe for one writer and concurrent
// readers of a snapshot.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// Bytes returns a copy of what was written so far (never nil).
func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]byte{}, b.buf.Bytes()...)
}

// nilIfEmpty returns b, or nil if b is empty.
func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}
