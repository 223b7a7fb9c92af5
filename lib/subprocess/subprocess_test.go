package subprocess

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
	"github.com/gonotes/gonotes/lib/hook"
)

func TestRunRepr(t *testing.T) {
	r, err := Run([]string{"true"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.String(), "CompletedProcess(args=['true'], returncode=0)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	c := CompletedProcess{Args: []string{"echo", "이것은 subprocess입니다."}}
	if got, want := c.String(), "CompletedProcess(args=['echo', '이것은 subprocess입니다.'], returncode=0)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestCaptureOutput(t *testing.T) {
	r, err := Run([]string{"sh", "-c", "echo out; echo err >&2; exit 3"}, Options{CaptureOutput: true})
	if err != nil {
		t.Fatal(err)
	}
	want := `CompletedProcess(args=['sh', '-c', 'echo out; echo err >&2; exit 3'], returncode=3, stdout=b'out\n', stderr=b'err\n')`
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
	r, err = Run([]string{"printf", "it's"}, Options{CaptureOutput: true, Text: true})
	if err != nil {
		t.Fatal(err)
	}
	want = `CompletedProcess(args=['printf', "it's"], returncode=0, stdout="it's", stderr='')`
	if r.String() != want {
		t.Errorf("got  %s\nwant %s", r, want)
	}
}

func TestCheck(t *testing.T) {
	r, err := Run([]string{"false"}, Options{Check: true})
	var cpe *CalledProcessError
	if !errors.As(err, &cpe) || cpe.Returncode != 1 || r == nil {
		t.Fatalf("err = %v (%T)", err, err)
	}
	if got, want := err.Error(), "Command '['false']' returned non-zero exit status 1."; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if err := CheckCall([]string{"sh", "-c", "kill -9 $$"}); err == nil || err.Error() != "Command '['sh', '-c', 'kill -9 $$']' died with <Signals.SIGKILL: 9>." {
		t.Errorf("err = %v", err)
	}
	if rc, err := Call([]string{"sh", "-c", "exit 7"}); rc != 7 || err != nil {
		t.Errorf("Call = %d, %v", rc, err)
	}
	out, err := CheckOutput([]string{"echo", "hi"})
	if string(out) != "hi\n" || err != nil {
		t.Errorf("CheckOutput = %q, %v", out, err)
	}
}

func TestTimeoutKillsAndReaps(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	_, err := Run([]string{"sh", "-c", "echo $$ > " + pidFile + "; echo partial; exec sleep 5"},
		Options{Timeout: 300 * time.Millisecond, CaptureOutput: true})
	var te *TimeoutExpired
	if !errors.As(err, &te) {
		t.Fatalf("err = %v (%T)", err, err)
	}
	if !strings.HasPrefix(err.Error(), "Command '['sh', '-c', ") || !strings.HasSuffix(err.Error(), "' timed out after 0.3 seconds") {
		t.Errorf("message %q", err)
	}
	if string(te.Output) != "partial\n" {
		t.Errorf("Output = %q", te.Output)
	}
	b, _ := os.ReadFile(pidFile)
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	if pid == 0 {
		t.Fatal("no pid")
	}
	// Reaped: the process no longer exists, not even as a zombie.
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("child %d still exists: kill(0) = %v", pid, err)
	}
	msg := (&TimeoutExpired{Cmd: []string{"sleep", "5"}, Timeout: 100 * time.Millisecond}).Error()
	if msg != "Command '['sleep', '5']' timed out after 0.1 seconds" {
		t.Errorf("message %q", msg)
	}
}

func TestInputCwdEnvShell(t *testing.T) {
	r, err := Run([]string{"cat"}, Options{Input: "hello 세계", CaptureOutput: true, Text: true})
	if err != nil || string(r.Stdout) != "hello 세계" {
		t.Fatalf("cat: %v, %v", r, err)
	}
	dir := t.TempDir()
	r, err = Run([]string{"pwd"}, Options{Cwd: dir, Stdout: PIPE})
	if err != nil || strings.TrimSpace(string(r.Stdout)) != dir {
		t.Errorf("pwd: %v, %v", r, err)
	}
	r, err = Run([]string{"sh", "-c", "echo $GREETING"}, Options{Env: []string{"GREETING=안녕"}, Stdout: PIPE})
	if err != nil || string(r.Stdout) != "안녕\n" {
		t.Errorf("env: %v, %v", r, err)
	}
	r, err = Run([]string{"echo $0 $1 >&2", "zero", "one"}, Options{Shell: true, Stdout: PIPE, Stderr: STDOUT})
	if err != nil || string(r.Stdout) != "zero one\n" || r.Stderr != nil {
		t.Errorf("shell: %v, %v", r, err)
	}
	_, err = Run([]string{"no-such-program-xyz"})
	var fnf *FileNotFoundError
	if !errors.As(err, &fnf) || err.Error() != "[Errno 2] No such file or directory: 'no-such-program-xyz'" {
		t.Errorf("err = %v", err)
	}
	if _, err := Run([]string{"true"}, Options{CaptureOutput: true, Stdout: PIPE}); err == nil {
		t.Error("CaptureOutput with Stdout: no error")
	}
}

func TestPopen(t *testing.T) {
	p, err := NewPopen([]string{"sort"}, Options{Stdin: PIPE, Stdout: PIPE})
	if err != nil {
		t.Fatal(err)
	}
	if p.Poll() != nil && p.Poll() != 0 {
		t.Errorf("Poll = %v", p.Poll())
	}
	out, errOut, err := p.Communicate("b\na\n")
	if err != nil || string(out) != "a\nb\n" || errOut != nil {
		t.Errorf("Communicate = %q, %q, %v", out, errOut, err)
	}
	if p.Returncode() != 0 || p.Wait() != 0 {
		t.Errorf("Returncode = %v", p.Returncode())
	}
	if got, want := p.String(), "<Popen: returncode: 0 args: ['sort']>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}

	p, err = NewPopen([]string{"sh", "-c", "echo started; exec sleep 30"}, Options{Stdout: PIPE})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.String(), "<Popen: returncode: None args: ['sh', '-c', 'echo started; exec sleep 30']>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// Longer than 80 characters: cut as CPython cuts it.
	long := &Popen{Args: []string{"sh", "-c", "for i in 1 2 3; do echo line $i; done"}}
	if got, want := long.String(), "<Popen: returncode: None args: ['sh', '-c', 'for i in 1 2 3; do echo line $i...>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if p.Pid() <= 0 {
		t.Errorf("Pid = %d", p.Pid())
	}
	_, _, err = p.CommunicateTimeout(200 * time.Millisecond)
	var te *TimeoutExpired
	if !errors.As(err, &te) {
		t.Fatalf("CommunicateTimeout err = %v", err)
	}
	if _, err := p.WaitTimeout(10 * time.Millisecond); err == nil {
		t.Error("WaitTimeout: no error")
	}
	p.Kill()
	out, _, err = p.Communicate()
	if err != nil || string(out) != "started\n" {
		t.Errorf("Communicate after kill = %q, %v", out, err)
	}
	if rc := p.Wait(); rc != -9 {
		t.Errorf("returncode after kill = %d", rc)
	}
	if p.Kill() != nil || p.Terminate() != nil {
		t.Error("Kill after exit: error")
	}
}

func TestOutputReachesScope(t *testing.T) {
	defer hook.Reset()
	var out, errb testutil.Buffer
	s := hook.NewScope(1, &out, &errb)
	defer hook.Bind(s)()
	r, err := Run([]string{"sh", "-c", "echo 이것은 subprocess입니다.; echo oops >&2"})
	if err != nil || r.Returncode != 0 {
		t.Fatal(r, err)
	}
	if out.String() != "이것은 subprocess입니다.\n" || errb.String() != "oops\n" {
		t.Errorf("stdout %q, stderr %q", out.String(), errb.String())
	}
}

func TestInterruptKillsRun(t *testing.T) {
	defer hook.Reset()
	s := hook.NewScope(1, nil, nil)
	pidFile := filepath.Join(t.TempDir(), "pid")
	go func() {
		for {
			if b, err := os.ReadFile(pidFile); err == nil && len(b) > 0 && b[len(b)-1] == '\n' {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		s.Interrupt()
	}()
	func() {
		defer hook.Bind(s)()
		defer func() {
			if r := recover(); !hook.IsInterrupt(r) {
				t.Errorf("recovered %v, want KeyboardInterrupt", r)
			}
		}()
		Run([]string{"sh", "-c", "echo $$ > " + pidFile + "; exec sleep 30"})
		t.Error("Run returned")
	}()
	b, _ := os.ReadFile(pidFile)
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("child %d survived the interrupt: %v", pid, err)
	}
}

// A command run through the shell shows as Python shows a command given as
// a string. From python3:
//
//	run("echo hi", shell=True, capture_output=True, text=True)
//	  CompletedProcess(args='echo hi', returncode=0, stdout='hi\n', stderr='')
//	run("exit 3", shell=True, check=True)
//	  Command 'exit 3' returned non-zero exit status 3.
//	Popen("exit 0", shell=True) after wait()
//	  <Popen: returncode: 0 args: 'exit 0'>
//	Popen("sleep 5", shell=True).wait(timeout=0.1)
//	  Command 'sleep 5' timed out after 0.1 seconds
func TestShellCommandShowsAsString(t *testing.T) {
	r, err := Run([]string{"echo hi"}, Options{Shell: true, CaptureOutput: true, Text: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.String(), `CompletedProcess(args='echo hi', returncode=0, stdout='hi\n', stderr='')`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	_, err = Run([]string{"exit 3"}, Options{Shell: true, Check: true})
	if err == nil || err.Error() != "Command 'exit 3' returned non-zero exit status 3." {
		t.Errorf("error %v", err)
	}
	p, err := NewPopen([]string{"exit 0"}, Options{Shell: true})
	if err != nil {
		t.Fatal(err)
	}
	p.Wait()
	if got, want := p.String(), "<Popen: returncode: 0 args: 'exit 0'>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	p, err = NewPopen([]string{"sleep 5"}, Options{Shell: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.WaitTimeout(100 * time.Millisecond)
	p.Kill()
	p.Wait()
	if err == nil || err.Error() != "Command 'sleep 5' timed out after 0.1 seconds" {
		t.Errorf("timeout error %v", err)
	}
}

// A missing working directory and a file that may not be executed give
// Python's errors. From python3:
//
//	run(["ls"], cwd="/no/such/dir")   FileNotFoundError: [Errno 2] No such file or directory: '/no/such/dir'
//	run([path]) (mode 0644)           PermissionError: [Errno 13] Permission denied: '<path>'
func TestStartErrorsAsPython(t *testing.T) {
	_, err := Run([]string{"ls"}, Options{Cwd: "/no/such/dir"})
	var nf *FileNotFoundError
	if !errors.As(err, &nf) || err.Error() != "[Errno 2] No such file or directory: '/no/such/dir'" {
		t.Errorf("missing cwd: %T %v", err, err)
	}
	path := filepath.Join(t.TempDir(), "script")
	if err := os.WriteFile(path, []byte("#!/bin/sh\necho hi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Run([]string{path})
	var pe *PermissionError
	if !errors.As(err, &pe) || err.Error() != "[Errno 13] Permission denied: '"+path+"'" {
		t.Errorf("not executable: %T %v", err, err)
	}
}

// Python's TimeoutExpired holds None for an output of which nothing was read
// before the timeout (its output and stderr are the chunks read, joined, or
// None when there were none), not b”.
// CPython's communicate without a stdout or stderr pipe waits for the
// child with what is left of the timeout, and TimeoutExpired reports that;
// call and check_call wait(timeout) and report the timeout given.
func TestTimeoutWithoutPipesReportsTimeLeft(t *testing.T) {
	d := 300 * time.Millisecond
	_, err := Run([]string{"sleep", "5"}, Options{Timeout: d})
	var te *TimeoutExpired
	if !errors.As(err, &te) {
		t.Fatalf("Run: err = %v (%T)", err, err)
	}
	if te.Timeout >= d || te.Timeout < d/2 {
		t.Errorf("Run without pipes: Timeout = %v, want a little less than %v", te.Timeout, d)
	}
	// Expired at once: a little below zero, as CPython's "-1.6e-05".
	if _, err := Run([]string{"sleep", "5"}, Options{Timeout: ZeroTimeout}); !errors.As(err, &te) || te.Timeout >= 0 || te.Timeout < -d {
		t.Errorf("Run with ZeroTimeout without pipes: %v", err)
	}
	p, err := NewPopen([]string{"sleep", "5"})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { p.Kill(); p.Wait() }()
	if _, _, err := p.CommunicateTimeout(d); !errors.As(err, &te) || te.Timeout >= d {
		t.Errorf("CommunicateTimeout without pipes: %v", err)
	}
	for name, call := range map[string]func() error{
		"Call":      func() error { _, err := Call([]string{"sleep", "5"}, Options{Timeout: d}); return err },
		"CheckCall": func() error { return CheckCall([]string{"sleep", "5"}, Options{Timeout: d}) },
		"Run captured": func() error {
			_, err := Run([]string{"sleep", "5"}, Options{Timeout: d, CaptureOutput: true})
			return err
		},
	} {
		if err := call(); !errors.As(err, &te) || te.Timeout != d {
			t.Errorf("%s: %v, want the timeout given", name, err)
		}
	}
}

func TestTimeoutExpiredNothingReadIsNone(t *testing.T) {
	_, err := Run([]string{"sh", "-c", "exec sleep 5"}, Options{CaptureOutput: true, Timeout: 100 * time.Millisecond})
	var e *TimeoutExpired
	if !errors.As(err, &e) {
		t.Fatalf("Run: %v, want *TimeoutExpired", err)
	}
	if e.Output != nil || e.Stderr != nil {
		t.Errorf("Run's TimeoutExpired: Output %q, Stderr %q; want nil, nil (Python's None)", e.Output, e.Stderr)
	}
	p, err := NewPopen([]string{"sh", "-c", "exec sleep 5"}, Options{Stdout: PIPE, Stderr: PIPE})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Wait()
	defer p.Kill()
	_, _, err = p.CommunicateTimeout(100 * time.Millisecond)
	if !errors.As(err, &e) {
		t.Fatalf("CommunicateTimeout: %v, want *TimeoutExpired", err)
	}
	if e.Output != nil || e.Stderr != nil {
		t.Errorf("CommunicateTimeout's TimeoutExpired: Output %q, Stderr %q; want nil, nil (Python's None)", e.Output, e.Stderr)
	}
}

// Python's stdin=p1.stdout connects two processes by a pipe: StdinFrom.
func TestStdinFromAnotherPopen(t *testing.T) {
	p1, err := NewPopen([]string{"printf", "c\\na\\nb\\n"}, Options{Stdout: PIPE})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := NewPopen([]string{"sort"}, Options{StdinFrom: p1.StdoutPipe, Stdout: PIPE})
	if err != nil {
		t.Fatal(err)
	}
	p1.StdoutPipe.Close() // as Python's p1.stdout.close(): p2 holds the pipe now
	out, _, err := p2.Communicate()
	if err != nil || string(out) != "a\nb\nc\n" {
		t.Errorf("sort's output %q, %v; want %q", out, err, "a\nb\nc\n")
	}
	if rc := p1.Wait(); rc != 0 || p2.Returncode() != 0 {
		t.Errorf("return codes %d, %v; want 0, 0", rc, p2.Returncode())
	}
	// Any reader: Run copies it to the child.
	r, err := Run([]string{"tr", "a-z", "A-Z"}, Options{StdinFrom: strings.NewReader("shout"), CaptureOutput: true})
	if err != nil || string(r.Stdout) != "SHOUT" {
		t.Errorf("Run with a strings.Reader: %q, %v", r.Stdout, err)
	}
	if _, err := NewPopen([]string{"cat"}, Options{StdinFrom: strings.NewReader("x"), Stdin: PIPE}); err == nil {
		t.Error("StdinFrom with Stdin PIPE: no error")
	}
	if _, err := Run([]string{"cat"}, Options{StdinFrom: strings.NewReader("x"), Input: "y"}); err == nil {
		t.Error("StdinFrom with Input: no error")
	}
}

func TestGetStatusOutput(t *testing.T) {
	cases := []struct {
		cmd    string
		status int
		out    string
	}{
		{"echo hi", 0, "hi"},
		{"echo out; echo err >&2; exit 7", 7, "out\nerr"},
		{"printf 'x\\n\\n'", 0, "x\n"}, // one trailing newline only
		{"printf 'no newline'", 0, "no newline"},
		{"true", 0, ""},
		{"kill -9 $$", -9, ""},
	}
	for _, c := range cases {
		status, out, err := GetStatusOutput(c.cmd)
		if err != nil || status != c.status || out != c.out {
			t.Errorf("GetStatusOutput(%q) = %d, %q, %v; want %d, %q", c.cmd, status, out, err, c.status, c.out)
		}
		if o, err := GetOutput(c.cmd); err != nil || o != c.out {
			t.Errorf("GetOutput(%q) = %q, %v; want %q", c.cmd, o, err, c.out)
		}
	}
}

// Python's text mode decodes a child's output with universal newlines:
// "\r\n" and "\r" become "\n" (bytes mode keeps them).
func TestTextTranslatesNewlines(t *testing.T) {
	args := []string{"printf", `a\r\nb\rc\n`}
	r, err := Run(args, Options{CaptureOutput: true, Text: true})
	if err != nil || string(r.Stdout) != "a\nb\nc\n" {
		t.Errorf("text stdout = %q, %v; want %q", r.Stdout, err, "a\nb\nc\n")
	}
	r, err = Run(args, Options{CaptureOutput: true})
	if err != nil || string(r.Stdout) != "a\r\nb\rc\n" {
		t.Errorf("bytes stdout = %q, %v; want it unchanged", r.Stdout, err)
	}
	out, err := CheckOutput([]string{"sh", "-c", `printf 'o\r\n'; printf 'e\r\n' >&2`}, Options{Stderr: STDOUT, Text: true})
	if err != nil || string(out) != "o\ne\n" {
		t.Errorf("CheckOutput text = %q, %v", out, err)
	}
	p, err := NewPopen([]string{"printf", `x\r`}, Options{Stdout: PIPE, Stderr: PIPE, Text: true})
	if err != nil {
		t.Fatal(err)
	}
	so, se, err := p.Communicate()
	if err != nil || string(so) != "x\n" || string(se) != "" {
		t.Errorf("Communicate text = %q, %q, %v", so, se, err)
	}
}

// With Env, a program is looked up in Env's PATH, as Python does: a tool in
// a directory only Env's PATH names runs, and a PATH without the program
// gives FileNotFoundError even if the caller's PATH has it.
func TestEnvPathLookup(t *testing.T) {
	dir := t.TempDir()
	tool := filepath.Join(dir, "only-here")
	if err := os.WriteFile(tool, []byte("#!/bin/sh\necho found\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	r, err := Run([]string{"only-here"}, Options{Env: []string{"PATH=" + dir}, CaptureOutput: true})
	if err != nil || string(r.Stdout) != "found\n" {
		t.Errorf("Run with Env PATH=%s: %v, %v; want it to run the tool", dir, r, err)
	}
	var fe *FileNotFoundError
	if _, err := Run([]string{"sh", "-c", "true"}, Options{Env: []string{"PATH=" + dir}}); !errors.As(err, &fe) {
		t.Errorf("sh with a PATH that lacks it: %v, want FileNotFoundError", err)
	}
	// No PATH in Env: Python's os.defpath, /bin:/usr/bin.
	if _, err := Run([]string{"sh", "-c", "true"}, Options{Env: []string{}}); err != nil {
		t.Errorf("sh with an Env without PATH: %v, want it found in /bin:/usr/bin", err)
	}
	// A file found but not executable: PermissionError, as Python's execve.
	if err := os.WriteFile(filepath.Join(dir, "not-exec"), []byte("#!/bin/sh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var pe *PermissionError
	if _, err := Run([]string{"not-exec"}, Options{Env: []string{"PATH=" + dir}}); !errors.As(err, &pe) {
		t.Errorf("a non-executable file on Env's PATH: %v, want PermissionError", err)
	}
}

// StdoutTo and StderrTo take Python's stdout=f: a file (handed to the child,
// left open) or any writer; they cannot be combined with Stdout, Stderr or
// CaptureOutput, as Python refuses the same combinations.
func TestStdoutToStderrTo(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i := range 2 {
		if _, err := Run([]string{"echo", strconv.Itoa(i)}, Options{StdoutTo: f}); err != nil {
			t.Fatal(err)
		}
	}
	if data, _ := os.ReadFile(f.Name()); string(data) != "0\n1\n" {
		t.Errorf("file after two runs: %q, want \"0\\n1\\n\" (the file must stay open)", data)
	}
	var out, errs strings.Builder
	p, err := NewPopen([]string{"sh", "-c", "echo o; echo e >&2; exit 4"}, Options{StdoutTo: &out, StderrTo: &errs})
	if err != nil {
		t.Fatal(err)
	}
	if code := p.Wait(); code != 4 || out.String() != "o\n" || errs.String() != "e\n" {
		t.Errorf("Popen with writers: %d %q %q", code, out.String(), errs.String())
	}
	for _, o := range []Options{
		{StdoutTo: &out, Stdout: PIPE},
		{StderrTo: &out, Stderr: DEVNULL},
		{StderrTo: &out, Stderr: STDOUT},
		{StdoutTo: &out, CaptureOutput: true},
	} {
		if _, err := Run([]string{"true"}, o); err == nil {
			t.Errorf("Run with %+v: no error", o)
		}
	}
	if _, err := CheckOutput([]string{"true"}, Options{StdoutTo: &out}); err == nil {
		t.Error("CheckOutput with StdoutTo: no error")
	}
}

// Text mode decodes the outputs as UTF-8, strictly, as Python's: bytes that
// are not UTF-8 give CPython's UnicodeDecodeError, named as its decoder
// names them.
func TestTextOutputNotUTF8(t *testing.T) {
	for in, want := range map[string]string{
		"ok":               "",
		"\xffok":           "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
		"a\x80":            "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte",
		"\xe4A":            "'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte",
		"\xe4\xb8A":        "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
		"\xe4\xb8":         "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
		"\xf0\x9f\x98":     "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data",
		"\xed\xa0\x80":     "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
		"\xc0\xaf":         "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
		"\xf4\x90\x80\x80": "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte",
		"ok\xe0\x80":       "'utf-8' codec can't decode byte 0xe0 in position 2: invalid continuation byte",
		"한글":               "",
	} {
		err := decodeError([]byte(in))
		got := ""
		if err != nil {
			got = strings.TrimPrefix(err.Error(), "UnicodeDecodeError: ")
		}
		if got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// WaitTimeout(0) and CommunicateTimeout(0) on a child that ended (and was
// communicated with) return its code and outputs every time, as CPython's
// wait(timeout=0) and communicate(timeout=0): not, at random, a timeout.
func TestZeroTimeoutsAfterExit(t *testing.T) {
	p, err := NewPopen([]string{"sh", "-c", "echo out; exit 3"}, Options{Stdout: PIPE, Stderr: PIPE})
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := p.Communicate()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100; i++ {
		if c, err := p.WaitTimeout(0); err != nil || c != 3 {
			t.Fatalf("WaitTimeout(0) #%d after exit: %d, %v", i, c, err)
		}
		if o, _, err := p.CommunicateTimeout(0); err != nil || string(o) != string(out) {
			t.Fatalf("CommunicateTimeout(0) #%d after exit: %q, %v", i, o, err)
		}
	}
}

// Communicate reads the captured output to its end, as CPython's: what a
// grandchild that still holds the pipe writes after the child was killed
// is part of it (python3 prints 'late\n' for the same program).
func TestCommunicateReadsWhatAGrandchildWrites(t *testing.T) {
	p, err := NewPopen([]string{"sh", "-c", "(sleep 0.5; echo late) & echo first; exec sleep 30"}, Options{Stdout: PIPE, Text: true})
	if err != nil {
		t.Fatal(err)
	}
	first := make([]byte, len("first\n"))
	if _, err := io.ReadFull(p.StdoutPipe, first); err != nil || string(first) != "first\n" {
		t.Fatalf("first line %q, %v", first, err)
	}
	p.Kill()
	out, _, err := p.Communicate()
	if err != nil || string(out) != "late\n" || p.Returncode() != -9 {
		t.Errorf("Communicate after Kill = %q, %v, returncode %v; want \"late\\n\", nil, -9", out, err, p.Returncode())
	}
}

// The codecs of text mode decode and encode as CPython's, with its error
// handlers.
func TestCodecs(t *testing.T) {
	utf, _ := lookupCodec("UTF_8")
	latin, _ := lookupCodec("Latin-1")
	ascii, _ := lookupCodec("ascii")
	for _, c := range []struct {
		c        codec
		in, errs string
		want     string
	}{
		{utf, "a\xe9b\xe2\x82c\xff", "replace", "a\ufffdb\ufffdc\ufffd"},
		{utf, "a\xe9b\xe2\x82c\xff", "ignore", "abc"},
		{utf, "a\xe9b\xe2\x82", "backslashreplace", `a\xe9b\xe2\x82`},
		{utf, "\xe2\x82", "strict", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		{utf, "\xff", "nope", "LookupError: unknown error handler name 'nope'"},
		{utf, "fine", "nope", "fine"},
		{latin, "caf\xe9\xff", "strict", "café\u00ff"},
		{ascii, "a\xe9", "strict", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"},
		{ascii, "a\xe9\xe9", "replace", "a\ufffd\ufffd"},
	} {
		b, err := c.c.decode([]byte(c.in), c.errs)
		got := string(b)
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s.decode(%q, %s) = %q, want %q", c.c.name, c.in, c.errs, got, c.want)
		}
	}
	for _, c := range []struct {
		c        codec
		in, errs string
		want     string
	}{
		{latin, "café", "strict", "caf\xe9"},
		{latin, "5€", "strict", "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"},
		{ascii, "é€😀", "backslashreplace", `\xe9\u20ac\U0001f600`},
		{ascii, "é€", "replace", "??"},
		{ascii, "aé", "ignore", "a"},
	} {
		got, err := c.c.encode(c.in, c.errs)
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s.encode(%q, %s) = %q, want %q", c.c.name, c.in, c.errs, got, c.want)
		}
	}
	if _, err := lookupCodec("klingon"); err == nil || err.Error() != "LookupError: unknown encoding: klingon" {
		t.Errorf("lookupCodec(klingon) = %v", err)
	}
}

// A Cwd that is a file, or a program path through a file, is Python's
// NotADirectoryError naming it.
func TestNotADirectory(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file.txt")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		cwd  string
		name string
	}{{[]string{"pwd"}, f, f}, {[]string{f + "/prog"}, "", f + "/prog"}} {
		_, err := Run(c.args, Options{Cwd: c.cwd})
		var nd *NotADirectoryError
		if !errors.As(err, &nd) || err.Error() != "[Errno 20] Not a directory: '"+c.name+"'" || !errors.Is(err, syscall.ENOTDIR) {
			t.Errorf("Run(%q, Cwd %q) = %v", c.args, c.cwd, err)
		}
	}
}
