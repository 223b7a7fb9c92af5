package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var loc = &threading.Local{Init: func(l *threading.Local) { l.Set("n", 0) }}
var out []int
var lock threading.Lock

func w(i int) {
	loc.Set("n", loc.Get("n").(int)+i)
	lock.Acquire()
	out = append(out, loc.Get("n").(int))
	lock.Release()
}

func main() {
	for _, i := range []int{1, 2, 3} {
		t := &threading.Thread{Target: func() { w(i) }}
		t.Start()
		t.Join()
	}
	loc.Set("n", loc.Get("n").(int)+10)
	fmt.Printf("[%d, %d, %d] %d\n", out[0], out[1], out[2], loc.Get("n"))
	var plain threading.Local
	func() {
		defer func() { fmt.Println(recover()) }()
		plain.Get("x")
	}()
	plain.Set("x", 1)
	plain.Delete("x")
	v, ok := plain.Lookup("x")
	if !ok {
		v = "gone"
	}
	fmt.Println(v)
}
