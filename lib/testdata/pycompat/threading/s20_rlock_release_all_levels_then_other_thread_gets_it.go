package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var r threading.RLock
	var events []string
	for i := 0; i < 3; i++ {
		r.Acquire()
	}
	var got []string
	other := func() {
		got = append(got, pb(r.AcquireTimeout(30*time.Second)))
		events = append(events, "other has it")
		r.Release()
	}
	t := &threading.Thread{Target: other}
	t.Start()
	for level := 3; level > 0; level-- {
		events = append(events, fmt.Sprintf("main level %d", level))
		r.Release()
	}
	t.Join()
	fmt.Println("['"+strings.Join(events, "', '")+"']", "["+strings.Join(got, ", ")+"]")
	fmt.Println(pb(r.TryAcquire()))
	r.Release()
}
