package main

// A DI container keyed by the result types of providers returning
// interfaces of the program (func() Logger, func(Logger) Repo), resolved
// through reflect; a handler taking an interface called by reflect with
// values of the program's and compiled types; reflect.TypeOf(&iface).

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

type Logger interface{ Log(string) }

type Namer interface{ String() string }

type Repo interface {
	Find(id int) (string, error)
}

type bufLogger struct{ lines []string }

func (b *bufLogger) Log(s string) { b.lines = append(b.lines, s) }

type memRepo struct {
	log  Logger
	rows map[int]string
}

func (r memRepo) Find(id int) (string, error) {
	r.log.Log(fmt.Sprint("find ", id))
	if s, ok := r.rows[id]; ok {
		return s, nil
	}
	return "", errors.New("not found")
}

type label string

func (l label) String() string { return "label:" + string(l) }

func main() {
	bl := &bufLogger{}
	providers := map[reflect.Type]reflect.Value{}
	for _, p := range []any{
		func() Logger { return bl },
		func(l Logger) Repo { return memRepo{l, map[int]string{1: "ann"}} },
		func() Namer { return label("x") },
		func() (Namer, error) { return nil, nil },
	} {
		t := reflect.TypeOf(p)
		fmt.Printf("%T | %v %v\n", p, t.Out(0), t.Out(0).Kind())
		if _, dup := providers[t.Out(0)]; !dup {
			providers[t.Out(0)] = reflect.ValueOf(p)
		}
	}
	var resolve func(t reflect.Type) reflect.Value
	resolve = func(t reflect.Type) reflect.Value {
		p := providers[t]
		args := []reflect.Value{}
		for i := 0; i < p.Type().NumIn(); i++ {
			args = append(args, resolve(p.Type().In(i)))
		}
		return p.Call(args)[0]
	}
	repo := resolve(reflect.TypeOf((*Repo)(nil)).Elem()).Interface().(Repo)
	fmt.Println(repo.Find(1))
	fmt.Println(repo.Find(2))
	fmt.Println(strings.Join(bl.lines, ";"))
	n := resolve(reflect.TypeFor[Namer]())
	fmt.Println(n.Type(), n.Elem().Type(), n.Interface().(Namer).String())

	// A handler taking an interface, called by reflect with values of
	// concrete types: the program's and a compiled one.
	show := func(n Namer) string {
		if n == nil {
			return "<nil>"
		}
		return fmt.Sprintf("%T %s", n, n.String())
	}
	hv := reflect.ValueOf(show)
	fmt.Println(hv.Type())
	for _, arg := range []any{label("y"), 1500 * time.Millisecond} {
		fmt.Println(hv.Call([]reflect.Value{reflect.ValueOf(arg)})[0])
	}
	fmt.Println(hv.Call([]reflect.Value{reflect.Zero(hv.Type().In(0))})[0])

	var names []string
	for t := range providers {
		names = append(names, t.String())
	}
	sort.Strings(names)
	fmt.Println(names)

	var lg Logger = bl
	fmt.Println(reflect.TypeOf(&lg).Elem(), reflect.TypeOf(&lg).Elem().Kind(), reflect.TypeOf(bl).Implements(reflect.TypeOf(&lg).Elem()))
}
