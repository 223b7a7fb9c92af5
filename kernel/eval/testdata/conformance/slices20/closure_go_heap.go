package main

import "fmt"

func spawn(f func(), done chan bool) {
	go func() {
		f()
		done <- true
	}()
}

func run(f func(), done chan bool) {
	go f()
	<-done
}

// A closure run by a go statement, directly or in the func it is passed
// to, escapes with the slices it reads.
func main() {
	done := make(chan bool)
	var a []int
	a = append(a, 1)
	spawn(func() { fmt.Println("a", len(a), cap(a)) }, done)
	<-done
	var b []int
	b = append(b, 1)
	show := func() {
		fmt.Println("b", len(b), cap(b))
		done <- true
	}
	run(show, done)
}
