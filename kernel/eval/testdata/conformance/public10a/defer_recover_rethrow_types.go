package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyPanic struct{ code int }

func classify(f func()) (kind string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			kind = "no panic"
		case runtime.Error:
			kind = "runtime error: " + v.Error()
		case error:
			kind = "error: " + v.Error()
		case string:
			kind = "string: " + v
		case MyPanic:
			kind = fmt.Sprint("MyPanic ", v.code)
		default:
			kind = fmt.Sprintf("other %T", v)
		}
	}()
	f()
	return "returned"
}

func main() {
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { panic("boom") }))
	fmt.Println(classify(func() { panic(errors.New("bad")) }))
	fmt.Println(classify(func() { panic(MyPanic{7}) }))
	fmt.Println(classify(func() { panic(3.5) }))
	fmt.Println(classify(func() {
		var m map[int]int
		m[0] = 1
	}))
	fmt.Println(classify(func() {
		a, b := 1, 0
		_ = a / b
	}))
	fmt.Println(classify(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(classify(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}))
	fmt.Println(classify(func() { panic(fmt.Sprintf("%d", 42)) }))
}
