package main

import (
	"fmt"
	"reflect"
)

type Shouter interface {
	Upper() string
	Times(n int) string
}

type Word string

func (w Word) Upper() string      { return string(w) + "!" }
func (w Word) Times(n int) string { return fmt.Sprint(n, "x", string(w)) }

type Loud struct{ s string }

func (l *Loud) Upper() string      { return l.s + "!!" }
func (l *Loud) Times(n int) string { return fmt.Sprint(n) }

func main() {
	st := reflect.TypeFor[Shouter]()
	v := reflect.ValueOf(Word("hi")).Convert(st)
	fmt.Println(v.Kind(), v.Type(), v.Elem().Type(), v.NumMethod())
	fmt.Println(v.Method(1).Call(nil)[0], v.MethodByName("Times").Call([]reflect.Value{reflect.ValueOf(3)})[0])
	p := reflect.New(st)
	fmt.Println(p.Elem().IsNil(), p.Type())
	p.Elem().Set(reflect.ValueOf(&Loud{"hey"}))
	fmt.Println(p.Elem().Elem().Type(), p.Elem().Method(1).Call(nil)[0])
	s := p.Elem().Interface().(Shouter)
	fmt.Println(s.Upper(), s.Times(2))
	w, ok := v.Interface().(Word)
	fmt.Println(w, ok, v.Interface().(Shouter).Upper())
	fmt.Println(reflect.Zero(st).IsNil(), reflect.ValueOf(Word("a")).Type().ConvertibleTo(st), reflect.ValueOf(Loud{}).CanConvert(st))
}
