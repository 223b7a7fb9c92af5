package main

import (
	"errors"
	"fmt"
	"strings"
)

type stage struct {
	name string
	fn   func(int) int
}

var errValidation = errors.New("validation failed")

func runStages(x int, stages []stage) (out int, trace []string, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok && errors.Is(e, errValidation) {
			err = fmt.Errorf("stage failed after %v: %w", trace, e)
			out = -1
			return
		}
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	out = x
	for _, s := range stages {
		trace = append(trace, s.name)
		out = s.fn(out)
	}
	return out, trace, nil
}

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	f()
	return "ok"
}

func nested() (s string) {
	defer func() {
		s += "|outer:" + fmt.Sprint(recover())
	}()
	func() {
		defer func() {
			s += "inner:" + fmt.Sprint(recover())
			panic("second")
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	double := stage{"double", func(v int) int { return v * 2 }}
	check := stage{"check", func(v int) int {
		if v > 10 {
			panic(fmt.Errorf("%d too big: %w", v, errValidation))
		}
		return v
	}}
	boom := stage{"boom", func(v int) int {
		var m map[string]int
		m["x"] = v
		return v
	}}
	fmt.Println(runStages(3, []stage{double, check}))
	fmt.Println(runStages(6, []stage{double, check, double}))
	fmt.Println(safe(func() { runStages(1, []stage{boom}) }))
	fmt.Println(nested())
	fmt.Println(safe(func() { panic(errors.New("an error value")) }))
	fmt.Println(safe(func() {
		defer fmt.Print("deferred print runs first; ")
		var arr []string
		_ = strings.Join(arr[1:], "")
	}))
	fmt.Println(safe(func() {}))
	var pe interface{ RuntimeError() }
	fmt.Println(safe(func() {
		defer func() {
			r := recover()
			_, isRT := r.(interface{ RuntimeError() })
			panic(fmt.Sprint("runtime? ", isRT, " ", pe == nil))
		}()
		var p *stage
		_ = p.name
	}))
}
