package main

import (
	"fmt"
	"reflect"
)

type Plugin interface{ Name() string }

type Closer interface{ Close() error }

type Cache struct{ size int }

func (c Cache) Name() string { return "cache" }

type Conn struct{ addr string }

func (c *Conn) Name() string { return "conn " + c.addr }
func (c *Conn) Close() error { return nil }

func main() {
	closerT := reflect.TypeOf((*Closer)(nil)).Elem()
	plugins := []Plugin{Cache{8}, &Conn{"db:5432"}}
	for _, p := range plugins {
		t := reflect.TypeOf(p)
		fmt.Println(p.Name(), t, t.Kind(), t.Implements(closerT))
	}
	var p Plugin = Cache{16}
	v := reflect.ValueOf(p)
	fmt.Println(v.Type(), v.Field(0).Int(), v.NumMethod(), v.Method(0).Call(nil)[0])
}
