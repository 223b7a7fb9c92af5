package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	raw     = queue.New(0)
	squared = queue.New(2)
	out     []int
)

func squareStage() {
	for {
		x := raw.Get()
		if x == nil {
			squared.Put(nil)
			break
		}
		squared.Put(x.(int) * x.(int))
	}
}

func sumStage() {
	total := 0
	for {
		x := squared.Get()
		if x == nil {
			break
		}
		total += x.(int)
		out = append(out, total)
	}
}

func main() {
	stages := []*threading.Thread{{Target: squareStage, Name: "square"}, {Target: sumStage, Name: "sum"}}
	for _, t := range stages {
		t.Start()
	}
	for i := 1; i < 8; i++ {
		raw.Put(i)
	}
	raw.Put(nil)
	for _, t := range stages {
		t.Join()
		fmt.Println(t.GetName(), "alive:", map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	}
	s := make([]string, len(out))
	for i, v := range out {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("running totals:", "["+strings.Join(s, ", ")+"]")
}
