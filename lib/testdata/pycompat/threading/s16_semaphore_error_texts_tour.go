package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(prefix string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(prefix, strings.TrimPrefix(fmt.Sprint(r), "ValueError: "))
		}
	}()
	f()
}

func pyBools(bs ...bool) string {
	var out []string
	for _, b := range bs {
		if b {
			out = append(out, "True")
		} else {
			out = append(out, "False")
		}
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	try("Semaphore -1 ->", func() { threading.NewSemaphore(-1) })
	try("BoundedSemaphore -2 ->", func() { threading.NewBoundedSemaphore(-2) })

	s := threading.NewSemaphore(0)
	for _, n := range []int{0, -1} {
		try(fmt.Sprintf("release(%d) ->", n), func() { s.ReleaseN(n) })
	}
	s.ReleaseN(3)
	fmt.Println("three acquires:", pyBools(s.TryAcquire(), s.TryAcquire(), s.TryAcquire(), s.TryAcquire()))

	bs := threading.NewBoundedSemaphore(2)
	bs.Acquire()
	try("bounded release(2) with one taken ->", func() { bs.ReleaseN(2) })
	a1 := bs.TryAcquire()
	a2 := bs.TryAcquire()
	fmt.Println("still one free slot:", pyBools(a1)[1:len(pyBools(a1))-1], pyBools(a2)[1:len(pyBools(a2))-1])
	bs.ReleaseN(2)
	try("bounded over-release ->", func() { bs.Release() })
}
