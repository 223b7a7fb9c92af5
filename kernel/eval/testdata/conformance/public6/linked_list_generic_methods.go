package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	n          int
}

var ErrEmpty = errors.New("empty list")

func (l *List[T]) PushBack(vs ...T) *List[T] {
	for _, v := range vs {
		nd := &Node[T]{Val: v}
		if l.tail == nil {
			l.head, l.tail = nd, nd
		} else {
			l.tail.Next = nd
			l.tail = nd
		}
		l.n++
	}
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) PopFront() (T, error) {
	var zero T
	if l.head == nil {
		return zero, ErrEmpty
	}
	v := l.head.Val
	l.head = l.head.Next
	if l.head == nil {
		l.tail = nil
	}
	l.n--
	return v, nil
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for nd := l.head; nd != nil; nd = nd.Next {
			if !yield(i, nd.Val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func MergeSorted[T interface{ ~int | ~string }](a, b *List[T]) *List[T] {
	out := &List[T]{}
	x, y := a.head, b.head
	for x != nil && y != nil {
		if x.Val <= y.Val {
			out.PushBack(x.Val)
			x = x.Next
		} else {
			out.PushBack(y.Val)
			y = y.Next
		}
	}
	for ; x != nil; x = x.Next {
		out.PushBack(x.Val)
	}
	for ; y != nil; y = y.Next {
		out.PushBack(y.Val)
	}
	return out
}

func hasCycle[T any](head *Node[T]) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	l := (&List[int]{}).PushBack(1, 2, 3, 4)
	l.PushFront(0)
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l, l.tail.Val)
	sq := Map(l, func(v int) string { return strings.Repeat("*", v) })
	fmt.Println(sq)
	for {
		v, err := l.PopFront()
		if errors.Is(err, ErrEmpty) {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(l, l.n, l.tail == nil)
	a := (&List[string]{}).PushBack("ant", "cat", "eel")
	b := (&List[string]{}).PushBack("bee", "dog", "fox", "gnu")
	fmt.Println(MergeSorted(a, b))
	fmt.Println(hasCycle(a.head))
	a.tail.Next = a.head
	fmt.Println(hasCycle(a.head))
	fmt.Printf("%v %T\n", (&List[float64]{}).PushBack(1.5), Node[bool]{})
}
