package main

// An event bus whose handlers take interfaces of the program (or concrete
// types): dispatch by reflect's Implements on each handler's In(0), calls
// by reflect.Value.Call with the event.

import (
	"fmt"
	"reflect"
	"sort"
)

type Event interface{ Topic() string }

type Audited interface {
	Event
	Actor() string
}

type Login struct{ User string }

func (l Login) Topic() string { return "login" }
func (l Login) Actor() string { return l.User }

type Tick struct{ N int }

func (t *Tick) Topic() string { return "tick" }

type bus struct{ subs []reflect.Value }

func (b *bus) on(fn any) { b.subs = append(b.subs, reflect.ValueOf(fn)) }

func (b *bus) emit(ev any) []string {
	var got []string
	et := reflect.TypeOf(ev)
	for _, s := range b.subs {
		in := s.Type().In(0)
		if in.Kind() == reflect.Interface && et.Implements(in) || in == et {
			out := s.Call([]reflect.Value{reflect.ValueOf(ev)})
			got = append(got, fmt.Sprintf("%v<-%v:%v", in, et, out[0]))
		}
	}
	sort.Strings(got)
	return got
}

func main() {
	var b bus
	b.on(func(e Event) string { return e.Topic() })
	b.on(func(a Audited) string { return a.Actor() })
	b.on(func(l Login) string { return "concrete " + l.User })
	b.on(func(t *Tick) int { t.N++; return t.N })
	fmt.Println(b.emit(Login{"ann"}))
	tk := &Tick{}
	fmt.Println(b.emit(tk))
	fmt.Println(b.emit(tk), tk.N)
	for _, s := range b.subs {
		fmt.Println(s.Type(), s.Type().In(0).Kind())
	}
}
