package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func josephus(n, k int) (order []int, survivor int) {
	l := list.New()
	for i := 0; i < n; i++ {
		l.PushBack(i)
	}
	e := l.Front()
	for l.Len() > 1 {
		for i := 1; i < k; i++ {
			e = e.Next()
			if e == nil {
				e = l.Front()
			}
		}
		next := e.Next()
		if next == nil {
			next = l.Front()
		}
		order = append(order, l.Remove(e).(int))
		e = next
	}
	return order, l.Front().Value.(int)
}

func main() {
	order, s := josephus(41, 3)
	fmt.Println(order[:10], s)
	_, s = josephus(5, 2)
	fmt.Println(s)
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r.Unlink(2)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
}
