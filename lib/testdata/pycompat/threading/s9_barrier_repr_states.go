package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(x fmt.Stringer) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(x.String(), ""))
}

func main() {
	b := threading.NewBarrier(2, nil)
	show(b)
	t := &threading.Thread{Target: func() { b.Wait() }}
	t.Start()
	for b.NWaiting() < 1 {
		time.Sleep(time.Millisecond)
	}
	show(b)
	b.Wait()
	t.Join()
	show(b)
	b.Abort()
	show(b)
}
