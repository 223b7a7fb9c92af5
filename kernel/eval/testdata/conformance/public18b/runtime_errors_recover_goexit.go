package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("goexit defer")
		runtime.Goexit()
		fmt.Println("unreached")
	}()
	wg.Wait()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var e error
		_ = e.Error()
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		type T struct{ p *int }
		var t *T
		fmt.Println(*t.p)
	}()
	func() {
		defer func() { r := recover(); err := r.(runtime.Error); fmt.Println("rec:", err.Error()) }()
		a := []int{1}
		i := 5
		_ = a[i:]
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var m map[string][]int
		m["a"] = append(m["a"], 1)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		x := []any{1}
		_ = x[0].(fmt.Stringer)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var x any = 3
		_ = x.(string)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		s := make([]int, 2, 3)
		_ = s[1:2:5]
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		n := -1
		_ = make([]int, n)
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var arr [3]int
		k := 3
		arr[k%4] = 1
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		str := "abc"
		k := 10
		_ = str[k]
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var fn func()
		fn()
	}()
	runtime.Goexit()
}
