package main

import "fmt"

// A panic at the bottom of a deep recursion whose every call defers a
// function unwinds through all the frames, runs every deferred call and
// is recovered at the top.

var ran int

func down(n int) int {
	defer func() { ran++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom after %d", ran))
	}
	return down(n-1) + 1
}

type walker struct{ steps int }

func (w *walker) walk(n int) {
	defer func() { w.steps++ }()
	if n == 0 {
		panic("walked")
	}
	w.walk(n - 1)
}

func try(f func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { down(20000) }), ran)
	w := &walker{}
	step := w.walk
	fmt.Println(try(func() { step(20000) }), w.steps)
	var climb func(n int)
	climb = func(n int) {
		defer func() { ran-- }()
		if n == 0 {
			panic("top")
		}
		climb(n - 1)
	}
	fmt.Println(try(func() { climb(5000) }), ran)
	done := make(chan string)
	go func() { done <- try(func() { down(10000) }) }()
	fmt.Println(<-done, ran)
}
