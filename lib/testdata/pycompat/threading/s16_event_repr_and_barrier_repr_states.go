package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(x fmt.Stringer) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(x.String(), ""))
}

func main() {
	var e threading.Event
	show(&e)
	e.Set()
	show(&e)
	b := threading.NewBarrier(2, nil)
	show(b)
	t := &threading.Thread{Target: func() { b.Wait() }}
	t.Start()
	for b.NWaiting() < 1 {
	}
	show(b)
	b.Wait()
	t.Join()
	show(b)
	b.Abort()
	show(b)
}
