package main

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var calls []string

func initw(tag string) {
	calls = append(calls, tag)
	panic("no database")
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { initw("db") }}
	f := ex.Submit(func() any { return int(math.Pow(2, 10)) })
	if _, err := f.Result(); errors.Is(err, futures.ErrBrokenThreadPool) {
		name, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("result:", name, "-", msg)
	}
	fmt.Println("done:", py(f.Done()), "cancelled:", py(f.Cancelled()))
	name, _, _ := strings.Cut(f.Exception().Error(), ":")
	fmt.Println("exception type:", name)
	func() {
		defer func() {
			if e := recover(); e != nil {
				_, msg, _ := strings.Cut(fmt.Sprint(e), ": ")
				fmt.Println("submit:", msg)
			}
		}()
		ex.Submit(func() any { return 8 })
	}()
	ex.Shutdown(true, false)
	fmt.Printf("initializer calls: ['%s']\n", strings.Join(calls, "', '"))
}
