// After CPython's Lib/test/test_threading.py test_BoundedSemaphore_limit.
package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	for limit := 1; limit < 10; limit++ {
		bs := threading.NewBoundedSemaphore(limit)
		var threads []*threading.Thread
		for i := 0; i < limit; i++ {
			threads = append(threads, &threading.Thread{Target: bs.Acquire})
		}
		for _, t := range threads {
			t.Start()
		}
		for _, t := range threads {
			t.Join()
		}
		v1 := bs.Value()
		threads = nil
		for i := 0; i < limit; i++ {
			threads = append(threads, &threading.Thread{Target: bs.Release})
		}
		for _, t := range threads {
			t.Start()
		}
		for _, t := range threads {
			t.Join()
		}
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(limit, v1, bs.Value(), fmt.Sprint(e)[len("ValueError: "):])
				}
			}()
			bs.Release()
			fmt.Println(limit, "no error")
		}()
	}
}
