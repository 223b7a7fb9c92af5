package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(0)
	fmt.Println("blocking=False:", pyBool(s.TryAcquire()))
	fmt.Println("timeout=0:", pyBool(s.AcquireTimeout(0)))
	fmt.Println("timeout=-3:", pyBool(s.AcquireTimeout(-3*time.Second)))
	fmt.Println("timeout=0.05:", pyBool(s.AcquireTimeout(50*time.Millisecond)))
	t := &threading.Thread{Target: func() { s.ReleaseN(2) }}
	t.Start()
	t.Join()
	fmt.Println("after release(2):", pyBool(s.TryAcquire()), pyBool(s.AcquireTimeout(0)), pyBool(s.TryAcquire()))
	var got []string
	w := &threading.Thread{Target: func() { got = append(got, pyBool(s.AcquireTimeout(5*time.Second))) }}
	w.Start()
	s.Release()
	w.Join()
	fmt.Printf("waiter got [%s] value now %d\n", got[0], s.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
