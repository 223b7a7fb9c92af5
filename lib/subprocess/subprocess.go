// Package subprocess runs programs as child processes, like Python's
// subprocess module.
//
//	r, err := subprocess.Run([]string{"echo", "이것은 subprocess입니다."})
//	fmt.Println(r) // CompletedProcess(args=['echo', '이것은 subprocess입니다.'], returncode=0)
//
// Options are given as a struct, Python's keyword arguments in Go style:
//
//	r, err := subprocess.Run([]string{"ls", "-l"}, subprocess.Options{CaptureOutput: true, Text: true, Check: true})
//
// A zero Options field is Python's default: a zero Timeout is timeout=None;
// Python's timeout=0 is [ZeroTimeout].
//
// A child's output that is not captured reaches the notebook cell that
// started it (in a compiled program, the child simply shares the program's
// standard output and error). Every wait (Run, Wait, Communicate) ends when
// the cell is interrupted: [Run] then kills its child, as Python's run does,
// while a [Popen]'s child is left running. On Linux no child outlives the
// program that started it.
package subprocess

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	_ "github.com/gonotes/gonotes/internal/unixonly" // a build for another system fails with one clear message
	"github.com/gonotes/gonotes/lib/internal/pyrepr"
)

// Special values for [Options] Stdin, Stdout and Stderr, as in Python. The
// zero value (Python's None) means the child inherits the caller's stream
// (its output goes to the notebook cell).
const (
	// PIPE connects the stream to a pipe: the output is captured, or the
	// input comes from the caller ([Popen.StdinPipe], Input, Communicate).
	PIPE = -1
	// STDOUT, for Stderr only, sends standard error where standard output
	// goes.
	STDOUT = -2
	// DEVNULL connects the stream to os.DevNull.
	DEVNULL = -3
)

// Options are the optional arguments of [Run], [Call], [CheckCall],
// [CheckOutput] and [NewPopen] (Python's keyword arguments). The zero value
// runs the command with the caller's streams, in the current directory and
// environment, without timeout.
type Options struct {
	// Stdin, Stdout and Stderr are 0 (inherit), PIPE, DEVNULL, or (Stderr
	// only) STDOUT.
	Stdin, Stdout, Stderr int
	// StdinFrom, if not nil, is the child's standard input in place of
	// Stdin: Python's stdin=f with an open file or another Popen's stdout,
	// which connects two processes by a pipe (StdinFrom: p1.StdoutPipe).
	// An *os.File is handed to the child itself; another reader is copied
	// to it. It cannot be combined with Stdin or Input.
	StdinFrom io.Reader
	// StdoutTo and StderrTo, if not nil, receive the child's standard
	// output and error in place of Stdout and Stderr: Python's stdout=f
	// with a file open for writing. An *os.File is handed to the child
	// itself; another writer (a bytes.Buffer...) gets a copy of the output
	// before the child is reaped. Neither can be combined with Stdout or
	// Stderr (but Stderr: STDOUT sends the errors to StdoutTo too), nor
	// with CaptureOutput.
	StdoutTo, StderrTo io.Writer
	// CaptureOutput captures standard output and error (Stdout and Stderr
	// set to PIPE); it cannot be combined with them.
	CaptureOutput bool
	// Text marks the output as text: a captured output is shown as '...'
	// rather than b'...' in a CompletedProcess, and its "\r\n" and "\r"
	// become "\n" (Python's universal newlines). A captured output that
	// is not valid UTF-8 is an error, Python's UnicodeDecodeError
	// ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in
	// position 0: invalid start byte").
	Text bool
	// Encoding and Errors are Python's encoding and errors arguments:
	// either one implies Text. Encoding is "utf-8" (the default),
	// "latin-1" or "ascii" (and their Python aliases); another name is
	// Python's "LookupError: unknown encoding: NAME" when the child has
	// a pipe. Errors is how bytes that do not decode (or an Input
	// character that does not encode) are handled: "strict" (the
	// default: UnicodeDecodeError, UnicodeEncodeError), "replace" (U+FFFD
	// for each undecodable sequence, '?' for a character), "ignore" or
	// "backslashreplace" (\xff).
	Encoding, Errors string
	// Input is written to the child's standard input, which is then closed.
	// It cannot be combined with Stdin. An empty Input is no input (Python's
	// input=None); Python's input="" (a pipe closed at once, so the child
	// reads end of file) is Stdin: PIPE.
	Input string
	// Check makes a non-zero return code an error (*CalledProcessError).
	Check bool
	// Timeout, if positive, kills the child when it runs longer and returns
	// *TimeoutExpired (for Popen it applies to no call; use WaitTimeout or
	// CommunicateTimeout). Zero means no timeout (Python's timeout=None);
	// [ZeroTimeout] is Python's timeout=0, expired at once; another
	// negative Timeout has expired at once too, as Python's negative
	// timeout.
	Timeout time.Duration
	// Cwd is the child's working directory; empty means the caller's.
	Cwd string
	// Env is the child's whole environment ("KEY=value"); nil means the
	// caller's. As in Python, a program named without a slash is then
	// looked up in Env's PATH (in /bin:/usr/bin if Env has no PATH), not
	// in the caller's.
	Env []string
	// Shell runs the command through /bin/sh -c: Args[0] is the shell
	// command line and the other arguments are the shell's $0, $1, ...
	Shell bool
}

func options(opts []Options) Options {
	switch len(opts) {
	case 0:
		return Options{}
	case 1:
		return opts[0]
	}
	panic("subprocess: at most one Options argument")
}

// CompletedProcess is what [Run] returns: a process that has finished.
type CompletedProcess struct {
	// Args are the arguments used to launch the process.
	Args []string
	// Returncode is the exit status of the child; a negative value -N means
	// that the child was killed by signal N.
	Returncode int
	// Stdout and Stderr are the captured outputs, nil when not captured
	// (Python's None).
	Stdout, Stderr []byte
	// Text says the outputs are text; it only changes how String shows
	// them.
	Text bool
	// Shell says the process ran Args[0] as a shell command line (Options
	// Shell): Python's args given as a string, which String shows as one,
	// args='echo hi'.
	Shell bool
}

// argsText returns a command's args as Python shows them: a list, or the
// command line as a string when it ran through the shell (Python's
// run("echo hi", shell=True) keeps args a string). With repr it is
// Python's repr (['echo', 'hi'] or 'echo hi', for reprs), else its str
// (['echo', 'hi'] or echo hi, for error messages).
func argsText(args []string, shell, repr bool) string {
	if !shell || len(args) != 1 {
		return pyrepr.StrList(args)
	}
	if repr {
		return pyrepr.Str(args[0])
	}
	return args[0]
}

// String returns Python's repr of the CompletedProcess, e.g.
// CompletedProcess(args=['echo', 'hi'], returncode=0, stdout=b'hi\n').
func (c CompletedProcess) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "CompletedProcess(args=%s, returncode=%d", argsText(c.Args, c.Shell, true), c.Returncode)
	if c.Stdout != nil {
		b.WriteString(", stdout=")
		b.WriteString(c.output(c.Stdout))
	}
	if c.Stderr != nil {
		b.WriteString(", stderr=")
		b.WriteString(c.output(c.Stderr))
	}
	b.WriteByte(')')
	return b.String()
}

func (c CompletedProcess) output(p []byte) string {
	if c.Text {
		return pyrepr.Str(string(p))
	}
	return pyrepr.Bytes(p)
}

// CheckReturncode returns a *CalledProcessError if Returncode is not zero.
func (c CompletedProcess) CheckReturncode() error {
	if c.Returncode == 0 {
		return nil
	}
	return &CalledProcessError{Returncode: c.Returncode, Cmd: c.Args, Output: c.Stdout, Stderr: c.Stderr, Shell: c.Shell}
}

// CalledProcessError is returned when a process run with Check (or by
// [CheckCall], [CheckOutput], [CompletedProcess.CheckReturncode]) returns a
// non-zero return code.
type CalledProcessError struct {
	Returncode int
	Cmd        []string
	// Output and Stderr are the captured outputs, if any.
	Output, Stderr []byte
	// Shell says Cmd[0] ran as a shell command line: Error shows it as
	// Python shows a command given as a string ("Command 'exit 3' ...").
	Shell bool
}

// Error returns Python's message, e.g. "Command '['false']' returned
// non-zero exit status 1." or "Command '['sleep', '9']' died with
// <Signals.SIGKILL: 9>.".
func (e *CalledProcessError) Error() string {
	cmd := argsText(e.Cmd, e.Shell, false)
	if e.Returncode < 0 {
		if name, ok := pyrepr.SignalName(-e.Returncode); ok {
			return fmt.Sprintf("Command '%s' died with <Signals.%s: %d>.", cmd, name, -e.Returncode)
		}
		return fmt.Sprintf("Command '%s' died with unknown signal %d.", cmd, -e.Returncode)
	}
	return fmt.Sprintf("Command '%s' returned non-zero exit status %d.", cmd, e.Returncode)
}

// TimeoutExpired is returned when a timeout expires before the child
// process ends.
type TimeoutExpired struct {
	Cmd []string
	// Timeout is the timeout given, except, as in CPython, for a Run or
	// CommunicateTimeout with no stdout or stderr PIPE: that waits for the
	// child with what is left of the timeout once the child started, and
	// reports that (a little less: "timed out after 0.4999871 seconds"; for
	// a timeout of 0 or less, which has expired at once, a little below it:
	// "-1.6689e-05").
	Timeout time.Duration
	// Output and Stderr hold what was captured before the timeout: nil
	// (Python's None) when the output was not captured or nothing of it
	// was read.
	Output, Stderr []byte
	// Shell says Cmd[0] ran as a shell command line (see
	// CalledProcessError.Shell).
	Shell bool
}

// Error returns Python's message, e.g. "Command '['sleep', '5']' timed out
// after 0.1 seconds".
func (e *TimeoutExpired) Error() string {
	cmd := argsText(e.Cmd, e.Shell, false)
	return fmt.Sprintf("Command '%s' timed out after %s seconds", cmd, pyrepr.Seconds(e.Timeout.Seconds()))
}

// FileNotFoundError is returned when the program to run does not exist.
type FileNotFoundError struct {
	Name string
	Err  error
}

// Error returns Python's message, e.g. "[Errno 2] No such file or
// directory: 'nosuch'".
func (e *FileNotFoundError) Error() string {
	return "[Errno 2] No such file or directory: " + pyrepr.Str(e.Name)
}

// Unwrap returns the underlying error (from os/exec).
func (e *FileNotFoundError) Unwrap() error { return e.Err }

// NotADirectoryError is returned when Cwd is not a directory (or a
// directory of the program's path is a file), as Python's
// NotADirectoryError.
type NotADirectoryError struct {
	Name string
	Err  error
}

// Error returns Python's message, e.g. "[Errno 20] Not a directory:
// 'notes.txt'".
func (e *NotADirectoryError) Error() string {
	return "[Errno 20] Not a directory: " + pyrepr.Str(e.Name)
}

// Unwrap returns the underlying error (from os/exec).
func (e *NotADirectoryError) Unwrap() error { return e.Err }

// PermissionError is returned when the program to run may not be executed
// (a file without execute permission), as Python's PermissionError.
type PermissionError struct {
	Name string
	Err  error
}

// Error returns Python's message, e.g. "[Errno 13] Permission denied:
// './script.sh'".
func (e *PermissionError) Error() string {
	return "[Errno 13] Permission denied: " + pyrepr.Str(e.Name)
}

// Unwrap returns the underlying error (from os/exec).
func (e *PermissionError) Unwrap() error { return e.Err }

// Run runs the command described by args, waits for it to finish and
// returns a CompletedProcess. With Check, a non-zero return code also gives
// a *CalledProcessError (and the CompletedProcess); with Timeout, a child
// that runs too long is killed and reaped and *TimeoutExpired is returned.
// If the calling cell is interrupted, the child is killed and Run panics
// with hook.KeyboardInterrupt.
func Run(args []string, opts ...Options) (*CompletedProcess, error) {
	return run(args, options(opts), false)
}

// run is Run; exact makes a timeout report the time given whatever the
// pipes, as CPython's call does.
func run(args []string, o Options, exact bool) (*CompletedProcess, error) {
	if o.CaptureOutput {
		if o.Stdout != 0 || o.Stderr != 0 || o.StdoutTo != nil || o.StderrTo != nil {
			return nil, errors.New("ValueError: stdout and stderr arguments may not be used with capture_output.")
		}
		o.Stdout, o.Stderr = PIPE, PIPE
	}
	if o.Input != "" {
		if o.Stdin != 0 || o.StdinFrom != nil {
			return nil, errors.New("ValueError: stdin and input arguments may not both be used.")
		}
		o.Stdin = PIPE
	}
	p := &Popen{Args: args, Options: o, exactTimeout: exact}
	if err := p.Start(); err != nil {
		return nil, err
	}
	stdout, stderr, err := p.communicate(o.Input, o.Timeout, true)
	if err != nil {
		return nil, err
	}
	c := &CompletedProcess{Args: p.Args, Returncode: p.returncode, Stdout: stdout, Stderr: stderr, Text: o.textMode(), Shell: o.Shell}
	if o.Check {
		if err := c.CheckReturncode(); err != nil {
			return c, err
		}
	}
	return c, nil
}

// Call runs the command, waits for it and returns its return code.
func Call(args []string, opts ...Options) (int, error) {
	o := options(opts)
	o.Check = false
	c, err := run(args, o, true)
	if err != nil {
		return 0, err
	}
	return c.Returncode, nil
}

// CheckCall runs the command and waits for it; a non-zero return code gives
// a *CalledProcessError.
func CheckCall(args []string, opts ...Options) error {
	o := options(opts)
	o.Check = true
	_, err := run(args, o, true)
	return err
}

// CheckOutput runs the command and returns its standard output; a non-zero
// return code gives a *CalledProcessError (holding the output).
func CheckOutput(args []string, opts ...Options) ([]byte, error) {
	o := options(opts)
	if o.Stdout != 0 || o.StdoutTo != nil {
		return nil, errors.New("ValueError: stdout argument not allowed, it will be overridden.")
	}
	o.Stdout = PIPE
	o.Check = true
	c, err := Run(args, o)
	if c == nil {
		return nil, err
	}
	return c.Stdout, err
}

// GetStatusOutput runs cmd through the shell (/bin/sh -c), with standard
// error merged into standard output, and returns its exit status and output
// without one trailing newline, as Python's subprocess.getstatusoutput: the
// status is the return code (-N when the child was killed by signal N). An
// error is returned only when the shell cannot be started.
func GetStatusOutput(cmd string) (int, string, error) {
	c, err := Run([]string{cmd}, Options{Shell: true, Stdout: PIPE, Stderr: STDOUT, Text: true})
	if err != nil {
		return 0, "", fmt.Errorf("subprocess: getstatusoutput %q: %w", cmd, err)
	}
	return c.Returncode, strings.TrimSuffix(string(c.Stdout), "\n"), nil
}

// GetOutput runs cmd as [GetStatusOutput] does and returns only its output
// (Python's subprocess.getoutput).
func GetOutput(cmd string) (string, error) {
	_, out, err := GetStatusOutput(cmd)
	return out, err
}
