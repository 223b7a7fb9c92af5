package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + string(b) + "'"
}

func main() {
	e := &subprocess.CalledProcessError{Returncode: 2, Cmd: []string{"grep", "x", "file"}, Output: []byte("partial"), Stderr: []byte("grep: file: No such file")}
	fmt.Println(e)
	fmt.Println(e.Returncode, "['grep', 'x', 'file']", pyBytes(e.Output), pyBytes(e.Output), pyBytes(e.Stderr))
	e = &subprocess.CalledProcessError{Returncode: -9, Cmd: []string{"sleep 100"}, Shell: true}
	fmt.Println(e)
	e = &subprocess.CalledProcessError{Returncode: 1, Cmd: []string{"false"}}
	fmt.Println(e, pyBytes(e.Output), pyBytes(e.Stderr))
	t := &subprocess.TimeoutExpired{Cmd: []string{"sleep", "9"}, Timeout: 1500 * time.Millisecond, Output: []byte("o")}
	fmt.Println(t, t.Timeout.Seconds(), pyBytes(t.Output), pyBytes(t.Output), pyBytes(t.Stderr))
}
