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
	var e threading.Event
	fmt.Println(pb(e.WaitTimeout(0)), pb(e.WaitTimeout(-5*time.Second)), pb(e.WaitTimeout(time.Millisecond)), pb(e.IsSet()))
	e.Set()
	e.Wait()
	fmt.Println(pb(e.WaitTimeout(0)), pb(e.WaitTimeout(-5*time.Second)), "True", pb(e.IsSet()))
	e.Set()
	e.Clear()
	e.Clear()
	fmt.Println(pb(e.WaitTimeout(0)), pb(e.IsSet()))
}
