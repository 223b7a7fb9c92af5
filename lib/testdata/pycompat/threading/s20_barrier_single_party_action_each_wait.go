package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var runs []string
	b := threading.NewBarrier(1, func() { runs = append(runs, threading.CurrentThread().GetName()) })
	var idx []string
	for i := 0; i < 3; i++ {
		n, _ := b.Wait()
		idx = append(idx, fmt.Sprint(n))
	}
	fmt.Println("["+strings.Join(idx, ", ")+"]", "['"+strings.Join(runs, "', '")+"']", b.NWaiting(), b.Parties, pb(b.Broken()))
	t := &threading.Thread{Target: func() { b.Wait() }, Name: "solo"}
	t.Start()
	t.Join()
	fmt.Println("['" + strings.Join(runs, "', '") + "']")
	b.Abort()
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("broken", pb(b.Broken()), len(runs))
	}
	b.Reset()
	n, _ := b.WaitTimeout(0)
	fmt.Println(n, len(runs))
}
