package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, code := range []int{1, 2, -9, -15, -2, -100, 0} {
		fmt.Println(&subprocess.CalledProcessError{Returncode: code, Cmd: []string{"prog", "arg"}})
	}
	fmt.Println(&subprocess.CalledProcessError{Returncode: 3, Cmd: []string{"make all"}, Shell: true})
	fmt.Println(&subprocess.TimeoutExpired{Cmd: []string{"sleep", "9"}, Timeout: 2500 * time.Millisecond})
	fmt.Println(&subprocess.TimeoutExpired{Cmd: []string{"sleep 9"}, Timeout: 3 * time.Second, Shell: true})
}
