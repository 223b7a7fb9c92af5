package main

import (
	"fmt"
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
	s := threading.NewSemaphore(0)
	var got []string
	waiter := func(name string, timeout time.Duration) {
		got = append(got, fmt.Sprintf("('%s', %s)", name, pb(s.AcquireTimeout(timeout))))
	}
	t1 := &threading.Thread{Target: func() { waiter("long", 30*time.Second) }}
	t1.Start()
	time.Sleep(50 * time.Millisecond)
	s.Release()
	t1.Join()
	t2 := &threading.Thread{Target: func() { waiter("short", 20*time.Millisecond) }}
	t2.Start()
	t2.Join()
	fmt.Printf("[%s, %s] %d\n", got[0], got[1], s.Value())
	s.ReleaseN(3)
	a := s.TryAcquire()
	b := s.AcquireTimeout(0)
	s.Acquire()
	c := true
	d := s.TryAcquire()
	fmt.Println(pb(a), pb(b), pb(c), pb(d), s.Value())
}
