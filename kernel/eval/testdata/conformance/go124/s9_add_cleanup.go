package main

import (
	"fmt"
	"runtime"
)

// runtime.AddCleanup, as its documentation uses it: a cleanup runs after
// the object becomes unreachable, with an argument that is not the object.

type Resource struct {
	ID   int
	Data []byte
}

func open(id int, done chan<- string) *Resource {
	r := &Resource{ID: id, Data: make([]byte, 1024)}
	runtime.AddCleanup(r, func(id int) {
		done <- fmt.Sprint("cleaned up ", id)
	}, r.ID)
	return r
}

// use opens a resource and drops it.
func use(id int, done chan<- string) {
	r := open(id, done)
	fmt.Println("opened", r.ID, len(r.Data))
}

// useStopped opens a resource, stops its cleanup and drops it.
func useStopped(done chan<- string) {
	kept := &Resource{ID: 2}
	c := runtime.AddCleanup(kept, func(s string) { done <- s }, "should not run")
	c.Stop()
}

func main() {
	done := make(chan string, 2)
	use(1, done)
	runtime.GC()
	fmt.Println(<-done)

	// A stopped cleanup never runs.
	useStopped(done)
	runtime.GC()
	runtime.GC()
	select {
	case s := <-done:
		fmt.Println("unexpected:", s)
	default:
		fmt.Println("stopped")
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	var p *Resource
	runtime.AddCleanup(p, func(int) {}, 0)
}
