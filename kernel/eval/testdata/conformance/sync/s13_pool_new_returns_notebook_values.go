package main

import (
	"fmt"
	"os"
	"sync"
	"text/template"
)

type item struct{ name, text string }

type buffer struct {
	data []byte
	id   int
}

func download(n string) item { return item{n, "t:" + n} }

func main() {
	// A func literal returning an any that holds a value of a notebook
	// struct type, called by compiled code, in a loop (a closure per
	// iteration).
	var got []any
	for _, n := range []string{"x", "y", "z"} {
		p := &sync.Pool{New: func() any { return download(n) }}
		got = append(got, p.Get())
	}
	for _, g := range got {
		it, ok := g.(item)
		fmt.Printf("%T %v %v %s\n", g, it, ok, it.text)
	}
	switch v := got[1].(type) {
	case item:
		fmt.Println("switch item", v.name)
	default:
		fmt.Println("switch other", v)
	}
	fmt.Println(got[2] == any(item{"z", "t:z"}))

	next := 0
	pool := sync.Pool{New: func() any { next++; return &buffer{id: next} }}
	b1 := pool.Get().(*buffer)
	b1.data = append(b1.data, "hello"...)
	pool.Put(b1)
	b2 := pool.Get().(*buffer)
	fmt.Println(b2.id > 0, len(b2.data) <= 5)

	funcs := template.FuncMap{
		"mk":   func(n string) any { return download(n) },
		"pair": func(a, b string) any { return []item{download(a), download(b)} },
	}
	t := template.Must(template.New("t").Funcs(funcs).Parse(`{{with mk "q"}}{{.}}{{end}} {{range pair "a" "b"}}[{{.}}]{{end}}
`))
	if err := t.Execute(os.Stdout, nil); err != nil {
		fmt.Println("error:", err)
	}
}
