package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var log []string
	b := threading.NewBarrier(2, func() { log = append(log, "'phase done'") })
	w := func() {
		for range 2 {
			b.Wait()
		}
	}
	t := &threading.Thread{Target: w}
	t.Start()
	for range 2 {
		b.Wait()
	}
	t.Join()
	fmt.Println("["+strings.Join(log, ", ")+"]", pyBool(b.Broken()), b.NWaiting(), b.Parties)
	b.Abort()
	fmt.Println(pyBool(b.Broken()))
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("broken:", "BrokenBarrierError", "''")
	}
	b.Reset()
	fmt.Println(pyBool(b.Broken()))
	t = &threading.Thread{Target: func() { b.Wait() }}
	t.Start()
	i, _ := b.Wait()
	fmt.Println(pyBool(i == 0 || i == 1))
	t.Join()
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
