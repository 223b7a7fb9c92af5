// A deep printer as debugging helpers write them: walks values of user
// types through reflect (structs, pointers, maps sorted by key, slices,
// interfaces, cycles), naming types.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Tag struct {
	Key, Value string
}

type Node struct {
	ID       int
	Name     string
	Color    Color
	Tags     map[string]Tag
	Children []*Node
	Parent   *Node
	Extra    any
	secret   string
}

func dump(v reflect.Value, depth int, seen map[uintptr]bool, b *strings.Builder) {
	ind := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("nil")
	case reflect.Ptr:
		if v.IsNil() {
			fmt.Fprintf(b, "(%s)(nil)", v.Type())
			return
		}
		if seen[v.Pointer()] {
			fmt.Fprintf(b, "<cycle %s>", v.Type())
			return
		}
		seen[v.Pointer()] = true
		b.WriteString("&")
		dump(v.Elem(), depth, seen, b)
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		dump(v.Elem(), depth, seen, b)
	case reflect.Struct:
		fmt.Fprintf(b, "%s{\n", v.Type())
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			fmt.Fprintf(b, "%s  %s: ", ind, f.Name)
			if !f.IsExported() {
				b.WriteString("<unexported>\n")
				continue
			}
			dump(v.Field(i), depth+1, seen, b)
			b.WriteString("\n")
		}
		b.WriteString(ind + "}")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		fmt.Fprintf(b, "%s{", v.Type())
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "%q: ", k.String())
			dump(v.MapIndex(k), depth+1, seen, b)
		}
		b.WriteString("}")
	case reflect.Slice:
		fmt.Fprintf(b, "%s[%d]{", v.Type(), v.Len())
		for i := 0; i < v.Len(); i++ {
			b.WriteString("\n" + ind + "  ")
			dump(v.Index(i), depth+1, seen, b)
		}
		b.WriteString("}")
	default:
		if s, ok := v.Interface().(fmt.Stringer); ok {
			fmt.Fprintf(b, "%s(%s)", v.Type(), s.String())
			return
		}
		fmt.Fprintf(b, "%#v", v.Interface())
	}
}

func main() {
	root := &Node{ID: 1, Name: "root", Color: Green, Tags: map[string]Tag{"b": {"k2", "v2"}, "a": {"k1", "v1"}}, secret: "s"}
	child := &Node{ID: 2, Name: "leaf", Parent: root, Extra: []int{1, 2}}
	root.Children = []*Node{child}
	root.Extra = Tag{"x", "y"}
	var b strings.Builder
	dump(reflect.ValueOf(root), 0, map[uintptr]bool{}, &b)
	fmt.Println(b.String())
	fmt.Printf("%v\n%+v\n", child.Children, child.Extra)
	fmt.Printf("%#v\n", Tag{"a", "b"})
	fmt.Printf("%v %d %s %x\n", root.Color, root.Color, Color(0), Green)
}
