package main

import "fmt"

type job struct{ run func() }

var queue []job

// A closure stored in a struct that goes to the heap, or sent on a
// channel, escapes with the slices it reads.
func main() {
	var a []int
	a = append(a, 1)
	queue = append(queue, job{func() { fmt.Println("a", len(a), cap(a)) }})
	queue[0].run()
	var b []int
	b = append(b, 1)
	ch := make(chan func(), 1)
	ch <- func() { fmt.Println("b", len(b), cap(b)) }
	(<-ch)()
}
