package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	doneF := futures.NewFuture()
	doneF.SetResult(1)
	pending := futures.NewFuture()
	d, nd := futures.Wait([]*futures.Future{doneF}, "BOGUS")
	fmt.Println("all done, any return_when:", len(d), len(nd))
	for _, c := range []struct {
		when string
		d    time.Duration
	}{{"BOGUS", -1}, {"first_completed", 0}, {"it's", 0}} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(e)
				}
			}()
			if c.d < 0 {
				futures.Wait([]*futures.Future{doneF, pending}, c.when)
			} else {
				futures.WaitTimeout([]*futures.Future{doneF, pending}, c.d, c.when)
			}
		}()
	}
	d, nd = futures.Wait([]*futures.Future{doneF, pending}, futures.FirstCompleted)
	fmt.Println(len(d), len(nd))
}
