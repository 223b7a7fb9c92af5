package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func b(x []byte) string {
	if x == nil {
		return "None"
	}
	return "b'" + string(x) + "'"
}

func main() {
	for _, e := range []*subprocess.CalledProcessError{
		{Returncode: 2, Cmd: []string{"ls", "x"}},
		{Returncode: 1, Cmd: []string{"make all"}, Shell: true, Output: []byte("out"), Stderr: []byte("err")},
		{Returncode: -9, Cmd: []string{"sleep", "5"}},
		{Returncode: -15, Cmd: []string{"server"}, Shell: true},
	} {
		fmt.Println(e.Error(), "|", e.Returncode, b(e.Output), b(e.Stderr))
	}
	t := &subprocess.TimeoutExpired{Cmd: []string{"ping", "x"}, Timeout: 2500 * time.Millisecond}
	fmt.Println(t.Error(), b(t.Output))
}
