package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, t := range []time.Duration{500 * time.Millisecond, time.Second, 2250 * time.Millisecond, time.Millisecond, 10 * time.Second, 100 * time.Millisecond} {
		fmt.Println((&subprocess.TimeoutExpired{Cmd: []string{"sleep", "9"}, Timeout: t}).Error())
	}
	fmt.Println((&subprocess.TimeoutExpired{Cmd: []string{"sleep 9; echo"}, Timeout: 3 * time.Second, Shell: true}).Error())
	e := &subprocess.TimeoutExpired{Cmd: []string{"x"}, Timeout: time.Second, Output: []byte("o"), Stderr: []byte("e")}
	fmt.Printf("b'%s' b'%s' b'%s' %v ['%s']\n", e.Output, e.Output, e.Stderr, e.Timeout.Seconds(), e.Cmd[0])
}
