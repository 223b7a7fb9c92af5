package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func main() {
	b := threading.NewBoundedSemaphore(3)
	for range 3 {
		b.Acquire()
	}
	b.ReleaseN(2)
	fmt.Println("value", b.Value())
	for _, n := range []int{2, 1, 5} {
		if e := try(func() { b.ReleaseN(n) }); e != "" {
			kind, msg, _ := strings.Cut(e, ": ")
			fmt.Println("release", n, kind, msg, "value", b.Value())
		} else {
			fmt.Println("release", n, "ok, value", b.Value())
		}
	}
	if e := try(func() { b.ReleaseN(0) }); e != "" {
		kind, msg, _ := strings.Cut(e, ": ")
		fmt.Println("release 0", kind, msg)
	}
}
