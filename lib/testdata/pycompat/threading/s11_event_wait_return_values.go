package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ev threading.Event
	a, b, c := ev.WaitTimeout(0), ev.WaitTimeout(10*time.Millisecond), ev.WaitTimeout(-1)
	fmt.Println(pyBool(ev.IsSet()), pyBool(a), pyBool(b), pyBool(c))
	t := threading.NewTimer(10*time.Millisecond, ev.Set)
	t.Start()
	fmt.Println(pyBool(ev.WaitTimeout(10 * time.Second)))
	t.Join()
	ev.Wait()
	fmt.Println(pyBool(ev.IsSet()), "True", pyBool(ev.WaitTimeout(0)))
	ev.Clear()
	fmt.Println(pyBool(ev.IsSet()), pyBool(ev.WaitTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
