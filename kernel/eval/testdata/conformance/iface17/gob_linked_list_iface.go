package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Op interface{ Apply(int) int }

type Add struct{ N int }
type Mul struct{ N int }

func (a Add) Apply(x int) int { return x + a.N }
func (m Mul) Apply(x int) int { return x * m.N }

type Step struct {
	Op   Op
	Next *Step
}

func run(s *Step, x int) int {
	for ; s != nil; s = s.Next {
		x = s.Op.Apply(x)
	}
	return x
}

func main() {
	gob.Register(Add{})
	gob.Register(Mul{})
	prog := &Step{Add{2}, &Step{Mul{10}, &Step{Add{-1}, nil}}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(prog); err != nil {
		fmt.Println(err)
		return
	}
	var back *Step
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(run(prog, 1), run(back, 1), back.Next.Next.Next == nil)
}
