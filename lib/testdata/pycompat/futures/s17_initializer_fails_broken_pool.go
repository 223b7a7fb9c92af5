package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { panic("OSError: no resource") }}
	f := ex.Submit(func() any { return 4 })
	if _, err := f.ResultTimeout(30 * time.Second); errors.Is(err, futures.ErrBrokenThreadPool) {
		fmt.Println(err.Error()[:len("BrokenThreadPool")]+":", err.Error()[len("BrokenThreadPool: "):])
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("submit", r)
			}
		}()
		ex.Submit(func() any { return 8 })
	}()
	fmt.Println(map[bool]string{true: "True", false: "False"}[f.Done()], map[bool]string{true: "True", false: "False"}[f.Cancelled()], "BrokenThreadPool")
	ex.Shutdown(true, false)
}
