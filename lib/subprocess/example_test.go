package subprocess_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func ExampleRun() {
	r, err := subprocess.Run([]string{"echo", "이것은 subprocess입니다."})
	if err != nil {
		panic(err)
	}
	fmt.Println(r)
	// Output:
	// 이것은 subprocess입니다.
	// CompletedProcess(args=['echo', '이것은 subprocess입니다.'], returncode=0)
}

func ExampleRun_captureOutput() {
	r, _ := subprocess.Run([]string{"echo", "hi"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
	// With captured output the error reports the timeout given; without,
	// what was left of it when the wait began, as CPython's run.
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 100e6, CaptureOutput: true})
	fmt.Println(err)
	// Output:
	// CompletedProcess(args=['echo', 'hi'], returncode=0, stdout='hi\n', stderr='')
	// Command '['sleep', '5']' timed out after 0.1 seconds
}

func ExamplePermissionError() {
	dir, _ := os.MkdirTemp("", "")
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "script.sh")
	os.WriteFile(script, []byte("#!/bin/sh\necho hi\n"), 0o644) // not executable
	_, err := subprocess.Run([]string{script})
	var pe *subprocess.PermissionError
	fmt.Println(errors.As(err, &pe), strings.ReplaceAll(err.Error(), dir, "DIR"))
	// Output:
	// true [Errno 13] Permission denied: 'DIR/script.sh'
}

// Two processes connected by a pipe, as Python's
// Popen(["sort"], stdin=p1.stdout, stdout=PIPE).
func ExampleOptions_stdinFrom() {
	p1, _ := subprocess.NewPopen([]string{"printf", "cherry\napple\nbanana\n"}, subprocess.Options{Stdout: subprocess.PIPE})
	p2, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{StdinFrom: p1.StdoutPipe, Stdout: subprocess.PIPE})
	p1.StdoutPipe.Close() // sort holds the pipe now: p1 gets SIGPIPE if sort ends first
	out, _, _ := p2.Communicate()
	fmt.Print(string(out))
	fmt.Println(p1.Wait(), p2.Returncode())
	// Output:
	// apple
	// banana
	// cherry
	// 0 0
}

// Python's getstatusoutput and getoutput: a shell command's status and
// output (standard error included), without the last newline.
func ExampleGetStatusOutput() {
	status, out, err := subprocess.GetStatusOutput("echo hello; echo oops >&2; exit 3")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d %q\n", status, out)
	ls, _ := subprocess.GetOutput("printf 'a\\nb\\n\\n'")
	fmt.Printf("%q\n", ls)
	// Output:
	// 3 "hello\noops"
	// "a\nb\n"
}

// The output of a command written to a file, as Python's
// with open("out.txt", "w") as f: subprocess.run(["ls"], stdout=f).
func ExampleOptions_stdoutTo() {
	dir, _ := os.MkdirTemp("", "")
	defer os.RemoveAll(dir)
	f, _ := os.Create(filepath.Join(dir, "out.txt"))
	subprocess.Run([]string{"sh", "-c", "echo one; echo two >&2"}, subprocess.Options{StdoutTo: f, Stderr: subprocess.STDOUT})
	f.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "out.txt"))
	fmt.Print(string(data))
	// Any io.Writer will do: a strings.Builder gets a copy of the output.
	var errs strings.Builder
	r, _ := subprocess.Run([]string{"sh", "-c", "echo oops >&2; exit 2"}, subprocess.Options{StderrTo: &errs})
	fmt.Printf("%q %d\n", errs.String(), r.Returncode)
	// Output:
	// one
	// two
	// "oops\n" 2
}

// Python's run(["sleep", "5"], capture_output=True, timeout=0): ZeroTimeout
// has expired at once (a zero Timeout would mean no timeout); the child is
// killed.
func ExampleZeroTimeout() {
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: subprocess.ZeroTimeout, CaptureOutput: true})
	fmt.Println(err)
	// Output:
	// Command '['sleep', '5']' timed out after 0 seconds
}

// Python's encoding and errors arguments: bytes that do not decode are
// replaced rather than failing with UnicodeDecodeError.
func ExampleOptions_errors() {
	r, _ := subprocess.Run([]string{"printf", `caf\351`}, subprocess.Options{CaptureOutput: true, Errors: "backslashreplace"})
	fmt.Println(r.Stdout, string(r.Stdout))
	r, _ = subprocess.Run([]string{"printf", `caf\351`}, subprocess.Options{CaptureOutput: true, Encoding: "latin-1"})
	fmt.Println(r)
	// Output:
	// [99 97 102 92 120 101 57] caf\xe9
	// CompletedProcess(args=['printf', 'caf\\351'], returncode=0, stdout='café', stderr='')
}
