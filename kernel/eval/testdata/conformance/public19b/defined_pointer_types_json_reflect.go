package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"text/template"
)

type R struct{ N int }
type RP *R
type P *int

type Holder struct {
	F RP
	G P
	H *R
}

func main() {
	x := 7
	h := Holder{F: &R{3}, G: &x, H: &R{4}}
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	var back Holder
	err = json.Unmarshal([]byte(`{"F":{"N":9},"G":5,"H":null}`), &back)
	fmt.Println(err, back.F.N, *back.G, back.H == nil)
	var a any = h.F
	_, isRP := a.(RP)
	_, isPtr := a.(*R)
	fmt.Println(isRP, isPtr)
	var a2 any = h.H
	_, isRP2 := a2.(RP)
	fmt.Println(isRP2)
	fmt.Println(reflect.ValueOf(h).Field(1).Elem().Int())
	tp := template.Must(template.New("x").Parse("{{.F.N}} {{.H.N}}\n"))
	tp.Execute(os.Stdout, h)
	switch v := a.(type) {
	case *R:
		fmt.Println("ptr R", v.N)
	case RP:
		fmt.Println("RP", (*v).N)
	}
	m := map[RP]int{h.F: 1}
	fmt.Println(m[h.F], len(m))
	fmt.Printf("%v %v\n", h.F, reflect.TypeOf(h).Field(0).Type)
	var rp RP
	fmt.Println(rp == nil, fmt.Sprint(rp))
}
