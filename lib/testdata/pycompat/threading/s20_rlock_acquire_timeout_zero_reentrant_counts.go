package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

var r threading.RLock

func show() {
	s := regexp.MustCompile(` RLock#\d+`).ReplaceAllString(r.String(), " _thread.RLock")
	fmt.Println(regexp.MustCompile(`owner=[1-9]\d*`).ReplaceAllString(s, "owner=N"))
}

func main() {
	fmt.Println(pb(r.AcquireTimeout(0)))
	fmt.Println(pb(r.TryAcquire()))
	fmt.Println(pb(r.AcquireTimeout(10 * time.Millisecond)))
	show()
	var a, b, c bool
	t := &threading.Thread{Target: func() { a, b, c = r.AcquireTimeout(0), r.TryAcquire(), r.AcquireTimeout(20*time.Millisecond) }}
	t.Start()
	t.Join()
	fmt.Printf("[(%s, %s, %s)]\n", pb(a), pb(b), pb(c))
	for i := 0; i < 3; i++ {
		r.Release()
		show()
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		r.Release()
	}()
}
