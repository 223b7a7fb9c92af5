package main

import (
	"fmt"
	"reflect"
)

type Logger interface{ Log(msg string) }

type Store interface {
	Get(key string) (string, bool)
	Put(key, val string)
}

type stdLogger struct{ prefix string }

func (l stdLogger) Log(msg string) { fmt.Println(l.prefix + msg) }

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *memStore) Put(k, v string)             { s.m[k] = v }

type Container struct{ byType map[reflect.Type]any }

func (c *Container) Provide(iface reflect.Type, impl any) error {
	if !reflect.TypeOf(impl).Implements(iface) {
		return fmt.Errorf("%T does not implement %v", impl, iface)
	}
	c.byType[iface] = impl
	return nil
}

func Resolve[T any](c *Container) T {
	return c.byType[reflect.TypeFor[T]()].(T)
}

func main() {
	c := &Container{byType: map[reflect.Type]any{}}
	fmt.Println(c.Provide(reflect.TypeFor[Logger](), stdLogger{"> "}))
	fmt.Println(c.Provide(reflect.TypeFor[Store](), &memStore{m: map[string]string{}}))
	fmt.Println(c.Provide(reflect.TypeFor[Store](), stdLogger{}))
	s := Resolve[Store](c)
	s.Put("a", "1")
	v, ok := s.Get("a")
	Resolve[Logger](c).Log(v)
	fmt.Println(ok, len(c.byType))
}
