package main

import (
	"fmt"
	"runtime"
	"strings"
	"unique"
	"weak"
)

type Sym = unique.Handle[string]

type Interner struct {
	handles []Sym
}

func (in *Interner) Add(s string) Sym {
	h := unique.Make(s)
	in.handles = append(in.handles, h)
	return h
}

type Key struct {
	Host string
	Port int
}

type Blob struct {
	Name string
	Data []byte
}

func ptrTo[T any](v T) *T { return &v }

func main() {
	var in Interner
	a := in.Add("hello")
	b := in.Add(strings.ToLower("HELLO"))
	c := in.Add("world")
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	k1 := unique.Make(Key{"localhost", 80})
	k2 := unique.Make(Key{"local" + "host", 40 * 2})
	fmt.Println(k1 == k2, k1.Value().Port)
	counts := map[Sym]int{}
	for _, w := range strings.Fields("a b a c b a") {
		counts[unique.Make(w)]++
	}
	fmt.Println(counts[unique.Make("a")], counts[unique.Make("b")], counts[unique.Make("z")])

	blob := &Blob{Name: "big", Data: make([]byte, 1<<16)}
	wp := weak.Make(blob)
	fmt.Println(wp.Value() == blob, wp.Value().Name)
	wp2 := weak.Make(blob)
	fmt.Println(wp == wp2)
	runtime.KeepAlive(blob)
	var nilw weak.Pointer[Blob]
	fmt.Println(nilw.Value() == nil, weak.Make[Blob](nil).Value() == nil)

	// new with an expression (Go 1.26)
	p := new(42)
	q := new("text")
	r := new(Key{"h", 1})
	s := new(len("four"))
	*p++
	fmt.Println(*p, *q, r.Host, *s)
	fmt.Printf("%T %T\n", p, new(3.5))
	pi := ptrTo(7)
	fmt.Println(*pi)
	type Opts struct {
		Retries *int
		Name    *string
	}
	o := Opts{Retries: new(3), Name: new("svc")}
	fmt.Println(*o.Retries, *o.Name)
}
