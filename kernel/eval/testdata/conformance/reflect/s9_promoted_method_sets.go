// Method sets of struct types with embedded fields, as reflect sees them:
// methods promoted through two levels, from embedded pointers and
// interfaces and compiled types, value versus pointer receivers, shadowing
// and ambiguous selectors (not in the set), and Method(i)'s order.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Base struct{ ID int }

func (b Base) Hello() string    { return fmt.Sprintf("hello %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Describe() string { return "base" }

type Mid struct {
	Base
	Tag string
}

func (m Mid) Describe() string { return "mid " + m.Tag }

type Top struct {
	Mid
	N int
}

type ByPtr struct {
	*Base
}

type Namer interface{ Name() string }

type fixed string

func (f fixed) Name() string { return string(f) }

type WithIface struct {
	Namer
	X int
}

type A struct{}

func (A) Same() string  { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{}

func (B) Same() string { return "B" }

type Ambig struct {
	A
	B
}

type Shadow struct {
	Base
	Hello string // a field hides the promoted method
}

type Builder struct {
	strings.Builder
}

type byLen struct{ sort.StringSlice }

func (b byLen) Less(i, j int) bool { return len(b.StringSlice[i]) < len(b.StringSlice[j]) }

func names(t reflect.Type) string {
	var s []string
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		s = append(s, fmt.Sprintf("%s %v", m.Name, m.Type))
	}
	return fmt.Sprintf("%s: %d [%s]", t, t.NumMethod(), strings.Join(s, "; "))
}

func main() {
	for _, v := range []any{Top{}, &Top{}, ByPtr{}, &ByPtr{}, WithIface{}, Ambig{}, &Ambig{}, Shadow{}, &Shadow{}, byLen{}, Mid{}} {
		fmt.Println(names(reflect.TypeOf(v)))
	}
	top := Top{Mid: Mid{Base: Base{ID: 7}, Tag: "t"}, N: 1}
	rv := reflect.ValueOf(top)
	fmt.Println(rv.MethodByName("Hello").Call(nil)[0], rv.MethodByName("Describe").Call(nil)[0])
	fmt.Println(rv.MethodByName("SetID").IsValid())
	pv := reflect.ValueOf(&top)
	pv.MethodByName("SetID").Call([]reflect.Value{reflect.ValueOf(42)})
	fmt.Println(top.ID, pv.MethodByName("Hello").Call(nil)[0])

	bp := ByPtr{&Base{ID: 3}}
	reflect.ValueOf(bp).MethodByName("SetID").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(bp.ID, reflect.ValueOf(bp).MethodByName("Hello").Call(nil)[0])

	wi := WithIface{Namer: fixed("gopher")}
	fmt.Println(reflect.ValueOf(wi).MethodByName("Name").Call(nil)[0])

	a := Ambig{}
	_, okSame := reflect.TypeOf(a).MethodByName("Same")
	m, okA := reflect.TypeOf(a).MethodByName("OnlyA")
	fmt.Println(okSame, okA, m.Name, reflect.ValueOf(a).MethodByName("OnlyA").Call(nil)[0])

	var b Builder
	reflect.ValueOf(&b).MethodByName("WriteString").Call([]reflect.Value{reflect.ValueOf("built")})
	fmt.Println(b.String(), reflect.ValueOf(&b).MethodByName("Len").Call(nil)[0])

	words := byLen{sort.StringSlice{"ccc", "a", "bb"}}
	sort.Sort(words)
	fmt.Println(words.StringSlice)
	var si sort.Interface = words
	fmt.Println(si.Len())
	x := any(words)
	_, isIface := x.(sort.Interface)
	fmt.Println(isIface)
}
