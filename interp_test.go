package main

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// The interpreter reads the kernel's requests through Go's poller (its
// stdin comes blocking from os/exec): a file read through the poller
// takes a read deadline, one read by a thread blocked in read(2) does not.
func TestInterpreterStdinIsPollable(t *testing.T) {
	if os.Getenv("GONOTES_TEST_STDIN_CHILD") == "1" {
		in := pollableStdin()
		if err := in.SetReadDeadline(time.Now().Add(20 * time.Millisecond)); err != nil {
			t.Fatalf("SetReadDeadline: %v", err)
		}
		_, err := in.Read(make([]byte, 1))
		if !errors.Is(err, os.ErrDeadlineExceeded) {
			t.Fatalf("read: %v, want a deadline exceeded", err)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterpreterStdinIsPollable$", "-test.v")
	cmd.Env = append(os.Environ(), "GONOTES_TEST_STDIN_CHILD=1", "GONOTES_BIN=unused")
	stdin, err := cmd.StdinPipe() // a pipe, as the kernel gives its interpreter
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
