package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, ex.Submit(func() any {
			gate.WaitTimeout(30 * time.Second)
			return i * i
		}))
	}
	ex.Shutdown(false, false)
	done := 0
	for _, f := range fs {
		if f.Done() {
			done++
		}
	}
	fmt.Println("shutdown returned; done:", done)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		ex.Submit(func() any { return nil })
	}()
	gate.Set()
	var out []string
	for _, f := range fs {
		v, _ := f.ResultTimeout(30 * time.Second)
		out = append(out, fmt.Sprint(v))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
