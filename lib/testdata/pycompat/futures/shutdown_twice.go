package main

import (
	"fmt"
	"math"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return int(math.Pow(2, 10)) })
	ex.Shutdown(true, false)
	ex.Shutdown(true, false)
	ex.Shutdown(false, false)
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Done()))
	try(func() { ex.Submit(func() any { return 4 }) })
	try(func() { ex.Map(func(x any) any { return x }, []any{1}) })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
