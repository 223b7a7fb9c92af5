package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var cond threading.Condition
	for _, f := range []func(){cond.Wait, func() { cond.Notify(1) }, cond.NotifyAll} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(e)
				}
			}()
			f()
		}()
	}
}
