package main

import (
	"fmt"
	"reflect"
)

type Shouter interface{ Upper() string }

type Word string

func (w Word) Upper() string { return string(w) + "!" }

type Num int

func main() {
	shT := reflect.TypeOf((*Shouter)(nil)).Elem()
	for _, v := range []any{Word("x"), Num(3), 3, "s", new(Word)} {
		t := reflect.TypeOf(v)
		fmt.Printf("%-6v %-5v %v\n", t, t.Implements(shT), t.AssignableTo(shT))
	}
}
