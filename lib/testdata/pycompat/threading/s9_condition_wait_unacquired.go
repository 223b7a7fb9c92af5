package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	c := threading.NewCondition(nil)
	fs := []func(){
		func() { c.WaitTimeout(10 * time.Millisecond) },
		func() { c.WaitForTimeout(func() bool { return true }, 10*time.Millisecond) },
		func() { c.Notify(1) },
		c.NotifyAll,
	}
	for i, name := range []string{"wait", "wait_for", "notify", "notify_all"} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(name, e)
				}
			}()
			fs[i]()
			fmt.Println(name, "ok")
		}()
	}
}
