package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Node struct {
	Name string
	S    Shape
	Kids []*Node
	Next *Node
}

func main() {
	gob.Register(Rect{})
	n := Node{Name: "root", S: Rect{1, 2}, Kids: []*Node{{Name: "a", S: Rect{3, 4}}, {Name: "b"}}, Next: &Node{Name: "n", Next: &Node{Name: "nn", S: Rect{5, 5}}}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(n); err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Println(buf.Len())
	var back Node
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(back.Name, back.S.Area(), len(back.Kids), back.Kids[0].S.Area(), back.Kids[1].S == nil)
	fmt.Println(back.Next.Name, back.Next.S == nil, back.Next.Next.Name, back.Next.Next.S.Area(), back.Next.Next.Next == nil)
	fmt.Printf("%T %v\n", back.S, back.S)
}
