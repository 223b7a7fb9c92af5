package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Op interface {
	Apply(int) int
	String() string
}

type Add int

func (a Add) Apply(x int) int { return x + int(a) }
func (a Add) String() string  { return fmt.Sprintf("+%d", int(a)) }

type Mul int

func (m Mul) Apply(x int) int { return x * int(m) }
func (m Mul) String() string  { return fmt.Sprintf("*%d", int(m)) }

type History struct {
	l      *list.List
	cursor *list.Element
}

func NewHistory() *History { return &History{l: list.New()} }

func (h *History) Do(op Op) {
	for h.cursor != nil && h.cursor.Next() != nil {
		h.l.Remove(h.cursor.Next())
	}
	if h.cursor == nil {
		h.l.Init()
	}
	h.cursor = h.l.PushBack(op)
}

func (h *History) Undo() {
	if h.cursor != nil {
		h.cursor = h.cursor.Prev()
	}
}

func (h *History) Redo() {
	switch {
	case h.cursor == nil && h.l.Len() > 0:
		h.cursor = h.l.Front()
	case h.cursor != nil && h.cursor.Next() != nil:
		h.cursor = h.cursor.Next()
	}
}

func (h *History) Value() (int, string) {
	x := 1
	var ops []string
	if h.cursor == nil {
		return x, ""
	}
	for e := h.l.Front(); ; e = e.Next() {
		op := e.Value.(Op)
		x = op.Apply(x)
		ops = append(ops, op.String())
		if e == h.cursor {
			break
		}
	}
	return x, strings.Join(ops, " ")
}

func main() {
	h := NewHistory()
	h.Do(Add(4))
	h.Do(Mul(3))
	h.Do(Add(-2))
	fmt.Println(h.Value())
	h.Undo()
	fmt.Println(h.Value())
	h.Undo()
	h.Undo()
	fmt.Println(h.Value())
	h.Redo()
	fmt.Println(h.Value())
	h.Do(Mul(10))
	fmt.Println(h.Value())
	h.Redo()
	v, ops := h.Value()
	fmt.Println(v, ops, h.l.Len())
	for e := h.l.Back(); e != nil; e = e.Prev() {
		fmt.Printf("%v(%T) ", e.Value, e.Value)
	}
	fmt.Println()
}
