package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
		}
	}()
	f()
	return ""
}

func main() {
	b := threading.NewBoundedSemaphore(2)
	for _, n := range []int{1, 2, 3} {
		if m := try(func() { b.ReleaseN(n) }); m != "" {
			fmt.Printf("release(%d): %s\n", n, m)
		}
	}
	fmt.Println(b.Value())
	b.Acquire()
	b.Acquire()
	b.ReleaseN(2)
	fmt.Println(b.Value())
	if m := try(b.Release); m != "" {
		fmt.Println(m)
	}
}
