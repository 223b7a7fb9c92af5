package main

import (
	"encoding/json"
	"fmt"
)

type List[T any] struct {
	Val  T        `json:"val"`
	Next *List[T] `json:"next,omitempty"`
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{Val: v, Next: l} }

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.Next {
		n++
	}
	return n
}

func main() {
	var l *List[string]
	l = l.Push("c").Push("b").Push("a")
	fmt.Println(l.Len())
	for it := l; it != nil; it = it.Next {
		fmt.Print(it.Val, " ")
	}
	fmt.Println()
	b, err := json.Marshal(l)
	fmt.Println(string(b), err)
	var back List[int]
	fmt.Println(json.Unmarshal([]byte(`{"val":1,"next":{"val":2}}`), &back), back.Val, back.Next.Val, back.Len())
	fmt.Printf("%v %+v\n", *back.Next, *back.Next)
}
