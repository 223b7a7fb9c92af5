package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type A struct {
	Name string
	B    *B `json:",omitempty"`
}

type B struct {
	N  int
	Cs []C `json:",omitempty"`
}

type C struct {
	Back *A            `json:",omitempty"`
	Tags map[string]*B `json:",omitempty"`
}

type Expr struct {
	Op   string
	Args []Arg
}

type Arg struct {
	Lit  int
	Expr *Expr
}

func eval(e *Expr) int {
	acc := 0
	if e.Op == "*" {
		acc = 1
	}
	for _, a := range e.Args {
		v := a.Lit
		if a.Expr != nil {
			v = eval(a.Expr)
		}
		if e.Op == "*" {
			acc *= v
		} else {
			acc += v
		}
	}
	return acc
}

func main() {
	a := &A{Name: "a", B: &B{N: 1, Cs: []C{{Back: &A{Name: "inner"}}, {Tags: map[string]*B{"x": {N: 2}}}}}}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	var back A
	fmt.Println(json.Unmarshal(b, &back), back.B.Cs[0].Back.Name, back.B.Cs[1].Tags["x"].N)
	for _, v := range []any{A{}, B{}, C{}} {
		t := reflect.TypeOf(v)
		for i := 0; i < t.NumField(); i++ {
			fmt.Print(t.Field(i).Name, ":", t.Field(i).Type, " ")
		}
		fmt.Println()
	}
	e := &Expr{Op: "+", Args: []Arg{{Lit: 1}, {Expr: &Expr{Op: "*", Args: []Arg{{Lit: 2}, {Lit: 3}}}}}}
	fmt.Println(eval(e))
	fmt.Printf("%+v\n", e.Args[0])
	ex, _ := json.Marshal(e)
	fmt.Println(string(ex))
}
