package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Weight float64

func (w Weight) String() string { return fmt.Sprintf("%.1fkg", float64(w)) }

type Node struct {
	Name   string
	W      Weight
	Left   *Node
	Right  *Node
	Extras map[string]*Node
}

func walk(v reflect.Value, depth int, out *strings.Builder) {
	if v.Kind() == reflect.Ptr {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	t := v.Type()
	fmt.Fprintf(out, "%s%s %v (%s)\n", strings.Repeat(" ", depth), v.FieldByName("Name"), v.FieldByName("W"), t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type.Kind() == reflect.Ptr && f.Type.Elem() == t {
			walk(v.Field(i), depth+1, out)
		}
	}
}

func main() {
	root := &Node{Name: "root", W: 3, Left: &Node{Name: "l", W: 1}, Right: &Node{Name: "r", W: 2, Left: &Node{Name: "rl", W: 0.5}}}
	var sb strings.Builder
	walk(reflect.ValueOf(root), 0, &sb)
	fmt.Print(sb.String())
	t := reflect.TypeOf(*root)
	for i := 0; i < t.NumField(); i++ {
		fmt.Println(t.Field(i).Name, t.Field(i).Type)
	}
	w := reflect.ValueOf(root).Elem().FieldByName("Right").Elem().FieldByName("W").Interface()
	fmt.Printf("%v %T\n", w, w)
	if s, ok := w.(fmt.Stringer); ok {
		fmt.Println(s.String())
	}
}
