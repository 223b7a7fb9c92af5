package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	for _, n := range []int{futures.ZeroWorkers, -1} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(r)
				}
			}()
			ex := &futures.ThreadPoolExecutor{MaxWorkers: n}
			ex.Submit(func() any { return nil })
		}()
	}
}
