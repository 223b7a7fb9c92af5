package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = &threading.Barrier{Parties: 3, Timeout: 100 * time.Millisecond}
var out []string
var lock threading.Lock

func w() {
	r := "passed"
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		r = "broken"
	}
	lock.Acquire()
	out = append(out, r)
	lock.Release()
}

func main() {
	t := &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Printf("['%s'] %s\n", out[0], pyBool(b.Broken()))
	if _, err := b.WaitTimeout(5 * time.Second); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("still broken")
	}
	b.Reset()
	fmt.Println(pyBool(b.Broken()), b.Parties, b.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
