package main

// Types declared in function bodies: each declaration is a type of its own
// (the spec: "Each type definition creates a new, distinct type"), even
// when the package or another function declares a type of the same name
// and structure. %T and reflect still name them main.result.

import (
	"fmt"
	"reflect"
	"sort"
)

type result struct{ name string }

func parse() any {
	type result struct{ name string }
	return result{"parse"}
}

func check() any {
	type result struct{ name string }
	return result{"check"}
}

func wrapIn[X any](x X) any {
	type wrap struct{ v X }
	return wrap{x}
}

type code int

func localCode() any {
	type code int
	return code(3)
}

func describe(v any) string {
	switch v.(type) {
	case result:
		return "package result"
	case code:
		return "package code"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	p, c, g := parse(), check(), any(result{"global"})
	fmt.Printf("%T %T %T\n", p, c, g)
	fmt.Printf("%v %+v %#v\n", p, c, g)
	fmt.Println("same func twice:", p == parse(), "two funcs:", p == c, "func and package:", p == g)

	_, isPkg := p.(result)
	_, isPkg2 := g.(result)
	fmt.Println("assert package type:", isPkg, isPkg2)
	fmt.Println(describe(p), "|", describe(g), "|", describe(localCode()), "|", describe(code(3)))

	rp, rc := reflect.TypeOf(p), reflect.TypeOf(c)
	fmt.Println(rp.String(), rp.Name(), rp.PkgPath(), rp == rc, rp == reflect.TypeOf(g))

	fmt.Println(wrapIn(1) == wrapIn(1), wrapIn(1) == wrapIn(int64(1)))
	fmt.Printf("%T %T\n", wrapIn(1), wrapIn("s"))

	keys := map[any]bool{p: true, c: true, g: true, parse(): true, localCode(): true, code(3): true}
	var names []string
	for k := range keys {
		names = append(names, fmt.Sprintf("%v:%T", k, k))
	}
	sort.Strings(names)
	fmt.Println(len(keys), names)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = c.(result)
}
