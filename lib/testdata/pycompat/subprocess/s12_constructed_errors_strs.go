package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	fmt.Println(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
	fmt.Println(subprocess.CompletedProcess{Args: []string{"a", "b"}, Returncode: 0, Stdout: []byte("x"), Text: true})
	fmt.Println(subprocess.CompletedProcess{Args: []string{"a"}, Returncode: 3, Stdout: []byte("o"), Stderr: []byte("e")})
	fmt.Println(&subprocess.TimeoutExpired{Cmd: []string{"x"}, Timeout: 2500 * time.Millisecond})
	fmt.Println(&subprocess.TimeoutExpired{Cmd: []string{"sleep 9"}, Timeout: 3 * time.Second, Shell: true})
	for _, code := range []int{1, 255, -9, -15, -2, -200} {
		fmt.Println(&subprocess.CalledProcessError{Returncode: code, Cmd: []string{"x", "y"}})
	}
}
