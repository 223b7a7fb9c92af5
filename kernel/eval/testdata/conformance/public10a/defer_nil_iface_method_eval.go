package main

import "fmt"

type Closer interface{ Close() }

type res struct{ name string }

func (r *res) Close() { fmt.Println("closing", r.name) }

func withDefer(c Closer) (err interface{}) {
	defer func() { err = recover() }()
	defer c.Close() // c.Close is evaluated here: a nil interface panics now
	fmt.Println("after defer statement")
	return nil
}

func goArgs() {
	x := 1
	done := make(chan int)
	go func(v int) { done <- v }(x) // the argument is evaluated now
	x = 2
	fmt.Println("goroutine got", <-done, "x is", x)
}

func main() {
	fmt.Println(withDefer(&res{"a"}))
	fmt.Println(withDefer(nil))
	var r *res
	fmt.Println(withDefer(r) == nil) // a nil *res in the interface: Close runs with r == nil
	goArgs()
}

func init() {
	defer func() { fmt.Println("init recovered:", recover()) }()
	var c Closer
	defer c.Close()
}
