package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event

func first() any {
	started.Set()
	gate.Wait()
	return "first"
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	fs := []*futures.Future{ex.Submit(first)}
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(func() any { return fmt.Sprint(i) }))
	}
	started.Wait()
	ex.Shutdown(false, true)
	var c []string
	for _, f := range fs {
		c = append(c, py(f.Cancelled()))
	}
	fmt.Println("[" + strings.Join(c, ", ") + "]")
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.Submit(func() any { return "9" })
	}()
	gate.Set()
	r, _ := fs[0].Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	fmt.Println("second shutdown ok", py(fs[0].Done()))
}
