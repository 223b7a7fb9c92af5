package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r = r.Move(3)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r = r.Prev()
	fmt.Println(r.Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Len())
	sum := 0
	removed.Do(func(p any) { sum += p.(int) })
	fmt.Println(sum)
}
