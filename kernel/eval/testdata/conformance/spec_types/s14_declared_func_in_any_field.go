package main

import "fmt"

type Level int

func lv(l Level) Level { return l * 2 }

type holder struct {
	F    any
	Name string
}

func is(x any) bool {
	_, ok := x.(func(Level) Level)
	return ok
}

func main() {
	h := holder{lv, "pos"}
	k := holder{F: lv, Name: "key"}
	p := &holder{F: lv}
	fmt.Println(is(h.F), is(k.F), is(p.F))
	if f, ok := k.F.(func(Level) Level); ok {
		fmt.Println(f(21))
	}
	hs := []holder{{F: lv}}
	fmt.Println(is(hs[0].F))
}
