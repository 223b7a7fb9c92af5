package main

import (
	"errors"
	"fmt"
)

type Tracer struct{ depth int }

func (t *Tracer) Enter(name string) string {
	fmt.Printf("%*senter %s\n", t.depth*2, "", name)
	t.depth++
	return name
}

func (t *Tracer) Exit(name string) {
	t.depth--
	fmt.Printf("%*sexit %s\n", t.depth*2, "", name)
}

var tr = &Tracer{}

func a() {
	defer tr.Exit(tr.Enter("a"))
	b()
}

func b() {
	defer tr.Exit(tr.Enter("b"))
	fmt.Printf("%*sin b\n", tr.depth*2, "")
}

func deferredArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println("body done")
}

func namedResult() (result int, err error) {
	defer func() {
		if err != nil {
			result = -1
		}
	}()
	defer func() { result *= 2 }()
	result = 21
	return result, errors.New("oops")
}

func returnsValue() int {
	x := 5
	defer func() { x = 99 }()
	return x
}

type Resource struct{ name string }

func (r Resource) Close() { fmt.Println("close", r.name) }

func open(name string) Resource { fmt.Println("open", name); return Resource{name} }

func withResources() {
	r1 := open("r1")
	defer r1.Close()
	r2 := open("r2")
	defer r2.Close()
	r1.name = "r1-renamed"
	fmt.Println("using resources")
}

func loopDefers() (s string) {
	for _, c := range "abc" {
		defer func() { s += string(c) }()
	}
	return "-"
}

func main() {
	a()
	deferredArgs()
	fmt.Println()
	fmt.Println(namedResult())
	fmt.Println(returnsValue())
	withResources()
	fmt.Println(loopDefers())
	f := func() (n int) {
		defer func() {
			if r := recover(); r != nil {
				n = len(fmt.Sprint(r))
			}
		}()
		var arr []int
		return arr[3]
	}
	fmt.Println(f())
	var methodVal func()
	r := Resource{"mv"}
	methodVal = r.Close
	r.name = "changed"
	defer methodVal()
	defer r.Close()
}
