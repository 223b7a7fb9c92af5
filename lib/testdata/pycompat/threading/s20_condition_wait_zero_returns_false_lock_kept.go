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

var owner = regexp.MustCompile(`owner=\d+`)
var label = regexp.MustCompile(` RLock#\d+`)

func rep(r *threading.RLock) string {
	return label.ReplaceAllString(r.String(), " _thread.RLock")
}

func main() {
	var r threading.RLock
	c := threading.NewCondition(&r)
	c.Acquire()
	fmt.Println(pb(c.WaitTimeout(0)))
	fmt.Println(pb(c.WaitTimeout(-time.Second)))
	fmt.Println(owner.ReplaceAllString(rep(&r), "owner=N"))
	c.Acquire()
	fmt.Println(pb(c.WaitTimeout(10 * time.Millisecond)))
	fmt.Println(owner.ReplaceAllString(rep(&r), "owner=N"))
	c.Release()
	c.Release()
	fmt.Println(rep(&r))
}
