package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func square(x int) int {
	return x * x
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 5 {
		fs = append(fs, ex.Submit(func() any { return square(i) }))
	}
	s := "["
	for i, f := range fs {
		r, _ := f.Result()
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(r)
	}
	fmt.Println(s + "]")
	all := true
	for _, f := range fs {
		all = all && f.Done()
	}
	fmt.Println(pyBool(all))
	s = "["
	for i, f := range fs {
		if i > 0 {
			s += ", "
		}
		if f.Exception() == nil {
			s += "None"
		}
	}
	fmt.Println(s + "]")
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
