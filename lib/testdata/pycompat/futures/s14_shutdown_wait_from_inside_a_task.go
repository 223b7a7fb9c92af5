package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

var ex = &futures.ThreadPoolExecutor{MaxWorkers: 1}

func inner() (r any) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint(e)
		}
	}()
	ex.Shutdown(true, false)
	return "returned"
}

func main() {
	f := ex.Submit(inner)
	r, err := f.ResultTimeout(10 * time.Second)
	if err != nil {
		fmt.Println(err)
	} else {
		fmt.Println(r)
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				msg := fmt.Sprint(e)
				fmt.Println(msg[len("RuntimeError: "):])
			}
		}()
		ex.Submit(func() any { return 0 })
	}()
}
