package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Point struct {
	X, Y int
	Tag  string
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) Sum() int       { return p.X + p.Y }

func main() {
	t := reflect.TypeFor[Point]()
	for f := range t.Fields() {
		fmt.Print(f.Name, ":", f.Type, " ")
	}
	fmt.Println()
	for m := range t.Methods() {
		fmt.Print(m.Name, " ")
	}
	fmt.Println()
	ft := reflect.TypeOf(strings.Cut)
	for in := range ft.Ins() {
		fmt.Print(in, " ")
	}
	fmt.Print("-> ")
	for out := range ft.Outs() {
		fmt.Print(out, " ")
	}
	fmt.Println()
	v := reflect.ValueOf(Point{1, 2, "p"})
	for f, fv := range v.Fields() {
		fmt.Print(f.Name, "=", fv.Interface(), " ")
	}
	fmt.Println()
	for m, mv := range v.Methods() {
		fmt.Print(m.Name, "->", mv.Call(nil)[0].Interface(), " ")
	}
	fmt.Println()
}
